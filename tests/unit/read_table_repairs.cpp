// read_table on small synthetic grids: carried codes, wrapped names, a lost
// header cell, merged headers printed once, indentation nesting, a sideways table.
#include <doctest/doctest.h>

#include "read/table_reader.hpp"

using namespace yusuan;

namespace {

ColumnSpec col(const char* key, ColumnRole role, const char* side = "") {
    ColumnSpec c;
    c.key = key;
    c.leaf = key;
    c.role = role;
    c.side = side;
    return c;
}

TableSpec function_table() {
    TableSpec s;
    s.id = "t03";
    s.layout = TableLayout::function_coded;
    s.columns = {col("类", ColumnRole::code1), col("款", ColumnRole::code2), col("项", ColumnRole::code3),
                 col("科目名称", ColumnRole::name), col("合计", ColumnRole::amount), col("基本支出", ColumnRole::amount),
                 col("项目支出", ColumnRole::amount)};
    s.sum_columns = {{"合计", {"基本支出", "项目支出"}}};
    return s;
}

GridRow row(LineNo line, std::vector<std::string> cells) {
    GridRow r;
    r.line = line;
    r.cells = std::move(cells);
    return r;
}

bool has_repair(const std::vector<Repair>& rs, const std::string& kind, LineNo line) {
    for (const Repair& r : rs)
        if (r.kind == kind && r.line == line) return true;
    return false;
}

}  // namespace

TEST_CASE("a 类 cell left blank is carried down from the row above") {
    Grid g;
    g.rows.push_back(row(1, {"类", "款", "项", "科目名称", "合计", "基本支出", "项目支出"}));
    g.rows.push_back(row(2, {"201", "01", "", "人大事务", "4", "4", ""}));
    g.rows.push_back(row(3, {"", "01", "08", "代表工作", "4", "4", ""}));
    Table t;
    std::vector<Repair> rs;
    read_table(g, function_table(), Template{}, t, rs);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].key == "2010108");
}

TEST_CASE("a 科目名称 wrapped onto a line of its own joins the row above") {
    Grid g;
    g.rows.push_back(row(1, {"类", "款", "项", "科目名称", "合计", "基本支出", "项目支出"}));
    g.rows.push_back(row(2, {"232", "04", "11", "国有土地使用权出让金债务付息", "305", "", "305"}));
    g.rows.push_back(row(4, {"", "", "", "支出", "", "", ""}));
    Table t;
    std::vector<Repair> rs;
    read_table(g, function_table(), Template{}, t, rs);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].cell("名称")->text == "国有土地使用权出让金债务付息支出");
    CHECK(has_repair(rs, "wrapped-text", 4));
}

TEST_CASE("a header one cell short of the data is a lost header cell: template columns, reported") {
    Grid g;
    g.rows.push_back(row(1, {"类", "款", "项", "科目名称", "合计", "项目支出"}));  // 基本支出 lost
    g.rows.push_back(row(2, {"201", "", "", "一般公共服务支出", "10", "4", "6"}));
    g.rows.push_back(row(3, {"", "", "", "合计", "10", "4", "6"}));
    Table t;
    std::vector<Repair> rs;
    read_table(g, function_table(), Template{}, t, rs);
    REQUIRE(t.row("201"));
    CHECK(t.row("201")->amount("基本支出") == Decimal::parse("4"));
    CHECK(t.row("201")->amount("项目支出") == Decimal::parse("6"));
    CHECK(has_repair(rs, "lost-header-cell", 1));
}

TEST_CASE("income items nest by indentation where the document does not number them") {
    TableSpec s;
    s.id = "t01";
    s.layout = TableLayout::two_sided;
    s.income_total = "收入总计";
    s.expense_total = "支出总计";
    s.columns = {col("项目", ColumnRole::label, "income"), col("预算数", ColumnRole::amount, "income"),
                 col("科目名称", ColumnRole::name, "expense"), col("预算数", ColumnRole::amount, "expense")};
    Grid g;
    g.rows.push_back(row(1, {"收入"}));  // a merged header printed once: narrower than the data
    g.rows.push_back(row(2, {"项目", "预算数", "科目名称", "预算数"}));
    g.rows.push_back(row(3, {"财政拨款（补助）", "9", "201 一般公共服务支出", "9"}));
    g.rows.push_back(row(4, {"    一般公共预算", "9", "202 外交支出", ""}));
    g.rows.push_back(row(5, {"事业收入", "", "203 国防支出", ""}));
    Table t;
    std::vector<Repair> rs;
    read_table(g, s, Template{}, t, rs);
    const Row* child = t.row("财政拨款（补助）/一般公共预算");
    REQUIRE(child);
    CHECK(child->amount("预算数") == Decimal::parse("9"));
    CHECK(t.row("事业收入"));
}

TEST_CASE("an expense printed by its numbered class name is keyed by its class code") {
    TableSpec s;
    s.id = "t01";
    s.layout = TableLayout::two_sided;
    s.income_total = "收入总计";
    s.expense_total = "支出总计";
    s.columns = {col("项目", ColumnRole::label, "income"), col("预算数", ColumnRole::amount, "income"),
                 col("科目名称", ColumnRole::name, "expense"), col("预算数", ColumnRole::amount, "expense")};
    Template tpl;
    tpl.function_classes = {{"201", "一般公共服务支出"}, {"205", "教育支出"}};
    Grid g;
    g.rows.push_back(row(1, {"项目", "预算数", "科目名称", "预算数"}));
    g.rows.push_back(row(2, {"一、一般公共预算资金", "9", "一、一般公共服务支出", "7"}));
    g.rows.push_back(row(3, {"二、事业收入资金", "", "（二）教育支出", "2"}));
    g.rows.push_back(row(4, {"", "", "三、其他支出", "1"}));
    Table t;
    std::vector<Repair> rs;
    read_table(g, s, tpl, t, rs);
    REQUIRE(t.row("201"));
    CHECK(t.row("201")->amount("预算数") == Decimal::parse("7"));
    CHECK(t.row("201")->side == "expense");
    REQUIRE(t.row("205"));
    CHECK(t.row("205")->amount("预算数") == Decimal::parse("2"));
    CHECK_FALSE(t.row("一般公共服务支出"));
    // The income side and a name that is no class keep their labels.
    CHECK(t.row("一般公共预算资金"));
    CHECK(t.row("三、其他支出"));
}

TEST_CASE("a table printed sideways maps each item to its row, values in 合计") {
    TableSpec s;
    s.id = "t10";
    s.layout = TableLayout::labelled;
    s.transposed = true;
    s.columns = {col("合计", ColumnRole::amount)};
    s.header = {{{"合计", 1, 2}, {"因公出国（境）费", 1, 2}, {"公务接待费", 1, 2}}};
    s.rows = {{"总计", {}}, {"因公出国（境）费用", {"因公出国（境）费"}}, {"公务接待费", {}}};
    Grid g;
    g.rows.push_back(row(1, {"合计", "因公出国（境）费", "公务接待费"}));
    g.rows.push_back(row(2, {"2.19", "0", "2.19"}));
    Table t;
    std::vector<Repair> rs;
    read_table(g, s, Template{}, t, rs);
    REQUIRE(t.row("因公出国（境）费用"));
    CHECK(t.row("因公出国（境）费用")->amount("合计") == Decimal::parse("0"));
    CHECK(t.row("总计")->amount("合计") == Decimal::parse("2.19"));
}
