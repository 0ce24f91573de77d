// Row identities (合计 = 基本支出 + 项目支出, t02 总计 = Σ sources, 财政拨款小计
// = Σ its parts, …), declared per table in tables.toml `sum_columns`, and the
// balance of two-sided tables (收入总计 = 支出总计), declared in rules.toml.
#include <algorithm>
#include <functional>

#include "check/checks.hpp"

namespace yusuan {

namespace {

using SumColumns = std::map<std::string, std::vector<std::string>>;

// Σ parts of `total` in row r; a blank part that is itself a subtotal is
// replaced by its own parts (a document that prints only the detail).
void add_parts(const Row& r, const SumColumns& sums, const std::string& total, Sum& s, std::string& terms, int depth) {
    for (const std::string& p : sums.at(total)) {
        const auto sub = sums.find(p);
        if (!r.amount(p) && sub != sums.end() && depth < 4) {
            add_parts(r, sums, p, s, terms, depth + 1);
            continue;
        }
        if (auto v = r.amount(p)) {
            s.add(v);
            terms += (terms.empty() ? "" : " + ") + p;
        }
    }
}

// Is `column` a part of another total that row r prints?
bool printed_above(const Row& r, const SumColumns& sums, const std::string& column) {
    for (const auto& [total, parts] : sums)
        if (std::find(parts.begin(), parts.end(), column) != parts.end() && r.amount(total)) return true;
    return false;
}

// The side of a two-sided table the parts belong to ("" for one-sided tables).
std::string parts_side(const TableSpec& spec, const std::vector<std::string>& parts) {
    for (const ColumnSpec& c : spec.columns)
        if (c.role == ColumnRole::amount && std::find(parts.begin(), parts.end(), c.key) != parts.end())
            return c.side;
    return "";
}

}  // namespace

void check_row_identities(CheckContext& cx) {
    for (const TableSpec& spec : cx.tpl.tables) {
        const Table* t = cx.doc.table(spec.id);
        if (!has_rows(t) || spec.sum_columns.empty()) continue;
        for (const auto& [total, parts] : spec.sum_columns) {
            const std::string side = parts_side(spec, parts);
            // Only where the table prints the parts at all (2021 三公 prints 合计 only).
            std::vector<std::string> leaves;
            std::function<void(const std::string&)> collect = [&](const std::string& c) {
                auto it = spec.sum_columns.find(c);
                if (it == spec.sum_columns.end()) leaves.push_back(c);
                else
                    for (const std::string& p : it->second) {
                        leaves.push_back(p);
                        collect(p);
                    }
            };
            collect(total);
            const std::vector<std::string> printed = amount_columns(*t, side);
            const bool any = std::any_of(leaves.begin(), leaves.end(), [&](const std::string& c) {
                return std::find(printed.begin(), printed.end(), c) != printed.end();
            });
            if (!any) continue;
            for (const Row& r : t->rows) {
                if (!side.empty() && r.side != side) continue;
                Sum s;
                std::string terms;
                add_parts(r, spec.sum_columns, total, s, terms, 0);
                const std::optional<Decimal> stated = r.amount(total);
                if (!stated && s.value.is_zero()) continue;
                // A blank total states nothing, unless it is a subtotal between
                // a printed total and printed parts (t02 总计 8217, 小计 blank,
                // 一般公共预算 8217): then the row is missing a figure.
                // A column the table never fills (t12 prints no 小计) is not a slip.
                if (!stated && (!printed_above(r, spec.sum_columns, total) ||
                                std::find(printed.begin(), printed.end(), total) == printed.end()))
                    continue;
                const Cell* c = r.cell(total);
                cx.compare("sum.columns", spec.id, r.key, total, stated, s.value, std::max(s.terms, 1),
                           c ? c->line : r.line,
                           total + " ≠ " + (terms.empty() ? "Σ parts (all blank)" : terms) + " (= " +
                               s.value.to_string() + ")");
            }
        }
    }
}

void check_balances(CheckContext& cx) {
    for (const Balance& b : cx.rules.balances) {
        const Table* t = cx.doc.table(b.table);
        if (!has_rows(t)) continue;
        const Row* in = t->row(b.income_row);
        const Row* ex = t->row(b.expense_row);
        if (!in || !ex) continue;
        auto iv = in->amount(b.column);
        auto ev = ex->amount(b.column);
        if (!iv && !ev) continue;
        const Cell* c = ex->cell(b.column);
        cx.compare("sum.balance", b.table, b.expense_row, b.column, ev, iv.value_or(Decimal{0, 0}), 1,
                   c ? c->line : ex->line, b.expense_row + " ≠ " + b.income_row + " (= " +
                   iv.value_or(Decimal{0, 0}).to_string() + ")");
    }
}

}  // namespace yusuan
