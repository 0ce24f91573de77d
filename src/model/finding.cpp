#include "model/finding.hpp"

#include <algorithm>
#include <tuple>

namespace yusuan {

std::string_view to_string(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "info";
    }
    return "info";
}

Findings repair_findings(const Document& doc) {
    Findings out;
    out.reserve(doc.repairs.size());
    for (const Repair& r : doc.repairs) {
        Finding f;
        f.severity = Severity::info;
        f.rule = "repair." + r.kind;
        f.table = r.table;
        f.row = r.row;
        f.column = r.column;
        f.stated = r.raw;
        f.expected = r.result;
        f.line = r.line;
        f.message = "repaired " + r.kind + ": «" + r.raw + "» → «" + r.result + "»";
        out.push_back(std::move(f));
    }
    return out;
}

void sort_findings(Findings& f) {
    std::stable_sort(f.begin(), f.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.severity, a.table, a.line, a.row, a.column) <
               std::tie(b.severity, b.table, b.line, b.row, b.column);
    });
}

FindingCounts count(const Findings& f) {
    FindingCounts c;
    for (const Finding& x : f) {
        if (x.severity == Severity::error) ++c.errors;
        else if (x.severity == Severity::warning) ++c.warnings;
        else ++c.infos;
    }
    return c;
}

}  // namespace yusuan
