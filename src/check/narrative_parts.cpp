// A whole stated with its exhaustive breakdown ("政府采购预算 3.44 万元，
// 其中：…货物…0.48 万元，…工程…0.00 万元，…服务…2.96 万元") must equal the
// sum of its parts. Which wholes and which parts are exhaustive is template
// data ([[narrative.parts]] in rules.toml); a breakdown that does not name
// every part exactly once is not a full breakdown and is not checked.
#include <map>

#include "check/checks.hpp"
#include "check/narrative.hpp"
#include "normalise/text.hpp"

namespace yusuan {

namespace {

bool is_change(const std::string& clause) {
    return direction_at_end(clause) || contains(clause, "比上年") || contains(clause, "与上年") ||
           contains(clause, "较上年");
}

// The part word of `clause`, if it names exactly one of them.
const std::string* part_of(const PartsRule& rule, const std::string& clause) {
    const std::string* hit = nullptr;
    for (const std::string& p : rule.parts)
        if (contains(clause, p)) {
            if (hit) return nullptr;
            hit = &p;
        }
    return hit;
}

void check_breakdown(CheckContext& cx, const PartsRule& rule, LineNo line, const FigureLine& fl, std::size_t w) {
    const Figure& whole = fl.figures[w];
    std::map<std::string, const Figure*> found;
    for (std::size_t i = w + 1; i < fl.figures.size(); ++i) {
        const Figure& f = fl.figures[i];
        if (f.depth != whole.depth) continue;                      // a breakdown of a part, or a remark
        if (f.unit != FigureUnit::wan) {
            if (f.unit == FigureUnit::percent) continue;           // "占 …%"
            break;
        }
        const std::string clause = match_key(f.clause);
        if (is_change(clause)) continue;
        const std::string* part = part_of(rule, clause);
        if (!part || found.count(*part)) break;                    // the breakdown ended
        found[*part] = &f;
    }
    if (found.size() != rule.parts.size()) return;
    Decimal sum{0, 0};
    std::string terms;
    for (const std::string& p : rule.parts) {
        sum = sum + found[p]->value;
        terms += (terms.empty() ? "" : " + ") + p + " " + found[p]->printed;
    }
    report_figure(cx, "narrative.parts", line, whole, sum, static_cast<int>(rule.parts.size()),
                  "whole vs its parts (" + terms + ")");
}

}  // namespace

void check_parts(CheckContext& cx, LineNo line, const FigureLine& fl, std::size_t skip) {
    for (std::size_t i = 0; i < fl.figures.size(); ++i) {
        const Figure& f = fl.figures[i];
        if (f.begin < skip || f.unit != FigureUnit::wan) continue;
        const std::string clause = without_copula(match_key(f.clause));
        for (const PartsRule& rule : cx.rules.parts) {
            bool whole = false;
            for (const std::string& phrase : rule.whole) whole = whole || ends_with(clause, phrase);
            if (whole) {
                check_breakdown(cx, rule, line, fl, i);
                break;
            }
        }
    }
}

}  // namespace yusuan
