// value.unreadable: a cell under an amount column that is printed like a
// number but could not be read as one exactly (more digits than the exact
// decimal type holds, e.g. a 40-digit figure). It is kept as text, never
// wrapped or rounded, and reported at its line so nobody mistakes the
// table's sums for complete.
#include "check/checks.hpp"

namespace yusuan {

namespace {
bool looks_numeric(const std::string& s) {
    int digits = 0;
    for (char c : s) {
        if (c >= '0' && c <= '9') ++digits;
        else if (c != ',' && c != '.' && c != ' ' && c != '-') return false;
    }
    return digits > 0;
}
}  // namespace

void check_unreadable_amounts(CheckContext& cx) {
    for (const Table& t : cx.doc.tables)
        for (const Row& r : t.rows)
            for (const Cell& c : r.cells) {
                if (c.amount || c.column == "名称" || !looks_numeric(c.text)) continue;
                Finding f;
                f.severity = Severity::error;
                f.rule = "value.unreadable";
                f.table = t.id;
                f.row = r.key;
                f.column = c.column;
                f.stated = c.text;
                f.line = c.line;
                f.message = "figure cannot be read exactly (too many digits); kept as text and left out of every sum";
                cx.out.push_back(std::move(f));
            }
}

}  // namespace yusuan
