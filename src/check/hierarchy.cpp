// Hierarchy sums: 类 = Σ款, 款 = Σ项, 总计 = Σ类 (function and economic codes,
// by code prefix and level), and label paths (t01 本年收入 = Σ its parts,
// t10 公务用车购置及运行维护费 = 购置 + 运行维护). Where the reader says rows were
// lost, or a row stands without its parent level, an incomplete parent is
// reported once as rows.missing instead of a wrong total per column.
#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "check/checks.hpp"
#include "normalise/text.hpp"

namespace yusuan {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.size() > p.size() && s.substr(0, p.size()) == p; }

struct Family {
    const Row* parent;
    std::vector<const Row*> children;
    bool incomplete = false;   // rows known or seen to be missing under it
    std::string why;
};

void check_family(CheckContext& cx, const Table& t, const Family& f, const std::vector<std::string>& cols,
                  const std::string& what) {
    struct Miss {
        std::string col;
        std::optional<Decimal> stated;
        Sum sum;
        LineNo line;
    };
    std::vector<Miss> misses;
    for (const std::string& c : cols) {
        Sum s;
        for (const Row* ch : f.children) s.add(ch->amount(c));
        const std::optional<Decimal> stated = f.parent->amount(c);
        // A blank parent cell states nothing (t12 总计 printing only one column).
        if (!stated || *stated == s.value) continue;
        const Cell* cell = f.parent->cell(c);
        misses.push_back({c, stated, s, cell ? cell->line : f.parent->line});
    }
    if (misses.empty()) return;
    if (f.incomplete) {
        const Miss& m = misses.front();
        cx.add(Severity::error, "rows.missing", t.id, f.parent->key, "", m.stated ? m.stated->to_string() : "",
               m.sum.value.to_string(), f.parent->line,
               f.parent->key + " ≠ Σ " + what + " (" + m.col + ": " + m.sum.value.to_string() + "): " + f.why);
        return;
    }
    for (const Miss& m : misses)
        cx.compare("sum.hierarchy", t.id, f.parent->key, m.col, m.stated, m.sum.value, std::max(m.sum.terms, 1),
                   m.line, f.parent->key + " " + m.col + " ≠ Σ " + what + " (= " + m.sum.value.to_string() + ")");
}

// The coded rows of one table, indexed by code once, so that parents,
// children and ancestors are found by looking up the prefixes of a code
// (a code has at most a few digits) instead of scanning every row: the
// checks stay linear in the number of rows.
struct CodeIndex {
    std::unordered_map<std::string_view, std::vector<std::size_t>> by_code;   // code -> positions in `coded`

    explicit CodeIndex(const std::vector<const Row*>& coded) {
        for (std::size_t i = 0; i < coded.size(); ++i) by_code[coded[i]->code].push_back(i);
    }
    const std::vector<std::size_t>* rows(std::string_view code) const {
        const auto it = by_code.find(code);
        return it == by_code.end() ? nullptr : &it->second;
    }
};

// Is there a row at `level` whose code is a proper prefix of `r`'s?
bool has_ancestor_at(const CodeIndex& ix, const std::vector<const Row*>& coded, const Row* r, int level) {
    for (std::size_t k = 1; k < r->code.size(); ++k)
        if (const auto* qs = ix.rows(std::string_view(r->code).substr(0, k)))
            for (std::size_t q : *qs)
                if (coded[q]->level == level) return true;
    return false;
}

// The rows on either side of a lost-rows mark: the last printed before it
// and the first at or after it (by source line).
struct LostMark {
    LineNo line;
    const Row* prev = nullptr;
    const Row* next = nullptr;
};

LostMark lost_mark(const std::vector<const Row*>& rows, LineNo lost) {
    LostMark m{lost};
    for (const Row* r : rows) {
        if (r->line < lost && (!m.prev || r->line > m.prev->line)) m.prev = r;
        if (r->line >= lost && (!m.next || r->line < m.next->line)) m.next = r;
    }
    return m;
}

// Is `p` the row just before a lost-rows mark, or an ancestor of it, or the
// nearest present ancestor of the row after it?
bool open_at(const Row& p, const CodeIndex& ix, const LostMark& m) {
    if (m.prev && (m.prev == &p || starts_with(m.prev->code, p.code))) return true;
    if (m.next && starts_with(m.next->code, p.code)) {
        // a nearer ancestor of `next` than p: a row whose code lies strictly between
        for (std::size_t k = p.code.size() + 1; k < m.next->code.size(); ++k)
            if (ix.rows(std::string_view(m.next->code).substr(0, k))) return false;
        return true;
    }
    return false;
}

void check_coded(CheckContext& cx, const Table& t, const TableSpec* spec, std::string_view side) {
    std::vector<const Row*> coded;
    for (const Row& r : t.rows)
        if (!r.code.empty() && r.kind == RowKind::item && (side.empty() || r.side == side)) coded.push_back(&r);
    if (coded.empty()) return;
    const std::vector<std::string> cols = amount_columns(t, side);
    const std::vector<LineNo> lost = cx.lost_lines(t);
    int min_level = coded.front()->level;
    for (const Row* r : coded) min_level = std::min(min_level, r->level);
    const CodeIndex ix(coded);

    // Each row's family, filled from the child side: a row is a child of
    // every row whose code is a proper prefix of its own one level up, and
    // makes a deeper ancestor incomplete when the level between is missing
    // (an orphan). Rows are visited in order, so children keep their order
    // and the last orphan names the reason, as a scan per parent would.
    std::vector<Family> families;
    families.reserve(coded.size());
    for (const Row* p : coded) families.push_back(Family{p, {}, false, ""});
    for (const Row* r : coded)
        for (std::size_t k = 1; k < r->code.size(); ++k) {
            const auto* ps = ix.rows(std::string_view(r->code).substr(0, k));
            if (!ps) continue;
            for (std::size_t pi : *ps) {
                Family& f = families[pi];
                if (r->level == f.parent->level + 1) f.children.push_back(r);
                else if (r->level > f.parent->level + 1 && !has_ancestor_at(ix, coded, r, f.parent->level + 1)) {
                    f.incomplete = true;
                    f.why = r->code + " printed without its parent level row";
                }
            }
        }
    std::vector<LostMark> marks;
    for (LineNo l : lost) marks.push_back(lost_mark(coded, l));
    for (Family& f : families) {
        if (f.children.empty() && !f.incomplete) continue;
        for (const LostMark& m : marks)
            if (open_at(*f.parent, ix, m)) {
                f.incomplete = true;
                f.why = "rows lost at line " + std::to_string(m.line);
            }
        check_family(cx, t, f, cols, "children");
    }
    // Totals (and t07's unit row): Σ top-level rows.
    std::vector<const Row*> top;
    const Row* orphan = nullptr;   // the last row printed without its top-level ancestor
    for (const Row* c : coded) {
        if (c->level == min_level) top.push_back(c);
        else if (!has_ancestor_at(ix, coded, c, min_level)) orphan = c;
    }
    for (const Row& r : t.rows) {
        if (r.kind == RowKind::item) continue;
        if (!side.empty()) {
            if (r.side != side && !(spec && r.key == spec->expense_total)) continue;
            if (spec && r.key == spec->income_total) continue;
        }
        Family f{&r, top, !lost.empty(), lost.empty() ? "" : "rows lost at line " + std::to_string(lost.front())};
        if (orphan) {
            f.incomplete = true;
            f.why = orphan->code + " printed without its parent level row";
        }
        check_family(cx, t, f, cols, "top-level rows");
    }
}

// Label paths: "A/B" is a child of "A". A row naming the unit itself is a
// subtotal of the items beside it, not one of them.
void check_labelled(CheckContext& cx, const Table& t, const TableSpec* spec, std::string_view side) {
    std::vector<const Row*> items;
    for (const Row& r : t.rows)
        if (r.kind == RowKind::item && r.code.empty() && (side.empty() || r.side == side)) items.push_back(&r);
    if (items.empty()) return;
    const std::vector<std::string> cols = amount_columns(t, side);
    // Each item's parent key ("" if its parent is not printed) and the
    // items under each key, computed once: linear in the number of items.
    std::unordered_set<std::string_view> keys;
    for (const Row* q : items) keys.insert(q->key);
    std::unordered_map<const Row*, std::string> parent_of;
    std::unordered_map<std::string, std::vector<const Row*>> children_of;
    for (const Row* r : items) {
        const auto slash = r->key.rfind('/');
        std::string p;
        if (slash != std::string::npos && keys.count(std::string_view(r->key).substr(0, slash)))
            p = r->key.substr(0, slash);
        children_of[p].push_back(r);
        parent_of.emplace(r, std::move(p));
    }
    auto parent_key = [&](const Row* r) -> const std::string& { return parent_of.at(r); };
    for (const Row* p : items) {
        const auto it = children_of.find(p->key);
        if (it == children_of.end()) continue;
        Family f{p, it->second, false, ""};
        check_family(cx, t, f, cols, "its parts");
    }
    const std::string unit = match_key(cx.doc.department);
    std::vector<const Row*> top, units;
    // A path row whose parent is not printed: the structure is unknown, so
    // the total is not checked (the row's parent may have been lost or misread).
    const bool orphans = std::any_of(items.begin(), items.end(), [&](const Row* r) {
        return parent_key(r).empty() && r->key.find('/') != std::string::npos &&
               !std::isdigit(static_cast<unsigned char>(r->key.back()));
    });
    if (orphans) return;
    for (const Row* r : items)
        if (parent_key(r).empty()) (!unit.empty() && match_key(r->label.empty() ? r->key : r->label) == unit ? units : top).push_back(r);
    if (top.empty()) top.swap(units);
    for (const Row* u : units) {
        Family f{u, top, false, ""};
        check_family(cx, t, f, cols, "items");
    }
    for (const Row& r : t.rows) {
        if (r.kind != RowKind::total) continue;
        if (!side.empty() && spec && r.key != spec->income_total) continue;
        Family f{&r, top, false, ""};
        check_family(cx, t, f, cols, "top-level items");
    }
}

}  // namespace

void check_hierarchy(CheckContext& cx) {
    for (const std::string& id : cx.rules.hierarchy_tables) {
        const Table* t = cx.doc.table(id);
        if (!has_rows(t)) continue;
        const TableSpec* spec = cx.tpl.table(id);
        const TableLayout layout = spec ? spec->layout : TableLayout::function_coded;
        if (layout == TableLayout::two_sided) {
            check_coded(cx, *t, spec, "expense");
            check_labelled(cx, *t, spec, "income");
        } else if (layout == TableLayout::labelled) {
            check_labelled(cx, *t, spec, "");
        } else {
            check_coded(cx, *t, spec, "");
        }
    }
}

}  // namespace yusuan
