// Rows printed one cell short (a page whose rows lost an empty cell, so every
// figure after the gap sits one column to the left). For each run of short
// rows the reader tries every place the lost cell could have been and keeps
// the one under which the table's arithmetic holds best: the row identities
// of the template (合计 = 基本支出 + 项目支出, …) and the total row (a figure
// belongs in a column whose 合计 is printed). Of equally good places it takes
// the one that moves the fewest figures, so a row the arithmetic does not
// speak for is kept as printed (its lost cell was a trailing empty one).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "read/grid.hpp"

namespace yusuan {

struct ShortRowContext {
    std::vector<std::string> amount_key_at;  // per position: canonical amount column key, "" if none
    std::size_t first_amount = 0;            // the lost cell is never before this position
    std::map<std::string, std::vector<std::string>> sum_columns;  // 合计 = Σ parts
    std::string table_id;
};

// Widens the short data rows of `grid` (rows from `first_data`) in place by
// one empty cell where the arithmetic says it was lost; returns the repairs.
std::vector<Repair> widen_short_rows(Grid& grid, std::size_t first_data, const ShortRowContext& ctx);

}  // namespace yusuan

namespace yusuan {

// Whether every template identity of a row that can be checked holds
// (figures by position, as in ShortRowContext), and how many were checked.
int row_identities(const std::vector<std::string>& cells, const ShortRowContext& ctx, bool& all_hold);

// A figure whose last digits were pushed onto the next line (a line holding
// nothing but those digits under the same column): joined when that makes
// the row's identities hold — or, where the row has none to check, when the
// figure is a decimal that the pushed digits complete to the table's printed
// precision ("274.5" + "1" among two-decimal figures) — else left alone.
// Removes the joined lines.
std::vector<Repair> join_split_figures(Grid& grid, std::size_t first_data, const ShortRowContext& ctx);

}  // namespace yusuan
