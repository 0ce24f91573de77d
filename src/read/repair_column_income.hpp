// A column of figures read one column off, where nothing in its own table
// can tell (figures placed by position in space-aligned text; 财政专户 and
// 单位资金 side by side, each a part of 总计 alone): the document's income
// table (t01's income side) names the source of every figure. When the
// column read has no income row of its own, and the blank neighbour beside
// it (a sibling part of the same total) has an income row that states the
// total row's figure exactly, the column is that neighbour. Every moved cell
// is reported as a repair.
#pragma once
#include <vector>

#include "model/document.hpp"
#include "templates/template.hpp"

namespace yusuan {

std::vector<Repair> place_by_income_rows(Table& table, const TableSpec& spec, const std::vector<Table>& tables,
                                         const Template& tpl);

}  // namespace yusuan
