// Rows printed one cell short: where the lost cell was, by the arithmetic.
#include <doctest/doctest.h>

#include "read/repair_short_rows.hpp"

using namespace yusuan;

namespace {
// 类 款 项 名称 | 合计 = A + B + C
ShortRowContext context() {
    ShortRowContext ctx;
    ctx.amount_key_at = {"", "", "", "", "合计", "A", "B", "C"};
    ctx.first_amount = 4;
    ctx.sum_columns = {{"合计", {"A", "B", "C"}}};
    ctx.table_id = "t99";
    return ctx;
}
GridRow row(LineNo line, std::vector<std::string> cells) {
    GridRow r;
    r.line = line;
    r.cells = std::move(cells);
    return r;
}
}  // namespace

TEST_CASE("a short row's figure goes to the column whose total is printed") {
    Grid g;
    g.rows.push_back(row(1, {"201", "", "", "甲", "64", "", "64"}));  // one cell short: 64 under B
    g.rows.push_back(row(2, {"", "", "", "合计", "64", "", "", "64"}));
    std::vector<Repair> r = widen_short_rows(g, 0, context());
    REQUIRE(r.size() == 1);
    CHECK(r[0].kind == "other");
    CHECK(r[0].line == 1);
    CHECK(g.rows[0].cells == std::vector<std::string>{"201", "", "", "甲", "64", "", "", "64"});
}

TEST_CASE("a short row that reads right as printed only gets its trailing cell back") {
    Grid g;
    g.rows.push_back(row(1, {"201", "", "", "甲", "5", "5", ""}));
    g.rows.push_back(row(2, {"", "", "", "合计", "5", "5", "", ""}));
    std::vector<Repair> r = widen_short_rows(g, 0, context());
    CHECK(r.empty());
    CHECK(g.rows[0].cells.size() == 8);
    CHECK(g.rows[0].cells[5] == "5");
}

TEST_CASE("does not move figures the arithmetic does not speak for") {
    // No total row and the figure fits B or C equally: kept as printed.
    Grid g;
    g.rows.push_back(row(1, {"201", "", "", "甲", "7", "", "7"}));
    g.rows.push_back(row(2, {"201", "01", "", "乙", "3", "", "3"}));
    std::vector<Repair> r = widen_short_rows(g, 0, context());
    CHECK(r.empty());
    CHECK(g.rows[0].cells[6] == "7");
    CHECK(g.rows[0].cells.size() == 8);
}
