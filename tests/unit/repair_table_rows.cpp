// Repairs on read tables: column totals, truncated names, lost rows, and
// figures split across lines.
#include <doctest/doctest.h>

#include <algorithm>

#include "read/repair_column_totals.hpp"
#include "read/repair_lost_rows.hpp"
#include "read/repair_names.hpp"
#include "read/repair_short_rows.hpp"

using namespace yusuan;

namespace {
Cell amount(const std::string& column, const char* text, LineNo line = 1) {
    Cell c;
    c.column = column;
    c.text = text;
    c.amount = Decimal::parse(text);
    c.line = line;
    return c;
}
Row coded(const std::string& code, std::vector<Cell> cells, LineNo line) {
    Row r;
    r.code = code;
    r.key = code;
    r.line = line;
    r.level = code.size() <= 3 ? 1 : code.size() <= 5 ? 2 : 3;
    r.cells = std::move(cells);
    return r;
}
Row total(std::vector<Cell> cells) {
    Row r;
    r.key = "总计";
    r.kind = RowKind::total;
    r.cells = std::move(cells);
    return r;
}
const std::map<std::string, std::vector<std::string>> sums = {{"小计", {"A", "B", "C"}}};
}  // namespace

TEST_CASE("a figure under a column with a blank total moves to the neighbour the totals need") {
    Table t;
    t.id = "t99";
    t.columns = {"小计", "A", "B", "C"};
    t.rows.push_back(coded("230", {amount("小计", "57"), amount("B", "57")}, 10));
    t.rows.push_back(coded("23008", {amount("小计", "57"), amount("B", "57")}, 11));
    t.rows.push_back(coded("231", {amount("小计", "10"), amount("A", "10")}, 12));
    t.rows.push_back(total({amount("小计", "67"), amount("A", "10"), amount("C", "57")}));
    std::vector<Repair> r = place_by_column_totals(t, sums);
    REQUIRE(r.size() == 2);
    CHECK(r[0].kind == "other");
    CHECK(t.rows[0].amount("C") == Decimal::parse("57"));
    CHECK_FALSE(t.rows[0].amount("B"));
    CHECK(t.rows[1].amount("C") == Decimal::parse("57"));  // the 款 row follows its 类 row
}

TEST_CASE("refuses to move a figure when both neighbours fit the totals") {
    Table t;
    t.id = "t99";
    t.columns = {"小计", "A", "B", "C"};
    t.rows.push_back(coded("230", {amount("小计", "5"), amount("B", "5")}, 10));
    t.rows.push_back(total({amount("小计", "5"), amount("A", "5"), amount("C", "5")}));
    std::vector<Repair> r = place_by_column_totals(t, sums);
    REQUIRE(r.size() == 1);
    CHECK(r[0].kind == "unplaced");
    CHECK(t.rows[0].amount("B") == Decimal::parse("5"));
}

TEST_CASE("a name cut at the cell width is restored from the class list, a shorter wording is not") {
    Table t;
    t.id = "t01";
    Row a = coded("207", {}, 5);
    a.cells.push_back({"名称", "文化旅游体育与传媒支", std::nullopt, 5});
    Row b = coded("208", {}, 6);
    b.cells.push_back({"名称", "社会保障和就业支出", std::nullopt, 6});
    Row c = coded("233", {}, 7);
    c.cells.push_back({"名称", "债务发行费用", std::nullopt, 7});
    t.rows = {a, b, c};
    std::map<std::string, std::string> classes = {
        {"207", "文化旅游体育与传媒支出"}, {"208", "社会保障和就业支出"}, {"233", "债务发行费用支出"}};
    std::vector<Repair> r = restore_truncated_names(t, classes);
    REQUIRE(r.size() == 1);
    CHECK(r[0].kind == "truncated-name");
    CHECK(t.rows[0].cell("名称")->text == "文化旅游体育与传媒支出");
    CHECK(t.rows[2].cell("名称")->text == "债务发行费用");
}

TEST_CASE("rows lost at a page break are reported once, never invented") {
    Table t;
    t.id = "t02";
    t.rows.push_back(coded("215", {amount("总计", "73")}, 1));
    t.rows.push_back(coded("21502", {amount("总计", "73")}, 2));
    t.rows.push_back(coded("2150204", {amount("总计", "57")}, 3));
    t.rows.push_back(coded("2240106", {amount("总计", "4")}, 5));
    t.rows.push_back(coded("2240109", {amount("总计", "18")}, 6));
    std::vector<Repair> r = find_lost_rows(t);
    REQUIRE(r.size() == 1);
    CHECK(r[0].kind == "lost-rows");
    CHECK(r[0].line == 5);
    CHECK(t.rows.size() == 5);
    CHECK(std::find(t.incomplete_parents.begin(), t.incomplete_parents.end(), "215") != t.incomplete_parents.end());
    CHECK(std::find(t.incomplete_parents.begin(), t.incomplete_parents.end(), "总计") != t.incomplete_parents.end());
}

TEST_CASE("a figure whose last digit went to the next line is joined when the row then adds up") {
    ShortRowContext ctx;
    ctx.amount_key_at = {"", "", "总计", "A"};
    ctx.first_amount = 2;
    ctx.sum_columns = {{"总计", {"A"}}};
    Grid g;
    g.rows.push_back({10, {"229", "其他支出", "1204", "12045"}, {}});
    g.rows.push_back({11, {"", "", "5", ""}, {}});
    g.rows.push_back({12, {"230", "转移", "7", "7"}, {}});
    g.rows.push_back({13, {"", "", "3", ""}, {}});  // 73 ≠ 7: not joined
    std::vector<Repair> r = join_split_figures(g, 0, ctx);
    REQUIRE(r.size() == 1);
    CHECK(r[0].kind == "split-number");
    CHECK(r[0].line == 10);
    REQUIRE(g.rows.size() == 3);
    CHECK(g.rows[0].cells[2] == "12045");
}

TEST_CASE("a decimal whose last digit went to the next line is joined: by the arithmetic, or by the precision") {
    ShortRowContext ctx;
    ctx.amount_key_at = {"", "", "总计", "A", "B"};
    ctx.first_amount = 2;
    ctx.sum_columns = {{"总计", {"A"}}};
    Grid g;
    g.rows.push_back({10, {"221", "住房保障支出", "12.61", "12.6", ""}, {}});
    g.rows.push_back({11, {"", "", "", "1", ""}, {}});       // mends 总计 = A
    g.rows.push_back({12, {"222", "粮油物资", "", "", "3.4"}, {}});
    g.rows.push_back({13, {"", "", "", "", "5"}, {}});       // no identity: 3.4 + 5 completes two decimals
    g.rows.push_back({14, {"223", "其他", "1.25", "1.25", ""}, {}});
    g.rows.push_back({15, {"", "", "", "7", ""}, {}});       // adds up as printed: left alone
    std::vector<Repair> r = join_split_figures(g, 0, ctx);
    REQUIRE(r.size() == 2);
    CHECK(g.rows[0].cells[3] == "12.61");
    CHECK(g.rows[1].cells[4] == "3.45");
    REQUIRE(g.rows.size() == 4);
    CHECK(g.rows[3].cells[3] == "7");
}

TEST_CASE("a 项 name cut at the cell width is restored from the same code in another table") {
    std::vector<Table> tables(2);
    tables[0].id = "t03";
    Row a = coded("2010199", {}, 5);
    a.cells.push_back({"名称", "其他人大事务", std::nullopt, 5});
    Row b = coded("2010108", {}, 6);
    b.cells.push_back({"名称", "代表工作", std::nullopt, 6});
    tables[0].rows = {a, b};
    tables[1].id = "t02";
    Row c = coded("2010199", {}, 9);
    c.cells.push_back({"名称", "其他人大事务支出", std::nullopt, 9});
    tables[1].rows = {c};
    std::vector<Repair> r = restore_truncated_names_across(tables);
    REQUIRE(r.size() == 1);
    CHECK(r[0].table == "t03");
    CHECK(r[0].result.find("t02") != std::string::npos);
    CHECK(tables[0].rows[0].cell("名称")->text == "其他人大事务支出");
    CHECK(tables[0].rows[1].cell("名称")->text == "代表工作");
}
