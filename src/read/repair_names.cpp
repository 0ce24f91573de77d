#include "read/repair_names.hpp"

#include "normalise/text.hpp"

namespace yusuan {

namespace {

// The cell width, as the longest name printed in the table (per side).
std::map<std::string, size_t> name_widths(const Table& table) {
    std::map<std::string, size_t> widest;
    for (const Row& r : table.rows)
        if (const Cell* c = r.cell("名称"))
            widest[r.side] = std::max(widest[r.side], to_u32(remove_spaces(c->text)).size());
    return widest;
}

// Restores the names of `table` from `names` (code → full name) where a name
// was cut at the cell width; `source` says where the full names come from.
std::vector<Repair> restore_from(Table& table, const std::map<std::string, std::string>& names,
                                 const std::string& source) {
    std::vector<Repair> repairs;
    std::map<std::string, size_t> widest = name_widths(table);
    for (Row& r : table.rows) {
        auto known = names.find(r.code);
        if (known == names.end()) continue;
        for (Cell& c : r.cells) {
            if (c.column != "名称") continue;
            const std::string printed = remove_spaces(c.text);
            const std::string full = remove_spaces(known->second);
            if (printed.size() >= full.size() || full.compare(0, printed.size(), printed) != 0) continue;
            if (to_u32(printed).size() < widest[r.side] || to_u32(printed).size() < 4) continue;
            repairs.push_back({"truncated-name", c.line, r.code + " " + c.text,
                               r.code + " " + known->second + " (name cut at the cell width; full name " + source + ")",
                               table.id, r.key, "名称"});
            c.text = known->second;
            r.label = known->second;
        }
    }
    return repairs;
}

}  // namespace

std::vector<Repair> restore_truncated_names(Table& table, const std::map<std::string, std::string>& classes) {
    return restore_from(table, classes, "from the class list");
}

std::vector<Repair> restore_truncated_names_across(std::vector<Table>& tables) {
    std::vector<Repair> repairs;
    for (Table& t : tables) {
        // The longest name each code has in the other tables.
        std::map<std::string, std::string> names;
        std::map<std::string, std::string> from;
        for (const Table& other : tables) {
            if (&other == &t) continue;
            for (const Row& r : other.rows)
                if (const Cell* c = r.cell("名称"); c && !r.code.empty())
                    if (c->text.size() > names[r.code].size()) {
                        names[r.code] = c->text;
                        from[r.code] = other.id;
                    }
        }
        std::vector<Repair> found = restore_from(t, names, "as in another table");
        for (Repair& r : found) {
            const std::string code = r.raw.substr(0, r.raw.find(' '));
            r.result = r.result.substr(0, r.result.rfind('(')) + "(name cut at the cell width; full name as in " +
                       from[code] + ")";
            repairs.push_back(std::move(r));
        }
    }
    return repairs;
}

}  // namespace yusuan
