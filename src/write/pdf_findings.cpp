// The findings: errors and warnings first, each with where it is, what the
// document states, what the arithmetic gives and the source line; then the
// repairs the reader made (info).
#include <fmt/format.h>

#include "write/pdf_sections.hpp"
#include "write/pdf_style.hpp"

namespace yusuan {

namespace st = pdf_style;

namespace {

PdfTable findings_table(const Findings& findings, bool infos) {
    PdfTable t;
    t.caption = infos ? "读取修复" : "错误与警告";
    t.columns = {{"级别", Align::center, false},
                 {"位置（表·行·列）", Align::left, true},
                 {infos ? "原文" : "所列数", Align::right, !infos},
                 {infos ? "修复为" : "应为", Align::right, !infos},
                 {"说明", Align::left, true},
                 {"源行", Align::right, false}};
    if (infos) t.columns[2].align = t.columns[3].align = Align::left;
    for (const Finding& f : findings) {
        if ((f.severity == Severity::info) != infos) continue;
        PdfRow r;
        const Mark m = mark_of(f.severity);
        r.cells = {{severity_name(f.severity), 0, m},
                   {finding_location(f), 0, Mark::none},
                   {f.stated, 0, Mark::none},
                   {f.expected, 0, Mark::none},
                   {f.message.empty() ? f.rule : f.message, 0, Mark::none},
                   {f.line > 0 ? std::to_string(f.line) : "—", 0, Mark::none}};
        t.rows.push_back(std::move(r));
    }
    return t;
}

}  // namespace

void draw_findings(Flow& flow, const PdfContext& ctx) {
    flow.set_section("发现问题");
    flow.new_page(false);
    flow.heading("发现问题", 0, 60);
    const FindingCounts c = count(ctx.findings);
    flow.paragraph(
        fmt::format("共 {} 处错误、{} 处警告、{} 处读取修复。位置按“表·行·列”给出（表、行、列的键见 facts 导出），"
                    "源行为源文件中的行号。",
                    c.errors, c.warnings, c.infos),
        st::body_size, st::ink);

    auto section = [&](const PdfTable& t, std::string_view title, std::string_view none, Rgb none_ink) {
        const TableFit fit = fit_table(flow.canvas(), t, false);
        flow.heading(title, 1, t.rows.empty() ? 20 : table_lead_height(flow.canvas(), t, fit));
        if (t.rows.empty())
            flow.paragraph(none, st::body_size, none_ink);
        else
            draw_table(flow, t, fit);
    };
    section(findings_table(ctx.findings, false), "错误与警告", "未发现错误或警告。", st::ok_ink);
    section(findings_table(ctx.findings, true), "读取修复（信息）", "读取时未做任何修复。", st::muted);
}

}  // namespace yusuan
