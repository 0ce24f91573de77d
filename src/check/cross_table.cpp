// Cross-table identities declared in rules.toml: single cells (t02 总计 =
// t01 收入总计, t05 基本支出 = t06 总计, …) and row by row on the
// classification code (t03 合计 = t02 总计 per code, t05 合计 = t02 一般公共预算
// per code, …). The finding goes to the cell of the later table.
#include <algorithm>

#include "check/checks.hpp"

namespace yusuan {

namespace {

std::string join(const std::vector<std::string>& v, std::string_view sep) {
    std::string out;
    for (const std::string& s : v) out += (out.empty() ? "" : std::string(sep)) + s;
    return out;
}

void check_cells(CheckContext& cx, const CellIdentity& id) {
    if (!id.unless_printed.empty() && has_rows(cx.doc.table(id.unless_printed))) return;
    LineNo line = 0;
    auto at = resolve(cx.doc, id.at, &line);
    auto from = resolve(cx.doc, id.from);
    if (!at || !from) return;   // a table or row not printed: nothing to compare
    if (at->terms == 0 && from->terms == 0) return;
    const Table* t = cx.doc.table(id.at.table);
    // Two tables printed to different precisions agree to the coarser one.
    const int scale = std::min(printed_scale(*t), printed_scale(*cx.doc.table(id.from.table)));
    at->value = round_to(at->value, scale);
    from->value = round_to(from->value, scale);
    std::string row;
    for (const std::string& k : id.at.rows)
        if (t->row(k)) {
            row = k;
            break;
        }
    cx.compare("cross." + id.name, id.at.table, row, id.at.columns.front(),
               at->terms ? std::optional<Decimal>(at->value) : std::nullopt, from->value, std::max(from->terms, 1),
               line,
               id.at.table + " " + join(id.at.columns, "+") + " ≠ " + id.from.table + " " + id.from.rows.front() +
                   " " + join(id.from.columns, " + ") + " (= " + from->value.to_string() + ")");
}

// Whether any row of `t` (on `side`, if given) prints a cell under one of `columns`.
bool prints_column(const Table& t, const std::vector<std::string>& columns, const std::string& side) {
    for (const Row& r : t.rows) {
        if (!side.empty() && r.side != side) continue;
        for (const Cell& c : r.cells)
            if (std::find(columns.begin(), columns.end(), c.column) != columns.end()) return true;
    }
    return false;
}

void check_rows(CheckContext& cx, const RowIdentity& id) {
    const Table* at = cx.doc.table(id.table);
    const Table* from = cx.doc.table(id.from_table);
    if (!has_rows(at) || !has_rows(from)) return;
    // A table printed without the column (another region's t04 with one
    // 预算数 column and no 一般公共预算) says nothing about it.
    if (!prints_column(*from, id.from_columns, id.from_side) || !prints_column(*at, {id.column}, "")) return;
    // A source table that lost rows cannot say a code between the rows
    // around the loss is absent (codes are printed in order).
    std::vector<std::pair<std::string, std::string>> lost_ranges;
    for (LineNo l : cx.lost_lines(*from)) {
        std::string before, after = "~";
        LineNo bl = 0, al = 0;
        for (const Row& s : from->rows) {
            if (s.code.empty()) continue;
            if (s.line < l && s.line >= bl) bl = s.line, before = s.code;
            if (s.line >= l && (!al || s.line < al)) al = s.line, after = s.code;
        }
        lost_ranges.push_back({before, after});
    }
    auto maybe_lost = [&](const std::string& code) {
        return std::any_of(lost_ranges.begin(), lost_ranges.end(),
                           [&](const auto& r) { return r.first < code && code < r.second; });
    };
    const int scale = std::min(printed_scale(*at), printed_scale(*from));
    for (const Row& r : at->rows) {
        if (r.code.empty() || r.kind != RowKind::item) continue;
        if (id.level && r.level != id.level) continue;
        Sum expected;
        bool found = false;
        for (const Row& s : from->rows) {
            if (s.code != r.code || s.kind != RowKind::item) continue;
            if (!id.from_side.empty() && s.side != id.from_side) continue;
            found = true;
            for (const std::string& c : id.from_columns) expected.add(s.amount(c));
        }
        // t07 prints one row per project under a 项 code: compare the code once.
        if (std::any_of(at->rows.begin(), at->rows.end(),
                        [&](const Row& o) { return &o < &r && o.code == r.code && o.kind == RowKind::item; }))
            continue;
        Sum stated;
        LineNo line = 0;
        for (const Row& o : at->rows)
            if (o.code == r.code && o.kind == RowKind::item) {
                stated.add(o.amount(id.column));
                if (!line && o.cell(id.column)) line = o.cell(id.column)->line;
            }
        if (!found && maybe_lost(r.code)) continue;
        if (stated.terms == 0 && expected.value.is_zero()) continue;
        stated.value = round_to(stated.value, scale);
        expected.value = round_to(expected.value, scale);
        cx.compare("cross." + id.name, id.table, r.key, id.column,
                   stated.terms ? std::optional<Decimal>(stated.value) : std::nullopt, expected.value,
                   std::max({expected.terms, stated.terms, 1}), line ? line : r.line,
                   id.table + " " + id.column + " ≠ " + id.from_table + " " + join(id.from_columns, " + ") +
                       (found ? "" : " (row absent)") + " (= " + expected.value.to_string() + ")");
    }
}

}  // namespace

void check_cross_tables(CheckContext& cx) {
    for (const CellIdentity& id : cx.rules.cell_identities)
        if (!id.at.columns.empty() && !id.at.rows.empty() && !id.from.rows.empty()) check_cells(cx, id);
    for (const RowIdentity& id : cx.rules.row_identities) check_rows(cx, id);
}

}  // namespace yusuan
