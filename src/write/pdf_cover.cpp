// The cover: who, which year, which file (with its SHA-256), when and with
// what the summary was made, the grand totals, and the verdict in words and
// colour.

#include <fmt/format.h>

#include "write/pdf_sections.hpp"
#include "write/pdf_style.hpp"

namespace yusuan {

namespace st = pdf_style;

namespace {

struct Verdict {
    std::string headline, detail;
    Rgb ink, fill;
};

Verdict verdict_of(const FindingCounts& c) {
    if (c.errors > 0)
        return {"存在数字不符，需核实",
                c.warnings > 0 ? fmt::format("发现 {} 处错误、{} 处警告", c.errors, c.warnings)
                               : fmt::format("发现 {} 处错误，无警告", c.errors),
                st::error_ink, st::error_fill};
    if (c.warnings > 0)
        return {"无错误，有警告需留意", fmt::format("发现 0 处错误、{} 处警告", c.warnings), st::warning_ink,
                st::warning_fill};
    return {"核对通过", "未发现错误或警告：各表数字相互一致", st::ok_ink, st::ok_fill};
}

void total_box(Canvas& cv, int page, float x, float top, float w, float h, std::string_view label,
               const std::optional<Decimal>& value) {
    cv.rect(page, x, top - h, w, h, st::header_fill, std::nullopt);
    cv.rect(page, x, top - h, 3, h, st::navy, std::nullopt);
    cv.text(page, x + 10, top - 17, label, 8.5f, st::muted);
    std::string v = amount_text(value);
    float size = 16;
    while (size > 9 && cv.width(v, size) > w - 16) size -= 1;
    cv.text(page, x + 10, top - 41, v, size, value ? st::ink : st::muted, true);
}

}  // namespace

void draw_cover(Flow& flow, const PdfContext& ctx) {
    flow.cover_page();
    Canvas& cv = flow.canvas();
    const int page = flow.page();
    const Page& pg = cv.page(page);
    const float w = pg.width, h = pg.height;
    const Document& doc = ctx.doc;
    cv.bookmark("封面", 0, page, h);

    // Title band.
    cv.rect(page, 0, h - 150, w, 150, st::navy, std::nullopt);
    cv.text(page, flow.left(), h - 72, "部门预算审查摘要", 26, st::white, true);
    cv.text(page, flow.left(), h - 98, "部门预算公开文件的数字核对结果 · 供审计与预算审查使用", 10.5f,
            Rgb{0.80f, 0.86f, 0.94f});
    if (!doc.year.empty()) cv.text(page, flow.right(), h - 72, doc.year + " 年度", 16, st::white, true, Align::right);

    // Department.
    float y = h - 200;
    const std::string dept = doc.department.empty() ? "（未能识别部门名称）" : doc.department;
    for (const std::string& ln : cv.wrap(dept, 20, flow.width())) {
        cv.text(page, flow.left(), y, ln, 20, st::ink, true);
        y -= 27;
    }
    cv.text(page, flow.left(), y + 4,
            fmt::format("{} 年部门预算 · 金额单位：{}", doc.year.empty() ? "—" : doc.year, ctx.unit()), 10.5f,
            st::muted);
    y -= 30;

    // Verdict.
    const FindingCounts counts = count(ctx.findings);
    const Verdict v = verdict_of(counts);
    const float vh = 78;
    cv.rect(page, flow.left(), y - vh, flow.width(), vh, v.fill, std::nullopt);
    cv.rect(page, flow.left(), y - vh, 5, vh, v.ink, std::nullopt);
    cv.text(page, flow.left() + 18, y - 27, "结论：" + v.headline, 18, v.ink, true);
    cv.text(page, flow.left() + 18, y - 48, v.detail, 11, v.ink);
    cv.text(page, flow.left() + 18, y - 66,
            counts.infos > 0 ? fmt::format("另有 {} 处读取时的修复（信息），均列于“发现问题”一节。", counts.infos)
                             : std::string("读取时未做任何修复。"),
            8.5f, st::muted);
    y -= vh + 34;

    // Grand totals.
    cv.text(page, flow.left(), y, "主要数字", 12, st::ink, true);
    cv.text(page, flow.right(), y, "单位：" + ctx.unit(), 8.5f, st::muted, false, Align::right);
    y -= 12;
    const KeyTotals k = key_totals(doc);
    const struct {
        const char* label;
        const std::optional<Decimal>& value;
    } boxes[] = {{"收入总计", k.income},
                 {"支出总计", k.expense},
                 {"基本支出", k.basic},
                 {"项目支出", k.project},
                 {"“三公”经费", k.sangong}};
    const float gap = 8;
    const float bw = (flow.width() - gap * 4) / 5;
    for (size_t i = 0; i < std::size(boxes); ++i)
        total_box(cv, page, flow.left() + static_cast<float>(i) * (bw + gap), y, bw, 54, boxes[i].label,
                  boxes[i].value);
    y -= 54 + 34;

    // The first errors and warnings, so the cover alone says what is wrong.
    constexpr size_t shown = 6;
    std::vector<const Finding*> top;
    for (const Finding& f : ctx.findings)
        if (f.severity != Severity::info && top.size() < shown) top.push_back(&f);
    if (!top.empty()) {
        const int problems = counts.errors + counts.warnings;
        cv.text(page, flow.left(), y, "主要发现", 12, st::ink, true);
        if (problems > static_cast<int>(top.size()))
            cv.text(page, flow.right(), y, fmt::format("前 {} 条，共 {} 条，全部见“发现问题”", top.size(), problems),
                    8.5f, st::muted, false, Align::right);
        y -= 6;
        for (const Finding* f : top) {
            y -= 15;
            const Rgb ink = f->severity == Severity::error ? st::error_ink : st::warning_ink;
            cv.rect(page, flow.left(), y - 3, 26, 12,
                    f->severity == Severity::error ? st::error_fill : st::warning_fill, std::nullopt);
            cv.text(page, flow.left() + 13, y, severity_name(f->severity), 8, ink, true, Align::center);
            const std::string loc = finding_location(*f);
            const float loc_w = std::min(cv.width(loc, 8.5f), flow.width() * 0.4f);
            cv.text(page, flow.left() + 32, y, cv.fit(loc, 8.5f, loc_w), 8.5f, st::ink);
            std::string what = f->message.empty() ? f->rule : f->message;
            if (!f->stated.empty() || !f->expected.empty())
                what += fmt::format("（所列 {}，应为 {}）", f->stated.empty() ? "—" : f->stated,
                                    f->expected.empty() ? "—" : f->expected);
            const float what_x = flow.left() + 32 + loc_w + 10;
            cv.text(page, what_x, y, cv.fit(what, 8.5f, flow.right() - what_x), 8.5f, st::muted);
        }
        y -= 30;
    }

    // About this summary.
    cv.text(page, flow.left(), y, "关于本摘要", 12, st::ink, true);
    y -= 8;
    const std::string tables = fmt::format("{} 张表 · {} 张绩效目标表", doc.tables.size(), doc.forms.size());
    const std::pair<const char*, std::string> meta[] = {
        {"源文件", ctx.source_name},
        {"SHA-256", ctx.sha256.empty() ? "（无法读取源文件）" : ctx.sha256},
        {"转换日期", ctx.converted_at},
        {"转换工具",
         "yusuan " + ctx.version + " · 模板 " + (doc.template_name.empty() ? ctx.tpl.name : doc.template_name)},
        {"读取内容", tables},
    };
    for (const auto& [label, value] : meta) {
        y -= 17;
        cv.line(page, flow.left(), y - 5, flow.right(), y - 5, 0.4f, st::rule);
        cv.text(page, flow.left(), y, label, 9, st::muted);
        cv.text(page, flow.left() + 70, y, cv.fit(value, 9, flow.width() - 70), 9, st::ink);
    }
    y -= 34;
    for (const std::string& ln :
         cv.wrap("本摘要由程序从公开文件的文字中逐格读取各表，按表内、表间与文字说明的勾稽关系核对。"
                 "“错误”指数字不符；“警告”指需人工判断的不一致；“信息”指为读取而对文字所作的修复。"
                 "每条发现都注明表、行、列与源文件行号，可逐条回查。",
                 8.5f, flow.width())) {
        cv.text(page, flow.left(), y, ln, 8.5f, st::muted);
        y -= 13;
    }
}

}  // namespace yusuan
