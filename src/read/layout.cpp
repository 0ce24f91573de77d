// Layout detection per block: one file can mix layouts.
#include "read/grid.hpp"

namespace yusuan {

Grid read_block_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end) {
    return tsv_grid(lines, begin, end);
}

}  // namespace yusuan
