#include "read/form_reader.hpp"

#include "normalise/text.hpp"
#include "read/repair_indicator_row.hpp"
#include "read/repair_split_numbers.hpp"

namespace yusuan {

namespace {

// Field label → spec, tolerating a unit or seal note: "资金总额 (万元)", "部门名称 (盖章)".
const FieldSpec* match_field(const std::vector<FieldSpec>& fields, const std::string& cell) {
    std::string k = match_key(cell);
    if (k.empty()) return nullptr;
    auto match = [&](const std::string& key) -> const FieldSpec* {
        for (const FieldSpec& f : fields) {
            if (key == match_key(f.key)) return &f;
            for (const std::string& a : f.aliases)
                if (key == match_key(a)) return &f;
        }
        return nullptr;
    };
    if (const FieldSpec* f = match(k)) return f;
    // "年度预算总额：" / "其他资金:": the label's colon.
    while (!k.empty() && k.back() == ':') k.pop_back();
    if (const FieldSpec* f = match(k)) return f;
    // Strip a trailing parenthesised note once.
    if (!k.empty() && k.back() == ')') {
        size_t open = k.rfind('(');
        if (open != std::string::npos && open > 0) {
            const FieldSpec* f = match(k.substr(0, open));
            // "资金总额 (万元)" is a column heading, not a field with a value to its right.
            if (f && k.substr(open) == "(万元)") return nullptr;
            return f;
        }
    }
    return nullptr;
}

Cell make_cell(const std::string& column, const std::string& text, bool number, LineNo line) {
    Cell c;
    c.column = column;
    c.line = line;
    c.text = text;
    if (number)
        if (auto a = parse_amount(text)) {
            c.amount = a->value;
            c.text = a->value.to_string();
        }
    return c;
}

bool has_column(const std::vector<Cell>& cells, const std::string& column) {
    for (const Cell& c : cells)
        if (c.column == column) return true;
    return false;
}

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string join_cells(const std::vector<std::string>& cells) {
    std::string s;
    for (const std::string& c : cells) {
        if (c.empty()) continue;
        if (!s.empty()) s += " | ";
        s += c;
    }
    return s;
}

// A cell that glues two columns' texts where the header lacks one of them
// ("按照完成比例赋分 工作资料" under 佐证资料 when 指标赋分规则 has no header
// cell; the space may be gone between CJK characters): split after the
// rule's closing "赋分" when the rest reads as evidence.
bool split_rule_evidence(const std::string& cell, std::string& rule, std::string& evidence) {
    static const std::string mark = "赋分";
    size_t at = cell.rfind(mark);
    if (at == std::string::npos) return false;
    rule = collapse_spaces(cell.substr(0, at + mark.size()));
    evidence = collapse_spaces(cell.substr(at + mark.size()));
    return !evidence.empty() && classify_indicator_cell(rule) == IndicatorCellKind::rule &&
           classify_indicator_cell(evidence) == IndicatorCellKind::evidence;
}

void read_indicators(const Grid& grid, size_t header_at, const std::vector<const FieldSpec*>& ind_cols,
                     const FormSpec& spec, Form& out, std::vector<Repair>& repairs) {
    const std::vector<FieldSpec>& cols = spec.indicator_columns;
    std::vector<IndicatorRole> roles;
    for (size_t c = 0; c < cols.size(); ++c) roles.push_back(indicator_role(c, cols[c].key, cols[c].number));
    auto index_of = [&](const FieldSpec* f) { return f ? static_cast<int>(f - cols.data()) : -1; };
    auto role_column = [&](IndicatorRole r) {
        for (size_t c = 0; c < roles.size(); ++c)
            if (roles[c] == r) return static_cast<int>(c);
        return -1;
    };
    auto header_has = [&](int column) {
        for (const FieldSpec* f : ind_cols)
            if (index_of(f) == column) return true;
        return false;
    };
    const int rule_col = role_column(IndicatorRole::rule), evidence_col = role_column(IndicatorRole::evidence);
    const bool rule_header_lost = rule_col >= 0 && evidence_col >= 0 && !header_has(rule_col) && header_has(evidence_col);
    if (rule_header_lost)
        repairs.push_back({"lost-header-cell", grid.rows[header_at].line, join_cells(grid.rows[header_at].cells),
                           "header lacks " + cols[static_cast<size_t>(rule_col)].key +
                               "; cells gluing it to " + cols[static_cast<size_t>(evidence_col)].key + " are split",
                           out.id, "指标", cols[static_cast<size_t>(rule_col)].key});

    const std::string level1 = cols.size() > 0 ? cols[0].key : "";
    const std::string level2 = cols.size() > 1 ? cols[1].key : "";
    const std::string level3 = cols.size() > 2 ? cols[2].key : "";
    const int weight_col = role_column(IndicatorRole::weight);
    const std::string weight_key = weight_col >= 0 ? cols[static_cast<size_t>(weight_col)].key : "";

    for (size_t i = header_at + 1; i < grid.rows.size(); ++i) {
        const GridRow& r = grid.rows[i];
        // The row's non-empty cells in printed order, with the column each sits under.
        std::vector<std::string> texts;
        std::vector<int> printed;
        int hits = 0;
        for (size_t p = 0; p < r.cells.size(); ++p) {
            if (r.cells[p].empty()) continue;
            const FieldSpec* f = p < ind_cols.size() ? ind_cols[p] : nullptr;
            if (f && match_field(cols, r.cells[p]) == f) ++hits;
            std::string a, b;
            if (rule_header_lost && index_of(f) == evidence_col &&
                split_rule_evidence(r.cells[p], a, b)) {
                texts.push_back(a);
                printed.push_back(rule_col);
                texts.push_back(b);
                printed.push_back(evidence_col);
                continue;
            }
            texts.push_back(r.cells[p]);
            printed.push_back(index_of(f));
        }
        if (hits >= 3 || texts.empty()) continue;  // header printed again, or an empty row

        // A line of one or two fragments continues the row above: nothing to place.
        RowPlacement placed;
        placed.column = printed;
        if (texts.size() > 2) placed = place_indicator_cells(texts, printed, roles);
        if (placed.outcome == RowPlacement::Outcome::realigned) {
            std::string result;
            for (size_t k = 0; k < texts.size(); ++k) {
                if (placed.column[k] < 0) continue;
                if (!result.empty()) result += "; ";
                result += cols[static_cast<size_t>(placed.column[k])].key + "=" + collapse_spaces(texts[k]);
            }
            repairs.push_back({"other", r.line, join_cells(r.cells), "row realigned by cell kinds: " + result, out.id,
                               "", ""});
        } else if (placed.outcome == RowPlacement::Outcome::ambiguous) {
            repairs.push_back({"unplaced", r.line, join_cells(r.cells),
                               "cells do not fit their printed columns and no single placement is best; kept as printed",
                               out.id, "", ""});
        }

        Indicator ind;
        ind.line = r.line;
        for (size_t k = 0; k < texts.size(); ++k) {
            const int c = placed.column[k];
            if (c < 0) continue;
            const FieldSpec& f = cols[static_cast<size_t>(c)];
            std::string text = texts[k];
            if (!f.number && (roles[static_cast<size_t>(c)] == IndicatorRole::value ||
                              roles[static_cast<size_t>(c)] == IndicatorRole::prior))
                if (auto joined = join_split_figure(text)) {
                    repairs.push_back({"split-number", r.line, text, *joined, out.id, "", f.key});
                    text = *joined;
                }
            ind.cells.push_back(make_cell(f.key, text, f.number, r.line));
        }
        if (ind.cells.empty()) continue;
        const bool has_item = has_column(ind.cells, level3) || (!weight_key.empty() && has_column(ind.cells, weight_key));
        if (!has_item && !out.indicators.empty()) {
            // A cell wrapped onto the next line (often across a page break):
            // join it to the same column of the indicator above.
            Indicator& prev = out.indicators.back();
            bool appended = false;
            for (const Cell& c : ind.cells) {
                bool joined = false;
                for (Cell& pc : prev.cells)
                    if (pc.column == c.column) {
                        // A tail the cell above already ends with is a stray reprint of it.
                        if (!ends_with(pc.text, c.text)) {
                            pc.text = collapse_spaces(pc.text + " " + c.text);
                            repairs.push_back({"wrapped-text", r.line, c.text, pc.text, out.id, "", c.column});
                            appended = true;
                        }
                        joined = true;
                    }
                if (!joined && c.column != level1 && c.column != level2) {
                    prev.cells.push_back(c);
                    appended = true;
                }
            }
            if (appended) {
                std::vector<std::string> texts_above;
                for (const Cell& c : prev.cells) texts_above.push_back(c.text);
                repairs.push_back({"other", prev.line, join_cells(texts_above),
                                   "row continued on line " + std::to_string(r.line) + ": its cells are joined to this row",
                                   out.id, "", ""});
            }
            continue;
        }
        // 一级/二级 left blank under a merged cell take the value above.
        if (!out.indicators.empty()) {
            const Indicator& prev = out.indicators.back();
            for (const std::string* lv : {&level2, &level1})
                if (!has_column(ind.cells, *lv))
                    if (const Cell* pc = prev.cell(*lv)) {
                        Cell c = *pc;
                        c.line = r.line;
                        ind.cells.insert(ind.cells.begin(), c);
                    }
        }
        // Keep the template's column order (一级 first).
        std::vector<Cell> ordered;
        for (const FieldSpec& f : cols)
            for (const Cell& c : ind.cells)
                if (c.column == f.key) ordered.push_back(c);
        ind.cells = std::move(ordered);
        out.indicators.push_back(std::move(ind));
    }
}

}  // namespace

void read_form(const Grid& grid, const FormSpec& spec, Form& out, std::vector<Repair>& repairs) {
    // The indicator header: the first row with at least three indicator column names.
    size_t header_at = grid.rows.size();
    std::vector<const FieldSpec*> ind_cols;
    for (size_t i = 0; i < grid.rows.size() && header_at == grid.rows.size(); ++i) {
        std::vector<const FieldSpec*> cols(grid.rows[i].cells.size(), nullptr);
        int hits = 0;
        for (size_t p = 0; p < grid.rows[i].cells.size(); ++p)
            if (const FieldSpec* f = match_field(spec.indicator_columns, grid.rows[i].cells[p])) {
                cols[p] = f;
                ++hits;
            }
        if (hits >= 3) {
            header_at = i;
            ind_cols = cols;
        }
    }

    // 基本信息: a field label, then its value in the next non-empty cell.
    for (size_t i = 0; i < header_at; ++i) {
        const GridRow& r = grid.rows[i];
        for (size_t p = 0; p < r.cells.size(); ++p) {
            const FieldSpec* f = match_field(spec.fields, r.cells[p]);
            if (!f) {
                // "其中: 财政拨款 款": a wrapped label printing its last character twice.
                std::u32string u = to_u32(match_key(r.cells[p]));
                if (u.size() >= 3 && u.back() == u[u.size() - 2]) {
                    u.pop_back();
                    const std::string label = to_utf8(u);
                    f = match_field(spec.fields, label);
                    if (f)
                        repairs.push_back({"other", r.line, r.cells[p],
                                           label + " (label; stray last character of the wrapped label dropped)", out.id,
                                           "基本信息", f->key});
                }
            }
            if (!f) continue;
            size_t q = p + 1;
            while (q < r.cells.size() && r.cells[q].empty()) ++q;
            if (q >= r.cells.size() || match_field(spec.fields, r.cells[q])) continue;
            if (has_column(out.info, f->key)) continue;
            out.info.push_back(make_cell(f->key, r.cells[q], f->number, r.line));
            p = q;
        }
    }

    // Indicators.
    if (header_at == grid.rows.size()) return;
    read_indicators(grid, header_at, ind_cols, spec, out, repairs);
}

}  // namespace yusuan
