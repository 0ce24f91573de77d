#include <doctest/doctest.h>

#include <algorithm>

#include "read/table_reader.hpp"
#include "test_support.hpp"

using namespace yusuan;

namespace {
std::string amount(const Table& t, const std::string& row, const std::string& col) {
    const Row* r = t.row(row);
    if (!r) return "<no row>";
    auto a = r->amount(col);
    return a ? a->to_string() : "<blank>";
}
}  // namespace

TEST_CASE("header mapping by text: a leaf repeated under two groups takes the next column") {
    Document d = test::read_text(
        "上年结转结余情况表\n"
        "项目\t合计\t财政拨款\t\t\t\t非财政拨款\t\t\t\n"
        "\t\t小计\t基本支出\t\t项目支出\t小计\t基本支出\t\t项目支出\n"
        "\t\t\t人员经费\t公用经费\t\t\t人员经费\t公用经费\t\n"
        "总计\t9.00\t6.00\t1.00\t2.00\t3.00\t3.00\t1.00\t1.00\t1.00\n");
    const Table* t = d.table("t12");
    REQUIRE(t);
    CHECK(amount(*t, "总计", "财政拨款小计") == "6.00");
    CHECK(amount(*t, "总计", "非财政拨款小计") == "3.00");
    CHECK(amount(*t, "总计", "非财政拨款人员经费") == "1.00");
    CHECK(amount(*t, "总计", "财政拨款项目支出") == "3.00");
}

TEST_CASE("wrapped header words map by text, not position alone") {
    Document d = test::read_text(
        "部门收入总体情况表\n"
        "科目代码\t\t\t科目名称\t总计\t财政拨款（补助）\t\t财政专户 （教育收 费）\t单位资金\n"
        "类\t款\t项\t\t\t财政拨款 （补助）小 计\t一般公共 预算\t\t\n"
        "201\t\t\t一般公共服务支出\t3.00\t2.00\t2.00\t\t1.00\n"
        "\t04\t\t发展与改革事务\t3.00\t2.00\t2.00\t\t1.00\n"
        "\t\t\t总计\t3.00\t2.00\t2.00\t\t1.00\n");
    const Table* t = d.table("t02");
    REQUIRE(t);
    CHECK(amount(*t, "201", "单位资金") == "1.00");
    CHECK(amount(*t, "201", "财政拨款小计") == "2.00");
    CHECK(amount(*t, "20104", "总计") == "3.00");  // 类 code carried down
    CHECK(amount(*t, "总计", "一般公共预算") == "2.00");
    CHECK(t->row("20104")->cell("名称")->text == "发展与改革事务");
}

TEST_CASE("code and name glued in one cell, bold markup, header printed again on a new page") {
    Document d = test::read_text(
        "一般公共预算基本支出情况表\n"
        "科目\t\t一般公共预算基本支出\t\t\n"
        "科目代码\t科目名称\t合计\t人员经费\t公用经费\n"
        "类\t款\t\t\t\n"
        "<b>301</b>\t<b>工资福利支出</b>\t<b>1,000.50</b>\t<b>1,000.50</b>\t\n"
        "301\t01 基本工资\t1000.50\t1000.50\t\n"
        "科目代码\t科目名称\t合计\t人员经费\t公用经费\n"
        "302\t01 办公费\t2.00\t\t2.00\n"
        "\t<b>总计</b>\t1002.50\t1000.50\t2.00\n");
    const Table* t = d.table("t06");
    REQUIRE(t);
    CHECK(amount(*t, "301", "合计") == "1000.50");
    CHECK(amount(*t, "30101", "人员经费") == "1000.50");
    CHECK(t->row("30101")->cell("名称")->text == "基本工资");
    CHECK(amount(*t, "30201", "公用经费") == "2.00");
    CHECK(amount(*t, "总计", "合计") == "1002.50");
    CHECK(t->rows.size() == 4);
}

TEST_CASE("two-sided t01: income labels nest by numbering; expense codes split from names") {
    Document d = test::read_text(
        "部门收支总体情况表\n"
        "收入\t\t支出\t\n"
        "项目\t预算数\t科目名称\t预算数\n"
        "一、本年收入\t5.00\t201 一般公共服务支出\t5.00\n"
        "1. 一般公共预算拨款\t5.00\t202 外交支出\t\n"
        "其中：一般财力\t5.00\t\t\n"
        "上级一般公共预算安排转移支付\t\t\t\n"
        "二、上年结转结余\t\t\t\n"
        "收入总计\t5.00\t支出总计\t5.00\n");
    const Table* t = d.table("t01");
    REQUIRE(t);
    CHECK(amount(*t, "本年收入/一般公共预算拨款/一般财力", "预算数") == "5.00");
    CHECK(amount(*t, "收入总计", "预算数") == "5.00");
    CHECK(amount(*t, "支出总计", "预算数") == "5.00");
    CHECK(amount(*t, "201", "预算数") == "5.00");
    REQUIRE(t->row("202"));
    CHECK(t->row("202")->cell("名称")->text == "外交支出");  // a name fact even with no amount
    CHECK(numbering_level("一、本年收入") == 1);
    CHECK(numbering_level("1. 一般公共预算拨款") == 2);
    CHECK(numbering_level("（1）一般公共预算拨款") == 2);
    CHECK(numbering_level("其中：一般财力") == 0);
    CHECK(strip_label("其中：一般财力") == "一般财力");
    CHECK(strip_label("一、 本年收入") == "本年收入");
}

TEST_CASE("a table declared empty is empty, not missing") {
    Document d = test::read_text(
        "政府性基金预算支出情况表\n"
        "科目代码\t\t\t科目名称\t合计\t基本支出\t\t项目支出\n"
        "类\t款\t项\t\t\t人员经费\t公用经费\t\n"
        "\t\t\t总计\t\t\t\t\n"
        "本单位没有政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。\n");
    const Table* t = d.table("t08");
    REQUIRE(t);
    CHECK(t->declared_empty);
    CHECK(t->empty_statement_line == 5);
    for (const Row& r : t->rows) CHECK(r.cells.empty());
}

TEST_CASE("t07: project rows keyed code/project, the unit row 单位/name") {
    Document d = test::read_text(
        "一般公共预算项目支出情况表\n"
        "科目代码\t\t\t科目名称\t项目名称\t项目支出 合计\t商品和服 务支出\n"
        "类\t款\t项\t\t\t\t\n"
        "\t\t\t某某局\t\t5.00\t5.00\n"
        "201\t03\t99\t其他支出\t电子 政务费\t5.00\t5.00\n"
        "\t\t\t总计\t\t5.00\t5.00\n");
    const Table* t = d.table("t07");
    REQUIRE(t);
    CHECK(amount(*t, "单位/某某局", "项目支出合计") == "5.00");
    CHECK(amount(*t, "2010399/电子政务费", "商品和服务支出") == "5.00");
    CHECK(t->row("单位/某某局")->cell("名称") == nullptr);
}

TEST_CASE("figures on a line with no code or label are reported, not placed") {
    Document d = test::read_text(
        "一般公共预算支出情况表\n"
        "科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出\n"
        "类\t款\t项\t\t\t\t\n"
        "201\t\t\t一般公共服务支出\t3.00\t3.00\t\n"
        "\t\t\t\t7.00\t\t\n");
    const Table* t = d.table("t05");
    REQUIRE(t);
    CHECK(t->rows.size() == 1);
    const auto r = std::find_if(d.repairs.begin(), d.repairs.end(), [](const Repair& x) { return x.kind == "unplaced"; });
    REQUIRE(r != d.repairs.end());
    CHECK(r->line == 5);
    CHECK(r->raw == "合计 7.00");
}
