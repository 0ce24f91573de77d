#include "read/repair_names.hpp"

#include "normalise/text.hpp"

namespace yusuan {

std::vector<Repair> restore_truncated_names(Table& table, const std::map<std::string, std::string>& classes) {
    std::vector<Repair> repairs;
    if (classes.empty()) return repairs;
    // The cell width, as the longest name printed in the table (per side).
    std::map<std::string, size_t> widest;
    for (const Row& r : table.rows)
        if (const Cell* c = r.cell("名称"))
            widest[r.side] = std::max(widest[r.side], to_u32(remove_spaces(c->text)).size());
    for (Row& r : table.rows) {
        auto known = classes.find(r.code);
        if (known == classes.end()) continue;
        for (Cell& c : r.cells) {
            if (c.column != "名称") continue;
            const std::string printed = remove_spaces(c.text);
            const std::string full = remove_spaces(known->second);
            if (printed.size() >= full.size() || full.compare(0, printed.size(), printed) != 0) continue;
            if (to_u32(printed).size() < widest[r.side] || to_u32(printed).size() < 4) continue;
            repairs.push_back({"truncated-name", c.line, r.code + " " + c.text,
                               r.code + " " + known->second + " (name cut at the cell width; restored from the class list)",
                               table.id, r.key, "名称"});
            c.text = known->second;
            r.label = known->second;
        }
    }
    return repairs;
}

}  // namespace yusuan
