#include "write/xlsx_formulas.hpp"

#include <functional>
#include <set>

namespace yusuan::xlsx {

const Formula* TableFormulas::formula(const CellKey& k) const {
    auto it = formulas.find(k);
    return it == formulas.end() ? nullptr : &it->second;
}

Decimal TableFormulas::value(const CellKey& k) const {
    auto it = values.find(k);
    return it == values.end() ? Decimal{} : it->second;
}

std::optional<Decimal> TableFormulas::stated(const Table& t, const CellKey& k) {
    if (k.row >= t.rows.size()) return std::nullopt;
    return t.rows[k.row].amount(k.column);
}

bool TableFormulas::differs(const Table& t, const CellKey& k) const {
    const Formula* f = formula(k);
    if (!f) return false;
    // A blank cell states nothing: the formula fills it in.
    const auto s = stated(t, k);
    return s && *s != f->value;
}

Decimal TableFormulas::over_stated_terms(const Table& t, const CellKey& k) const {
    Decimal sum;
    if (const Formula* f = formula(k))
        for (const CellKey& term : f->terms) sum += stated(t, term).value_or(Decimal{});
    return sum;
}

std::vector<std::string> amount_columns(const TableSpec& spec, const Row& row) {
    std::vector<std::string> out;
    for (const ColumnSpec& c : spec.columns)
        if (c.role == ColumnRole::amount && (spec.layout != TableLayout::two_sided || c.side == row.side))
            out.push_back(c.key);
    return out;
}

bool is_unit_row(const Table&, const TableSpec& spec, const Row& row, std::string_view department) {
    if (row.kind == RowKind::unit) return true;
    return spec.layout == TableLayout::labelled && row.kind == RowKind::item && !department.empty() &&
           row.label == department;
}

namespace {

bool coded_layout(const TableSpec& spec, const Row& row) {
    switch (spec.layout) {
        case TableLayout::function_coded:
        case TableLayout::economic_coded:
        case TableLayout::project_coded: return true;
        case TableLayout::two_sided: return !row.code.empty();
        case TableLayout::labelled: return false;
    }
    return false;
}

// Parent of each row (rows.size() = none), found from codes or key paths.
std::vector<size_t> find_parents(const Table& t, const TableSpec& spec, std::string_view department) {
    const size_t n = t.rows.size();
    std::vector<size_t> parent(n, n);
    for (size_t i = 0; i < n; ++i) {
        const Row& r = t.rows[i];
        if (r.kind != RowKind::item) continue;
        size_t best = n;
        size_t best_len = 0;
        for (size_t j = 0; j < n; ++j) {
            const Row& p = t.rows[j];
            if (j == i || p.kind != RowKind::item || p.side != r.side) continue;
            if (coded_layout(spec, r)) {
                // The longest code that is a strict prefix; among equals the nearest one printed above.
                if (r.code.empty() || p.code.empty() || p.code.size() >= r.code.size() ||
                    r.code.compare(0, p.code.size(), p.code) != 0)
                    continue;
                // Rank by distance, rows above before rows below.
                auto rank = [&](size_t x) { return x < i ? i - x : n + x - i; };
                if (p.code.size() > best_len || (p.code.size() == best_len && rank(j) < rank(best))) {
                    best = j;
                    best_len = p.code.size();
                }
            } else {
                // Key paths: "本年收入/一般公共预算拨款" is a child of "本年收入".
                if (p.key.size() + 1 >= r.key.size() || r.key.compare(0, p.key.size(), p.key) != 0 ||
                    r.key[p.key.size()] != '/')
                    continue;
                if (p.key.size() > best_len) {
                    best = j;
                    best_len = p.key.size();
                }
            }
        }
        parent[i] = best;
    }
    // Unit rows subtotal the top-level rows printed after them, up to the next unit or total row.
    for (size_t i = 0; i < n; ++i) {
        if (!is_unit_row(t, spec, t.rows[i], department)) continue;
        parent[i] = n;
        for (size_t j = i + 1; j < n; ++j) {
            const Row& r = t.rows[j];
            if (r.kind == RowKind::total || is_unit_row(t, spec, r, department)) break;
            if (parent[j] == n && r.side == t.rows[i].side) parent[j] = i;
        }
    }
    return parent;
}

}  // namespace

TableFormulas plan_formulas(const Table& t, const TableSpec& spec, std::string_view department) {
    TableFormulas out;
    const size_t n = t.rows.size();
    const std::vector<size_t> parent = find_parents(t, spec, department);
    std::vector<std::vector<size_t>> children(n);
    for (size_t i = 0; i < n; ++i)
        if (parent[i] < n) children[parent[i]].push_back(i);
    // Total rows sum the top-level rows of their side.
    for (size_t i = 0; i < n; ++i) {
        if (t.rows[i].kind != RowKind::total) continue;
        for (size_t j = 0; j < n; ++j)
            if (j != i && parent[j] == n && t.rows[j].kind != RowKind::total && t.rows[j].side == t.rows[i].side)
                children[i].push_back(j);
    }

    for (size_t i = 0; i < n; ++i) {
        const Row& r = t.rows[i];
        const std::vector<std::string> cols = amount_columns(spec, r);
        if (!children[i].empty()) {
            const FormulaKind kind = r.kind == RowKind::total ? FormulaKind::total : FormulaKind::hierarchy;
            for (const std::string& c : cols) {
                Formula f{kind, {}, {}};
                for (size_t ch : children[i]) f.terms.push_back({ch, c});
                out.formulas[{i, c}] = std::move(f);
            }
            continue;
        }
        const std::set<std::string> own(cols.begin(), cols.end());
        for (const auto& [total, parts] : spec.sum_columns) {
            if (!own.count(total)) continue;
            bool all = true;
            for (const std::string& p : parts) all = all && own.count(p);
            if (!all) continue;
            Formula f{FormulaKind::identity, {}, {}};
            for (const std::string& p : parts) f.terms.push_back({i, p});
            out.formulas[{i, total}] = std::move(f);
        }
    }

    // Exact values, computed bottom-up; a cycle (not possible by construction,
    // but a template could declare one) drops the offending formula.
    std::set<CellKey> visiting;
    std::function<Decimal(const CellKey&)> eval = [&](const CellKey& k) -> Decimal {
        if (auto it = out.values.find(k); it != out.values.end()) return it->second;
        auto f = out.formulas.find(k);
        Decimal v = TableFormulas::stated(t, k).value_or(Decimal{});
        if (f != out.formulas.end()) {
            if (!visiting.insert(k).second) {
                out.formulas.erase(f);
                return v;
            }
            Decimal sum;
            for (const CellKey& term : f->second.terms) sum += eval(term);
            visiting.erase(k);
            if (auto again = out.formulas.find(k); again != out.formulas.end()) {
                again->second.value = sum;
                v = sum;
            }
        }
        out.values[k] = v;
        return v;
    };
    for (size_t i = 0; i < n; ++i)
        for (const std::string& c : amount_columns(spec, t.rows[i])) eval({i, c});
    return out;
}

}  // namespace yusuan::xlsx
