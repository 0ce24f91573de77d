// Figures of one column read into a sibling column on some pages
// (space-aligned text): merged by the column totals, where most were read.
// And a subtotal of numbered income items printed below them is their parent.
#include <doctest/doctest.h>

#include "read/repair_column_drift.hpp"
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
