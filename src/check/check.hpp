// The discrepancy engine: every number checked against every other number
// the document states. Rules are named, have a severity, and (where they are
// structural) are declared in the template's rules.toml.
#pragma once
#include "model/document.hpp"
#include "model/finding.hpp"
#include "templates/template.hpp"

namespace yusuan {

// All findings for a document: rule findings (error/warning) and the
// reader's repairs (info). Sorted with sort_findings.
Findings check_document(const Document& doc, const Template& tpl);

}  // namespace yusuan
