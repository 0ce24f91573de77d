// Narrative figures (第三部分) against the tables and against themselves:
// * an amount whose subject resolves to a table cell (rules.toml
//   [[narrative.subject]], or a "X（类）Y（款）Z（项）" path) must be that cell;
// * a share ("占 86.95%") must be its amount ÷ the section's base amount
//   (the figure before "其中"), to the printed precision;
// * a change percentage must follow from its amounts: growth = change ÷
//   (amount − change), decline = change ÷ (amount + change);
// * an item no table holds (政府采购预算, …) stated twice must be stated
//   the same both times (narrative.restated);
// * a whole stated with its full breakdown must be their sum (narrative_parts.cpp);
// * a project's 预算安排规模 … (narrative_projects.cpp).
// A figure whose subject cannot be resolved is not reported (not guessed).
#include <algorithm>
#include <map>

#include "check/checks.hpp"
#include "check/figures.hpp"
#include "check/narrative.hpp"
#include "normalise/text.hpp"

namespace yusuan {

namespace {

std::string strip_heading_marks(std::string s) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == '#' || s[i] == '*' || s[i] == ' ')) ++i;
    return s.substr(i);
}

// "一、…", "十三、…" (a numbered top-level section): shares restart there.
bool top_level_heading(std::string_view s) {
    static const std::string_view numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    std::size_t i = 0;
    bool any = false;
    for (;;) {
        bool hit = false;
        for (std::string_view n : numerals)
            if (s.substr(i, n.size()) == n) {
                i += n.size();
                hit = any = true;
                break;
            }
        if (!hit) break;
    }
    return any && s.substr(i, 3) == "、";
}


// The t05-like row of a "X（类）Y（款）Z（项）" path, if exactly one matches.
const Row* class_row(const Table& t, const std::vector<std::string>& names) {
    const Row* found = nullptr;
    const int level = static_cast<int>(names.size());
    for (const Row& r : t.rows) {
        if (r.level != level || r.code.empty()) continue;
        if (match_key(r.label) != names.back()) continue;
        // every named ancestor must match too
        bool ok = true;
        for (int l = 1; l < level && ok; ++l) {
            const Row* anc = nullptr;
            for (const Row& a : t.rows)
                if (a.level == l && !a.code.empty() && r.code.compare(0, a.code.size(), a.code) == 0) anc = &a;
            ok = anc && match_key(anc->label) == names[static_cast<std::size_t>(l - 1)];
        }
        if (!ok) continue;
        if (found) return nullptr;   // ambiguous
        found = &r;
    }
    return found;
}

// The first statement of each [[narrative.subject]] item that no table
// holds: a later one must say the same.
struct Stated {
    Figure figure;
    LineNo line = 0;
};
using FirstStatements = std::map<int, Stated>;

void check_restated(CheckContext& cx, FirstStatements& first, const Subject& s, LineNo line, const Figure& f) {
    auto [it, fresh] = first.try_emplace(s.item, Stated{f, line});
    if (fresh) return;
    const Stated& was = it->second;
    report_figure(cx, "narrative.restated", line, f, was.figure.value, 1,
                  s.phrase + " stated as " + was.figure.printed + " at line " + std::to_string(was.line));
}

// Checks an amount against the table cell its subject names; returns the
// table's value where it differs (the percentages beside a misstated amount
// are judged by either value: they may follow the table).
std::optional<Decimal> check_amount(CheckContext& cx, const Section& sec, FirstStatements& firsts, LineNo line,
                                    const Figure& f) {
    if (f.unit != FigureUnit::wan) return std::nullopt;
    const std::string clause = match_key(f.clause);
    const std::string sentence = match_key(f.sentence);
    if (direction_at_end(clause) || contains(clause, "比上年") || contains(clause, "与上年") || contains(clause, "较上年"))
        return std::nullopt;   // a change, not a level
    // "X（类）Y（款）Z（项）：2026年预算数为 …"
    const std::vector<std::string> path = class_path(f.sentence);
    if (!path.empty() && !cx.rules.class_column.empty()) {
        for (const std::string& id : cx.rules.class_tables) {
            const Table* t = cx.doc.table(id);
            if (!has_rows(t)) continue;
            if (const Row* r = class_row(*t, path)) {
                const Decimal v = r->amount(cx.rules.class_column).value_or(Decimal{0, 0});
                report_figure(cx, "narrative.amount", line, f, v, 1,
                       r->key + " " + r->label + " vs " + id + " " + cx.rules.class_column + " " + v.to_string());
                if (v != f.value) return v;
            }
            return std::nullopt;
        }
        return std::nullopt;
    }
    const std::string subject = without_copula(clause);
    for (const Subject& s : cx.rules.subjects) {
        if (!ends_with(subject, s.phrase)) continue;
        const std::string_view before = std::string_view(subject).substr(0, subject.size() - s.phrase.size());
        if (std::any_of(s.unless_after.begin(), s.unless_after.end(),
                        [&](const std::string& w) { return ends_with(before, w); }))
            continue;
        if (!s.section.empty() && !contains(sec.heading, s.section)) continue;
        if (!s.context.empty() && !contains(sentence, s.context)) continue;
        std::optional<Decimal> first;
        bool equal = false;
        std::string where;
        for (const CellRef& c : s.cells) {
            auto v = resolve(cx.doc, c);
            if (!v) continue;
            if (!first) {
                first = v->value;
                where = c.table + " " + c.rows.front() + " " + c.columns.front();
            }
            if (v->value == f.value) equal = true;
        }
        if (s.cells.empty())   // no table holds it: compare it with its other statements
            check_restated(cx, firsts, s, line, f);
        else if (first && !equal) {
            report_figure(cx, "narrative.amount", line, f, *first, 1, s.phrase + " vs " + where + " " + first->to_string());
            return first;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::string direction_word(const std::string& clause) {
    std::string w;
    direction_at_end(clause, &w);
    return w;
}

int decimals(const std::string& printed) {
    const auto dot = printed.find('.');
    if (dot == std::string::npos) return 0;
    return static_cast<int>(printed.size() - dot - 1 - (printed.back() == '%' ? 1 : 0));
}

// Compares a stated percentage with the exact ratio at the printed precision:
// off by less than one printed unit (another rounding) is a warning.
// `also` is the same ratio computed with the tables' values where the text
// misstates an amount (reported on its own): a percentage that follows the
// tables is right.
struct Ratio {
    Decimal num, den;
};
void compare_percent(CheckContext& cx, const std::string& rule, LineNo line, const Figure& p, Decimal num,
                     Decimal den, const std::string& why, std::optional<Ratio> also = std::nullopt) {
    const int k = decimals(p.printed);
    auto rounded = percent_of(num, den, k);
    if (!rounded || *rounded == p.value) return;
    if (also && (also->num != num || also->den != den))
        if (auto by_table = percent_of(also->num, also->den, k); by_table && *by_table == p.value) return;
    auto fine = percent_of(num, den, k + 3);
    const Decimal unit(1, k);
    const Decimal diff = (p.value - *fine).abs();
    const Severity sev = diff < unit ? Severity::warning : Severity::error;
    cx.add(sev, rule, "text", std::to_string(line), p.printed, p.printed, rounded->to_string() + "%", line,
           why + " = " + rounded->to_string() + "%");
}

void check_percents(CheckContext& cx, Section& sec, LineNo line, const FigureLine& fl, std::size_t skip,
                    const std::map<std::size_t, Decimal>& by_table) {
    // A figure's value as the tables give it (where the text misstates it).
    auto table_value = [&](const Figure* f) {
        auto it = by_table.find(f->begin);
        return it == by_table.end() ? f->value : it->second;
    };
    // One state per parenthesis depth: "567.72万元（购置费230.55万元，比上年增加
    // 49.45万元…）比上年增加46.49万元，增长8.9%" compares 46.49 with 567.72.
    struct State {
        const Figure* level = nullptr;    // the last amount that is not a change
        const Figure* change = nullptr;   // the last change amount since it
        const Figure* prior = nullptr;    // last year's amount, where the text states it
        int change_dir = 0;
    };
    std::vector<State> states(1);
    for (const Figure& f : fl.figures) {
        if (f.depth < 0) {   // after a parenthesis opened before the text we have: context unknown
            states.assign(1, State{});
            continue;
        }
        const auto d_index = static_cast<std::size_t>(f.depth);
        if (states.size() <= d_index) states.resize(d_index + 1);
        states.resize(d_index + 1);   // a deeper level closed: forget it
        State& st = states[d_index];
        const Figure*& level = st.level;
        const Figure*& change = st.change;
        const Figure*& prior = st.prior;
        int& change_dir = st.change_dir;
        const std::string clause = match_key(f.clause);
        if (f.unit == FigureUnit::wan || f.unit == FigureUnit::yuan) {
            std::string w;
            int d = direction_at_end(clause, &w);
            if (!d) {   // "比上年预算减少预算 2342" / "减少预算资金 …"
                const std::string trimmed = ends_with(clause, "预算") ? clause.substr(0, clause.size() - 6) : clause;
                d = direction_at_end(trimmed);
            }
            if (d && change && clause == std::string(direction_word(clause))) {
                // "比上年预算数减少106万元。减少44.73万元": a percentage printed as an amount
                const Decimal prev = prior ? prior->value
                                     : change_dir > 0 ? level->value - change->value
                                                      : level->value + change->value;
                if (!prev.negative() && !prev.is_zero())
                    compare_percent(cx, "narrative.change", line, f, change->value, prev,
                                    "change " + change->printed + " / last year " + prev.to_string() +
                                        " (printed as an amount)");
                continue;
            }
            if (d && level) {
                change = &f;
                change_dir = d;
            } else if (!d && level && contains(clause, "上年")) {
                prior = &f;   // "比上年预算（注：上年1,367.19万元…）"
            } else if (!d && f.unit == FigureUnit::wan) {
                prior = nullptr;
                level = &f;
                change = nullptr;
                if (contains(f.after.substr(0, 9), "其中") && f.begin >= skip) {
                    sec.base = f.value;
                    sec.base_by_table = table_value(&f);
                }
            }
            continue;
        }
        if (f.unit != FigureUnit::percent || f.begin < skip) continue;
        std::string word;
        const int d = direction_at_end(clause, &word);
        if (ends_with(clause, "占") && level && sec.base && !sec.base->is_zero()) {
            compare_percent(cx, "narrative.share", line, f, level->value, *sec.base,
                            "share " + level->printed + " / " + sec.base->to_string(),
                            Ratio{table_value(level), sec.base_by_table.value_or(*sec.base)});
        } else if (d && change && level) {
            if (d != change_dir)
                cx.add(Severity::error, "text.direction", "text", std::to_string(line), word, word,
                       change_dir > 0 ? "增加" : "减少", line,
                       word + " beside a " + (change_dir > 0 ? "rise" : "fall") + " of " + change->printed);
            const Decimal prev = prior ? prior->value
                                 : change_dir > 0 ? level->value - change->value
                                                  : level->value + change->value;
            if (prev.negative() || prev.is_zero()) continue;   // growth from nothing: not computable
            const Decimal level_by_table = table_value(level);
            const Decimal prev_by_table = prior ? prior->value
                                          : change_dir > 0 ? level_by_table - change->value
                                                           : level_by_table + change->value;
            compare_percent(cx, "narrative.change", line, f, change->value, prev,
                            "change " + change->printed + " / last year " + prev.to_string(),
                            Ratio{change->value, prev_by_table});
        }
    }
}


// A line that starts a new item ("43、", "1.", "（二）", "- ", a heading) does not continue the previous one.
bool starts_item(const std::string& text) {
    const std::string t = strip_heading_marks(remove_spaces(text));
    if (t.size() != remove_spaces(text).size()) return true;   // a heading
    std::size_t k = 0;
    while (k < t.size() && std::isdigit(static_cast<unsigned char>(t[k]))) ++k;
    if (k && (t.compare(k, 3, "、") == 0 || t.compare(k, 1, ".") == 0 || t.compare(k, 3, "．") == 0)) return true;
    return t.rfind("（", 0) == 0 || t.rfind("(", 0) == 0 || t.rfind("-", 0) == 0 || top_level_heading(t);
}

// The text after the last sentence end of a line that stops mid-sentence
// ("" if the line ends a sentence or is a heading).
// The paragraph so far (`carried` + this line) while lines stop mid-sentence;
// "" once a line ends a sentence or is a heading. Capped to the last 1000 bytes
// at a sentence mark, so a runaway paragraph stays cheap.
std::string unfinished_paragraph(const std::string& carried, const std::string& text) {
    const std::string t = remove_spaces(text);
    if (t.empty() || t[0] == '#') return "";
    static const std::string_view ends[] = {"。", "；", "：", "！", "？", ";", ":", "!", "?"};
    for (std::string_view e : ends)
        if (ends_with(t, e)) return "";
    std::string all = carried + t;
    if (all.size() > 1000) {
        const auto at = all.find("。", all.size() - 1000);
        all = at == std::string::npos ? std::string() : all.substr(at + 3);
    }
    return all;
}

}  // namespace

// Names of a "X（类）Y（款）Z（项）" subject, in match_key form; empty if none.
std::vector<std::string> class_path(const std::string& sentence) {
    std::string s = match_key(sentence);
    // a carried-over sentence may hold an earlier path: start at the last one
    const auto last = s.rfind("(类)");
    if (last != std::string::npos) {
        std::size_t from = 0;
        for (std::string_view m : {"(项)", "(款)", ":", ","}) {
            const auto at = s.rfind(m, last);
            if (at != std::string::npos) from = std::max(from, at + m.size());
        }
        s = s.substr(from);
    }
    std::vector<std::string> names;
    static const std::string_view marks[] = {"(类)", "(款)", "(项)"};
    std::size_t pos = 0;
    for (std::string_view m : marks) {
        const std::size_t at = s.find(m, pos);
        if (at == std::string::npos) break;
        std::string name = s.substr(pos, at - pos);
        // drop an enumeration prefix ("1.", "12、")
        std::size_t k = 0;
        while (k < name.size() && std::isdigit(static_cast<unsigned char>(name[k]))) ++k;
        if (k && k < name.size() && (name[k] == '.' || name.compare(k, 3, "、") == 0))
            name = name.substr(k + (name[k] == '.' ? 1 : 3));
        names.push_back(name);
        pos = at + m.size();
    }
    return names;
}

void report_figure(CheckContext& cx, const std::string& rule, LineNo line, const Figure& f, Decimal expected, int terms,
            const std::string& why) {
    cx.compare(rule, "text", std::to_string(line), f.printed, f.value, expected, terms, line, why);
}

bool in_narrative(const CheckContext& cx, const Paragraph& p) {
    return cx.tpl.narrative_part.empty() || p.part == cx.tpl.narrative_part;
}

void check_narrative(CheckContext& cx) {
    Section sec;
    FirstStatements firsts;
    std::string carried;
    for (const Paragraph& p : cx.doc.paragraphs) {
        if (!in_narrative(cx, p)) continue;
        const std::string plain = strip_heading_marks(match_key(p.text));
        if (top_level_heading(plain)) {
            sec = Section{};
            sec.heading = plain;
        } else if (!p.text.empty() && (p.text[0] == '#' || plain.rfind("(", 0) == 0)) {
            const auto cut = sec.heading.find('|');
            sec.heading = (cut == std::string::npos ? sec.heading : sec.heading.substr(0, cut)) + "|" + plain;
        }
        // A line that does not end a sentence is continued on the next one
        // (text extracted from a PDF wraps mid-sentence): read the next line
        // with the previous one's unfinished sentence in front, and report
        // only the figures of the line itself.
        const std::string carry = starts_item(p.text) ? "" : carried;
        FigureLine fl = read_figures(carry + p.text);
        const std::size_t skip = remove_spaces(carry).size();
        check_project_lines(cx, sec, p.line, read_figures(p.text));
        std::map<std::size_t, Decimal> by_table;   // misstated amounts: the tables' values
        for (const Figure& f : fl.figures)
            if (f.begin >= skip)
                if (auto v = check_amount(cx, sec, firsts, p.line, f)) by_table[f.begin] = *v;
        check_percents(cx, sec, p.line, fl, skip, by_table);
        check_parts(cx, p.line, fl, skip);
        carried = unfinished_paragraph(carry, p.text);
    }
}

}  // namespace yusuan
