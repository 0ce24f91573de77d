// Classification names: one code printed with different names in different
// tables (compared in match_key form, so spacing and full-width forms do not
// count). One finding per code, at names/<code>/名称.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "check/checks.hpp"
#include "normalise/text.hpp"

namespace yusuan {

void check_names(CheckContext& cx) {
    struct Seen {
        std::string name;
        std::vector<std::string> tables;
        LineNo line = 0;
        int count = 0;
    };
    std::map<std::string, std::vector<Seen>> by_code;   // code -> distinct names in order
    // code -> name (match_key form) -> position in by_code[code]: a hash
    // lookup per row, not a scan of every name seen so far
    std::unordered_map<std::string, std::unordered_map<std::string, std::size_t>> seen_at;
    std::vector<std::string> order;
    for (const std::string& id : cx.rules.name_tables) {
        const Table* t = cx.doc.table(id);
        if (!has_rows(t)) continue;
        for (const Row& r : t->rows) {
            if (r.code.empty() || r.kind != RowKind::item) continue;
            const Cell* c = r.cell("名称");
            if (!c || c->text.empty()) continue;
            const std::string key = match_key(c->text);
            auto& names = by_code[r.code];
            if (names.empty()) order.push_back(r.code);
            const auto [at, added] = seen_at[r.code].try_emplace(key, names.size());
            if (added) names.push_back({c->text, {}, c->line, 0});
            const auto it = names.begin() + static_cast<std::ptrdiff_t>(at->second);
            ++it->count;
            if (std::find(it->tables.begin(), it->tables.end(), id) == it->tables.end()) it->tables.push_back(id);
        }
    }
    for (const std::string& code : order) {
        const auto& names = by_code[code];
        if (names.size() < 2) continue;
        const Seen* common = &names.front();
        for (const Seen& s : names)
            if (s.count > common->count) common = &s;
        std::string stated, detail;
        LineNo line = 0;
        for (const Seen& s : names) {
            stated += (stated.empty() ? "" : "/") + s.name;
            for (const std::string& t : s.tables) detail += (detail.empty() ? "" : "; ") + t + " " + s.name;
            if (&s != common && !line) line = s.line;
        }
        cx.add(Severity::warning, "names", "names", code, "名称", stated, common->name, line,
               code + " printed with different names: " + detail);
    }
}

}  // namespace yusuan
