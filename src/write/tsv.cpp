#include "write/tsv.hpp"

namespace yusuan {
std::string tsv_field(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    return out;
}
}  // namespace yusuan
