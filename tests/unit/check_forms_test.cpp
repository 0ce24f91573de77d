// Performance form rules: weights, budget parts, department budget, t07 row, cost indicators.
#include "check_support.hpp"

using namespace yusuan;
using namespace yusuan::test;

namespace {

Cell field(const char* name, const char* value, LineNo line) {
    Cell c;
    c.column = name;
    c.text = value;
    c.amount = Decimal::parse(value);
    c.line = line;
    return c;
}

Indicator indicator(const char* l1, const char* l2, const char* value, const char* weight, LineNo line) {
    Indicator i;
    i.line = line;
    i.cells = {field("一级指标", l1, line), field("二级指标", l2, line), field("三级指标", "指标", line),
               field("指标值", value, line), field("指标分值权重", weight, line)};
    return i;
}

Form project(const char* budget, const char* appropriation, const char* other, std::vector<const char*> weights) {
    Form f;
    f.id = "p01";
    f.line = 100;
    f.info = {field("项目名称", "电子政务维护费", 101), field("年度预算总额", budget, 102),
              field("财政拨款", appropriation, 102), field("其他资金", other, 102)};
    LineNo l = 110;
    for (const char* w : weights) f.indicators.push_back(indicator("产出指标", "数量指标", "≥1次", w, l++));
    return f;
}

Document with_form(Form f) {
    Document d = document({});
    d.forms.push_back(std::move(f));
    return d;
}

}  // namespace

TEST_CASE("perf.weights: indicator weights total 90") {
    CHECK(problems(check(with_form(project("10", "10", "0", {"40", "50"})))) == 0);
    Findings f = check(with_form(project("10", "10", "0", {"40", "46"})));
    const Finding* x = at(f, "p01", "指标", "指标分值权重");
    REQUIRE(x);
    CHECK(x->stated == "86");
    CHECK(x->expected == "90");
    CHECK(x->severity == Severity::error);
}

TEST_CASE("perf.weights: a weight cell holding text (a damaged row) is not totalled") {
    Form p = project("10", "10", "0", {"40", "45"});
    Indicator bad = indicator("产出指标", "数量指标", "≥1次", "/", 120);
    bad.cells.back().amount.reset();
    p.indicators.push_back(bad);
    CHECK_FALSE(at(check(with_form(p)), "p01", "指标", "指标分值权重"));
}

TEST_CASE("perf.budget_parts: 年度预算总额 = 财政拨款 + 其他资金, rounding edge") {
    CHECK_FALSE(at(check(with_form(project("10.00", "6.00", "4.00", {"90"}))), "p01", "基本信息", "年度预算总额"));
    Findings w = check(with_form(project("10.02", "6.00", "4.00", {"90"})));
    REQUIRE(at(w, "p01", "基本信息", "年度预算总额"));
    CHECK(at(w, "p01", "基本信息", "年度预算总额")->severity == Severity::warning);
    Findings e = check(with_form(project("10.03", "6.00", "4.00", {"90"})));
    REQUIRE(at(e, "p01", "基本信息", "年度预算总额"));
    CHECK(at(e, "p01", "基本信息", "年度预算总额")->severity == Severity::error);
}

TEST_CASE("perf.budget_t07: a project's budget is its t07 row") {
    auto doc = [](const char* t07) {
        Row r = row("2010399/电子政务维护费", {{"项目支出合计", t07}}, 3, 40, "2010399");
        Document d = document({table("t07", {r})});
        d.forms.push_back(project("87.74", "87.74", "0", {"90"}));
        return d;
    };
    CHECK_FALSE(at(check(doc("87.74")), "p01", "基本信息", "年度预算总额"));
    Findings e = check(doc("80.00"));
    REQUIRE(at(e, "p01", "基本信息", "年度预算总额"));
    CHECK(at(e, "p01", "基本信息", "年度预算总额")->expected == "80.00");
    Findings w = check(doc("87.73"));
    REQUIRE(at(w, "p01", "基本信息", "年度预算总额"));
    CHECK(at(w, "p01", "基本信息", "年度预算总额")->severity == Severity::warning);
}

TEST_CASE("perf.budget_total: p00 资金总额 is the department budget (t01 收入总计)") {
    auto doc = [](const char* total) {
        Row in = row("收入总计", {{"预算数", "1229.70"}}, 0, 5);
        in.side = "income";
        Document d = document({table("t01", {in})});
        Form p;
        p.id = "p00";
        p.info = {field("本级安排", total, 593), field("资金总额", total, 595)};
        d.forms.push_back(p);
        return d;
    };
    CHECK_FALSE(at(check(doc("1229.70")), "p00", "基本信息", "资金总额"));
    Findings w = check(doc("1229.69"));
    REQUIRE(at(w, "p00", "基本信息", "资金总额"));
    CHECK(at(w, "p00", "基本信息", "资金总额")->severity == Severity::warning);
    Findings e = check(doc("1200.00"));
    REQUIRE(at(e, "p00", "基本信息", "资金总额"));
    CHECK(at(e, "p00", "基本信息", "资金总额")->severity == Severity::error);
}

TEST_CASE("perf.cost: cost indicators in 万元 may not exceed the budget") {
    auto doc = [](const char* cost) {
        Form p = project("10.00", "10.00", "0", {"80"});
        p.indicators.push_back(indicator("成本指标", "经济成本指标", cost, "10", 130));
        return with_form(p);
    };
    CHECK_FALSE(at(check(doc("≤10.00万元")), "p01", "基本信息", "年度预算总额"));   // equal: fine
    CHECK(at(check(doc("≤10.01万元")), "p01", "基本信息", "年度预算总额"));
    CHECK_FALSE(at(check(doc("≤625元/人")), "p01", "基本信息", "年度预算总额"));    // not in 万元
}

TEST_CASE("perf.goal_text: the investment 项目总体目标 states is the form's budget") {
    auto doc = [](const char* goal) {
        Form p = project("0.73", "0.73", "0", {"90"});
        Cell c;
        c.column = "项目总体目标";
        c.text = goal;
        c.line = 103;
        p.info.push_back(c);
        return with_form(p);
    };
    CHECK_FALSE(at(check(doc("本项目预计投入财政资金0.73万元，用于采购。")), "p01", "基本信息", "项目总体目标"));
    CHECK_FALSE(at(check(doc("本项目预计投入财政资金0.725万元，用于采购。")), "p01", "基本信息", "项目总体目标"));
    CHECK(at(check(doc("本项目预计投入财政资金0.80万元，用于采购。")), "p01", "基本信息", "项目总体目标"));
    // a part before any total is not the total
    CHECK_FALSE(at(check(doc("购买服装0.5万元，投入0.73万元。")), "p01", "基本信息", "项目总体目标"));
}
