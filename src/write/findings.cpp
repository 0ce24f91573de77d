// The findings export (facts.md § Findings).
#include "write/tsv.hpp"
#include "write/writers.hpp"

namespace yusuan {

std::string write_findings(const Findings& findings) {
    std::string out = "severity\trule\ttable\trow\tcolumn\tstated\texpected\tsource_line\tmessage\n";
    for (const Finding& f : findings) {
        out += to_string(f.severity);
        for (std::string_view v : {std::string_view(f.rule), std::string_view(f.table), std::string_view(f.row),
                                   std::string_view(f.column), std::string_view(f.stated),
                                   std::string_view(f.expected)}) {
            out += '\t';
            out += tsv_field(v);
        }
        out += '\t';
        out += f.line > 0 ? std::to_string(f.line) : std::string();
        out += '\t';
        out += tsv_field(f.message);
        out += '\n';
    }
    return out;
}

}  // namespace yusuan
