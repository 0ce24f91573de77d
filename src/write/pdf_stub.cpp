// Placeholder until the PDF writer lands (issue 8).
#include "write/writers.hpp"

namespace yusuan {
bool write_pdf(const Document&, const Findings&, const Template&, const std::string&, const PdfOptions&,
               WriteError& err) {
    err.message = "the pdf writer is not built yet";
    return false;
}
}  // namespace yusuan
