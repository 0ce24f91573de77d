// The layout Word gives when a table is saved as text: every cell on a line
// of its own, starting with a tab, and an empty line between rows.
#pragma once
#include <string>
#include <vector>

#include "read/grid.hpp"

namespace yusuan {

// Whether most tab lines of the block are single cells (one leading tab)
// grouped by empty lines.
bool looks_cell_per_line(const std::vector<std::string>& lines, std::size_t begin, std::size_t end);

// Consecutive cell lines form one row; an empty line ends it. A cell keeps
// its leading indentation as up to four leading spaces (the 2021 income
// items nest by it); lines with no tab are loose text.
Grid cell_per_line_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end);

}  // namespace yusuan
