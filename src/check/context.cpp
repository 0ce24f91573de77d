#include "check/context.hpp"

#include <algorithm>

namespace yusuan {

Severity CheckContext::severity_for(Decimal diff, int terms) const {
    const Decimal tol(rules.tolerance.units() * std::max(terms, 1), rules.tolerance.scale());
    return diff.abs() <= tol ? Severity::warning : Severity::error;
}

bool CheckContext::compare(std::string rule, std::string table, std::string row, std::string column,
                           const std::optional<Decimal>& stated, Decimal expected, int terms, LineNo line,
                           std::string message) {
    const Decimal s = stated.value_or(Decimal{0, 0});
    if (s == expected) return false;
    add(severity_for(s - expected, terms), std::move(rule), std::move(table), std::move(row), std::move(column),
        stated ? stated->to_string() : "", expected.to_string(), line, std::move(message));
    return true;
}

void CheckContext::add(Severity s, std::string rule, std::string table, std::string row, std::string column,
                       std::string stated, std::string expected, LineNo line, std::string message) {
    Finding f;
    f.severity = s;
    f.rule = std::move(rule);
    f.table = std::move(table);
    f.row = std::move(row);
    f.column = std::move(column);
    f.stated = std::move(stated);
    f.expected = std::move(expected);
    f.line = line;
    f.message = std::move(message);
    out.push_back(std::move(f));
}

std::vector<LineNo> CheckContext::lost_lines(const Table& t) const {
    std::vector<LineNo> out_lines;
    if (t.rows.empty()) return out_lines;
    LineNo first = t.rows.front().line, last = t.rows.front().line;
    for (const Row& r : t.rows) {
        first = std::min(first, r.line);
        last = std::max(last, r.line);
    }
    for (const Repair& r : doc.repairs) {
        if (r.kind != "lost-rows") continue;
        if (r.table == t.id || (r.table.empty() && r.line >= first && r.line <= last + 1))
            out_lines.push_back(r.line);
    }
    return out_lines;
}

std::vector<std::string> amount_columns(const Table& t, std::string_view side) {
    std::vector<std::string> out;
    auto consider = [&](const std::string& c) {
        if (std::find(out.begin(), out.end(), c) != out.end()) return;
        for (const Row& r : t.rows)
            if (side.empty() || r.side == side)
                if (r.amount(c)) {
                    out.push_back(c);
                    return;
                }
    };
    for (const std::string& c : t.columns) consider(c);
    for (const Row& r : t.rows)
        for (const Cell& c : r.cells)
            if (c.amount && c.column != "名称") consider(c.column);
    return out;
}

Decimal round_to(Decimal d, int scale) {
    if (scale >= d.scale()) return d;
    std::int64_t div = 1;
    for (int i = scale; i < d.scale(); ++i) div *= 10;
    const std::int64_t u = d.units();
    const std::int64_t q = u / div, r = u % div;
    std::int64_t out = q;
    if (2 * (r < 0 ? -r : r) >= div) out += u < 0 ? -1 : 1;
    return {out, scale};
}

int printed_scale(const Table& t) {
    int s = 0;
    for (const Row& r : t.rows)
        for (const Cell& c : r.cells)
            if (c.amount) s = std::max(s, c.amount->scale());
    return s;
}

bool has_rows(const Table* t) { return t && !t->declared_empty && !t->rows.empty(); }

std::optional<Sum> resolve(const Document& doc, const CellRef& ref, LineNo* line) {
    const Table* t = doc.table(ref.table);
    if (!has_rows(t)) return std::nullopt;
    for (const std::string& alternative : ref.rows) {
        // "A+B": the rows added up (本年收入 … + 上年结转 …); the first must be printed.
        Sum s;
        bool first = true, ok = true;
        std::size_t from = 0;
        while (ok && from <= alternative.size()) {
            const std::size_t plus = std::min(alternative.find('+', from), alternative.size());
            const Row* r = t->row(std::string_view(alternative).substr(from, plus - from));
            from = plus + 1;
            if (!r) {
                ok = !first;
                first = false;
                continue;
            }
            first = false;
            for (const std::string& c : ref.columns) {
                s.add(r->amount(c));
                if (line && r->cell(c) && !*line) *line = r->cell(c)->line;
            }
            if (line && !*line) *line = r->line;
        }
        if (ok) return s;
    }
    return std::nullopt;
}

}  // namespace yusuan
