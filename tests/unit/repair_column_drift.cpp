// Figures of one column read into a sibling column on some pages
// (space-aligned text): merged by the column totals, where most were read.
// And a subtotal of numbered income items printed below them is their parent.
#include <doctest/doctest.h>

#include "read/repair_column_drift.hpp"
#include "read/repair_column_income.hpp"
#include "read/table_reader.hpp"

using namespace yusuan;

namespace {

Row coded(const std::string& code, LineNo line, std::vector<std::pair<std::string, const char*>> figures) {
    Row r;
    r.code = code;
    r.key = code;
    r.line = line;
    for (auto& [col, v] : figures) r.cells.push_back({col, v, Decimal::parse(v), line});
    return r;
}

const std::map<std::string, std::vector<std::string>> sums = {
    {"财政拨款小计", {"一般公共预算", "上级一般公共预算安排的转移支付"}}};

Table drifted() {
    Table t;
    t.id = "t02";
    t.columns = {"财政拨款小计", "一般公共预算", "上级一般公共预算安排的转移支付"};
    // page 1: under 一般公共预算; page 2 (and the total row): one column to the right
    t.rows.push_back(coded("201", 10, {{"财政拨款小计", "100.00"}, {"一般公共预算", "100.00"}}));
    t.rows.push_back(coded("208", 12, {{"财政拨款小计", "20.00"}, {"一般公共预算", "20.00"}}));
    t.rows.push_back(coded("210", 14, {{"财政拨款小计", "10.00"}, {"一般公共预算", "10.00"}}));
    t.rows.push_back(coded("221", 30, {{"财政拨款小计", "5.00"}, {"上级一般公共预算安排的转移支付", "5.00"}}));
    Row total = coded("", 32, {{"财政拨款小计", "135.00"}, {"上级一般公共预算安排的转移支付", "135.00"}});
    total.key = "总计";
    total.kind = RowKind::total;
    t.rows.push_back(total);
    return t;
}

}  // namespace

TEST_CASE("drifted column: merged where most figures were read, every moved cell reported") {
    Table t = drifted();
    std::vector<Repair> rs = merge_drifted_columns(t, sums);
    CHECK(rs.size() == 2);
    CHECK(t.rows[3].amount("一般公共预算") == Decimal::parse("5.00"));
    CHECK_FALSE(t.rows[3].amount("上级一般公共预算安排的转移支付"));
    CHECK(t.rows[4].amount("一般公共预算") == Decimal::parse("135.00"));
    CHECK(rs[0].kind == "other");
    CHECK(rs[0].line == 30);
}

TEST_CASE("drifted column: left alone when the total row has both columns or the totals do not hold") {
    Table both = drifted();
    both.rows[4].cells.push_back({"一般公共预算", "130.00", Decimal::parse("130.00"), 32});
    CHECK(merge_drifted_columns(both, sums).empty());
    CHECK(both.rows[3].amount("上级一般公共预算安排的转移支付"));

    Table off = drifted();
    off.rows[4].cells[1].amount = Decimal::parse("200.00");  // Σ 类 rows is 135.00
    CHECK(merge_drifted_columns(off, sums).empty());
}

TEST_CASE("a subtotal printed below the numbered income items is their parent") {
    TableSpec s;
    s.id = "t01";
    s.layout = TableLayout::two_sided;
    s.income_total = "收入总计";
    s.expense_total = "支出总计";
    auto col = [](const char* key, ColumnRole role, const char* side) {
        ColumnSpec c;
        c.key = key;
        c.leaf = key;
        c.role = role;
        c.side = side;
        return c;
    };
    s.columns = {col("项目", ColumnRole::label, "income"), col("预算数", ColumnRole::amount, "income"),
                 col("科目名称", ColumnRole::name, "expense"), col("预算数", ColumnRole::amount, "expense")};
    Grid g;
    auto row = [](LineNo line, std::vector<std::string> cells) {
        GridRow r;
        r.line = line;
        r.cells = std::move(cells);
        return r;
    };
    g.rows = {row(1, {"项目", "预算数", "科目名称", "预算数"}),
              row(2, {"一、一般公共预算拨款收入", "90.00", "", ""}),
              row(3, {"二、其他收入", "10.00", "", ""}),
              row(4, {"本年收入合计", "100.00", "本年支出合计", "100.00"}),
              row(5, {"上年结转结余", "", "", ""}),
              row(6, {"收入总计", "100.00", "支出总计", "100.00"})};
    Template tpl;
    Table out;
    out.id = "t01";
    std::vector<Repair> rs;
    read_table(g, s, tpl, out, rs);
    CHECK(out.row("本年收入"));
    CHECK(out.row("本年收入/一般公共预算拨款收入"));
    CHECK(out.row("本年收入/其他收入"));
    CHECK(out.row("上年结转结余"));  // after the subtotal: top level again
    CHECK(out.row("收入总计"));
}

TEST_CASE("a column read one column off is placed by the income table when nothing else can tell") {
    TableSpec s;
    s.id = "t02";
    s.layout = TableLayout::function_coded;
    auto amount = [](const char* key, std::vector<std::string> aliases = {}) {
        ColumnSpec c;
        c.key = key;
        c.leaf = key;
        c.role = ColumnRole::amount;
        c.aliases = std::move(aliases);
        return c;
    };
    s.columns = {amount("总计"), amount("财政拨款小计"), amount("财政专户", {"财政专户管理资金"}), amount("单位资金")};
    s.sum_columns = {{"总计", {"财政拨款小计", "财政专户", "单位资金"}}};
    TableSpec income;
    income.id = "t01";
    income.layout = TableLayout::two_sided;
    Template tpl;
    tpl.tables = {income, s};

    Table t;
    t.id = "t02";
    t.columns = {"总计", "财政拨款小计", "财政专户", "单位资金"};
    t.rows.push_back(coded("201", 10, {{"总计", "11.78"}, {"财政拨款小计", "10.00"}, {"财政专户", "1.78"}}));
    Row total = coded("", 20, {{"总计", "11.78"}, {"财政拨款小计", "10.00"}, {"财政专户", "1.78"}});
    total.key = "总计";
    total.kind = RowKind::total;
    t.rows.push_back(total);

    Table t01;
    t01.id = "t01";
    Row unit;
    unit.side = "income";
    unit.key = "本年收入/单位资金";
    unit.label = "2.单位资金";
    unit.cells.push_back({"预算数", "1.78", Decimal::parse("1.78"), 3});
    t01.rows.push_back(unit);

    std::vector<Table> tables = {t01};
    std::vector<Repair> rs = place_by_income_rows(t, s, tables, tpl);
    CHECK(rs.size() == 2);
    CHECK(t.rows[0].amount("单位资金") == Decimal::parse("1.78"));
    CHECK_FALSE(t.rows[0].amount("财政专户"));

    // The income table naming 财政专户 with this figure: nothing moves.
    Table t2 = t;
    for (Row& r : t2.rows)
        for (Cell& c : r.cells)
            if (c.column == "单位资金") c.column = "财政专户";
    tables[0].rows[0].label = "财政专户管理资金收入";
    CHECK(place_by_income_rows(t2, s, tables, tpl).empty());
}
