// Names cut at the cell width ("207 文化旅游体育与传媒支"): restored from the
// template's class list when the printed name is a proper beginning of the
// listed name for the same code and is as long as the longest name of its
// column (so it was cut, not merely worded shorter).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace yusuan {

std::vector<Repair> restore_truncated_names(Table& table, const std::map<std::string, std::string>& classes);

// The same, from the name the same code has in another table of the document
// (款 and 项 names are in no class list): t02, t03, t05, t07 print the same codes.
std::vector<Repair> restore_truncated_names_across(std::vector<Table>& tables);

}  // namespace yusuan
