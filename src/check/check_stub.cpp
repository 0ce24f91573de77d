// Placeholder until the rule engine lands (issue 6): repairs only.
#include "check/check.hpp"

namespace yusuan {
Findings check_document(const Document& doc, const Template&) {
    Findings f = repair_findings(doc);
    sort_findings(f);
    return f;
}
}  // namespace yusuan
