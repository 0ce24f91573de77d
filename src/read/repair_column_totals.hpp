// Figures printed one column off: a 类 row's figure under a column whose
// total is blank cannot be there. It belongs to a neighbouring column of the
// same identity (a sibling part of 财政拨款小计, …) whose total is printed;
// which one is decided by the column totals (Σ 类 rows = the 合计 row), all
// misplaced figures together. The 款/项 rows under a moved 类 row follow it.
// When no choice or more than one makes the totals hold, nothing is moved and
// the figures are reported as unplaced.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace yusuan {

std::vector<Repair> place_by_column_totals(Table& table,
                                           const std::map<std::string, std::vector<std::string>>& sum_columns);

}  // namespace yusuan
