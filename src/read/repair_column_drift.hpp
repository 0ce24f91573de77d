// Figures of one column read into its neighbour on some pages. In
// space-aligned text a figure is placed by its position, and pdftotext
// spaces every page (and every row of it) a little differently, so a column
// of figures left-aligned under a centred header can land in the next
// column on one page and not on another. Two neighbouring columns that are
// parts of the same identity (一般公共预算 and 上级一般公共预算安排的转移支付,
// both parts of 财政拨款小计) then share one column of figures: no row has
// both, and the total row has only one of them, equal to Σ 类 rows of both.
// The column totals say the two are one column; which one is not in the
// arithmetic (the total row drifts with the page it is on), so the figures
// go where most of them were read (the fewest cells move). Every moved cell
// is reported as a repair.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace yusuan {

std::vector<Repair> merge_drifted_columns(Table& table,
                                          const std::map<std::string, std::vector<std::string>>& sum_columns);

}  // namespace yusuan
