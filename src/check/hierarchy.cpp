// Hierarchy sums: 类 = Σ款, 款 = Σ项, 总计 = Σ类 (function and economic codes,
// by code prefix and level), and label paths (t01 本年收入 = Σ its parts,
// t10 公务用车购置及运行维护费 = 购置 + 运行维护). Where the reader says rows were
// lost, or a row stands without its parent level, an incomplete parent is
// reported once as rows.missing instead of a wrong total per column.
#include <algorithm>
#include <cctype>

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

// Is `p` the row just before a lost-rows mark, or an ancestor of it, or the
// nearest present ancestor of the row after it?
bool open_at(const Row& p, const std::vector<const Row*>& rows, LineNo lost) {
    const Row* prev = nullptr;
    const Row* next = nullptr;
    for (const Row* r : rows) {
        if (r->line < lost && (!prev || r->line > prev->line)) prev = r;
        if (r->line >= lost && (!next || r->line < next->line)) next = r;
    }
    if (prev && (prev == &p || starts_with(prev->code, p.code))) return true;
    if (next && starts_with(next->code, p.code)) {
        for (const Row* r : rows)   // a nearer ancestor of `next` than p?
            if (r != &p && starts_with(next->code, r->code) && starts_with(r->code, p.code)) return false;
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

    // An orphan: a row below `level` with no row at `level` above it.
    auto has_ancestor_at = [&](const Row* r, int level) {
        for (const Row* q : coded)
            if (q->level == level && starts_with(r->code, q->code)) return true;
        return false;
    };
    for (const Row* p : coded) {
        Family f{p, {}, false, ""};
        for (const Row* r : coded) {
            if (!starts_with(r->code, p->code)) continue;
            if (r->level == p->level + 1) f.children.push_back(r);
            else if (r->level > p->level + 1 && !has_ancestor_at(r, p->level + 1)) {
                f.incomplete = true;
                f.why = r->code + " printed without its parent level row";
            }
        }
        if (f.children.empty() && !f.incomplete) continue;
        for (LineNo l : lost)
            if (open_at(*p, coded, l)) {
                f.incomplete = true;
                f.why = "rows lost at line " + std::to_string(l);
            }
        check_family(cx, t, f, cols, "children");
    }
    // Totals (and t07's unit row): Σ top-level rows.
    for (const Row& r : t.rows) {
        if (r.kind == RowKind::item) continue;
        if (!side.empty()) {
            if (r.side != side && !(spec && r.key == spec->expense_total)) continue;
            if (spec && r.key == spec->income_total) continue;
        }
        Family f{&r, {}, !lost.empty(), lost.empty() ? "" : "rows lost at line " + std::to_string(lost.front())};
        for (const Row* c : coded) {
            if (c->level == min_level) f.children.push_back(c);
            else if (!has_ancestor_at(c, min_level)) {
                f.incomplete = true;
                f.why = c->code + " printed without its parent level row";
            }
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
    auto parent_key = [&](const Row* r) -> std::string {
        const auto slash = r->key.rfind('/');
        if (slash == std::string::npos) return "";
        const std::string p = r->key.substr(0, slash);
        for (const Row* q : items)
            if (q->key == p) return p;
        return "";
    };
    for (const Row* p : items) {
        Family f{p, {}, false, ""};
        for (const Row* r : items)
            if (parent_key(r) == p->key) f.children.push_back(r);
        if (!f.children.empty()) check_family(cx, t, f, cols, "its parts");
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
