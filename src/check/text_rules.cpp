// Text rules: a published document is also wrong in words.
// * text.year: a budget figure, heading or completion date labelled with a
//   year that is not the document's ("2025年预算数为" in a 2026 document);
// * text.placeholder: template text left in (XX局, ××, 增加（减少）);
// * text.direction: "持平" beside a change;
// * table.missing / table.empty: a listed or required table that is absent,
//   a table declared empty that has figures;
// * text.punctuation (info): doubled punctuation, unmatched quotes.
#include <algorithm>
#include <cctype>

#include "check/checks.hpp"
#include "check/figures.hpp"
#include "check/narrative.hpp"
#include "normalise/text.hpp"

namespace yusuan {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

struct YearHit {
    LineNo line;
    std::string year;
};

// Years "YYYY年" in `key` (match_key form) followed by a budget word.
void find_years(CheckContext& cx, LineNo line, const std::string& key, std::vector<YearHit>& hits) {
    const std::string& year = cx.doc.year;
    if (year.size() != 4 || cx.rules.year_words.empty()) return;
    for (std::size_t i = 0; i + 7 <= key.size(); ++i) {
        if (!(digit(key[i]) && digit(key[i + 1]) && digit(key[i + 2]) && digit(key[i + 3]))) continue;
        if ((i > 0 && digit(key[i - 1])) || key.compare(i + 4, 3, "年") != 0) continue;
        const std::string y = key.substr(i, 4);
        // "比2025年预算数增加", "与2025年相比", "截至2025年底": a comparison, rightly last year.
        const std::string before = key.substr(i >= 6 ? i - 6 : 0, i >= 6 ? 6 : i);
        if (contains(before, "比") || contains(before, "与") || contains(before, "较") || contains(before, "至") ||
            contains(before, "上"))
            continue;
        // inside a cited title (《关于明确2025年部门预算…的通知》) the year is the title's
        const std::string_view head = std::string_view(key).substr(0, i);
        std::size_t opens = 0, closes = 0;
        for (std::size_t k = head.find("《"); k != std::string_view::npos; k = head.find("《", k + 1)) ++opens;
        for (std::size_t k = head.find("》"); k != std::string_view::npos; k = head.find("》", k + 1)) ++closes;
        if (opens > closes) continue;
        const std::string_view rest = std::string_view(key).substr(i + 7);
        const bool budget = std::any_of(cx.rules.year_words.begin(), cx.rules.year_words.end(),
                                        [&](const std::string& w) { return rest.substr(0, w.size()) == w; });
        if (!budget) continue;
        hits.push_back({line, y});
        if (y != year) return;   // one per line
    }
}

// Reports the budget-year mentions that are not the document's year, unless
// most of them disagree with it (then the document's own year is in doubt).
void report_years(CheckContext& cx, const std::vector<YearHit>& hits) {
    const std::string& year = cx.doc.year;
    const auto agree = std::count_if(hits.begin(), hits.end(), [&](const YearHit& h) { return h.year == year; });
    if (static_cast<std::size_t>(agree) * 2 <= hits.size()) return;
    for (const YearHit& h : hits)
        if (h.year != year)
            cx.add(Severity::error, "text.year", "text", std::to_string(h.line), h.year, h.year, year, h.line,
                   "a " + year + " budget figure, heading or date labelled " + h.year);
}

// A completion date before the budget year in a performance form.
void check_form_years(CheckContext& cx) {
    const std::string& year = cx.doc.year;
    if (year.size() != 4) return;
    for (const Form& f : cx.doc.forms)
        for (const Indicator& i : f.indicators) {
            const Cell* name = i.cell("三级指标");
            const Cell* value = i.cell("指标值");
            if (!name || !value || !contains(name->text, "完成时间")) continue;
            const std::string v = match_key(value->text);
            for (std::size_t k = 0; k + 7 <= v.size(); ++k)
                if (digit(v[k]) && digit(v[k + 1]) && digit(v[k + 2]) && digit(v[k + 3]) && v.compare(k + 4, 3, "年") == 0 &&
                    (k == 0 || !digit(v[k - 1]))) {
                    const std::string y = v.substr(k, 4);
                    if (y < year)
                        cx.add(Severity::error, "text.year", "text", std::to_string(value->line), y, y, year,
                               value->line, f.id + " " + name->text + " " + value->text + " is before " + year);
                    break;
                }
        }
}

void check_placeholders(CheckContext& cx, LineNo line, const std::string& text) {
    const std::string key = remove_spaces(text);
    for (const std::string& p : cx.rules.placeholders) {
        const auto at = key.find(p);
        if (at == std::string::npos) continue;
        // ASCII placeholders only where they stand alone ("XX局", not "XXL")
        if (std::isalpha(static_cast<unsigned char>(p[0])) &&
            ((at > 0 && std::isalnum(static_cast<unsigned char>(key[at - 1]))) ||
             (at + p.size() < key.size() && std::isalnum(static_cast<unsigned char>(key[at + p.size()])))))
            continue;
        std::string word = p;
        // a run of placeholder marks with the character it stands before ("XX局", "××单位")
        const std::string mark = p.substr(0, p.size() == 2 || p.size() == 4 ? p.size() / 2 : p.size());
        std::size_t end = at + p.size();
        const bool repeated = p.size() >= 2 * mark.size() && p.compare(mark.size(), mark.size(), mark) == 0;
        while (repeated && key.compare(end, mark.size(), mark) == 0) end += mark.size();
        word = key.substr(at, end - at);
        if (repeated && end < key.size() && static_cast<unsigned char>(key[end]) >= 0xE0) {
            std::string next = key.substr(end, 3);
            const std::u32string u = to_u32(next);
            if (!u.empty() && is_cjk(u[0]) && u[0] >= 0x4E00) word += next;
        }
        cx.add(Severity::error, "text.placeholder", "text", std::to_string(line), word, word, "", line,
               "placeholder text left in: " + word);
        return;
    }
}

void check_level_words(CheckContext& cx, LineNo line, const FigureLine& fl) {
    const auto at = fl.text.find("持平");
    if (at == std::string::npos) return;
    // "与上年基本持平" excuses a small change; only a flat claim is checked
    const std::string before = fl.text.substr(at >= 15 ? at - 15 : 0, at >= 15 ? 15 : at);
    for (const char* hedge : {"基本", "大体", "大致", "总体", "略"})
        if (contains(before, hedge)) return;
    for (const Figure& f : fl.figures) {
        if (f.unit != FigureUnit::wan && f.unit != FigureUnit::percent) continue;
        if (direction_at_end(match_key(f.clause)) && !f.value.is_zero() &&
            (f.begin > at ? f.begin - at : at - f.begin) < 60) {
            cx.add(Severity::error, "text.direction", "text", std::to_string(line), "持平", "持平", f.printed, line,
                   "持平 beside a change of " + f.printed);
            return;
        }
    }
}

void check_punctuation(CheckContext& cx, LineNo line, const std::string& text) {
    static const char* doubled[] = {"。。", "，，", "；；", "、、"};
    for (const char* d : doubled)
        if (text.find(d) != std::string::npos) {
            cx.add(Severity::info, "text.punctuation", "text", std::to_string(line), d, d, "", line,
                   std::string("doubled punctuation ") + d);
            break;
        }
    const std::u32string u = to_u32(text);
    const auto open = std::count(u.begin(), u.end(), U'“');
    const auto close = std::count(u.begin(), u.end(), U'”');
    if (open != close)
        cx.add(Severity::info, "text.punctuation", "text", std::to_string(line), "“”", "“”", "", line,
               "unmatched quotes (" + std::to_string(open) + " “, " + std::to_string(close) + " ”)");
}

void check_tables(CheckContext& cx) {
    std::vector<std::string> required;
    for (const ListedTable& l : cx.doc.contents)
        if (cx.tpl.table(l.id)) required.push_back(l.id);
    // Without a contents list the template says what is required, but only
    // for a document of the template's own year (a 2021 document read with
    // the 2026 template lacks the tables 2021 did not have).
    const bool dated = !cx.tpl.name.empty() && std::all_of(cx.tpl.name.begin(), cx.tpl.name.end(), digit);
    if (cx.doc.contents.empty() && (!dated || cx.doc.year == cx.tpl.name))
        for (const TableSpec& t : cx.tpl.tables) required.push_back(t.id);
    // Nothing read at all: the document did not read (the reader says so),
    // which is not the same as tables missing from it.
    if (std::none_of(cx.doc.tables.begin(), cx.doc.tables.end(), [](const Table& t) { return !t.rows.empty(); }) &&
        std::none_of(cx.doc.tables.begin(), cx.doc.tables.end(), [](const Table& t) { return t.declared_empty; }))
        return;
    for (const std::string& id : required) {
        if (cx.doc.table(id)) continue;
        LineNo line = 0;
        for (const ListedTable& l : cx.doc.contents)
            if (l.id == id) line = l.line;
        // The document's own contents list is its claim (an error to break);
        // the template's list is ours: other regions print other sets of
        // tables, so a table only the template expects is a warning.
        cx.add(line ? Severity::error : Severity::warning, "table.missing", id, "", "", "", "", line,
               id + " is " + (line ? "listed in the contents" : "required by the template") + " but not printed");
    }
    for (const Table& t : cx.doc.tables) {
        const bool figures = std::any_of(t.rows.begin(), t.rows.end(), [](const Row& r) {
            return std::any_of(r.cells.begin(), r.cells.end(), [](const Cell& c) { return c.amount.has_value(); });
        });
        if (!t.declared_empty && !t.rows.empty() && !figures)
            cx.add(Severity::warning, "table.empty", t.id, "", "", "", "", t.line,
                   t.id + " prints no figure but the document does not say it is empty (为空表)");
        if (!t.declared_empty) continue;
        for (const Row& r : t.rows)
            for (const Cell& c : r.cells)
                if (c.amount && !c.amount->is_zero()) {
                    cx.add(Severity::error, "table.empty", t.id, "", "", c.amount->to_string(), "", c.line,
                           t.id + " is declared empty (" + t.empty_statement + ") but prints " + r.key + " " +
                               c.column + " " + c.amount->to_string());
                    goto next_table;
                }
    next_table:;
    }
}

}  // namespace

void check_text(CheckContext& cx) {
    std::vector<YearHit> years;
    for (const Paragraph& p : cx.doc.paragraphs) {
        check_placeholders(cx, p.line, p.text);
        check_punctuation(cx, p.line, p.text);
        if (!in_narrative(cx, p)) continue;
        find_years(cx, p.line, match_key(p.text), years);
        check_level_words(cx, p.line, read_figures(p.text));
    }
    report_years(cx, years);
    check_form_years(cx);
    check_tables(cx);
}

}  // namespace yusuan
