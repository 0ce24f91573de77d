// Hierarchy, row identities, balances, cross-table identities, rows.missing.
#include "check_support.hpp"

using namespace yusuan;
using namespace yusuan::test;

namespace {

// A t03 whose 201 has two 款 children.
Document t03_doc(const char* parent, const char* total) {
    return document({table("t03", {coded("201", {{"合计", parent}, {"基本支出", parent}}, 10),
                                   coded("20101", {{"合计", "5.00"}, {"基本支出", "5.00"}}, 11),
                                   coded("20102", {{"合计", "5.00"}, {"基本支出", "5.00"}}, 12),
                                   row("总计", {{"合计", total}, {"基本支出", total}}, 0, 13)})});
}

}  // namespace

TEST_CASE("sum.hierarchy: 类 = Σ款 holds") {
    Findings f = check(t03_doc("10.00", "10.00"));
    CHECK(problems(f) == 0);
}

TEST_CASE("sum.hierarchy: a parent that does not add up is an error at the parent cell") {
    Findings f = check(t03_doc("10.50", "10.50"));
    const Finding* x = at(f, "t03", "201", "基本支出");
    REQUIRE(x);
    CHECK(x->severity == Severity::error);
    CHECK(x->stated == "10.50");
    CHECK(x->expected == "10.00");
    CHECK(x->line == 10);
}

TEST_CASE("sum.hierarchy: the rounding edge is 0.01 per summand") {
    // 0.02 off over two summands: rounding warning; 0.03: error.
    Findings warn = check(t03_doc("10.02", "10.02"));
    REQUIRE(at(warn, "t03", "201", "基本支出"));
    CHECK(at(warn, "t03", "201", "基本支出")->severity == Severity::warning);
    Findings err = check(t03_doc("10.03", "10.03"));
    REQUIRE(at(err, "t03", "201", "基本支出"));
    CHECK(at(err, "t03", "201", "基本支出")->severity == Severity::error);
}

TEST_CASE("sum.hierarchy: 总计 = Σ类, label paths in t10") {
    Document ok = document({table("t10", {row("公务接待费", {{"合计", "1.00"}}, 1, 2),
                                          row("公务用车购置及运行维护费", {{"合计", "3.00"}}, 1, 3),
                                          row("公务用车购置及运行维护费/公务用车购置", {{"合计", "1.00"}}, 2, 4),
                                          row("公务用车购置及运行维护费/公务用车运行维护费", {{"合计", "2.00"}}, 2, 5),
                                          row("总计", {{"合计", "4.00"}}, 0, 6)})});
    CHECK(problems(check(ok)) == 0);
    ok.tables[0].rows[1].cells[0].amount = Decimal::parse("3.50");
    Findings f = check(ok);
    CHECK(at(f, "t10", "公务用车购置及运行维护费", "合计"));
    CHECK(at(f, "t10", "总计", "合计"));
}

TEST_CASE("rows.missing: a 项 printed without its 款 makes the 类 incomplete, not a wrong total per column") {
    Document d = document({table("t02", {coded("229", {{"总计", "122"}, {"一般公共预算", "122"}}, 5),
                                         coded("2299999", {{"总计", "122"}, {"一般公共预算", "122"}}, 7),
                                         row("总计", {{"总计", "122"}, {"一般公共预算", "122"}}, 0, 9)})});
    Findings f = check(d);
    const Finding* x = at(f, "t02", "229", "");
    REQUIRE(x);
    CHECK(x->rule == "rows.missing");
    CHECK_FALSE(at(f, "t02", "229", "总计"));
}

TEST_CASE("rows.missing: where the reader marks lost rows, the open parents say so") {
    Document d = document({table("t03", {coded("215", {{"合计", "30"}}, 10), coded("21502", {{"合计", "20"}}, 11),
                                         coded("2150201", {{"合计", "10"}}, 12),
                                         row("总计", {{"合计", "30"}}, 0, 20)})});
    // without the mark: plain sums
    Findings plain = check(d);
    CHECK(at(plain, "t03", "21502", "合计"));
    d.repairs.push_back({"lost-rows", 13, "(page break)", "rows lost", "t03", "", ""});
    Findings f = check(d);
    CHECK(at(f, "t03", "21502", ""));
    CHECK(at(f, "t03", "215", ""));
    CHECK_FALSE(at(f, "t03", "21502", "合计"));
}

TEST_CASE("sum.columns: 合计 = 基本支出 + 项目支出 per row, at the rounding edge") {
    auto doc = [](const char* total) {
        return document({table("t05", {coded("201", {{"合计", total}, {"基本支出", "1.00"}, {"项目支出", "2.00"}}, 3),
                                       row("总计", {{"合计", total}, {"基本支出", "1.00"}, {"项目支出", "2.00"}}, 0, 4)})});
    };
    CHECK(problems(check(doc("3.00"))) == 0);
    Findings w = check(doc("3.02"));
    REQUIRE(at(w, "t05", "201", "合计"));
    CHECK(at(w, "t05", "201", "合计")->severity == Severity::warning);
    Findings e = check(doc("3.10"));
    REQUIRE(at(e, "t05", "201", "合计"));
    CHECK(at(e, "t05", "201", "合计")->severity == Severity::error);
    CHECK(at(e, "t05", "201", "合计")->expected == "3.00");
}

TEST_CASE("sum.columns: a blank subtotal is replaced by its parts; a table without the parts is not checked") {
    // t02 总计 = 财政拨款小计 + …; 小计 blank, its part 一般公共预算 printed.
    Document d = document({table("t02", {coded("201", {{"总计", "5"}, {"一般公共预算", "5"}}, 3),
                                         row("总计", {{"总计", "5"}, {"财政拨款小计", "5"}, {"一般公共预算", "5"}}, 0, 4)})});
    Findings f = check(d);
    CHECK_FALSE(at(f, "t02", "201", "总计"));
    CHECK(at(f, "t02", "201", "财政拨款小计"));   // blank 小计 between 总计 5 and its parts 5
    // a row that prints no total at all states nothing
    Document bare = document({table("t02", {coded("201", {{"一般公共预算", "5"}}, 3)})});
    CHECK_FALSE(at(check(bare), "t02", "201", "财政拨款小计"));
    CHECK_FALSE(at(check(bare), "t02", "201", "总计"));
    // t10 printing 合计 only (2021 style): no row identity
    Document t10 = document({table("t10", {row("公务接待费", {{"合计", "1"}}, 1, 2), row("总计", {{"合计", "1"}}, 0, 3)})});
    CHECK(problems(check(t10)) == 0);
}

TEST_CASE("sum.balance: t01 收入总计 = 支出总计, at the expense total") {
    auto doc = [](const char* expense) {
        Row in = row("收入总计", {{"预算数", "100.00"}}, 0, 5);
        in.side = "income";
        Row i1 = row("本年收入", {{"预算数", "100.00"}}, 1, 2);
        i1.side = "income";
        Row ex = row("支出总计", {{"预算数", expense}}, 0, 5);
        ex.side = "expense";
        Row e1 = coded("201", {{"预算数", expense}}, 2);
        e1.side = "expense";
        return document({table("t01", {i1, e1, in, ex})});
    };
    CHECK(problems(check(doc("100.00"))) == 0);
    Findings w = check(doc("100.01"));
    REQUIRE(at(w, "t01", "支出总计", "预算数"));
    CHECK(at(w, "t01", "支出总计", "预算数")->severity == Severity::warning);
    Findings e = check(doc("101.00"));
    REQUIRE(at(e, "t01", "支出总计", "预算数"));
    CHECK(at(e, "t01", "支出总计", "预算数")->severity == Severity::error);
}

TEST_CASE("cross: t05 基本支出 = t06 总计, reported in the later table") {
    auto doc = [](const char* t06) {
        return document({table("t05", {coded("201", {{"合计", "10.00"}, {"基本支出", "10.00"}}, 3),
                                       row("总计", {{"合计", "10.00"}, {"基本支出", "10.00"}}, 0, 4)}),
                         table("t06", {coded("301", {{"合计", t06}, {"人员经费", t06}}, 8),
                                       row("总计", {{"合计", t06}, {"人员经费", t06}}, 0, 9)})});
    };
    CHECK(problems(check(doc("10.00"))) == 0);
    Findings w = check(doc("10.01"));
    REQUIRE(at(w, "t06", "总计", "合计"));
    CHECK(at(w, "t06", "总计", "合计")->severity == Severity::warning);
    Findings e = check(doc("12.00"));
    REQUIRE(at(e, "t06", "总计", "合计"));
    CHECK(at(e, "t06", "总计", "合计")->severity == Severity::error);
    CHECK(at(e, "t06", "总计", "合计")->expected == "10.00");
}

TEST_CASE("cross: tables printed to different precisions agree to the coarser one") {
    auto doc = [](const char* t10) {
        return document({table("t06", {coded("302", {{"合计", "54"}}, 3), coded("30231", {{"合计", "54"}}, 4),
                                       row("总计", {{"合计", "54"}}, 0, 5)}),
                         table("t10", {row("公务用车购置及运行维护费", {{"合计", t10}}, 1, 8),
                                       row("公务用车购置及运行维护费/公务用车运行维护费", {{"合计", t10}}, 2, 9),
                                       row("总计", {{"合计", t10}}, 0, 10)})});
    };
    CHECK_FALSE(at(check(doc("54.15")), "t10", "公务用车购置及运行维护费/公务用车运行维护费", "合计"));
    CHECK(at(check(doc("55.15")), "t10", "公务用车购置及运行维护费/公务用车运行维护费", "合计"));
}

TEST_CASE("cross rows: t03 合计 = t02 总计 code by code") {
    auto doc = [](const char* t03) {
        return document({table("t02", {coded("2010101", {{"总计", "40"}, {"财政拨款小计", "40"}, {"一般公共预算", "40"}}, 3)}),
                         table("t03", {coded("2010101", {{"合计", t03}, {"基本支出", t03}}, 8)})});
    };
    CHECK(problems(check(doc("40"))) == 0);
    Findings e = check(doc("39"));
    REQUIRE(at(e, "t03", "2010101", "合计"));
    CHECK(at(e, "t03", "2010101", "合计")->expected == "40");
    CHECK(at(e, "t03", "2010101", "合计")->severity == Severity::error);
}

TEST_CASE("names: one code printed with different names") {
    auto doc = [](const char* name) {
        return document({table("t02", {coded("2010101", {{"总计", "1"}, {"财政拨款小计", "1"}, {"一般公共预算", "1"}}, 3, "行政运行")}),
                         table("t03", {coded("2010101", {{"合计", "1"}, {"基本支出", "1"}}, 8, name)}),
                         table("t05", {coded("2010101", {{"合计", "1"}, {"基本支出", "1"}}, 9, "行政运行")})});
    };
    CHECK(problems(check(doc("行政运行"))) == 0);
    CHECK(problems(check(doc("行政 运行"))) == 0);   // spacing is not a different name
    Findings f = check(doc("行政运费"));
    const Finding* x = at(f, "names", "2010101", "名称");
    REQUIRE(x);
    CHECK(x->expected == "行政运行");
    CHECK(x->line == 8);
}

TEST_CASE("a template without rules.toml still checks its hierarchies") {
    Template bare = tpl2026();
    bare.rules_path.clear();
    Document d = document({table("t03", {coded("201", {{"合计", "10.50"}}, 10), coded("20101", {{"合计", "5.00"}}, 11),
                                         coded("20102", {{"合计", "5.00"}}, 12)})});
    Findings f = check_document(d, bare);
    CHECK(at(f, "t03", "201", "合计"));
}

TEST_CASE("cross: t11 总计 = t06 30227 only where no project is printed") {
    auto doc = [](bool projects) {
        std::vector<Table> ts{table("t06", {coded("302", {{"合计", "3"}}, 3), coded("30227", {{"合计", "3"}}, 4),
                                            row("总计", {{"合计", "3"}}, 0, 5)}),
                              table("t11", {row("委托项目", {{"合计", "5"}}, 1, 8), row("总计", {{"合计", "5"}}, 0, 9)})};
        if (projects) ts.push_back(table("t07", {row("2010399/项目", {{"项目支出合计", "2"}}, 3, 12, "2010399")}));
        return document(ts);
    };
    CHECK(at(check(doc(false)), "t11", "总计", "合计"));
    CHECK_FALSE(at(check(doc(true)), "t11", "总计", "合计"));
}

TEST_CASE("value.unreadable: a figure too long for the exact type is reported, not summed") {
    auto doc = [](const char* figure) {
        Row c1 = coded("20101", {{"合计", figure}}, 11);
        Row c2 = coded("20102", {{"合计", "1.00"}}, 12);
        return document({table("t05", {coded("201", {{"合计", "2.00"}}, 10), c1, c2})});
    };
    CHECK(problems(check(doc("1.00"))) == 0);
    Row wide = coded("20101", {{"合计", "1234567890123456789012345678901234567890.00"}}, 11);
    REQUIRE_FALSE(wide.cells.front().amount);   // the parser refuses it
    Findings f = check(doc("1234567890123456789012345678901234567890.00"));
    const Finding* x = at(f, "t05", "20101", "合计");
    REQUIRE(x);
    CHECK(x->rule == "value.unreadable");
    CHECK(x->severity == Severity::error);
    CHECK(x->line == 11);
    // text that is not a figure (a name in an amount column) is not this rule's
    CHECK(!at(check(doc("见附表")), "t05", "20101", "合计"));
}

TEST_CASE("cross rows: a source table printed without the column says nothing about it") {
    auto t04 = [](const char* column) {
        Row r = coded("201", {{column, "40"}}, 3);
        r.side = "expense";
        return table("t04", {r});
    };
    auto doc = [&](const char* column) {
        return document({t04(column), table("t05", {coded("201", {{"合计", "39"}, {"基本支出", "39"}}, 8)})});
    };
    REQUIRE(at(check(doc("一般公共预算")), "t05", "201", "合计"));   // printed and different: reported
    CHECK_FALSE(at(check(doc("合计")), "t05", "201", "合计"));      // no 一般公共预算 column at all: not compared
}
