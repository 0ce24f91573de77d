// text.comparison: a comparison word that contradicts the figures it
// compares. Two shapes are read, both within one sentence:
// * "X为A万元，大于/小于/等于/高于/低于…B万元" — the word opens the clause of
//   the second figure and compares it with the amount before it;
// * "…A万元…B万元…，X大于Y" — the word follows the figures and names them:
//   X and Y must each be found in the clause of exactly one figure.
// Thresholds ("大于等于 90%", "不低于") and percentages are not comparisons
// of stated amounts and are left alone; nothing ambiguous is reported.
#include <algorithm>

#include "check/checks.hpp"
#include "check/figures.hpp"
#include "check/narrative.hpp"
#include "normalise/text.hpp"

namespace yusuan {

namespace {

struct Word {
    const char* text;
    int sign;   // the sign A − B must have: +1 greater, -1 less, 0 equal
};

// (超过 is left out: "超过100万元的项目" is a threshold far more often than a comparison.)
constexpr Word words[] = {{"大于", 1}, {"高于", 1}, {"多于", 1},
                          {"小于", -1}, {"低于", -1}, {"少于", -1}, {"等于", 0}};

int sign_of(Decimal a, Decimal b) { return a == b ? 0 : a < b ? -1 : 1; }

const char* word_for(int sign) { return sign > 0 ? "大于" : sign < 0 ? "小于" : "等于"; }

bool amount(const Figure& f) { return f.unit == FigureUnit::wan || f.unit == FigureUnit::yuan; }

// A comparison word at `at` that is a threshold or a negation, not a comparison.
bool threshold(const std::string& text, std::size_t at, std::size_t len) {
    if (text.compare(at + len, 6, "等于") == 0 || text.compare(at + len, 3, "或") == 0) return true;
    if (at >= 3 && (text.compare(at - 3, 3, "不") == 0 || text.compare(at - 3, 3, "或") == 0)) return true;
    return false;
}

void report(CheckContext& cx, LineNo line, const Word& w, const Figure& a, const Figure& b, const std::string& how) {
    const int actual = sign_of(a.value, b.value);
    if (actual == w.sign) return;
    cx.add(Severity::error, "text.comparison", "text", std::to_string(line), w.text, w.text, word_for(actual), line,
           a.printed + " " + w.text + " " + b.printed + how + ", but " + a.printed + " is " +
               (actual > 0 ? "greater" : actual < 0 ? "less" : "equal"));
}

// The clause text of `f` with its figures' years dropped ("2025年预算数为" → "预算数为").
std::string subject_text(const Figure& f) {
    std::string s = match_key(f.clause);
    const auto year = s.find("年");
    if (year != std::string::npos && year >= 4 && year <= 8 &&
        std::all_of(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(year),
                    [](char c) { return c >= '0' && c <= '9'; }))
        s = s.substr(year + 3);
    return s;
}

// The one amount figure before `end` whose clause contains `name` (nullptr if none or several).
const Figure* named(const std::vector<const Figure*>& figs, const std::string& name) {
    if (name.size() < 6) return nullptr;   // two characters at least
    const Figure* hit = nullptr;
    for (const Figure* f : figs)
        if (contains(subject_text(*f), name)) {
            if (hit) return nullptr;
            hit = f;
        }
    return hit;
}

void check_line(CheckContext& cx, LineNo line, const FigureLine& fl) {
    const std::string& t = fl.text;
    for (const Word& w : words) {
        const std::string_view word(w.text);
        for (std::size_t at = t.find(word); at != std::string::npos; at = t.find(word, at + word.size())) {
            if (threshold(t, at, word.size())) continue;
            // the amounts of the sentence before the word, and the first after it
            std::vector<const Figure*> before;
            const Figure* after = nullptr;
            for (const Figure& f : fl.figures) {
                if (f.begin < at) {
                    if (amount(f)) before.push_back(&f);
                    if (!amount(f)) before.clear();   // a percentage between: another comparison
                } else if (!after) {
                    after = &f;
                }
            }
            // only figures of the word's own sentence
            const std::size_t sentence_start = [&] {
                std::size_t s = 0;
                for (const char* mark : {"。", "；", ";"}) {
                    const auto m = t.rfind(mark, at);
                    if (m != std::string::npos) s = std::max(s, m + std::string_view(mark).size());
                }
                return s;
            }();
            std::erase_if(before, [&](const Figure* f) { return f->begin < sentence_start; });
            const std::size_t clause_start = [&] {
                std::size_t s = sentence_start;
                for (const char* mark : {"，", "：", "、", ","}) {
                    const auto m = t.rfind(mark, at);
                    if (m != std::string::npos && m >= sentence_start) s = std::max(s, m + std::string_view(mark).size());
                }
                return s;
            }();
            if (after && amount(*after) && after->begin >= at && !before.empty() &&
                after->begin - at <= 30 && before.back()->begin < clause_start) {
                // "…A万元，大于…B万元": the word opens the second figure's clause
                if (contains(after->clause, word))
                    report(cx, line, w, *before.back(), *after, "");
                continue;
            }
            if (before.size() < 2 || before.back()->begin >= clause_start) continue;
            // "…，X大于Y": name both figures
            const std::string x = match_key(t.substr(clause_start, at - clause_start));
            std::size_t y_end = at + word.size();
            while (y_end < t.size() && !(t.compare(y_end, 3, "，") == 0 || t.compare(y_end, 3, "。") == 0 ||
                                         t.compare(y_end, 3, "；") == 0 || t.compare(y_end, 3, "的") == 0 ||
                                         t[y_end] == ',' || t[y_end] == ';'))
                ++y_end;
            const std::string y = match_key(t.substr(at + word.size(), y_end - at - word.size()));
            const Figure* a = named(before, x);
            const Figure* b = named(before, y);
            if (a && b && a != b) report(cx, line, w, *a, *b, " (" + x + " " + w.text + " " + y + ")");
        }
    }
}

}  // namespace

void check_comparisons(CheckContext& cx) {
    for (const Paragraph& p : cx.doc.paragraphs)
        if (in_narrative(cx, p)) check_line(cx, p.line, read_figures(p.text));
}

}  // namespace yusuan
