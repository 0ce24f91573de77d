#include <doctest/doctest.h>

#include <algorithm>

#include "normalise/text.hpp"
#include "segment/segment.hpp"
#include "test_support.hpp"

using namespace yusuan;

TEST_CASE("segmentation finds contents, titles with their numbers, forms and parts") {
    const Template& tpl = test::templates().front();
    auto lines = test::lines_of(
        "2026 年某某局\n"            // 1
        "目 录\n"                     // 2
        "第二部分 2026 年部门预算公开表\n"  // 3
        "- 一、 部门收支总体情况表\n"   // 4
        "第二部分 2026 年部门预算公开表\n"  // 5
        "表 1\n"                      // 6
        "部门收支总体情况表\n"          // 7
        "编制部门：某某局\n"            // 8
        "单位：万元\n"                  // 9
        "收入\t\t支出\t\n"             // 10
        "表 5\n"                      // 11
        "## 一般公共预算支出情况表\n"    // 12
        "第三部分 说明\n"               // 13
        "收支总预算 1.00 万元。\n"       // 14
        "项目支出绩效目标表\n"          // 15
        "预算单位\t某某局\n");          // 16
    Segmentation seg = segment(lines, tpl);
    CHECK(seg.year == "2026");
    CHECK(seg.department == "某某局");
    CHECK(seg.department_line == 8);
    CHECK(seg.unit == "万元");
    REQUIRE(seg.contents.size() == 1);
    CHECK(seg.contents[0].id == "t01");
    CHECK(seg.contents[0].line == 4);
    REQUIRE(seg.blocks.size() == 3);
    CHECK(seg.blocks[0].id == "t01");
    CHECK(seg.blocks[0].number == "1");
    CHECK(seg.blocks[0].title_line == 7);
    CHECK(seg.blocks[0].end == 10);   // stops at the next "表 N"
    CHECK(seg.blocks[1].id == "t05");
    CHECK(seg.blocks[1].number == "5");
    CHECK(seg.blocks[1].end == 12);   // stops at the part heading
    CHECK(seg.blocks[2].kind == BlockKind::project_form);
    // The real part headings are the last occurrences (earlier ones are the contents).
    bool third = false;
    for (auto& [at, name] : seg.part_headings)
        if (name == "第三部分") third = at == 12;
    CHECK(third);
}

TEST_CASE("a document with no standard table is an error naming the file and line") {
    ReadError err;
    auto doc = read_document(test::lines_of("\n\nhello\n"), test::templates(), "x.txt", err);
    CHECK_FALSE(doc);
    CHECK(err.message.find("x.txt:3") == 0);
}

TEST_CASE("a narrative line too long to be a title is still text") {
    const Template& tpl = test::templates().front();
    std::string paragraph = "财政拨款结转 13014 万元，比上年预算减少 14752 万元，主要原因为：";
    while (paragraph.size() <= 600) paragraph += "某项目支出减少 420 万元、";
    auto lines = test::lines_of("第三部分 说明\n" + paragraph + "\n短的一行。\n");
    Segmentation seg = segment(lines, tpl);
    REQUIRE(seg.text_lines.size() == 3);
    CHECK(seg.text_lines[1] == 1);
}

TEST_CASE("page numbers and a running header between narrative lines are not text") {
    Document d = test::read_text(
        "某某局 2026 年度部门预算公开\n"      // 1: the title, kept
        "部门收支总体情况表\n"                // 2
        "收入\t\t支出\t\n"
        "项目\t预算数\t项目\t预算数\n"
        "收入总计\t1.00\t支出总计\t1.00\n"
        "第三部分 说明\n"                     // 6
        "某某局 2026 年度部门预算公开\n"      // 7: furniture
        "七、一般公共预算支出预算情况说明\n"  // 8
        "某某局 2026 年一般公共预算财政拨款\n"  // 9
        "- 47 -\n"                            // 10: furniture
        "某某局 2026 年度部门预算公开\n"      // 11: furniture
        "支出预算 1.00 万元。\n");            // 12
    std::vector<LineNo> lines;
    for (const Paragraph& p : d.paragraphs) lines.push_back(p.line);
    CHECK(std::find(lines.begin(), lines.end(), 1) != lines.end());
    for (LineNo furniture : {7, 10, 11}) CHECK(std::find(lines.begin(), lines.end(), furniture) == lines.end());
    CHECK(std::find(lines.begin(), lines.end(), 12) != lines.end());
}
