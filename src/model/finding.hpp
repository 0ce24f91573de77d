// A finding: something the document states that does not add up (error,
// warning) or a repair the reader made to read it (info).
#pragma once
#include <string>
#include <vector>

#include "model/document.hpp"

namespace yusuan {

enum class Severity { error, warning, info };

std::string_view to_string(Severity s);

struct Finding {
    Severity severity = Severity::info;
    std::string rule;          // sum.rows, cross.t05_t06, repair.split-number, …
    std::string table;         // facts.md keys; "" when about the whole document
    std::string row;
    std::string column;
    std::string stated;        // the number as the document prints it
    std::string expected;      // what the arithmetic gives
    LineNo line = 0;
    std::string message;
};

using Findings = std::vector<Finding>;

// Repairs become info findings (rule "repair.<kind>").
Findings repair_findings(const Document& doc);

// Errors first, then warnings, then info; within a severity by table, row, column.
void sort_findings(Findings& f);

struct FindingCounts { int errors = 0, warnings = 0, infos = 0; };
FindingCounts count(const Findings& f);

}  // namespace yusuan
