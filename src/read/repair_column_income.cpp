#include "read/repair_column_income.hpp"

#include <algorithm>
#include <optional>

#include "normalise/text.hpp"
#include "read/table_reader.hpp"

namespace yusuan {

namespace {

// A column's wordings without the 收入 a two-sided table adds
// ("单位资金收入", "财政专户管理资金收入" name the 单位资金, 财政专户 columns).
std::string bare(std::string k) {
    const std::string suffix = "收入";
    if (k.size() > suffix.size() && k.compare(k.size() - suffix.size(), suffix.size(), suffix) == 0)
        k.erase(k.size() - suffix.size());
    return k;
}

bool names_column(const ColumnSpec& c, const std::string& label) {
    const std::string k = bare(match_key(strip_label(label)));
    if (k.empty()) return false;
    if (k == bare(match_key(c.key))) return true;
    return std::any_of(c.aliases.begin(), c.aliases.end(), [&](const std::string& a) { return k == bare(match_key(a)); });
}

// The income-side figure that names column `c`: nullopt if no income row
// names it, zero if the row is printed blank.
std::optional<Decimal> income_figure(const std::vector<Table>& tables, const Template& tpl, const ColumnSpec& c,
                                     bool& named) {
    named = false;
    for (const Table& t : tables) {
        const TableSpec* s = tpl.table(t.id);
        if (!s || s->layout != TableLayout::two_sided) continue;
        for (const Row& r : t.rows) {
            if (r.side != "income" || r.kind == RowKind::total || !names_column(c, r.label)) continue;
            named = true;
            for (const Cell& cell : r.cells)
                if (cell.amount) return cell.amount;
            return Decimal{0, 0};
        }
    }
    return std::nullopt;
}

const ColumnSpec* spec_column(const TableSpec& spec, const std::string& key) {
    for (const ColumnSpec& c : spec.columns)
        if (c.key == key) return &c;
    return nullptr;
}

}  // namespace

std::vector<Repair> place_by_income_rows(Table& table, const TableSpec& spec, const std::vector<Table>& tables,
                                         const Template& tpl) {
    std::vector<Repair> repairs;
    auto whole = spec.sum_columns.find("总计");
    if (whole == spec.sum_columns.end()) return repairs;
    const std::vector<std::string>& parts = whole->second;
    Row* total = nullptr;
    for (Row& r : table.rows)
        if (r.kind == RowKind::total) total = &r;
    if (!total) return repairs;
    auto is_part = [&](const std::string& k) { return std::find(parts.begin(), parts.end(), k) != parts.end(); };
    auto blank_column = [&](const std::string& k) {
        return std::none_of(table.rows.begin(), table.rows.end(), [&](const Row& r) { return r.amount(k).has_value(); });
    };
    // Neighbours in the template's print order.
    std::vector<std::string> order;
    for (const ColumnSpec& c : spec.columns)
        if (c.role == ColumnRole::amount) order.push_back(c.key);
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::string& from = order[k];
        if (!is_part(from)) continue;
        const std::optional<Decimal> v = total->amount(from);
        if (!v || v->is_zero()) continue;
        const ColumnSpec* fc = spec_column(spec, from);
        bool from_named = false;
        const std::optional<Decimal> own = fc ? income_figure(tables, tpl, *fc, from_named) : std::nullopt;
        if (own && *own == *v) continue;         // its own income row agrees
        if (own && !own->is_zero()) continue;    // another figure: not this repair's case
        std::vector<std::string> to;
        for (std::size_t n : {k - 1, k + 1}) {
            if (n >= order.size() || !is_part(order[n]) || !blank_column(order[n])) continue;
            const ColumnSpec* nc = spec_column(spec, order[n]);
            bool named = false;
            const std::optional<Decimal> theirs = nc ? income_figure(tables, tpl, *nc, named) : std::nullopt;
            if (theirs && *theirs == *v) to.push_back(order[n]);
        }
        if (to.size() != 1) continue;
        for (Row& r : table.rows)
            for (Cell& c : r.cells) {
                if (c.column != from || !c.amount) continue;
                repairs.push_back({"other", r.line, (r.code.empty() ? r.key : r.code) + " " + c.text,
                                   c.text + " read under " + from + " means " + to.front() +
                                       ": the income table states " + to.front() + " " + v->to_string() +
                                       " and no " + from + " (figures placed by position, one column off)",
                                   table.id, r.key, to.front()});
                c.column = to.front();
            }
        if (std::find(table.columns.begin(), table.columns.end(), to.front()) == table.columns.end())
            table.columns.push_back(to.front());
    }
    return repairs;
}

}  // namespace yusuan
