// Layout tests of the PDF summary on the reference seeds: every piece of text
// lies inside its page's margins and no two pieces of text overlap (clipped
// text and colliding labels are what a reader stumbles on).
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "check/check.hpp"
#include "decode/decode.hpp"
#include "read/reader.hpp"
#include "write/font_face.hpp"
#include "write/font_find.hpp"
#include "write/pdf_canvas.hpp"
#include "write/pdf_flow.hpp"
#include "write/pdf_sections.hpp"
#include "write/pdf_style.hpp"

using namespace yusuan;

namespace {

struct Box {
    float x0, y0, x1, y1;
};

Box box_of(const Canvas& cv, const TextOp& t) {
    const float w = cv.width(t.text, t.size);
    return {t.x, t.y - t.size * 0.2f, t.x + w, t.y + t.size * 0.8f};
}

bool overlap(const Box& a, const Box& b) {
    constexpr float slack = 0.3f;
    return a.x0 < b.x1 - slack && b.x0 < a.x1 - slack && a.y0 < b.y1 - slack && b.y0 < a.y1 - slack;
}

// Findings with long messages and locations on real cells, to stress wrapping.
Findings stress_findings(const Document& doc) {
    Findings out;
    for (const Table& t : doc.tables)
        for (const Row& r : t.rows)
            if (r.kind == RowKind::total && !r.cells.empty())
                out.push_back({Severity::error, "test", t.id, r.key, r.cells.front().column, "1,229.70", "1,229.71",
                               r.line,
                               "一段很长的说明文字，用来检查换行是否正确、是否超出单元格，以及表格是否因此而变形"});
    return out;
}

}  // namespace

TEST_CASE("PDF layout: text stays on the page and never overlaps") {
    FontError ferr;
    auto file = find_cjk_font("", ferr);
    if (!file) {
        MESSAGE("no CJK font installed: " << ferr.message);
        return;
    }
    auto face = FontFace::open(*file, ferr);
    REQUIRE(face);
    TemplateError terr;
    const auto templates = load_all_templates(terr);
    REQUIRE(!templates.empty());
    for (const char* seed : {"2026-changji-yingshang", "2026-changjishi-zhengfuban", "2026-changji-yuanjiang",
                             "2026-changji-gaoxinqu", "2021-changji-yingshang"}) {
        CAPTURE(seed);
        const std::string path = fmt::format("{}/tests/reference/seeds/{}.txt", YUSUAN_SOURCE_DIR, seed);
        DecodeError derr;
        auto text = decode_file(path, derr, DecodeLimits{});
        REQUIRE(text);
        ReadError rerr;
        auto doc = read_document(text->lines, templates, path, rerr);
        REQUIRE(doc);
        const Template* tpl = template_for(*doc, templates);
        REQUIRE(tpl);
        Findings findings = check_document(*doc, *tpl);
        for (Finding& f : stress_findings(*doc)) findings.push_back(std::move(f));
        sort_findings(findings);

        Canvas cv(*face);
        Flow flow(cv, "running title");
        PdfContext ctx{*doc, findings, *tpl, "seed.txt", std::string(64, 'a'), "2026-01-01", "test"};
        draw_cover(flow, ctx);
        draw_key_figures(flow, ctx);
        draw_findings(flow, ctx);
        draw_standard_tables(flow, ctx);
        draw_forms(flow, ctx);
        flow.finish();
        REQUIRE(cv.page_count() >= 5);

        int outside = 0, overlaps = 0;
        for (int p = 0; p < cv.page_count(); ++p) {
            const Page& page = cv.page(p);
            std::vector<Box> boxes;
            for (const DrawOp& op : page.ops)
                if (const auto* t = std::get_if<TextOp>(&op)) {
                    const Box b = box_of(cv, *t);
                    const float m = pdf_style::margin - 1;
                    if (b.x0 < m || b.x1 > page.width - m || b.y0 < m - 12 || b.y1 > page.height) {
                        if (++outside <= 3) MESSAGE("page " << p + 1 << " text outside margins: " << t->text);
                    }
                    for (const Box& o : boxes)
                        if (overlap(b, o) && ++overlaps <= 3)
                            MESSAGE("page " << p + 1 << " overlapping text: " << t->text);
                    boxes.push_back(b);
                }
        }
        CHECK(outside == 0);
        CHECK(overlaps == 0);
    }
}

TEST_CASE("PDF tables: continued with caption and header repeated; a cell longer than a page is cut") {
    FontError ferr;
    auto file = find_cjk_font("", ferr);
    if (!file) return;
    auto face = FontFace::open(*file, ferr);
    REQUIRE(face);
    Canvas cv(*face);
    Flow flow(cv, "title");
    flow.new_page(false);

    PdfTable t;
    t.caption = "长表";
    t.columns = {{"项目", Align::left, true}, {"金额", Align::right, false}};
    for (int i = 0; i < 300; ++i)
        t.rows.push_back({{{fmt::format("第{}行", i), 0, Mark::none}, {"1,000.00", 0, Mark::none}}, false});
    std::string huge;
    for (int i = 0; i < 3000; ++i) huge += "很长的文字";
    t.rows.push_back({{{huge, 0, Mark::error}, {"9.99", 0, Mark::error}}, true});
    const TableFit fit = fit_table(cv, t, false);
    draw_table(flow, t, fit);

    int headers = 0, continued = 0;
    for (int p = 0; p < cv.page_count(); ++p)
        for (const DrawOp& op : cv.page(p).ops)
            if (const auto* x = std::get_if<TextOp>(&op)) {
                if (x->text == "金额") ++headers;
                if (x->text == "长表（续）") ++continued;
                CHECK(x->y > pdf_style::margin);  // nothing runs into the footer or off the page
            }
    CHECK(cv.page_count() >= 4);
    CHECK(headers == cv.page_count());
    CHECK(continued == cv.page_count() - 1);
}
