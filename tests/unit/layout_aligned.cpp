// Space-aligned columns (pdftotext -layout): columns from the alignment of
// figures, one-space gaps, a header cell wrapped over lines, a number column
// whose first row is blank, page furniture between rows of one table.
#include <doctest/doctest.h>

#include <algorithm>

#include "read/grid.hpp"
#include "normalise/text.hpp"
#include "read/layouts.hpp"
#include "aligned_support.hpp"

using namespace yusuan;

namespace {
const HeaderWords words = [](const std::string& k) {
    return k == "类" || k == "款" || k == "项" || k == "科目名称" || k == "合计" || k == "基本支出" || k == "项目支出" ||
           k == "科目代码";
};
}

TEST_CASE("aligned: code columns, one-space gaps, wrapped header, blank first cell of a number column") {
    // Cells placed at code-point positions, as pdftotext lays them out.
    const auto at = test::placed;
    std::vector<std::string> lines = {
        "编制部门：测试局",
        at({{30, U"基本"}}),
        at({{10, U"科目名称"}, {22, U"合计"}, {30, U"支出"}, {37, U"项目支出"}}),
        at({{0, U"类"}, {3, U"款"}}),
        at({{0, U"201"}, {7, U"一般公共服务支出"}, {21, U"113.89"}, {29, U"112.11"}}),  // 项目支出 blank here
        at({{0, U"201"}, {4, U"04"}, {7, U"发展与改革事务"}, {21, U"113.89"}, {29, U"112.11"}, {37, U"1.78"}}),
        "\f- 2 -",
        at({{7, U"总计"}, {21, U"113.89"}, {29, U"112.11"}, {37, U"1.78"}}),
    };
    Grid g = aligned_grid(lines, 0, lines.size(), words);
    REQUIRE(g.rows.size() == 4);
    const GridRow& h = g.rows[0];
    REQUIRE(h.cells.size() == 6);
    CHECK(h.cells[0] == "类");
    CHECK(h.cells[1] == "款");
    CHECK(h.cells[3] == "合计");
    CHECK(h.cells[4] == "基本支出");
    CHECK(h.cells[5] == "项目支出");
    CHECK(g.rows[1].cells == std::vector<std::string>{"201", "", "一般公共服务支出", "113.89", "112.11", ""});
    CHECK(g.rows[2].cells == std::vector<std::string>{"201", "04", "发展与改革事务", "113.89", "112.11", "1.78"});
    CHECK(g.rows[3].cells[2] == "总计");
    CHECK(g.rows[3].cells[5] == "1.78");
    CHECK(g.rows[3].line == 8);
    REQUIRE_FALSE(g.loose.empty());
    CHECK(g.loose[0].text == "编制部门：测试局");
}

TEST_CASE("aligned: a two-sided table keeps code and name together, blank cells stay blank") {
    std::vector<std::string> lines = {
        "    项目     预算数          科目名称      预算数",
        "一、本年收入   163.40 201 一般公共服务支出  113.89",
        "上级补助收入          202 外交支出",   // a label next to an empty figure cell
        "收入总计       163.40 支出总计          163.40",
    };
    Grid g = aligned_grid(lines, 0, lines.size());
    REQUIRE(g.rows.size() == 4);
    CHECK(g.rows[1].cells == std::vector<std::string>{"一、本年收入", "163.40", "201 一般公共服务支出", "113.89"});
    CHECK(g.rows[2].cells == std::vector<std::string>{"上级补助收入", "", "202 外交支出", ""});
    CHECK(g.rows[3].cells[3] == "163.40");
}

TEST_CASE("aligned: a table with no figures is text (the empty-table statement)") {
    std::vector<std::string> lines = {"科目名称  合计", "总计", "本单位没有政府性基金预算拨款安排的支出，本表为空表。"};
    Grid g = aligned_grid(lines, 0, lines.size());
    CHECK(g.rows.empty());
    REQUIRE(g.loose.size() == 3);
    CHECK(g.loose[2].text.find("空表") != std::string::npos);
}

TEST_CASE("aligned form: a wrapped label is one cell, rows are groups between blank lines, indicators by column") {
    const HeaderWords indicator = [](const std::string& k) {
        return k == "一级指标" || k == "二级指标" || k == "三级指标" || k == "指标值";
    };
    auto at = [](std::vector<std::pair<std::size_t, std::u32string>> cells) {
        std::u32string l;
        for (auto& [x, t] : cells) {
            if (l.size() < x) l.append(x - l.size(), U' ');
            else if (!l.empty()) l += U' ';
            l += t;
        }
        return to_utf8(l);
    };
    std::vector<std::string> lines = {
        at({{0, U"部门联"}, {14, U"曹洁"}, {30, U"联系"}, {36, U"15699238366"}}),
        at({{0, U"系人"}, {30, U"电话"}}),
        "",
        at({{0, U"其他资金 (万元)"}, {30, U"其他"}, {33, U"1.78"}}),
        "",
        at({{0, U"一级指标"}, {9, U"二级指标"}, {18, U"三级指标"}, {32, U"指标值"}}),
        "",
        at({{0, U"产出"}, {9, U"数量指标"}, {18, U"指导各县市园"}, {32, U"≥2 次"}}),
        at({{0, U"指标"}, {18, U"区工作次数"}}),
        "",
        at({{9, U"质量指标"}, {18, U"合格率"}, {32, U"=100%"}}),
    };
    LayoutHints hints{indicator, {}, true};
    Grid g = read_block_grid(lines, 0, lines.size(), hints);
    REQUIRE(g.rows.size() == 5);
    CHECK(g.rows[0].cells == std::vector<std::string>{"部门联系人", "曹洁", "联系电话", "15699238366"});
    CHECK(g.rows[1].cells == std::vector<std::string>{"其他资金 (万元)", "其他", "1.78"});
    CHECK(g.rows[2].cells == std::vector<std::string>{"一级指标", "二级指标", "三级指标", "指标值"});
    CHECK(g.rows[3].cells == std::vector<std::string>{"产出指标", "数量指标", "指导各县市园区工作次数", "≥2 次"});
    CHECK(g.rows[3].line == 8);
    // A blank 一级 cell (merged above) stays blank: the row keeps its columns.
    CHECK(g.rows[4].cells == std::vector<std::string>{"", "质量指标", "合格率", "=100%"});
}

TEST_CASE("aligned: a name wrapped around its code line next to empty cells; full codes in one column") {
    const HeaderWords words = [](const std::string& k) {
        return k == "科目编码" || k == "科目名称" || k == "总计" || k == "基本支出" || k == "项目支出";
    };
    auto at = [](std::vector<std::pair<std::size_t, std::u32string>> cells) {
        std::u32string l;
        for (auto& [x, t] : cells) {
            if (l.size() < x) l.append(x - l.size(), U' ');
            else if (!l.empty()) l += U' ';
            l += t;
        }
        return to_utf8(l);
    };
    std::vector<std::string> lines = {
        at({{0, U"科目编码"}, {14, U"科目名称"}, {36, U"总计"}, {46, U"基本支出"}, {56, U"项目支出"}}),
        at({{0, U"2010350"}, {10, U"事业运行"}, {36, U"80.18"}, {46, U"77.70"}, {56, U"2.48"}}),
        at({{10, U"其他政府办公厅（室）及相关机构事务"}}),     // the name, above its code line
        at({{0, U"2010399"}, {36, U"1,315.37"}, {56, U"1,315.37"}}),  // 基本支出 blank
        at({{10, U"支出"}}),                                          // and its last word below
        at({{0, U"205"}, {10, U"教育支出"}, {36, U"15.26"}, {46, U"15.26"}}),
    };
    Grid g = aligned_grid(lines, 0, lines.size(), words, {});
    REQUIRE(g.rows.size() == 4);
    // The code is glued to its name (the form the table reader splits).
    CHECK(g.rows[1].cells[1] == "2010350 事业运行");
    CHECK(g.rows[2].cells[1] == "2010399 其他政府办公厅（室）及相关机构事务支出");
    CHECK(g.rows[2].cells[2] == "1,315.37");
    CHECK(g.rows[2].cells[3] == "");
    CHECK(g.rows[2].cells[4] == "1,315.37");
    CHECK(g.rows[3].cells[1] == "205 教育支出");
}

namespace {
using test::placed;
}  // namespace

TEST_CASE("aligned: letter-spaced labels and headers are one cell; 部门（单位）： is no header line") {
    const HeaderWords hw = [](const std::string& k) { return k == "项目" || k == "预算数"; };
    const HeaderWords gw = [](const std::string& k) { return k == "收入" || k == "支出"; };
    std::vector<std::string> lines = {
        placed({{0, U"部门（单位）：测试局"}, {50, U"单位：万元"}}),
        placed({{10, U"收 入"}, {36, U"支   出"}}),
        placed({{4, U"项目"}, {18, U"预算数"}, {30, U"项目"}, {44, U"预算数"}}),
        placed({{0, U"一、财政拨款收入"}, {18, U"6,263.22"}, {27, U"一、一般公共服务支出"}, {44, U"6,263.22"}}),
        placed({{3, U"本 年 收 入"}, {14, U"合"}, {18, U"计"}, {20, U"6,263.22"}, {28, U"本 年 支 出 合 计"}, {44, U"6,263.22"}}),
    };
    Grid g = aligned_grid(lines, 0, lines.size(), hw, gw);
    REQUIRE(g.rows.size() == 3);
    CHECK(g.rows[0].cells == std::vector<std::string>{"项目", "预算数", "项目", "预算数"});
    CHECK(g.rows[2].cells.size() == 4);
    CHECK(match_key(g.rows[2].cells[0]) == "本年收入合计");
    CHECK(g.rows[2].cells[1] == "6,263.22");
    CHECK(match_key(g.rows[2].cells[2]) == "本年支出合计");
    CHECK(g.rows[2].cells[3] == "6,263.22");
    // The unit line is meta, not a header column.
    bool meta = false;
    for (const Paragraph& p : g.loose) meta = meta || p.text.find("部门（单位）") != std::string::npos;
    CHECK(meta);
}

TEST_CASE("aligned: a 款 or 项 code printed on a row of its own goes under the header's 款 or 项") {
    std::vector<std::string> lines = {
        placed({{20, U"科目名称"}, {36, U"合计"}}),
        placed({{0, U"类"}, {6, U"款"}, {11, U"项"}}),
        placed({{0, U"201"}, {16, U"一般公共服务支出"}, {34, U"4,026.04"}}),
        placed({{6, U"13"}, {17, U"商贸事务"}, {34, U"4,026.04"}}),
        placed({{11, U"01"}, {18, U"行政运行"}, {34, U"1,469.54"}}),
    };
    Grid g = aligned_grid(lines, 0, lines.size(), words);
    REQUIRE(g.rows.size() == 4);
    CHECK(g.rows[1].cells[0] == "201");
    CHECK(g.rows[2].cells[0] == "");
    CHECK(g.rows[2].cells[1] == "13");
    CHECK(g.rows[3].cells[1] == "");
    CHECK(g.rows[3].cells[2] == "01");
    CHECK(g.rows[3].cells[3] == "行政运行");
}

TEST_CASE("aligned: a page continued under a running header keeps the columns of the page before") {
    const HeaderWords hw = [](const std::string& k) {
        return k == "科目名称" || k == "合计" || k == "基本支出" || k == "项目支出";
    };
    std::vector<std::string> lines = {
        placed({{10, U"科目名称"}, {30, U"合计"}, {42, U"基本支出"}, {56, U"项目支出"}}),
        placed({{0, U"201 一般公共服务支出"}, {26, U"1,000.00"}, {40, U"600.00"}, {56, U"400.00"}}),
        placed({{0, U"2010301 行政运行"}, {28, U"600.00"}, {40, U"600.00"}}),
        "\f",
        "测试局 2026 年度部门预算公开",
        // pdftotext packs the next page tighter: every figure further left.
        placed({{0, U"2010302 一般行政管理事务"}, {22, U"400.00"}, {44, U"400.00"}}),
    };
    Grid g = aligned_grid(lines, 0, lines.size(), hw);
    std::vector<const GridRow*> data;
    for (const GridRow& r : g.rows)
        if (!r.cells.empty() && r.cells[0].rfind("20103", 0) == 0 && r.cells[0].size() > 10) data.push_back(&r);
    REQUIRE(data.size() == 2);
    const GridRow& last = *data.back();
    REQUIRE(last.cells.size() == 4);
    CHECK(last.cells[1] == "400.00");  // 合计
    CHECK(last.cells[2] == "");        // 基本支出
    CHECK(last.cells[3] == "400.00");  // 项目支出
    bool furniture = false;
    for (const Paragraph& p : g.loose) furniture = furniture || p.text.find("年度部门预算公开") != std::string::npos;
    CHECK(furniture);
}

TEST_CASE("aligned: the tail of a name split at a CJK joint into a figure column rejoins the name") {
    const HeaderWords hw = [](const std::string& k) {
        return k == "科目名称" || k == "合计" || k == "基本支出" || k == "项目支出";
    };
    std::vector<std::string> lines = {
        placed({{4, U"科目名称"}, {25, U"合计"}, {33, U"基本支出"}, {44, U"项目支出"}}),
        placed({{0, U"2010301 行政运行"}, {24, U"610.96"}, {33, U"610.96"}}),
        placed({{0, U"2010399 其他政府办公厅及相关机"}, {19, U"构事务支出"}, {25, U"160.52"}, {44, U"160.52"}}),
        placed({{0, U"2010302 一般行政管理事务"}, {24, U"100.00"}, {44, U"100.00"}}),
    };
    Grid g = aligned_grid(lines, 0, lines.size(), hw);
    REQUIRE(g.rows.size() == 4);
    const GridRow& r = g.rows[2];
    REQUIRE(r.cells.size() == 4);
    CHECK(match_key(r.cells[0]) == "2010399其他政府办公厅及相关机构事务支出");
    CHECK(r.cells[1] == "160.52");
    CHECK(r.cells[2] == "");
    CHECK(r.cells[3] == "160.52");
}

TEST_CASE("aligned: a decimal part printed on the line below its figure is joined back and reported") {
    // pdftotext puts each amount's decimals on a baseline of their own, the
    // narrow point a place into the last digit ("14,770" ends at 41, ".62" starts at 40).
    std::vector<std::string> lines = {
        "                   科目名称                  合计         基本支出",
        "                   合 计             14,770",
        "                                        .62 12,672",
        "                                                 .73",
    };
    Grid g = aligned_grid(lines, 0, lines.size(), words);
    auto has = [&](const std::string& text) {
        for (const GridRow& r : g.rows)
            if (std::find(r.cells.begin(), r.cells.end(), text) != r.cells.end()) return true;
        return false;
    };
    CHECK(has("14,770.62"));
    CHECK(has("12,672.73"));
    CHECK_FALSE(has(".62"));
    REQUIRE(g.repairs.size() == 2);
    CHECK(g.repairs[0].kind == "split-number");
    CHECK(g.repairs[0].line == 2);
    CHECK(g.repairs[0].result.rfind("14,770.62", 0) == 0);
    // a ".17" under nothing that ends where it starts is left as printed
    std::vector<std::string> stray = {"                   科目名称                  合计",
                                      "208   社会保障和就业支出                  120",
                                      "                                                            .17"};
    CHECK(aligned_grid(stray, 0, stray.size(), words).repairs.empty());
}
