// HTML tables through gumbo: rowspan/colspan expanded at the positions a
// tab-separated table prints them, <br>, entities, thead/tbody optional,
// text outside tables kept as loose text.
#include <doctest/doctest.h>

#include "read/grid.hpp"
#include "read/layouts.hpp"

using namespace yusuan;

TEST_CASE("html: merged header cells expand to consistent positions") {
    std::vector<std::string> lines = {
        "<h2>部门支出总体情况表</h2>",
        "<p>单位：万元</p>",
        "<table>",
        "<thead>",
        "<tr><th colspan=\"3\">科目代码</th><th rowspan=\"2\">科目名称</th><th colspan=\"2\">支出预算</th></tr>",
        "<tr><th>类</th><th>款</th><th>项</th><th>合计</th><th>基本<br>支出</th></tr>",
        "</thead>",
        "<tbody>",
        "<tr><td>201</td><td>&nbsp;</td><td></td><td>一般公共服务支出 &amp; 其他</td><td>1,113.89</td><td>12.00</td></tr>",
        "</tbody>",
        "</table>",
    };
    Grid g = read_block_grid(lines, 0, lines.size());
    REQUIRE(g.rows.size() == 3);
    CHECK(g.rows[0].cells == std::vector<std::string>{"科目代码", "", "", "科目名称", "支出预算", ""});
    CHECK(g.rows[1].cells == std::vector<std::string>{"类", "款", "项", "", "合计", "基本支出"});
    CHECK(g.rows[2].cells[1] == "");
    CHECK(g.rows[2].cells[3] == "一般公共服务支出 & 其他");
    CHECK(g.rows[2].cells[4] == "1,113.89");
    CHECK(g.rows[0].line == 5);
    CHECK(g.rows[2].line == 9);
    REQUIRE(g.loose.size() == 2);
    CHECK(g.loose[0].text == "部门支出总体情况表");
    CHECK(g.loose[1].text == "单位：万元");
}

TEST_CASE("html: a whole table on one line, no tbody, rowspan in the body") {
    std::vector<std::string> lines = {
        "<table><tr><td>一级指标</td><td>二级指标</td><td>指标值</td></tr>"
        "<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>=1 份</td></tr>"
        "<tr><td>质量指标</td><td>100%</td></tr><caption>绩效</caption></table>"};
    Grid g = read_block_grid(lines, 0, 1);
    REQUIRE(g.rows.size() == 3);
    CHECK(g.rows[2].cells == std::vector<std::string>{"", "质量指标", "100%"});
    CHECK(g.rows[2].line == 1);
    REQUIRE(g.loose.size() == 1);
    CHECK(g.loose[0].text == "绩效");
}

TEST_CASE("html: a number column with a blank first row keeps its position") {
    std::vector<std::string> lines = {"<table>", "<tr><th>项目</th><th>合计</th><th>一般公共预算</th></tr>",
                                      "<tr><td>公务接待费</td><td></td><td></td></tr>",
                                      "<tr><td>公务用车运行维护费</td><td>2.00</td><td>2.00</td></tr>", "</table>"};
    Grid g = read_block_grid(lines, 0, lines.size());
    REQUIRE(g.rows.size() == 3);
    CHECK(g.rows[1].cells == std::vector<std::string>{"公务接待费", "", ""});
    CHECK(g.rows[2].cells[2] == "2.00");
}

TEST_CASE("html: hostile spans are bounded, escaped tags in text removed") {
    std::vector<std::string> lines = {"<table><tr><td colspan=\"999999999\">a</td></tr>"
                                      "<tr><td rowspan=\"-5\">&lt;p&gt;正文&lt;/p&gt;</td></tr></table>"};
    Grid g = read_block_grid(lines, 0, 1);
    REQUIRE(g.rows.size() == 2);
    CHECK(g.rows[0].cells.size() <= 512);
    CHECK(g.rows[1].cells[0] == "正文");
    CHECK(html_line_text("<h2>部门收支总体情况表</h2>") == "部门收支总体情况表");
}
