// write_pdf: the PDF summary for auditors (issue 8). Lays the sections out
// on a display list measured with the CJK face, then renders it with
// libharu, embedding a subset of just the characters drawn.
#include <filesystem>

#include <fmt/format.h>

#include "write/font_face.hpp"
#include "write/font_find.hpp"
#include "write/pdf_canvas.hpp"
#include "write/pdf_flow.hpp"
#include "write/pdf_render.hpp"
#include "write/pdf_sections.hpp"
#include "write/pdf_source.hpp"
#include "write/writers.hpp"

#ifndef YUSUAN_VERSION
#define YUSUAN_VERSION "dev"
#endif

namespace yusuan {

bool write_pdf(const Document& doc, const Findings& findings, const Template& tpl, const std::string& path,
               const PdfOptions& options, WriteError& err) {
    FontError ferr;
    auto file = find_cjk_font(options.font_path, ferr);
    if (!file) {
        err.message = ferr.message;
        return false;
    }
    auto face = FontFace::open(*file, ferr);
    if (!face) {
        err.message = ferr.message;
        return false;
    }
    if (!face->has_glyph(U'部') || !face->has_glyph(U'预')) {
        err.message = "font " + file->path + " has no Chinese glyphs";
        return false;
    }

    Findings sorted = findings;
    sort_findings(sorted);
    PdfContext ctx{doc,
                   sorted,
                   tpl,
                   std::filesystem::path(doc.source).filename().string(),
                   options.source_sha256,
                   options.converted_at,
                   YUSUAN_VERSION};
    if (ctx.sha256.empty()) ctx.sha256 = file_sha256(doc.source).value_or("");
    if (ctx.converted_at.empty()) ctx.converted_at = today_iso();

    const std::string dept = doc.department.empty() ? ctx.source_name : doc.department;
    const std::string title = fmt::format("{} {}年部门预算审查摘要", dept, doc.year);
    Canvas canvas(*face);
    Flow flow(canvas, title);
    draw_cover(flow, ctx);
    draw_key_figures(flow, ctx);
    draw_findings(flow, ctx);
    draw_standard_tables(flow, ctx);
    draw_forms(flow, ctx);
    flow.finish();

    const FindingCounts c = count(sorted);
    PdfInfo info;
    info.title = title;
    info.author = dept;
    info.subject = fmt::format("部门预算核对：{} 处错误，{} 处警告，{} 处读取修复；源文件 {}（SHA-256 {}）", c.errors,
                               c.warnings, c.infos, ctx.source_name, ctx.sha256);
    info.creator = "yusuan " + ctx.version;
    info.keywords = "部门预算, 预算公开, 审计, yusuan";
    info.created = ctx.converted_at;
    std::string rerr;
    if (!render_pdf(canvas, *face, info, path, rerr)) {
        err.message = rerr;
        return false;
    }
    return true;
}

}  // namespace yusuan
