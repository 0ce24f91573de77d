// Markdown pipe tables: cells at consistent positions, empty cells kept,
// escaped pipes and <br>, a header printed over two rows merged back.
#include <doctest/doctest.h>

#include "read/grid.hpp"
#include "read/layouts.hpp"

using namespace yusuan;

namespace {
const HeaderWords words = [](const std::string& k) {
    return k == "科目代码" || k == "类" || k == "款" || k == "科目名称" || k == "合计" || k == "一般公共预算" ||
           k == "上级一般公共预算安排的转移支付";
};
}

TEST_CASE("markdown cells: empty cells, escaped pipe, <br>") {
    auto c = markdown_cells("| 201 |  | 一般公共服务支出<br>（类） | a\\|b | 1,113.89 |");
    REQUIRE(c.size() == 5);
    CHECK(c[0] == "201");
    CHECK(c[1] == "");
    CHECK(c[2] == "一般公共服务支出（类）");
    CHECK(c[3] == "a|b");
    CHECK(c[4] == "1,113.89");
    CHECK(markdown_cells("| --- | :---: |").empty());
    CHECK_FALSE(is_markdown_row("a | b"));
    CHECK(is_markdown_row("  | a | b |"));
}

TEST_CASE("markdown block: rows, separator skipped, text around it loose") {
    std::vector<std::string> lines = {"编制部门：测试局", "| 科目名称 | 合计 |", "| --- | --- |", "| 总计 | 3.00 |",
                                      "", "本表为示例。"};
    Grid g = read_block_grid(lines, 0, lines.size());
    REQUIRE(g.rows.size() == 2);
    CHECK(g.rows[0].line == 2);
    CHECK(g.rows[1].cells == std::vector<std::string>{"总计", "3.00"});
    CHECK(g.rows[1].line == 4);
    REQUIRE(g.loose.size() == 2);
    CHECK(g.loose[0].text == "编制部门：测试局");
    CHECK(g.loose[1].line == 6);
}

TEST_CASE("markdown header split over two rows is merged; a header level of its own is not") {
    std::vector<std::string> lines = {
        "| 科目代码 |  | 科目名称 | 合计 | 上级一般公共预算 |",
        "| --- | --- | --- | --- | --- |",
        "|  |  |  |  | 安排的转移支付 |",  // the wrapped rest of the last header cell
        "| 类 | 款 |  |  |  |",               // its own level: 类 款 are header words
        "| 201 | 04 | 发展与改革事务 | 1.00 | 1.00 |",
    };
    Grid g = read_block_grid(lines, 0, lines.size(), {words, {}, false});
    REQUIRE(g.rows.size() == 3);
    CHECK(g.rows[0].cells[4] == "上级一般公共预算安排的转移支付");
    CHECK(g.rows[1].cells[0] == "类");
    CHECK(g.rows[2].cells[0] == "201");
    // Without header words the two cases cannot be told apart: nothing merged.
    Grid plain = read_block_grid(lines, 0, lines.size());
    CHECK(plain.rows.size() == 4);
}

TEST_CASE("markdown: a wrapped cell next to an empty cell keeps its position") {
    std::vector<std::string> lines = {"| 项目 | 预算数 | 科目名称 | 预算数 |", "|---|---|---|---|",
                                      "| 上级一般公共预算<br>安排转移支付 |  | 204 公共安全支出 |  |",
                                      "|  |  | 205 教育支出 | 2.00 |"};
    Grid g = read_block_grid(lines, 0, lines.size());
    REQUIRE(g.rows.size() == 3);
    CHECK(g.rows[1].cells[0] == "上级一般公共预算安排转移支付");
    CHECK(g.rows[1].cells[1] == "");
    CHECK(g.rows[2].cells[0] == "");
    CHECK(g.rows[2].cells[3] == "2.00");
}
