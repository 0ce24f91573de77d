#include <doctest/doctest.h>

#include "normalise/text.hpp"

using namespace yusuan;

TEST_CASE("amounts in the forms extraction produces") {
    CHECK(parse_amount("163.40")->value.to_string() == "163.40");
    CHECK(parse_amount("1,229.70")->value.to_string() == "1229.70");
    auto spaced_sep = parse_amount("1, 229. 70");
    REQUIRE(spaced_sep);
    CHECK(spaced_sep->value.to_string() == "1229.70");
    CHECK_FALSE(spaced_sep->spaced);  // spaces after separators are benign
    auto split = parse_amount("5882 2");
    REQUIRE(split);
    CHECK(split->value.to_string() == "58822");
    CHECK(split->spaced);             // a space between digits splits a number: a repair
    CHECK(parse_amount("-3.13")->value.to_string() == "-3.13");
    CHECK(parse_amount("(3.13)")->value.to_string() == "-3.13");
    CHECK_FALSE(parse_amount("事业运行"));
    CHECK_FALSE(parse_amount(""));
    CHECK_FALSE(parse_amount("2026 年"));
    CHECK_FALSE(parse_amount("1234567890123456789012345678901234567890"));
}

TEST_CASE("full-width digits and spaces, tags and math markup are cleaned") {
    CHECK(clean_line("<b>１２３.４５</b>") == "123.45");
    CHECK(clean_line("<p>正文</p>") == "正文");
    CHECK(clean_line("$= 1$ 次") == "= 1 次");
    CHECK(clean_line("a\xE3\x80\x80" "b") == "a b");
    CHECK(clean_line("**粗体**") == "粗体");
    CHECK(clean_line("<td>x</td>") == "<td>x</td>");  // table markup is the HTML reader's
    CHECK(clean_line("a\tb") == "a\tb");
}

TEST_CASE("whitespace: none between CJK characters, one elsewhere") {
    CHECK(collapse_spaces("其他发展与改革 事务支出") == "其他发展与改革事务支出");
    CHECK(collapse_spaces("  2026 年 8 月 ") == "2026 年 8 月");
    CHECK(collapse_spaces("产出 指标") == "产出指标");
    CHECK(collapse_spaces("< =0.18 万元") == "< =0.18 万元");
    CHECK(collapse_spaces("（室） 及") == "（室）及");
}

TEST_CASE("match_key compares printed text with template words") {
    CHECK(match_key("财政专户 （教育收 费）") == match_key("财政专户（教育收费）"));
    CHECK(match_key("<b>部门名称 (盖章)</b>") == "部门名称(盖章)");
    CHECK(match_key("## 一般公共预算支出情况表") == "一般公共预算支出情况表");
    CHECK(match_key("１２") == "12");
}
