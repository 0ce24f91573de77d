#include "read/repair_column_totals.hpp"

#include <algorithm>
#include <optional>

namespace yusuan {

namespace {

struct Misplaced {
    size_t row;                          // index of the 类 row
    std::string column;                  // where it is printed
    Decimal value;
    std::vector<std::string> choices;    // where it may belong
};

Cell* cell_in(Row& r, const std::string& column) {
    for (Cell& c : r.cells)
        if (c.column == column && c.amount) return &c;
    return nullptr;
}

bool lost_rows(const Table& t) {
    return std::find(t.incomplete_parents.begin(), t.incomplete_parents.end(), "总计") != t.incomplete_parents.end();
}

}  // namespace

std::vector<Repair> place_by_column_totals(Table& table,
                                           const std::map<std::string, std::vector<std::string>>& sum_columns) {
    std::vector<Repair> repairs;
    const Row* total = nullptr;
    for (const Row& r : table.rows)
        if (r.kind == RowKind::total) total = &r;
    if (!total) return repairs;
    auto total_of = [&](const std::string& col) { return total->amount(col); };

    // Misplaced figures: 类 rows with a figure under a column whose total is blank.
    std::vector<Misplaced> misplaced;
    const std::vector<std::string>& cols = table.columns;
    for (size_t i = 0; i < table.rows.size(); ++i) {
        const Row& r = table.rows[i];
        if (r.code.size() != 3 || r.side == "income") continue;
        for (const Cell& c : r.cells) {
            if (!c.amount || c.amount->is_zero() || total_of(c.column)) continue;
            auto at = std::find(cols.begin(), cols.end(), c.column);
            if (at == cols.end()) continue;
            Misplaced m{i, c.column, *c.amount, {}};
            // Neighbours in print order that are parts of the same identity.
            for (const auto& [sum, parts] : sum_columns) {
                if (std::find(parts.begin(), parts.end(), c.column) == parts.end()) continue;
                for (auto n : {at - (at == cols.begin() ? 0 : 1), at + 1}) {
                    if (n == at || n >= cols.end()) continue;
                    if (std::find(parts.begin(), parts.end(), *n) == parts.end()) continue;
                    if (!total_of(*n) || r.amount(*n)) continue;
                    m.choices.push_back(*n);
                }
            }
            if (!m.choices.empty()) misplaced.push_back(m);
        }
    }
    if (misplaced.empty() || misplaced.size() > 12) return repairs;

    // Σ 类 rows per column as printed, without the misplaced figures.
    std::map<std::string, Decimal> base;
    for (size_t i = 0; i < table.rows.size(); ++i) {
        const Row& r = table.rows[i];
        if (r.code.size() != 3 || r.side == "income") continue;
        for (const Cell& c : r.cells) {
            if (!c.amount) continue;
            bool moved = false;
            for (const Misplaced& m : misplaced)
                if (m.row == i && m.column == c.column) moved = true;
            if (!moved) base[c.column] += *c.amount;
        }
    }
    // Every combination of choices; a column total must hold exactly, or,
    // when rows were lost, must not be exceeded.
    const bool partial = lost_rows(table);
    size_t combos = 1;
    for (const Misplaced& m : misplaced) combos *= m.choices.size();
    if (combos > 4096) return repairs;
    int best = -1, best_count = 0;
    std::vector<size_t> best_pick;
    for (size_t n = 0; n < combos; ++n) {
        std::vector<size_t> pick;
        size_t rest = n;
        std::map<std::string, Decimal> sums = base;
        for (const Misplaced& m : misplaced) {
            pick.push_back(rest % m.choices.size());
            rest /= m.choices.size();
            sums[m.choices[pick.back()]] += m.value;
        }
        // Only the columns that receive a figure are judged.
        std::vector<std::string> chosen;
        for (size_t k = 0; k < misplaced.size(); ++k) {
            const std::string& col = misplaced[k].choices[pick[k]];
            if (std::find(chosen.begin(), chosen.end(), col) == chosen.end()) chosen.push_back(col);
        }
        int score = 0;
        bool possible = true;
        for (const std::string& col : chosen) {
            const Decimal want = *total_of(col);
            if (sums[col] == want) score += 2;
            else if (partial && sums[col] < want) score += 1;
            else possible = false;
        }
        if (!possible) continue;
        if (score > best) {
            best = score;
            best_count = 1;
            best_pick = pick;
        } else if (score == best) {
            ++best_count;
        }
    }
    if (best < 0 || best_count != 1) {
        for (const Misplaced& m : misplaced) {
            const Row& r = table.rows[m.row];
            repairs.push_back({"unplaced", r.line, r.code + " " + m.value.to_string(),
                               m.value.to_string() + " printed under " + m.column +
                                   ", whose total is blank; no single neighbouring column makes the totals hold: kept as printed",
                               table.id, r.key, m.column});
        }
        return repairs;
    }
    for (size_t k = 0; k < misplaced.size(); ++k) {
        const Misplaced& m = misplaced[k];
        const std::string& to = m.choices[best_pick[k]];
        const std::string code = table.rows[m.row].code;
        // The 类 row and the 款/项 rows under it that print the figure in the same column.
        for (Row& r : table.rows) {
            if (r.code.compare(0, code.size(), code) != 0) continue;
            Cell* c = cell_in(r, m.column);
            if (!c || cell_in(r, to)) continue;
            repairs.push_back({"other", r.line, r.code + " " + c->text,
                               r.code + ": " + c->text + " printed under " + m.column + " means " + to +
                                   " (column totals: Σ 类 rows = the total row)",
                               table.id, r.key, to});
            c->column = to;
        }
    }
    return repairs;
}

}  // namespace yusuan
