// The one-cell-per-line layout (Word's text export) and 2021 indentation.
#include <doctest/doctest.h>

#include "normalise/text.hpp"

#include "read/grid_cell_per_line.hpp"

using namespace yusuan;

TEST_CASE("cells on their own lines form rows between empty lines") {
    std::vector<std::string> lines = {"编制部门：某单位", "\t项目", "\t预算数", "", "\t财政拨款（补助）", "\t321.96 ",
                                      "", "\t    一般公共预算", "\t321.96", "", "\t合计", "\t "};
    REQUIRE(looks_cell_per_line(lines, 0, lines.size()));
    Grid g = cell_per_line_grid(lines, 0, lines.size());
    REQUIRE(g.rows.size() == 4);
    CHECK(g.rows[0].cells == std::vector<std::string>{"项目", "预算数"});
    CHECK(g.rows[0].line == 2);
    CHECK(g.rows[1].cells == std::vector<std::string>{"财政拨款（补助）", "321.96"});
    // Indentation survives as leading spaces, so income items can nest by it.
    CHECK(g.rows[2].cells[0] == "    一般公共预算");
    CHECK(g.rows[2].cell_lines == std::vector<LineNo>{8, 9});
    // A blank cell is still a cell (positions matter).
    CHECK(g.rows[3].cells == std::vector<std::string>{"合计", ""});
    REQUIRE(g.loose.size() == 1);
    CHECK(g.loose[0].line == 1);
}

TEST_CASE("tab-separated rows are not taken for one cell per line") {
    std::vector<std::string> lines = {"201\t\t\t一般公共服务支出\t3741", "201\t01\t\t人大事务\t4", "",
                                      "201\t01\t08\t代表工作\t2"};
    CHECK_FALSE(looks_cell_per_line(lines, 0, lines.size()));
}

TEST_CASE("Word bookmark markers are markup, not cell text (removed when lines are cleaned)") {
    std::vector<std::string> lines = {"\t项目总体目标", "\t[bookmark: _GoBack]十四五时期", "", "\ta", "\tb", "", "\tc", "\td"};
    for (std::string& l : lines) l = clean_line(l);
    Grid g = cell_per_line_grid(lines, 0, lines.size());
    REQUIRE(!g.rows.empty());
    CHECK(g.rows[0].cells[1] == "十四五时期");
    CHECK(clean_line("a\t[bookmark: _GoBack]b [bookmark: x]c") == "a\tb c");
    CHECK(clean_line("[bookmark without its close") == "[bookmark without its close");
}