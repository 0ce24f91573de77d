// Reads a performance target form (部门整体 / 项目支出绩效目标表) from a grid:
// 基本信息 fields by their labels, then the indicator grid with 一级/二级
// filled in under merged cells and wrapped cells joined.
#pragma once
#include "model/document.hpp"
#include "read/grid.hpp"
#include "templates/template.hpp"

namespace yusuan {

void read_form(const Grid& grid, const FormSpec& spec, Form& out, std::vector<Repair>& repairs);

}  // namespace yusuan
