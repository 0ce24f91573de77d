#include "read/repair_short_rows.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "normalise/text.hpp"

namespace yusuan {

namespace {

bool is_total_label(const std::string& k) {
    return k == "合计" || k == "总计" || k == "收入总计" || k == "支出总计";
}

std::optional<Decimal> amount_of(const std::string& cell) {
    if (cell.empty()) return std::nullopt;
    if (auto a = parse_amount(cell)) return a->value;
    return std::nullopt;
}

// The row with one empty cell inserted at `k`.
std::vector<std::string> widened(const std::vector<std::string>& cells, size_t k) {
    std::vector<std::string> out = cells;
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(std::min(k, out.size())), std::string{});
    return out;
}

// Of the template's row identities (合计 = Σ parts) that a row prints (its
// total and at least one part), how many it checks and how many hold.
struct IdentityCount {
    int checked = 0, held = 0;
};
IdentityCount count_identities(const std::map<std::string, Decimal>& by_key, const ShortRowContext& ctx) {
    IdentityCount c;
    for (const auto& [total, parts] : ctx.sum_columns) {
        auto t = by_key.find(total);
        if (t == by_key.end()) continue;
        Decimal sum;
        bool any = false;
        for (const std::string& part : parts)
            if (auto q = by_key.find(part); q != by_key.end()) {
                sum += q->second;
                any = true;
            }
        if (!any) continue;
        ++c.checked;
        if (sum == t->second) ++c.held;
    }
    return c;
}

// How well a row reads with these cells: each template identity that holds
// counts 2, each figure under a column whose total is printed counts 1.
int score(const std::vector<std::string>& cells, const ShortRowContext& ctx, const std::vector<std::string>& totals) {
    std::map<std::string, Decimal> by_key;
    int s = 0;
    for (size_t p = 0; p < cells.size() && p < ctx.amount_key_at.size(); ++p) {
        if (ctx.amount_key_at[p].empty()) continue;
        auto a = amount_of(cells[p]);
        if (!a) continue;
        by_key[ctx.amount_key_at[p]] = *a;
        if (p < totals.size() && amount_of(totals[p])) s += 1;
    }
    return s + 2 * count_identities(by_key, ctx).held;
}

// Where the figures of a row land: their positions after widening at k.
std::vector<size_t> landing(const std::vector<std::string>& cells, size_t k) {
    std::vector<size_t> out;
    for (size_t p = 0; p < cells.size(); ++p)
        if (!cells[p].empty()) out.push_back(p < k ? p : p + 1);
    return out;
}

std::string join(const std::vector<std::string>& cells) {
    std::string s;
    for (const std::string& c : cells) {
        if (!s.empty()) s += ' ';
        s += c;
    }
    return s;
}

}  // namespace

std::vector<Repair> widen_short_rows(Grid& grid, std::size_t first_data, const ShortRowContext& ctx) {
    std::vector<Repair> repairs;
    const size_t width = ctx.amount_key_at.size();
    if (width < 2 || ctx.first_amount >= width) return repairs;
    // The total row as printed: which columns carry a total.
    std::vector<std::string> totals;
    for (size_t i = first_data; i < grid.rows.size() && totals.empty(); ++i)
        for (const std::string& c : grid.rows[i].cells)
            if (is_total_label(match_key(c))) {
                totals = grid.rows[i].cells;
                break;
            }
    auto is_short = [&](const GridRow& r) { return r.cells.size() + 1 == width; };

    for (size_t i = first_data; i < grid.rows.size();) {
        if (!is_short(grid.rows[i])) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < grid.rows.size() && is_short(grid.rows[end])) ++end;
        // Score every place of the lost cell over the whole run of short rows.
        int best = -1;
        std::vector<size_t> best_k;
        for (size_t k = ctx.first_amount; k <= width - 1; ++k) {
            int s = 0;
            for (size_t r = i; r < end; ++r) {
                std::vector<std::string> w = widened(grid.rows[r].cells, k);
                // The total row is scored against itself only for its own identities.
                s += score(w, ctx, totals);
            }
            if (s > best) {
                best = s;
                best_k = {k};
            } else if (s == best) {
                best_k.push_back(k);
            }
        }
        // Of equally good places, the one that moves the fewest figures: the
        // least repair that makes the arithmetic hold.
        auto moved_count = [&](size_t k) {
            size_t n = 0;
            for (size_t r = i; r < end; ++r) {
                const std::vector<std::string>& c = grid.rows[r].cells;
                for (size_t p = k; p < c.size(); ++p)
                    if (!c[p].empty()) ++n;
            }
            return n;
        };
        size_t fewest = SIZE_MAX;
        for (size_t k : best_k) fewest = std::min(fewest, moved_count(k));
        std::erase_if(best_k, [&](size_t k) { return moved_count(k) != fewest; });
        // Places with as few moved figures differ only where a row has no
        // figure, so they all read the same.
        const size_t k = best_k.front();
        for (size_t r = i; r < end; ++r) {
            GridRow& row = grid.rows[r];
            const bool moved = landing(row.cells, k) != landing(row.cells, width - 1);
            if (moved) {
                std::string result;
                for (size_t p = k; p < row.cells.size(); ++p)
                    if (!row.cells[p].empty() && p + 1 < width && !ctx.amount_key_at[p + 1].empty()) {
                        if (!result.empty()) result += "; ";
                        result += row.cells[p] + " printed under " +
                                  (ctx.amount_key_at[p].empty() ? std::string("column ") + std::to_string(p + 1)
                                                                : ctx.amount_key_at[p]) +
                                  " is " + ctx.amount_key_at[p + 1];
                    }
                repairs.push_back({"other", row.line, join(row.cells),
                                   result + " (this page's rows lost one cell; the table's totals and identities place them)",
                                   ctx.table_id, "", ""});
            }
            row.cells = widened(row.cells, k);
        }
        i = end;
    }
    return repairs;
}

int row_identities(const std::vector<std::string>& cells, const ShortRowContext& ctx, bool& all_hold) {
    std::map<std::string, Decimal> by_key;
    for (size_t p = 0; p < cells.size() && p < ctx.amount_key_at.size(); ++p)
        if (!ctx.amount_key_at[p].empty())
            if (auto a = amount_of(cells[p])) by_key[ctx.amount_key_at[p]] = *a;
    const IdentityCount c = count_identities(by_key, ctx);
    all_hold = c.held == c.checked;
    return c.checked;
}

namespace {

// Digits after the decimal point of a figure (0 for an integer).
std::size_t decimals_of(const std::string& cell) {
    const auto dot = cell.find('.');
    return dot == std::string::npos ? 0 : cell.size() - dot - 1;
}

// The table's printed precision: the number of decimals most of its
// decimal figures have (a damaged figure or two do not change it).
std::size_t printed_precision(const Grid& grid, std::size_t first_data, const ShortRowContext& ctx) {
    std::map<std::size_t, int> count;
    for (size_t r = first_data; r < grid.rows.size(); ++r) {
        const std::vector<std::string>& c = grid.rows[r].cells;
        for (size_t p = 0; p < c.size() && p < ctx.amount_key_at.size(); ++p)
            if (!ctx.amount_key_at[p].empty() && decimals_of(c[p]) > 0 && amount_of(c[p])) ++count[decimals_of(c[p])];
    }
    std::size_t best = 0;
    int most = 0;
    for (const auto& [decimals, n] : count)
        if (n > most) {
            best = decimals;
            most = n;
        }
    return best;
}

}  // namespace

std::vector<Repair> join_split_figures(Grid& grid, std::size_t first_data, const ShortRowContext& ctx) {
    std::vector<Repair> repairs;
    const std::size_t precision = printed_precision(grid, first_data, ctx);
    for (size_t i = first_data + 1; i < grid.rows.size(); ++i) {
        GridRow& tail = grid.rows[i];
        // A line with one short run of digits and nothing else.
        size_t at = SIZE_MAX;
        bool only = true;
        for (size_t p = 0; p < tail.cells.size(); ++p) {
            if (tail.cells[p].empty()) continue;
            if (at != SIZE_MAX || !is_digits(tail.cells[p]) || tail.cells[p].size() > 2) only = false;
            at = p;
        }
        if (!only || at == SIZE_MAX || at >= ctx.amount_key_at.size() || ctx.amount_key_at[at].empty()) continue;
        GridRow& head = grid.rows[i - 1];
        if (at >= head.cells.size() || !amount_of(head.cells[at])) continue;
        // A decimal short of the table's precision by exactly the pushed
        // digits ("274.5" + "1" where every figure has two decimals) is
        // evidence of its own; an integer needs the row's arithmetic.
        const std::string& cell = head.cells[at];
        const bool completes = decimals_of(cell) > 0 && decimals_of(cell) + tail.cells[at].size() == precision;
        if (!is_digits(cell) && !completes) continue;
        bool held = false;
        row_identities(head.cells, ctx, held);
        std::vector<std::string> joined = head.cells;
        joined[at] += tail.cells[at];
        bool holds = false;
        const int checked = row_identities(joined, ctx, holds);
        if (held && checked > 0) continue;                   // the row already adds up as printed
        if (checked > 0 ? !holds : !completes) continue;     // the join must mend the row
        repairs.push_back({"split-number", head.line, head.cells[at] + " / line " + std::to_string(tail.line) + ": " + tail.cells[at],
                           joined[at] + " (last digits pushed to the next line)", ctx.table_id, "", ctx.amount_key_at[at]});
        head.cells = std::move(joined);
        grid.rows.erase(grid.rows.begin() + static_cast<std::ptrdiff_t>(i));
        --i;
    }
    return repairs;
}

}  // namespace yusuan
