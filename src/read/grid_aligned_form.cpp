// Performance forms in space-aligned text (pdftotext -layout). A form's
// cells hold long text that wraps inside the cell, so a row is the group of
// lines between two blank lines, not one line: pdftotext leaves a blank line
// where the cell padding of two rows meets. Before the indicator header the
// rows are label/value pairs (their order is what the form reader needs);
// from the indicator header on, each row is split into the header's columns
// by what its cells hold (aligned_form_row.hpp), helped by where the other
// rows of its page start their columns; the tails of cells cut by a page
// break or a blank line are placed under a whole row of their page.
#include <algorithm>
#include <map>

#include "normalise/text.hpp"
#include "read/aligned_form_row.hpp"
#include "read/aligned_text.hpp"
#include "read/layouts.hpp"

namespace yusuan {

namespace {

using namespace aligned;

struct Fragment {
    std::size_t line = 0;  // index into the group's lines
    int start = 0, end = 0;
    std::string text;
};

struct Group {
    std::vector<std::size_t> lines;  // indices into `lines`
    int page = 0;                    // form feeds before it
    bool cut_by_page = false;        // continues the group before it past a page break
};

// The words of one line; words one space apart stay one fragment unless one
// is a figure ("资金总额 (万元)" is one label, "其他 1.78" a label and a value).
std::vector<Fragment> fragments(const std::string& line, std::size_t at) {
    std::vector<Fragment> out;
    for (const Token& w : words(to_u32(line), 1)) {
        const int end = w.start + static_cast<int>(to_u32(w.text).size());
        if (!out.empty() && w.start - out.back().end == 1 && !amount_text(w.text) && !amount_text(out.back().text)) {
            out.back().text += " " + w.text;
            out.back().end = end;
            continue;
        }
        out.push_back({at, w.start, end, w.text});
    }
    return out;
}

std::string join(std::vector<const Fragment*> parts) {
    std::sort(parts.begin(), parts.end(), [](const Fragment* a, const Fragment* b) {
        return a->line != b->line ? a->line < b->line : a->start < b->start;
    });
    std::string s;
    for (const Fragment* f : parts) s += (s.empty() ? "" : " ") + f->text;
    return collapse_spaces(s);
}

struct FormCell {
    int left = 0;  // where its leftmost fragment starts
    std::string text;
};

// Cells of a label/value row: fragments whose extents overlap on different
// lines are one cell (a label wrapped as 部门联 / 系人); cells left to right.
std::vector<FormCell> overlap_cells(const std::vector<Fragment>& frags) {
    std::vector<int> cell(frags.size());
    for (std::size_t i = 0; i < frags.size(); ++i) cell[i] = static_cast<int>(i);
    auto root = [&](int i) {
        while (cell[static_cast<std::size_t>(i)] != i) i = cell[static_cast<std::size_t>(i)];
        return i;
    };
    for (std::size_t i = 0; i < frags.size(); ++i)
        for (std::size_t j = i + 1; j < frags.size(); ++j)
            if (frags[i].line != frags[j].line && frags[i].start < frags[j].end && frags[j].start < frags[i].end)
                cell[static_cast<std::size_t>(root(static_cast<int>(j)))] = root(static_cast<int>(i));
    std::vector<std::pair<int, std::vector<const Fragment*>>> cells;  // leftmost start, parts
    for (std::size_t i = 0; i < frags.size(); ++i) {
        int r = root(static_cast<int>(i));
        auto it = std::find_if(cells.begin(), cells.end(), [&](const auto& c) {
            return root(static_cast<int>(c.second.front() - frags.data())) == r;
        });
        if (it == cells.end()) cells.push_back({frags[i].start, {&frags[i]}});
        else {
            it->first = std::min(it->first, frags[i].start);
            it->second.push_back(&frags[i]);
        }
    }
    std::sort(cells.begin(), cells.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<FormCell> out;
    for (auto& c : cells) out.push_back({c.first, join(c.second)});
    return out;
}

// A group of one or two runs of words with no weight among them, or any
// group with no weight that opens a page: the tails of cells wrapped past a
// blank line or a page break ("30 日前"), not a row.
bool is_fragment(const std::vector<aligned_form::Atom>& atoms, bool first_of_page) {
    std::size_t runs = 0;
    for (std::size_t i = 0; i < atoms.size(); ++i) {
        const bool opens = i == 0 || !atoms[i].tight || atoms[i].line != atoms[i - 1].line;
        const bool closes = i + 1 == atoms.size() || !atoms[i + 1].tight || atoms[i + 1].line != atoms[i].line;
        if (opens) ++runs;
        // A weight ends its run ("… 工作总结 16"); "30 日前" is a date.
        if (closes && classify_indicator_cell(atoms[i].text) == IndicatorCellKind::weight) return false;
    }
    return runs <= 2 || first_of_page;
}

// A section heading after the form ("(五) 其他需说明的事项", "第四部分 …",
// "三、…"): the form has ended.
bool is_section_heading(const std::string& line) {
    const std::u32string k = to_u32(match_key(line));
    static const std::u32string numerals = U"一二三四五六七八九十";
    auto numeral = [&](std::size_t i) { return i < k.size() && numerals.find(k[i]) != std::u32string::npos; };
    if (k.size() >= 3 && k[0] == U'(' && numeral(1)) {
        std::size_t i = 1;
        while (numeral(i)) ++i;
        return i < k.size() && k[i] == U')';
    }
    if (k.size() >= 3 && k[0] == U'第' && k.find(U"部分") != std::u32string::npos) return true;
    std::size_t i = 0;
    while (numeral(i)) ++i;
    return i > 0 && i < k.size() && k[i] == U'、';
}

// A ruling drawn with dashes ("--- --- --"): page furniture.
bool is_ruling(const std::string& line) {
    return line.find_first_not_of(" -—|\f") == std::string::npos && line.find('-') != std::string::npos;
}

// The cells of a group, words one space apart kept apart.
std::vector<FormCell> word_cells(const std::vector<std::string>& lines, const Group& grp) {
    std::vector<Fragment> each;
    for (std::size_t k = 0; k < grp.lines.size(); ++k)
        for (const aligned_form::Atom& a : aligned_form::line_atoms(lines[grp.lines[k]], k))
            each.push_back({k, a.start, a.end, a.text});
    return overlap_cells(each);
}

// A row after the indicator header that repeats the form's head on a new
// page (a 基本信息 label such as 预算单位, or the indicator header again).
bool repeats_head(const std::vector<std::string>& lines, const Group& grp, const HeaderWords& indicator_words,
                  const HeaderWords& field_words) {
    int hits = 0;
    for (const FormCell& c : word_cells(lines, grp)) {
        std::string k = match_key(c.text);
        while (!k.empty() && k.back() == ':') k.pop_back();
        if (field_words && field_words(k)) return true;
        if (indicator_words && indicator_words(k)) ++hits;
    }
    return hits >= 3;
}

// The rest of an indicator header cut by a page break (its first part
// "指标 值设", the rest "置依据" on the next page, at other positions): a
// group with no weight right after the header, with as many cells as the
// header has names that are no column name yet, completes them in order.
bool completes_header(const std::vector<std::string>& lines, const Group& grp, const HeaderWords& indicator_words,
                      std::vector<std::string>& header) {
    if (!indicator_words) return false;
    std::vector<aligned_form::Atom> atoms;
    for (std::size_t k = 0; k < grp.lines.size(); ++k)
        for (aligned_form::Atom& a : aligned_form::line_atoms(lines[grp.lines[k]], k)) atoms.push_back(std::move(a));
    for (const aligned_form::Atom& a : atoms)
        if (classify_indicator_cell(a.text) == IndicatorCellKind::weight) return false;
    std::vector<std::size_t> open;
    for (std::size_t c = 0; c < header.size(); ++c)
        if (!indicator_words(match_key(header[c]))) open.push_back(c);
    const std::vector<FormCell> tails = word_cells(lines, grp);
    if (open.empty() || tails.size() != open.size()) return false;
    for (std::size_t k = 0; k < open.size(); ++k)
        if (!indicator_words(match_key(header[open[k]] + tails[k].text))) return false;
    for (std::size_t k = 0; k < open.size(); ++k) header[open[k]] += tails[k].text;
    return true;
}

// How many cells are 基本信息 labels ("部门名称(盖章)", "年度预算总额:").
int field_labels(const std::vector<std::string>& cells, const HeaderWords& field_words) {
    if (!field_words) return 0;
    int n = 0;
    for (const std::string& c : cells) {
        std::string k = match_key(c);
        while (!k.empty() && k.back() == ':') k.pop_back();
        if (field_words(k)) {
            ++n;
            continue;
        }
        // A short note after the label: "(万元)", "(盖章)".
        const std::size_t open = k.rfind('(');
        if (open != std::string::npos && open > 0 && k.back() == ')' && to_u32(k.substr(open)).size() <= 6 &&
            field_words(k.substr(0, open)))
            ++n;
    }
    return n;
}

// Text wrapped onto the next line: joined without a space between CJK characters.
std::string join_wrapped(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return a + b;
    const std::u32string l = to_u32(a), r = to_u32(b);
    return is_cjk(l.back()) && is_cjk(r.front()) ? a + b : a + " " + b;
}

std::vector<std::string> texts(const std::vector<FormCell>& cells) {
    std::vector<std::string> out;
    for (const FormCell& c : cells) out.push_back(c.text);
    return out;
}

// One indicator row (or a cell's tail) after the header.
struct IndicatorGroup {
    GridRow* row = nullptr;
    std::vector<aligned_form::Atom> atoms;
    int page = 0;
    bool fragment = false;  // a cell's tail, not a row of its own
    aligned_form::RowSplit split;
};

// Per column, where the other whole rows of row k's page start it, when
// enough of them agree (-1 otherwise).
std::vector<int> page_hint(const std::vector<IndicatorGroup>& rows, std::size_t k, std::size_t columns) {
    std::vector<int> hint(columns, -1);
    std::vector<const IndicatorGroup*> others;
    for (const IndicatorGroup& o : rows)
        if (&o != &rows[k] && !o.fragment && o.page == rows[k].page) others.push_back(&o);
    for (std::size_t c = 0; c < columns; ++c) {
        std::map<int, std::size_t> votes;
        for (const IndicatorGroup* o : others)
            if (c < o->split.starts.size() && o->split.starts[c] >= 0) ++votes[o->split.starts[c]];
        std::size_t most = 0;
        for (const auto& [x, count] : votes)
            if (count > most) {
                most = count;
                hint[c] = x;
            }
        if (most * 3 < others.size()) hint[c] = -1;  // no agreement
    }
    return hint;
}

}  // namespace

Grid aligned_form_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end,
                       const HeaderWords& indicator_words, const HeaderWords& field_words) {
    Grid g;
    std::vector<Group> groups(1);
    int page = 0;
    for (std::size_t i = begin; i < end && i < lines.size(); ++i) {
        std::string raw = lines[i];
        raw.erase(std::remove(raw.begin(), raw.end(), '\f'), raw.end());
        const bool blank = raw.find_first_not_of(' ') == std::string::npos || is_ruling(raw);
        if (lines[i].find('\f') != std::string::npos) ++page;
        if (blank || is_page_number(raw) || lines[i].find('\f') != std::string::npos) {
            if (!groups.back().lines.empty()) {
                groups.emplace_back();
                // A page break right after a line of text cuts a row in two.
                groups.back().cut_by_page = !blank && !is_page_number(raw) && i > begin &&
                                            lines[i - 1].find_first_not_of(" \f") != std::string::npos;
            }
            groups.back().page = page;
            if (blank || is_page_number(raw)) continue;
        }
        if (is_meta(raw) || raw.rfind("(20", raw.find_first_not_of(' ')) == raw.find_first_not_of(' ')) {
            g.loose.push_back({static_cast<LineNo>(i + 1), collapse_spaces(raw), ""});
            continue;
        }
        groups.back().lines.push_back(i);
    }

    // Indicator columns, once their header is found.
    std::vector<IndicatorRole> roles;
    std::vector<IndicatorGroup> indicator_groups;
    std::size_t header_row = 0;
    bool ended = false;
    for (const Group& grp : groups) {
        if (grp.lines.empty()) continue;
        GridRow row;
        row.line = static_cast<LineNo>(grp.lines.front() + 1);
        if (roles.empty()) {
            std::vector<Fragment> frags;
            for (std::size_t k = 0; k < grp.lines.size(); ++k) {
                std::string raw = lines[grp.lines[k]];
                raw.erase(std::remove(raw.begin(), raw.end(), '\f'), raw.end());
                for (Fragment& f : fragments(raw, k)) frags.push_back(std::move(f));
            }
            // The indicator header has its names one space apart: words of
            // one line are never one cell there.
            std::vector<FormCell> names = word_cells(lines, grp);
            int hits = 0;
            for (const FormCell& c : names) hits += indicator_words && indicator_words(match_key(c.text)) ? 1 : 0;
            if (hits >= 3) {
                for (const FormCell& c : names) {
                    roles.push_back(aligned_form::header_role(roles.size(), c.text));
                    row.cells.push_back(c.text);
                }
                header_row = g.rows.size();
            } else {
                row.cells = texts(overlap_cells(frags));
                // "部门名 / 称 (盖 昌吉市… / 章)": a value one space after a
                // wrapped label; words kept apart find the label.
                std::vector<FormCell> apart = word_cells(lines, grp);
                if (field_words && field_labels(texts(apart), field_words) > field_labels(row.cells, field_words))
                    row.cells = texts(apart);
                if (grp.cut_by_page && !g.rows.empty() && field_labels(row.cells, field_words) == 0 &&
                    !g.rows.back().cells.empty()) {
                    // A row cut by a page break: its text continues the value above.
                    std::string& value = g.rows.back().cells.back();
                    for (const std::string& c : row.cells) value = join_wrapped(value, c);
                    continue;
                }
            }
            g.rows.push_back(std::move(row));
            continue;
        }
        if (ended || is_section_heading(lines[grp.lines.front()])) {
            // Text after the form: narrative, not indicator rows.
            ended = true;
            for (std::size_t i : grp.lines) g.loose.push_back({static_cast<LineNo>(i + 1), collapse_spaces(lines[i]), ""});
            continue;
        }
        if (repeats_head(lines, grp, indicator_words, field_words)) {
            for (std::size_t i : grp.lines) g.loose.push_back({static_cast<LineNo>(i + 1), collapse_spaces(lines[i]), ""});
            continue;
        }
        if (indicator_groups.empty() && completes_header(lines, grp, indicator_words, g.rows[header_row].cells)) {
            for (std::size_t c = 0; c < roles.size(); ++c)
                roles[c] = aligned_form::header_role(c, g.rows[header_row].cells[c]);
            continue;
        }
        IndicatorGroup ig;
        ig.page = grp.page;
        for (std::size_t k = 0; k < grp.lines.size(); ++k)
            for (aligned_form::Atom& a : aligned_form::line_atoms(lines[grp.lines[k]], k)) ig.atoms.push_back(std::move(a));
        // The first group of a page with no weight continues the row the
        // page break cut.
        const bool first_of_page = !indicator_groups.empty() && indicator_groups.back().page != ig.page;
        ig.fragment = is_fragment(ig.atoms, first_of_page);
        if (!ig.fragment) ig.split = aligned_form::split_row(ig.atoms, roles);
        g.rows.push_back(std::move(row));
        indicator_groups.push_back(std::move(ig));
    }
    // Again, each row with the columns where the other rows of its page start them.
    std::vector<aligned_form::RowSplit> resplit(indicator_groups.size());
    for (std::size_t k = 0; k < indicator_groups.size(); ++k)
        if (!indicator_groups[k].fragment)
            resplit[k] = aligned_form::split_row(indicator_groups[k].atoms, roles,
                                                 page_hint(indicator_groups, k, roles.size()));
    for (std::size_t k = 0; k < indicator_groups.size(); ++k)
        if (!indicator_groups[k].fragment) indicator_groups[k].split = std::move(resplit[k]);

    // Grid rows are final now: point the indicator groups at theirs.
    for (std::size_t k = 0, r = g.rows.size() - indicator_groups.size(); k < indicator_groups.size(); ++k, ++r)
        indicator_groups[k].row = &g.rows[r];

    // A fragment goes under the columns of a whole row of its page: the next
    // one (pdftotext shifts a page's rows alike), else the one before.
    for (std::size_t k = 0; k < indicator_groups.size(); ++k) {
        IndicatorGroup& ig = indicator_groups[k];
        if (!ig.fragment) continue;
        const IndicatorGroup* ref = nullptr;
        for (std::size_t q = k + 1; q < indicator_groups.size() && !ref; ++q)
            if (indicator_groups[q].page != ig.page) break;
            else if (!indicator_groups[q].fragment) ref = &indicator_groups[q];
        for (std::size_t q = k; q-- > 0 && !ref;)
            if (indicator_groups[q].page != ig.page) break;
            else if (!indicator_groups[q].fragment) ref = &indicator_groups[q];
        // The row it continues: the last whole row before it.
        const IndicatorGroup* above = nullptr;
        for (std::size_t q = k; q-- > 0 && !above;)
            if (!indicator_groups[q].fragment) above = &indicator_groups[q];
        if (!ref) ref = above;  // alone on its page: the row it continues is the nearest geometry
        ig.split = ref ? aligned_form::place_under(ig.atoms, roles, ref->split.starts,
                                                   above ? above->split.cells : std::vector<std::string>{})
                       : aligned_form::split_row(ig.atoms, roles);
    }
    for (IndicatorGroup& ig : indicator_groups) ig.row->cells = std::move(ig.split.cells);
    std::sort(g.loose.begin(), g.loose.end(), [](const Paragraph& a, const Paragraph& b) { return a.line < b.line; });
    return g;
}

}  // namespace yusuan
