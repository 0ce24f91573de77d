// Realigning performance-form indicator rows by what their cells look like.
#include <doctest/doctest.h>

#include "read/repair_indicator_row.hpp"

using namespace yusuan;

namespace {
// The project form's columns: 一级 二级 三级 指标值 依据 上年 权重 规则 佐证.
std::vector<IndicatorRole> project_roles() {
    using R = IndicatorRole;
    return {R::level1, R::level2, R::level3, R::value, R::basis, R::prior, R::weight, R::rule, R::evidence};
}
std::vector<int> iota(int from, size_t n) {
    std::vector<int> v;
    for (size_t i = 0; i < n; ++i) v.push_back(from + static_cast<int>(i));
    return v;
}
}  // namespace

TEST_CASE("cells are classified by what they look like") {
    CHECK(classify_indicator_cell("5") == IndicatorCellKind::weight);
    CHECK(classify_indicator_cell("按照完成比例赋分") == IndicatorCellKind::rule);
    CHECK(classify_indicator_cell("经济 成本 指标") == IndicatorCellKind::level);
    CHECK(classify_indicator_cell("计划标准") == IndicatorCellKind::basis);
    CHECK(classify_indicator_cell("原始凭证") == IndicatorCellKind::evidence);
    CHECK(classify_indicator_cell("/") == IndicatorCellKind::slash);
    CHECK(classify_indicator_cell("<=48.30万元/套") == IndicatorCellKind::value);
    CHECK(classify_indicator_cell("保密会议室改造成本") == IndicatorCellKind::text);
}

TEST_CASE("a well-placed row stays as printed") {
    std::vector<std::string> cells = {"产出指标", "数量指标", "改造数量", ">=1间", "计划标准", "/", "5", "按照完成比例赋分", "工作资料"};
    RowPlacement p = place_indicator_cells(cells, iota(0, cells.size()), project_roles());
    CHECK(p.outcome == RowPlacement::Outcome::as_printed);
    CHECK(p.column == iota(0, cells.size()));
}

TEST_CASE("a row shifted one cell right is moved back") {
    // 一级 cell empty, everything one column to the right, 佐证资料 lost.
    std::vector<std::string> cells = {"成本指标", "经济成本指标", "搭建成本", "<=48.30万元/套", "计划标准", "/", "5", "按照完成比例赋分"};
    RowPlacement p = place_indicator_cells(cells, iota(1, cells.size()), project_roles());
    REQUIRE(p.outcome == RowPlacement::Outcome::realigned);
    CHECK(p.column == iota(0, cells.size()));
}

TEST_CASE("a row shifted one cell left puts a lone level name under 二级") {
    std::vector<std::string> cells = {"时效指标", "项目完成时限", "2026 年 12 月 10 日", "计划标准", "/", "10", "按照完成比例赋分", "工作资料"};
    RowPlacement p = place_indicator_cells(cells, iota(0, cells.size()), project_roles());
    REQUIRE(p.outcome == RowPlacement::Outcome::realigned);
    CHECK(p.column == iota(1, cells.size()));
}

TEST_CASE("a 三级 name printed in the first cell goes to 三级") {
    std::vector<std::string> cells = {"保密会议室改造成本", "<=51", "计划标准", "/", "5", "按照完成比例赋分", "原始凭证"};
    std::vector<int> printed = {0, 3, 4, 5, 6, 7, 8};
    RowPlacement p = place_indicator_cells(cells, printed, project_roles());
    REQUIRE(p.outcome == RowPlacement::Outcome::realigned);
    CHECK(p.column == std::vector<int>{2, 3, 4, 5, 6, 7, 8});
}

TEST_CASE("an extra empty cell before the rule is closed up") {
    std::vector<std::string> cells = {"效益指标", "社会效益指标", "提升认知度", "有效提升", "计划标准", "达到预期指标", "11", "按评判等级赋分", "工作资料"};
    std::vector<int> printed = {0, 1, 2, 3, 4, 5, 6, 8, -1};
    RowPlacement p = place_indicator_cells(cells, printed, project_roles());
    REQUIRE(p.outcome == RowPlacement::Outcome::realigned);
    CHECK(p.column == iota(0, cells.size()));
}

TEST_CASE("refuses to guess when two placements are equally good") {
    // Two free texts and a weight, the weight printed under 三级: the texts
    // could be 三级+指标值, 三级+上年 or 指标值+上年 — no single best reading.
    std::vector<std::string> cells = {"甲事项", "乙事项", "5"};
    std::vector<int> printed = {0, 1, 2};
    RowPlacement p = place_indicator_cells(cells, printed, project_roles());
    CHECK(p.outcome == RowPlacement::Outcome::ambiguous);
    CHECK(p.column == printed);
}

TEST_CASE("keeps a row as printed when no placement fits every cell") {
    // Two weights and a rule in a row: no column order fits them all.
    std::vector<std::string> cells = {"按照完成比例赋分", "5", "6"};
    std::vector<int> printed = {0, 1, 2};
    RowPlacement p = place_indicator_cells(cells, printed, project_roles());
    CHECK(p.outcome == RowPlacement::Outcome::as_printed);
    CHECK(p.column == printed);
}
