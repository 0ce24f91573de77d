#include "normalise/text.hpp"
#include "read/layouts.hpp"

namespace yusuan {

Grid aligned_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end, const HeaderWords&) {
    return tsv_grid(lines, begin, end);
}

}  // namespace yusuan
