// What the sections share: finding look-ups, the grand totals, and how
// amounts, severities and locations are spelled.
#include <algorithm>

#include "write/pdf_sections.hpp"

namespace yusuan {

Mark mark_of(Severity s) {
    switch (s) {
        case Severity::error:
            return Mark::error;
        case Severity::warning:
            return Mark::warning;
        case Severity::info:
            return Mark::info;
    }
    return Mark::none;
}

const Row* total_row(const Table* t) {
    if (!t) return nullptr;
    for (const Row& r : t->rows)
        if (r.kind == RowKind::total) return &r;
    return nullptr;
}

namespace {
std::string row_id(std::string_view table, std::string_view row) {
    std::string id(table);
    id += '\x1f';
    id += row;
    return id;
}
}  // namespace

Mark PdfContext::mark(std::string_view table, std::string_view row, std::string_view column) const {
    if (!indexed) {
        for (const Finding& f : findings) by_row[row_id(f.table, f.row)].push_back(&f);
        indexed = true;
    }
    auto it = by_row.find(row_id(table, row));
    if (it == by_row.end()) return Mark::none;
    Mark worst = Mark::none;
    for (const Finding* f : it->second) {
        if (!(f->column == column || f->column.empty())) continue;
        const Mark m = mark_of(f->severity);
        if (static_cast<int>(m) > static_cast<int>(worst)) worst = m;
    }
    return worst;
}

int PdfContext::finding_count(std::string_view table) const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.table == table && f.severity != Severity::info;
    }));
}

KeyTotals key_totals(const Document& doc) {
    // Canonical keys (facts.md): t01's 收入总计/支出总计 rows, the 基本支出 and
    // 项目支出 columns of t03 (t05 if t03 is absent), t10's total row.
    KeyTotals k;
    if (const Table* t01 = doc.table("t01")) {
        for (const Row& r : t01->rows) {
            if (r.kind != RowKind::total) continue;
            for (const Cell& c : r.cells) {
                if (!c.amount) continue;
                if (r.side == "income" && !k.income) k.income = c.amount;
                if (r.side == "expense" && !k.expense) k.expense = c.amount;
            }
        }
    }
    const Table* spend = doc.table("t03");
    if (!total_row(spend)) spend = doc.table("t05");
    if (const Row* r = total_row(spend)) {
        k.basic = r->amount("基本支出");
        k.project = r->amount("项目支出");
    }
    if (const Row* r = total_row(doc.table("t10"))) k.sangong = r->amount("合计");
    return k;
}

std::string amount_text(const std::optional<Decimal>& d) { return d ? d->to_grouped(d->scale()) : "—"; }

std::string severity_name(Severity s) {
    switch (s) {
        case Severity::error:
            return "错误";
        case Severity::warning:
            return "警告";
        case Severity::info:
            return "信息";
    }
    return "信息";
}

std::string finding_location(const Finding& f) {
    std::string out;
    for (const std::string* part : {&f.table, &f.row, &f.column}) {
        if (part->empty()) continue;
        if (!out.empty()) out += "·";
        out += *part;
    }
    return out.empty() ? "文件" : out;
}

}  // namespace yusuan
