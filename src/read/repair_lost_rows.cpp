#include "read/repair_lost_rows.hpp"

#include <algorithm>
#include <set>

namespace yusuan {

namespace {

// The codes above a code: 2240106 → 224, 22401.
std::vector<std::string> ancestors(const std::string& code) {
    std::vector<std::string> out;
    if (code.size() > 3) out.push_back(code.substr(0, 3));
    if (code.size() > 5) out.push_back(code.substr(0, 5));
    return out;
}

void add_unique(std::vector<std::string>& v, const std::string& s) {
    if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

}  // namespace

std::vector<Repair> find_lost_rows(Table& table) {
    std::vector<Repair> repairs;
    // Only tables that print subtotal rows: at least one 类 and one 款 row.
    bool has_class = false, has_section = false;
    for (const Row& r : table.rows) {
        if (r.code.size() == 3) has_class = true;
        if (r.code.size() == 5) has_section = true;
    }
    if (!has_class || !has_section) return repairs;

    std::set<std::string> seen;
    const Row* previous = nullptr;
    for (const Row& r : table.rows) {
        if (r.code.empty() || r.side == "income") continue;
        std::vector<std::string> missing;
        for (const std::string& a : ancestors(r.code))
            if (!seen.count(a)) missing.push_back(a);
        if (!missing.empty()) {
            std::string list;
            for (const std::string& m : missing) list += (list.empty() ? "" : ", ") + m;
            std::string raw = previous ? "gap between " + previous->code + " (line " +
                                             std::to_string(previous->line) + ") and " + r.code
                                       : r.code;
            repairs.push_back({"lost-rows", r.line, raw,
                               "rows lost above " + r.code + " (no row for " + list + "); not invented", table.id, r.key,
                               ""});
            // Parents now short of children: those above this row and, when a
            // whole 类 is gone, those above the row before the gap and the total.
            for (const std::string& a : ancestors(r.code))
                if (seen.count(a)) add_unique(table.incomplete_parents, a);
            if (previous && missing.front().size() == 3) {
                for (const std::string& a : ancestors(previous->code))
                    if (seen.count(a)) add_unique(table.incomplete_parents, a);
                add_unique(table.incomplete_parents, "总计");
            }
        }
        // Report each gap once: the missing rows count as met from here on.
        for (const std::string& m : missing) seen.insert(m);
        seen.insert(r.code);
        previous = &r;
    }
    return repairs;
}

}  // namespace yusuan
