// Figures split by a space inside text cells.
#include <doctest/doctest.h>

#include "read/repair_split_numbers.hpp"

using namespace yusuan;

TEST_CASE("a figure split by a space is joined") {
    CHECK(join_split_figure(">=30 0 家") == std::optional<std::string>(">=300 家"));
    CHECK(join_split_figure("<=0.3 0万元 /年") == std::optional<std::string>("<=0.30万元 /年"));
    CHECK(join_split_figure("=6.949 3 万元") == std::optional<std::string>("=6.9493 万元"));
}

TEST_CASE("text that only looks split is left alone") {
    CHECK_FALSE(join_split_figure("2026 年 12 月 10 日"));
    CHECK_FALSE(join_split_figure("预算 2.0 系统"));
    CHECK_FALSE(join_split_figure("< =6.70 万元"));
    CHECK_FALSE(join_split_figure(">=12 次"));
    CHECK_FALSE(join_split_figure("1 234.5"));  // three digits after the space: a grouped figure, not a lost digit
}
