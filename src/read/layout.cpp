// Layout detection per block: one file can mix layouts.
#include "read/grid.hpp"
#include "read/grid_cell_per_line.hpp"

namespace yusuan {

Grid read_block_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end) {
    // One cell per line (Word's text export), rows between empty lines.
    if (looks_cell_per_line(lines, begin, end)) return cell_per_line_grid(lines, begin, end);
    return tsv_grid(lines, begin, end);
}

}  // namespace yusuan
