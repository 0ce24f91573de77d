// Placeholder until the workbook writer lands (issue 7).
#include "write/writers.hpp"

namespace yusuan {
bool write_xlsx(const Document&, const Findings&, const Template&, const std::string&, WriteError& err) {
    err.message = "the xlsx writer is not built yet";
    return false;
}
}  // namespace yusuan
