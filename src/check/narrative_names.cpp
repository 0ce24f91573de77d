// narrative.name: a 类/款/项 name in the narrative ("X（类）Y（款）Z（项）") that
// differs from the name the tables print for that code. The path is resolved
// level by level in the class table (rules.toml [narrative] class_tables):
// a name printed exactly resolves; otherwise the one row under the resolved
// parent whose name is one edit away, or a prefix/suffix of it, does. Two
// candidates, none, or no level printed exactly: nothing is reported (a name
// is never guessed). A name any table or the classification list prints for
// the code is not a difference (the names rule covers tables that disagree),
// nor is the table's name with its generic ending 支出 left off.
#include <algorithm>
#include <set>

#include "check/checks.hpp"
#include "check/narrative.hpp"
#include "normalise/text.hpp"

namespace yusuan {

namespace {

// At most one insertion, deletion or substitution apart (code points).
bool one_edit(const std::u32string& a, const std::u32string& b) {
    const std::u32string& s = a.size() <= b.size() ? a : b;
    const std::u32string& l = a.size() <= b.size() ? b : a;
    if (l.size() - s.size() > 1) return false;
    std::size_t i = 0;
    while (i < s.size() && s[i] == l[i]) ++i;
    if (s.size() == l.size()) return s.compare(i + (i < s.size()), std::u32string::npos, l, i + (i < l.size()), std::u32string::npos) == 0;
    return s.compare(i, std::u32string::npos, l, i + 1, std::u32string::npos) == 0;
}

// The narrative's name is a near miss of the table's: one edit, or one is the
// other with words added at either end (at least two characters in common).
bool near_name(const std::string& stated, const std::string& printed) {
    const std::u32string a = to_u32(stated), b = to_u32(printed);
    if (a == b || a.size() < 2 || b.size() < 2) return false;
    if (one_edit(a, b) && std::min(a.size(), b.size()) >= 3) return true;
    const std::u32string& s = a.size() < b.size() ? a : b;
    const std::u32string& l = a.size() < b.size() ? b : a;
    return l.compare(0, s.size(), s) == 0 || l.compare(l.size() - s.size(), s.size(), s) == 0;
}

// Every name printed for `code` (tables compared by the names rule, and the
// classification list), in match_key form.
std::set<std::string> printed_names(const CheckContext& cx, const std::string& code) {
    std::set<std::string> names;
    for (const std::string& id : cx.rules.name_tables) {
        const Table* t = cx.doc.table(id);
        if (!has_rows(t)) continue;
        for (const Row& r : t->rows)
            if (r.code == code) {
                if (const Cell* c = r.cell("名称"); c && !c->text.empty()) names.insert(match_key(c->text));
                if (!r.label.empty()) names.insert(match_key(r.label));
            }
    }
    if (auto it = cx.tpl.function_classes.find(code); it != cx.tpl.function_classes.end())
        names.insert(match_key(it->second));
    return names;
}

struct Level {
    const Row* row = nullptr;
    bool exact = false;
};

// Resolves the path level by level; stops at the first level that does not resolve to one row.
std::vector<Level> resolve_path(const Table& t, const std::vector<std::string>& names) {
    std::vector<Level> out;
    std::string parent;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const int level = static_cast<int>(i + 1);
        std::vector<const Row*> exact, near;
        for (const Row& r : t.rows) {
            if (r.level != level || r.code.empty() || r.code.compare(0, parent.size(), parent) != 0) continue;
            const std::string label = match_key(r.label);
            if (label == names[i]) exact.push_back(&r);
            else if (near_name(names[i], label)) near.push_back(&r);
        }
        if (exact.size() == 1) out.push_back({exact.front(), true});
        else if (exact.empty() && near.size() == 1) out.push_back({near.front(), false});
        else break;
        parent = out.back().row->code;
    }
    return out;
}

}  // namespace

void check_narrative_names(CheckContext& cx) {
    if (cx.rules.class_tables.empty()) return;
    const Table* table = nullptr;
    for (const std::string& id : cx.rules.class_tables)
        if (has_rows(cx.doc.table(id))) {
            table = cx.doc.table(id);
            break;
        }
    if (!table) return;
    std::set<std::pair<LineNo, std::string>> reported;
    for (const Paragraph& p : cx.doc.paragraphs) {
        if (!in_narrative(cx, p)) continue;
        // each sentence of the line may state its own path
        const std::string key = match_key(p.text);
        std::size_t from = 0;
        while (from < key.size()) {
            std::size_t end = key.size();
            for (std::string_view m : {"。", ";"}) {
                const auto at = key.find(m, from);
                if (at != std::string::npos) end = std::min(end, at + m.size());
            }
            const std::string sentence = key.substr(from, end - from);
            from = end;
            if (!contains(sentence, "(类)")) continue;
            const std::vector<std::string> names = class_path(sentence);
            const std::vector<Level> levels = resolve_path(*table, names);
            if (std::none_of(levels.begin(), levels.end(), [](const Level& l) { return l.exact; })) continue;
            for (std::size_t i = 0; i < levels.size(); ++i) {
                if (levels[i].exact) continue;
                const Row& r = *levels[i].row;
                if (printed_names(cx, r.code).count(names[i])) continue;
                // "其他群众团体事务（项）" for 其他群众团体事务支出: the narrative's
                // usual shorthand for the same item, not a different name
                if (match_key(r.label) == names[i] + "支出") continue;
                if (!reported.insert({p.line, names[i]}).second) continue;
                cx.add(Severity::warning, "narrative.name", "text", std::to_string(p.line), names[i], names[i],
                       r.label, p.line,
                       "the narrative names " + r.code + " " + names[i] + "; " + table->id + " prints " + r.label);
            }
        }
    }
}

}  // namespace yusuan
