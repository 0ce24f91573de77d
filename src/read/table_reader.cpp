#include "read/table_reader.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "normalise/text.hpp"
#include "read/repair_column_drift.hpp"
#include "read/repair_column_totals.hpp"
#include "read/table_shapes.hpp"
#include "read/repair_lost_rows.hpp"
#include "read/repair_names.hpp"
#include "read/repair_short_rows.hpp"

namespace yusuan {

namespace {

const std::set<std::string>& generic_header_words() {
    static const std::set<std::string> w = {"科目代码", "科目编码", "科目", "类", "款", "项", "科目名称",
                                            "项目", "单位名称", "功能分类科目", "经济分类科目", "预算数"};
    return w;
}

std::vector<std::string> spec_words(const TableSpec& spec) {
    std::vector<std::string> out;
    for (const ColumnSpec& c : spec.columns) {
        out.push_back(match_key(c.key));
        out.push_back(match_key(c.leaf));
        for (const std::string& a : c.aliases) out.push_back(match_key(a));
    }
    for (const auto& row : spec.header)
        for (const HeaderCell& h : row) out.push_back(match_key(h.text));
    for (const std::string& g : spec.group_words) out.push_back(match_key(g));
    return out;
}

bool is_total_label(const std::string& key) {
    return key == "总计" || key == "合计" || key == "收入总计" || key == "支出总计" || key == "总合计";
}

// "02 津贴补贴" / "201 一般公共服务支出" → code digits and the name.
bool split_glued(const std::string& cell, std::string& code, std::string& name) {
    size_t i = 0;
    while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') ++i;
    if (i < 2 || i > 7) return false;
    size_t j = i;
    while (j < cell.size() && cell[j] == ' ') ++j;
    if (j == cell.size()) return false;
    // The rest must start with a non-digit (else it is a split number).
    if (cell[j] >= '0' && cell[j] <= '9') return false;
    code = cell.substr(0, i);
    name = cell.substr(j);
    return true;
}

bool is_placeholder(const std::string& s) {
    return s == "-" || s == "—" || s == "－" || s == "/" || s == "--" || s == "——" || s == "…";
}

struct Mapped {
    const ColumnSpec* spec = nullptr;  // null: position has no column
    std::string key;                   // canonical key (spec key or the printed text)
    ColumnRole role = ColumnRole::amount;
    std::string side;
};

bool word_matches(const ColumnSpec& c, const std::string& k) {
    if (k == match_key(c.leaf) || k == match_key(c.key)) return true;
    for (const std::string& a : c.aliases)
        if (k == match_key(a)) return true;
    return false;
}

// Maps the printed leaf header of each position onto the template's columns,
// in template order first (so a repeated leaf such as 小计 or 人员经费 takes
// the next column that has it), then anywhere.
std::vector<Mapped> map_columns(const std::vector<std::string>& leaves, const TableSpec& spec) {
    std::vector<Mapped> out(leaves.size());
    std::vector<bool> used(spec.columns.size(), false);
    int last = -1;
    std::set<std::string> groups;
    for (const std::string& g : spec.group_words) groups.insert(match_key(g));
    for (size_t p = 0; p < leaves.size(); ++p) {
        const std::string& k = leaves[p];
        if (k.empty()) continue;
        int found = -1;
        for (size_t c = static_cast<size_t>(last + 1); c < spec.columns.size() && found < 0; ++c)
            if (!used[c] && word_matches(spec.columns[c], k)) found = static_cast<int>(c);
        for (size_t c = 0; c < spec.columns.size() && found < 0; ++c)
            if (!used[c] && word_matches(spec.columns[c], k)) found = static_cast<int>(c);
        if (found >= 0) {
            used[static_cast<size_t>(found)] = true;
            last = found;
            const ColumnSpec& cs = spec.columns[static_cast<size_t>(found)];
            out[p] = {&cs, cs.key, cs.role, cs.side};
        } else if (!groups.count(k) && !generic_header_words().count(k)) {
            // A column the template lacks keeps its own header text (facts.md).
            out[p] = {nullptr, k, ColumnRole::amount, ""};
        }
    }
    return out;
}

// Without a recognisable header: the template's columns by position.
std::vector<Mapped> template_columns(const TableSpec& spec) {
    std::vector<Mapped> out;
    for (const ColumnSpec& c : spec.columns) out.push_back({&c, c.key, c.role, c.side});
    return out;
}

struct LabelParts {
    std::string c1, c2, c3, full;  // code pieces
    std::string name, project, label;
    bool indented = false;  // the label is indented under the item above
};

void add_amount_cell(Row& row, const Mapped& m, const std::string& text, LineNo line, std::vector<Repair>& repairs,
                     const std::string& table_id) {
    if (text.empty() || is_placeholder(text)) return;
    Cell c;
    c.column = m.key;
    c.line = line;
    if (auto a = parse_amount(text)) {
        c.amount = a->value;
        c.text = a->value.to_string();
        if (a->spaced)
            repairs.push_back({"split-number", line, text, c.text, table_id, "", m.key});
    } else {
        c.text = text;
    }
    row.cells.push_back(std::move(c));
}

// Income labels of two-sided tables nest by their numbering (facts.md).
struct IncomeNesting {
    const std::map<std::string, std::vector<std::string>>* children = nullptr;  // the template's
    std::vector<std::string> path;  // labels by level (1-based → index level-1)
    int last_numbered = 0;
    int last_flat = 0;  // level of the last label that is not indented
    // The template says this item belongs under the flat item above it.
    bool declared_child(const std::string& label) const {
        if (!children || last_flat < 1 || path.size() < static_cast<size_t>(last_flat)) return false;
        auto it = children->find(match_key(path[static_cast<size_t>(last_flat - 1)]));
        return it != children->end() &&
               std::find(it->second.begin(), it->second.end(), match_key(strip_label(label))) != it->second.end();
    }
    std::string key_for(const std::string& label, int& level, bool indented) {
        int n = numbering_level(label);
        const std::string k = match_key(strip_label(label));
        const bool total = k.size() > std::string("合计").size() &&
                           (k.compare(k.size() - 6, 6, "合计") == 0 || k.compare(k.size() - 6, 6, "总计") == 0);
        if (total) {
            // "本年收入合计" closes the numbered items above it: it and the
            // unnumbered rows after it (上级补助收入, 上年结转) are top level.
            level = 1;
            last_numbered = 0;
            last_flat = 1;
            path.assign(1, strip_label(label));
            return path.front();
        }
        if (n > 0) {
            level = n;
            last_numbered = n;
            last_flat = n;
        } else if ((indented || declared_child(label)) && last_flat > 0) {
            // 2021: items nest by indentation instead of numbering (or, where
            // the indentation was lost, as the template declares).
            level = last_flat + 1;
        } else {
            level = last_numbered + 1;
            last_flat = level;
        }
        path.resize(static_cast<size_t>(level));
        path[static_cast<size_t>(level - 1)] = strip_label(label);
        // Fill gaps (a "1." with no "一、" above) with nothing.
        std::string key;
        for (const std::string& p : path) {
            if (p.empty()) continue;
            if (!key.empty()) key += '/';
            key += p;
        }
        return key;
    }
};

std::string fixed_row_key(const TableSpec& spec, const std::string& label) {
    std::string k = match_key(label);
    std::string stripped = match_key(strip_label(label));
    for (const RowSpec& r : spec.rows) {
        std::string last = r.key.substr(r.key.rfind('/') == std::string::npos ? 0 : r.key.rfind('/') + 1);
        if (k == match_key(r.key) || k == match_key(last) || stripped == match_key(last)) return r.key;
        for (const std::string& a : r.aliases)
            if (k == match_key(a) || stripped == match_key(a)) return r.key;
    }
    // A trailing note in brackets ("公务用车购置及运行费（小计）"): the label without it.
    if (!k.empty() && k.back() == ')')
        if (size_t open = k.rfind('('); open != std::string::npos && open > 0)
            return fixed_row_key(spec, k.substr(0, open));
    return "";
}

}  // namespace

namespace {

// "2026年预算数" → "预算数" (a header printing the year before its word);
// "" when the key has no year in front.
std::string after_year(const std::string& key) {
    if (key.size() < 7 || !is_digits(key.substr(0, 4)) || key.compare(4, 3, "年") != 0) return "";
    std::string rest = key.substr(7);
    if (rest.compare(0, 3, "度") == 0) rest.erase(0, 3);
    return rest;
}

}  // namespace

bool is_header_word(const TableSpec& spec, const std::string& key) {
    if (const std::string rest = after_year(key); !rest.empty() && is_header_word(spec, rest)) return true;
    if (generic_header_words().count(key)) return true;
    for (const std::string& w : spec_words(spec))
        if (w == key) return true;
    return false;
}

int numbering_level(const std::string& label) {
    std::string k = nfkc(label);
    size_t i = 0;
    while (i < k.size() && k[i] == ' ') ++i;
    static const char* numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    size_t j = i;
    bool cn = false;
    while (true) {
        bool hit = false;
        for (const char* n : numerals)
            if (k.compare(j, 3, n) == 0) { j += 3; hit = cn = true; break; }
        if (!hit) break;
    }
    if (cn && k.compare(j, 3, "、") == 0) return 1;
    j = i;
    bool paren = j < k.size() && k[j] == '(';
    if (paren) ++j;
    size_t d = j;
    while (d < k.size() && k[d] >= '0' && k[d] <= '9') ++d;
    if (d > j && d < k.size()) {
        if (paren && k[d] == ')') return 2;
        if (!paren && (k[d] == '.' || k.compare(d, 3, "、") == 0)) return 2;
    }
    if (paren && cn) return 2;
    return 0;
}

std::string strip_label(const std::string& label) {
    std::string k = remove_spaces(label);
    // Numbering: 一、 / 1. / （1） / (一)
    std::u32string u = to_u32(k);
    size_t i = 0;
    auto is_num = [](char32_t c) {
        return (c >= U'0' && c <= U'9') || std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
    };
    if (i < u.size() && (u[i] == U'(' || u[i] == U'（')) {
        size_t j = i + 1;
        while (j < u.size() && is_num(u[j])) ++j;
        if (j > i + 1 && j < u.size() && (u[j] == U')' || u[j] == U'）')) u.erase(0, j + 1);
    } else {
        size_t j = i;
        while (j < u.size() && is_num(u[j])) ++j;
        if (j > i && j < u.size() && (u[j] == U'、' || u[j] == U'.' || u[j] == U'．')) u.erase(0, j + 1);
    }
    std::string out = to_utf8(u);
    for (const char* p : {"其中：", "其中:"})
        if (out.rfind(p, 0) == 0) out.erase(0, std::string(p).size());
    return out;
}

// The 类 code whose name a label is, numbering aside ("一、教育支出" → 205); else "".
std::string class_code_of(const std::map<std::string, std::string>& classes, const std::string& label) {
    const std::string name = match_key(strip_label(label));
    if (name.empty()) return "";
    for (const auto& [code, class_name] : classes)
        if (code.size() == 3 && match_key(class_name) == name) return code;
    return "";
}

void read_table(const Grid& grid, const TableSpec& spec, const Template& tpl, Table& out,
                std::vector<Repair>& repairs) {
    const std::vector<std::string> words = spec_words(spec);
    std::set<std::string> vocab(words.begin(), words.end());
    vocab.insert(generic_header_words().begin(), generic_header_words().end());

    auto header_row = [&](const GridRow& r) {
        int nonempty = 0;
        for (const std::string& c : r.cells) {
            if (c.empty()) continue;
            ++nonempty;
            if (!vocab.count(match_key(c)) && !is_header_word(spec, match_key(c))) return false;
        }
        return nonempty > 0;
    };
    auto meta_row = [&](const GridRow& r) {
        for (const std::string& c : r.cells) {
            std::string k = match_key(c);
            if (k.rfind("编制部门", 0) == 0 || k.rfind("编制单位", 0) == 0 || k.rfind("单位:", 0) == 0) return true;
        }
        return false;
    };

    // Header rows: those before the first data row.
    std::vector<const GridRow*> header;
    size_t first_data = grid.rows.size();
    for (size_t i = 0; i < grid.rows.size(); ++i) {
        if (meta_row(grid.rows[i])) continue;
        if (header_row(grid.rows[i])) header.push_back(&grid.rows[i]);
        else { first_data = i; break; }
    }
    // Printed sideways (2021 三公): one data row, its cells the template's rows.
    if (spec.transposed) {
        read_transposed(grid, first_data, spec, out, [&](const GridRow& r) { return meta_row(r) || header_row(r); });
        return;
    }
    std::vector<Mapped> cols;
    if (!header.empty() && merges_collapsed(header, grid, first_data, spec)) {
        // Word's cell-per-line text prints a merged header cell once, so the
        // header rows are narrower than the data rows and their positions say
        // nothing; the data rows follow the template's columns in order.
        cols = template_columns(spec);
        // One header cell short of the data (not merges collapsed): a lost header cell.
        size_t widest = 0;
        for (const GridRow* h : header) widest = std::max(widest, h->cells.size());
        if (widest + 1 == spec.columns.size()) {
            std::string raw;
            for (const std::string& c : header.back()->cells) raw += (raw.empty() ? "" : " ") + c;
            repairs.push_back({"lost-header-cell", header.back()->line, raw,
                               "header has " + std::to_string(widest) + " cells for " +
                                   std::to_string(spec.columns.size()) +
                                   " data columns; the data rows follow the template's columns in order",
                               spec.id, "", ""});
        }
    } else if (!header.empty()) {
        size_t width = 0;
        for (const GridRow* h : header) width = std::max(width, h->cells.size());
        std::vector<std::string> leaves(width);
        for (const GridRow* h : header)
            for (size_t p = 0; p < h->cells.size(); ++p)
                if (!h->cells[p].empty()) {
                    // The template's own year in front is this year's column
                    // ("2026年预算数" is 预算数); another year's is a column of
                    // its own (a prior-year figure, never this year's).
                    leaves[p] = match_key(h->cells[p]);
                    const std::string rest = after_year(leaves[p]);
                    if (!rest.empty() && leaves[p].compare(0, 4, tpl.name) == 0) leaves[p] = rest;
                }
        cols = map_columns(leaves, spec);
    } else {
        cols = template_columns(spec);
    }
    for (const Mapped& m : cols)
        if (!m.key.empty() && m.role == ColumnRole::amount &&
            std::find(out.columns.begin(), out.columns.end(), m.key) == out.columns.end())
            out.columns.push_back(m.key);

    // Rows one cell short of the columns: put the lost cell where the arithmetic says.
    Grid widened = grid;
    {
        ShortRowContext ctx;
        ctx.table_id = spec.id;
        ctx.sum_columns = spec.sum_columns;
        ctx.first_amount = cols.size();
        for (size_t p = 0; p < cols.size(); ++p) {
            const bool amount = !cols[p].key.empty() && cols[p].role == ColumnRole::amount;
            ctx.amount_key_at.push_back(amount ? cols[p].key : "");
            if (amount && ctx.first_amount == cols.size()) ctx.first_amount = p;
        }
        if (spec.layout != TableLayout::two_sided) {
            for (Repair& r : join_split_figures(widened, first_data, ctx)) repairs.push_back(std::move(r));
            for (Repair& r : widen_short_rows(widened, first_data, ctx)) repairs.push_back(std::move(r));
        }
    }

    const bool two_sided = spec.layout == TableLayout::two_sided;
    IncomeNesting nesting;
    nesting.children = &spec.income_children;
    std::string carry_c1, carry_c2;
    // A table continued from an earlier block (its title printed again on a
    // new page) carries the 类 and 款 of its last coded row on.
    for (auto it = out.rows.rbegin(); it != out.rows.rend(); ++it)
        if (it->code.size() >= 3 && is_digits(it->code)) {
            carry_c1 = it->code.substr(0, 3);
            carry_c2 = it->code.size() >= 5 ? it->code.substr(3, 2) : "";
            break;
        }
    for (size_t i = first_data; i < widened.rows.size(); ++i) {
        const GridRow& gr = widened.rows[i];
        if (meta_row(gr) || header_row(gr)) continue;  // a header printed again on a new page

        // Split the row into sides (two-sided tables) and read each.
        for (int side = 0; side < (two_sided ? 2 : 1); ++side) {
            const std::string side_name = two_sided ? (side == 0 ? "income" : "expense") : "";
            LabelParts lp;
            Row row;
            row.line = gr.line;
            row.side = side_name;
            std::vector<std::pair<const Mapped*, std::string>> amounts;
            for (size_t p = 0; p < gr.cells.size() && p < cols.size(); ++p) {
                const Mapped& m = cols[p];
                if (m.key.empty() || m.side != side_name) continue;
                // The cell-per-line reader keeps a nested item's indentation as leading spaces.
                const bool indented = !gr.cells[p].empty() && gr.cells[p][0] == ' ';
                const std::string cell = indented ? collapse_spaces(gr.cells[p]) : gr.cells[p];
                std::string code, name;
                switch (m.role) {
                    case ColumnRole::code1:
                    case ColumnRole::code2:
                    case ColumnRole::code3:
                    case ColumnRole::code: {
                        std::string& slot = m.role == ColumnRole::code1 ? lp.c1
                                            : m.role == ColumnRole::code2 ? lp.c2
                                            : m.role == ColumnRole::code3 ? lp.c3
                                                                          : lp.full;
                        if (is_digits(cell)) slot = cell;
                        else if (split_glued(cell, code, name)) {
                            slot = code;
                            if (lp.name.empty()) lp.name = name;
                        } else if (!cell.empty() && lp.name.empty()) {
                            lp.name = cell;  // a name printed in a code column
                        }
                        break;
                    }
                    case ColumnRole::name:
                        if (split_glued(cell, code, name) && lp.c1.empty() && lp.full.empty()) {
                            lp.full = code;
                            lp.name = name;
                        } else if (is_digits(cell) && cell.size() >= 3 && cell.size() <= 7 && lp.c1.empty() &&
                                   lp.full.empty()) {
                            lp.full = cell;  // a code whose name is printed around it, on lines of their own
                        } else if (!cell.empty()) {
                            lp.name = cell;
                        }
                        break;
                    case ColumnRole::project: lp.project = cell; break;
                    case ColumnRole::label:
                        lp.label = cell;
                        lp.indented = indented;
                        break;
                    case ColumnRole::amount: amounts.emplace_back(&m, cell); break;
                }
            }
            // A 类 cell with a stray digit ("2085" under 208 rows): the carried 类.
            if (lp.c1.size() == 4 && carry_c1.size() == 3 && lp.c1.compare(0, 3, carry_c1) == 0 && !lp.c2.empty()) {
                repairs.push_back({"other", gr.line, lp.c1 + " " + lp.c2 + " " + lp.c3,
                                   "类 code " + lp.c1 + " is " + carry_c1 + " (the 类 of the rows above; stray digit)",
                                   spec.id, "", ""});
                lp.c1 = carry_c1;
            }
            // Codes: a 类/款 cell left blank under the row above is carried down.
            std::string code;
            if (!lp.full.empty()) code = lp.full;
            else if (!lp.c1.empty() || !lp.c2.empty() || !lp.c3.empty()) {
                if (lp.c1.empty()) lp.c1 = carry_c1;
                if (lp.c2.empty() && !lp.c3.empty()) lp.c2 = carry_c2;
                code = lp.c1 + lp.c2 + lp.c3;
                carry_c1 = lp.c1;
                carry_c2 = lp.c2;
            }
            if (code.size() == 3 && !lp.full.empty()) carry_c1 = code;
            std::string text_label = !lp.label.empty() ? lp.label : lp.name;
            // A total printed in the 项目名称 column (2021 t07 "合 计").
            if (text_label.empty() && code.empty() && is_total_label(match_key(lp.project))) text_label = lp.project;
            const std::string tk = match_key(text_label);
            bool any_amount = false;
            for (auto& a : amounts)
                if (!a.second.empty()) any_amount = true;
            if (code.empty() && text_label.empty() && !any_amount) continue;
            // A name wrapped onto a line of its own (often past a page break):
            // the tail of the coded row above.
            if (code.empty() && !any_amount && !lp.name.empty() && lp.label.empty() && lp.project.empty() &&
                !is_total_label(tk) && !two_sided && spec.layout != TableLayout::labelled && !out.rows.empty() &&
                !out.rows.back().code.empty() && out.rows.back().line < gr.line) {
                Row& above = out.rows.back();
                for (Cell& c : above.cells)
                    if (c.column == "名称") {
                        c.text = collapse_spaces(c.text + " " + lp.name);
                        above.label = c.text;
                        repairs.push_back({"wrapped-text", gr.line, lp.name, c.text, spec.id, above.key, "名称"});
                    }
                continue;
            }

            if (!code.empty() && lp.name.empty() && any_amount && !two_sided &&
                spec.layout != TableLayout::project_coded)
                repairs.push_back({"other", gr.line, code, "科目名称 cell of " + code + " is empty; no name is filled in",
                                   spec.id, code, "名称"});
            if (!code.empty()) {
                row.code = code;
                row.key = code;
                row.level = code.size() <= 3 ? 1 : code.size() <= 5 ? 2 : 3;
                row.label = lp.name;
                if (spec.layout == TableLayout::project_coded && !lp.project.empty()) {
                    row.key = code + "/" + remove_spaces(lp.project);
                    row.label = lp.project;
                }
                if (!lp.name.empty()) row.cells.push_back({"名称", lp.name, std::nullopt, gr.line});
            } else if (is_total_label(tk) || (two_sided && (tk == match_key(spec.income_total) ||
                                                            tk == match_key(spec.expense_total)))) {
                row.kind = RowKind::total;
                row.label = text_label;
                if (two_sided) row.key = side == 0 ? spec.income_total : spec.expense_total;
                else row.key = "总计";
            } else if (text_label.empty()) {
                // Figures with no code or label cannot be placed: say so.
                std::string figures;
                for (const auto& [m, text] : amounts)
                    if (!text.empty()) figures += (figures.empty() ? "" : ", ") + m->key + " " + text;
                repairs.push_back({"unplaced", gr.line, figures,
                                   "figures on a line with no code or label: not placed in any row", spec.id, "", ""});
                continue;
            } else if (spec.layout == TableLayout::project_coded) {
                row.kind = RowKind::unit;
                row.label = text_label;
                row.key = "单位/" + remove_spaces(text_label);
            } else if (const std::string cls = two_sided && side == 1 ? class_code_of(tpl.function_classes, text_label) : "";
                       !cls.empty()) {
                // An expense printed by its class name with a numbering but
                // no code ("一、一般公共服务支出"): the class it names.
                row.code = cls;
                row.key = cls;
                row.level = 1;
                row.label = strip_label(text_label);
                row.cells.push_back({"名称", row.label, std::nullopt, gr.line});
            } else if (two_sided && side == 0) {
                row.label = text_label;
                row.key = nesting.key_for(text_label, row.level, lp.indented);
            } else {
                row.label = text_label;
                std::string fixed = fixed_row_key(spec, text_label);
                row.key = !fixed.empty() ? fixed : remove_spaces(text_label);
                row.level = row.key.find('/') != std::string::npos ? 2 : 1;
            }
            for (auto& [m, text] : amounts) add_amount_cell(row, *m, text, gr.line, repairs, spec.id);
            out.rows.push_back(std::move(row));
        }
    }

    // A subtotal of the numbered income items printed below them ("本年收入合计"
    // under 一、… 九、): it is their parent, as 一、本年收入 is where it is
    // printed above them (facts.md: 本年收入, 本年收入/一般公共预算拨款).
    if (two_sided) {
        std::size_t run = 0;  // first top-level income item since the last subtotal
        for (std::size_t i = 0; i < out.rows.size(); ++i) {
            Row& r = out.rows[i];
            if (r.side != "income" || r.kind == RowKind::total) continue;
            const std::string& k = r.key;  // (once made a parent, its key no longer ends in 合计)
            const std::string word = "合计";
            const bool subtotal = r.level == 1 && k.size() > word.size() &&
                                  k.compare(k.size() - word.size(), word.size(), word) == 0 &&
                                  k.find('/') == std::string::npos;
            if (!subtotal) continue;
            const std::string parent = k.substr(0, k.size() - word.size());
            // (收入合计 is the table's whole, 收入总计 under another word: no parent)
            if (parent == "收入" || parent == "支出" || parent == match_key(spec.income_total)) continue;
            bool items = false;
            for (std::size_t j = run; j < i; ++j)
                if (out.rows[j].side == "income" && out.rows[j].kind != RowKind::total) items = true;
            if (items && !parent.empty()) {
                r.key = parent;
                for (std::size_t j = run; j < i; ++j) {
                    Row& c = out.rows[j];
                    if (c.side != "income" || c.kind == RowKind::total) continue;
                    c.key = parent + "/" + c.key;
                    c.level += 1;
                }
            }
            run = i + 1;
        }
    }

    // Names cut at the cell width, restored from the class list.
    const auto& classes = spec.layout == TableLayout::economic_coded ? tpl.economic_classes : tpl.function_classes;
    for (Repair& r : restore_truncated_names(out, classes)) repairs.push_back(std::move(r));
    for (Repair& r : find_lost_rows(out)) repairs.push_back(std::move(r));
    // (The total row is the judge only where cells are separated: in
    // space-aligned text it drifts with the rows it would judge.)
    if (!grid.placed_by_position)
        for (Repair& r : place_by_column_totals(out, spec.sum_columns)) repairs.push_back(std::move(r));
    else
        for (Repair& r : merge_drifted_columns(out, spec.sum_columns)) repairs.push_back(std::move(r));

    // A key printed twice (2021 t06 prints 30107 twice) is keyed /1, /2.
    std::map<std::string, int> seen, total;
    for (const Row& r : out.rows) ++total[r.key];
    for (Row& r : out.rows)
        if (total[r.key] > 1) {
            int n = ++seen[r.key];
            r.key += "/" + std::to_string(n);
        }

    auto is_unit_word = [](const std::string& k) { return k == "万元" || k == "元" || k == "千元" || k == "亿元"; };
    for (size_t i = 0; i < grid.loose.size(); ++i) {
        const Paragraph& p = grid.loose[i];
        if (p.text.find("为空表") != std::string::npos || p.text.find("空表") != std::string::npos ||
            p.text.find("本表无数据") != std::string::npos || p.text.find("此表无数据") != std::string::npos) {
            out.declared_empty = true;
            out.empty_statement = p.text;
            out.empty_statement_line = p.line;
        }
        std::string k = match_key(p.text);
        if (k.rfind("单位:", 0) != 0 || k.size() >= 20) continue;
        std::string unit = k.substr(std::string("单位:").size());
        if (unit.empty()) {
            // "单位：" alone: its value wrapped onto the next line, or printed on the line above it.
            const Paragraph* next = i + 1 < grid.loose.size() ? &grid.loose[i + 1] : nullptr;
            const Paragraph* prev = i > 0 ? &grid.loose[i - 1] : nullptr;
            if (next && is_unit_word(match_key(next->text)) && next->line - p.line <= 3) {
                unit = match_key(next->text);
                repairs.push_back({"wrapped-text", p.line, p.text + " / line " + std::to_string(next->line) + ": " + next->text,
                                   "单位：" + unit, spec.id, "", ""});
            } else if (prev && is_unit_word(match_key(prev->text)) && p.line - prev->line <= 3) {
                unit = match_key(prev->text);
                repairs.push_back({"other", prev->line, prev->text + " / line " + std::to_string(p.line) + ": " + p.text,
                                   "单位：" + unit + " (the unit printed above its label)", spec.id, "", ""});
            }
        }
        if (!unit.empty()) out.unit = unit;
    }
}

}  // namespace yusuan
