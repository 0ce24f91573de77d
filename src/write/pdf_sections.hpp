// The sections of the PDF summary, each laid out on a Flow: cover, key
// figures, findings, standard tables, performance forms. They read the
// Document and the Findings; they never judge what is wrong.
#pragma once
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/document.hpp"
#include "model/finding.hpp"
#include "templates/template.hpp"
#include "write/pdf_flow.hpp"
#include "write/pdf_table.hpp"

namespace yusuan {

struct PdfContext {
    const Document& doc;
    const Findings& findings;  // sorted: errors first
    const Template& tpl;
    std::string source_name;  // file name of the input
    std::string sha256;
    std::string converted_at;
    std::string version;

    // The most severe finding at (table, row, column); a finding without a
    // column marks every cell of its row (column "*" asks for that only).
    Mark mark(std::string_view table, std::string_view row, std::string_view column) const;
    int finding_count(std::string_view table) const;
    std::string unit() const { return doc.unit.empty() ? "万元" : doc.unit; }

    // Findings by table and row, built on first use (every cell asks).
    mutable std::unordered_map<std::string, std::vector<const Finding*>> by_row = {};
    mutable bool indexed = false;
};

// The grand totals shown on the cover, where the document states them.
struct KeyTotals {
    std::optional<Decimal> income, expense, basic, project, sangong;
};
KeyTotals key_totals(const Document& doc);

// A table's first total row (总计 / 合计), or nullptr.
const Row* total_row(const Table* t);
Mark mark_of(Severity s);

std::string amount_text(const std::optional<Decimal>& d);  // "1,229.70" or "—"
std::string severity_name(Severity s);                     // 错误 / 警告 / 信息
// "t06·总计·合计": where a finding is, as the findings table prints it.
std::string finding_location(const Finding& f);

void draw_cover(Flow& flow, const PdfContext& ctx);
void draw_key_figures(Flow& flow, const PdfContext& ctx);
void draw_findings(Flow& flow, const PdfContext& ctx);
void draw_standard_tables(Flow& flow, const PdfContext& ctx);
void draw_forms(Flow& flow, const PdfContext& ctx);

}  // namespace yusuan
