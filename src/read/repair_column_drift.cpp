#include "read/repair_column_drift.hpp"

#include <algorithm>

namespace yusuan {

namespace {

Cell* amount_cell(Row& r, const std::string& column) {
    for (Cell& c : r.cells)
        if (c.column == column && c.amount) return &c;
    return nullptr;
}

bool siblings(const std::map<std::string, std::vector<std::string>>& sum_columns, const std::string& a,
              const std::string& b) {
    for (const auto& [sum, parts] : sum_columns)
        if (std::find(parts.begin(), parts.end(), a) != parts.end() &&
            std::find(parts.begin(), parts.end(), b) != parts.end())
            return true;
    return false;
}

}  // namespace

std::vector<Repair> merge_drifted_columns(Table& table,
                                          const std::map<std::string, std::vector<std::string>>& sum_columns) {
    std::vector<Repair> repairs;
    Row* total = nullptr;
    for (Row& r : table.rows)
        if (r.kind == RowKind::total) total = &r;
    if (!total) return repairs;
    const std::vector<std::string> cols = table.columns;
    for (std::size_t k = 0; k + 1 < cols.size(); ++k) {
        const std::string& a = cols[k];
        const std::string& b = cols[k + 1];
        if (!siblings(sum_columns, a, b)) continue;
        // The total row has one of the two; no row has both.
        const Cell* ta = amount_cell(*total, a);
        const Cell* tb = amount_cell(*total, b);
        if ((ta != nullptr) == (tb != nullptr)) continue;
        int in_a = 0, in_b = 0;
        bool both = false;
        Decimal classes{};
        int terms = 0;
        for (Row& r : table.rows) {
            const Cell* ca = amount_cell(r, a);
            const Cell* cb = amount_cell(r, b);
            if (ca && cb) both = true;
            in_a += ca ? 1 : 0;
            in_b += cb ? 1 : 0;
            if (r.code.size() == 3 && r.side != "income") {
                if (ca) classes += *ca->amount;
                if (cb) classes += *cb->amount;
                terms += (ca || cb) ? 1 : 0;
            }
        }
        if (both || in_a == 0 || in_b == 0) continue;
        // Σ 类 rows of the two columns together is the total: one column
        // (within rounding: one unit of the printed figure per row added).
        const Decimal stated = ta ? *ta->amount : *tb->amount;
        if ((classes - stated).abs() > Decimal(std::max(terms, 1), stated.scale())) continue;
        if (in_a == in_b) {
            repairs.push_back({"unplaced", total->line, a + " / " + b,
                               "figures of one column read under both " + a + " and " + b +
                                   " (column totals), as many under each: kept as read",
                               table.id, total->key, ""});
            continue;
        }
        const std::string& from = in_a < in_b ? a : b;
        const std::string& to = in_a < in_b ? b : a;
        for (Row& r : table.rows) {
            Cell* c = amount_cell(r, from);
            if (!c) continue;
            repairs.push_back({"other", r.line, (r.code.empty() ? r.key : r.code) + " " + c->text,
                               c->text + " read under " + from + " means " + to + ": Σ 类 rows of both columns is the "
                                   "total row's one figure, so they are one column (figures placed by position drift "
                                   "between pages; most of the column was read under " + to + ")",
                               table.id, r.key, to});
            c->column = to;
        }
    }
    return repairs;
}

}  // namespace yusuan
