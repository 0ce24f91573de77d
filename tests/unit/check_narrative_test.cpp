// Narrative figures and text rules on synthetic paragraphs.
#include <algorithm>
#include <cstdio>

#include "check_support.hpp"

using namespace yusuan;
using namespace yusuan::test;

namespace {

Document narrative(std::vector<std::string> lines, std::vector<Table> tables = {}) {
    Document d = document(std::move(tables));
    LineNo n = 100;
    for (std::string& l : lines) d.paragraphs.push_back({n++, std::move(l), "第三部分"});
    return d;
}

std::vector<Table> budget_tables(const char* total) {
    Row in = row("收入总计", {{"预算数", total}}, 0, 5);
    in.side = "income";
    Row ex = row("支出总计", {{"预算数", total}}, 0, 5);
    ex.side = "expense";
    return {table("t01", {in, ex}),
            table("t05", {coded("208", {{"合计", "20.00"}}, 30, "社会保障和就业支出"),
                          coded("20805", {{"合计", "20.00"}}, 31, "行政事业单位养老支出"),
                          coded("2080505", {{"合计", "20.00"}}, 32, "机关事业单位基本养老保险缴费支出"),
                          row("总计", {{"合计", "20.00"}}, 0, 33)})};
}

}  // namespace

TEST_CASE("narrative.amount: a figure with a known subject is its table cell") {
    const char* line = "2026年，本部门预算绩效管理整体预算绩效目标1个，涉及预算金额 %s 万元。";
    auto doc = [&](const char* figure) {
        char buf[256];
        std::snprintf(buf, sizeof buf, line, figure);
        return narrative({buf}, budget_tables("1229.70"));
    };
    CHECK(problems(check(doc("1,229.70"))) == 0);
    Findings w = check(doc("1,229.69"));
    const Finding* x = at(w, "text", "100", "1229.69");
    REQUIRE(x);
    CHECK(x->severity == Severity::warning);
    CHECK(x->expected == "1229.70");
    Findings e = check(doc("1,200.00"));
    REQUIRE(at(e, "text", "100", "1200.00"));
    CHECK(at(e, "text", "100", "1200.00")->severity == Severity::error);
}

TEST_CASE("narrative.amount: a 类/款/项 path resolves by name; an unknown name is not guessed") {
    auto doc = [](const char* text) { return narrative({text}, budget_tables("20.00")); };
    CHECK(problems(check(doc("1. 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）："
                             "2026年预算数为20.00万元。"))) == 0);
    Findings e = check(doc("1. 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）："
                           "2026年预算数为21.00万元。"));
    REQUIRE(at(e, "text", "100", "21.00"));
    CHECK(problems(check(doc("1. 社会保障和就业支出（类）行政事业单位养老支出（款）别的支出（项）：2026年预算数为21.00万元。"))) == 0);
}

TEST_CASE("narrative.share: a share is its amount over the section's base, to the printed precision") {
    auto doc = [](const char* share) {
        return narrative({"二、关于2026年收入预算情况说明",
                          "部门收入预算 1,229.70 万元，其中：",
                          std::string("一般公共预算 1,069.18 万元，占 ") + share + "。"});
    };
    CHECK(problems(check(doc("86.95%"))) == 0);   // 86.946…
    Findings w = check(doc("86.94%"));            // truncated: another rounding
    REQUIRE(at(w, "text", "102", "86.94%"));
    CHECK(at(w, "text", "102", "86.94%")->severity == Severity::warning);
    Findings e = check(doc("88.95%"));
    REQUIRE(at(e, "text", "102", "88.95%"));
    CHECK(at(e, "text", "102", "88.95%")->severity == Severity::error);
    CHECK(at(e, "text", "102", "88.95%")->expected == "86.95%");
}

TEST_CASE("narrative.change: growth = change / (amount − change)") {
    auto doc = [](const char* text) { return narrative({text}); };
    CHECK(problems(check(doc("基本支出 1,229.70 万元，比上年预算增加 98.28 万元，增长 8.69%。"))) == 0);
    CHECK(problems(check(doc("基本支出 14.69万元；比上年预算数减少2.26万元，下降13%。"))) == 0);
    Findings e = check(doc("基本支出 14.69万元；比上年预算数减少2.26万元，下降18%。"));
    REQUIRE(at(e, "text", "100", "18%"));
    CHECK(at(e, "text", "100", "18%")->expected == "13%");
    Findings w = check(doc("基本支出 1,229.70 万元，比上年预算增加 98.28 万元，增长 8.68%。"));   // 8.686…
    REQUIRE(at(w, "text", "100", "8.68%"));
    CHECK(at(w, "text", "100", "8.68%")->severity == Severity::warning);
    // growth from nothing is not computable
    CHECK(problems(check(doc("职业年金 42.81万元，比上年预算增加42.81万元，增长100.00%。"))) == 0);
}

TEST_CASE("text.direction: the percentage's word must agree with the change's") {
    auto doc = [](const char* text) { return narrative({text}); };
    CHECK(problems(check(doc("机关服务 37万元，比上年预算数减少11万元，下降22.92%。"))) == 0);
    Findings e = check(doc("机关服务 37万元，比上年预算数减少11万元，增长22.92%。"));
    REQUIRE(at(e, "text", "100", "增长"));
    CHECK_FALSE(at(e, "text", "100", "22.92%"));   // the figure itself follows from the amounts
    Findings p = check(doc("三公经费 5万元，与上年持平，比上年增加1万元。"));
    CHECK(at(p, "text", "100", "持平"));
}

TEST_CASE("narrative.amount: a project's 资金分配 total is its 预算安排规模") {
    auto doc = [](const char* total) {
        return narrative({"（二）项目名称：运行补助经费", "预算安排规模：67.78万元",
                          std::string("资金分配情况：本项目资金共计") + total + "万元，主要用于：1.互联网费用4.8万元。"});
    };
    CHECK(problems(check(doc("67.78"))) == 0);
    Findings e = check(doc("50"));
    REQUIRE(at(e, "text", "102", "50"));
    CHECK(at(e, "text", "102", "50")->severity == Severity::error);
    Findings w = check(doc("67.77"));
    REQUIRE(at(w, "text", "102", "67.77"));
    CHECK(at(w, "text", "102", "67.77")->severity == Severity::warning);
}

TEST_CASE("text.year: a budget-year figure labelled with another year") {
    auto doc = [](const char* bad) {
        return narrative({"2026年财政拨款收支总预算 10 万元。", "1、行政运行（项）：2026年预算数为5万元。",
                          std::string("2、事业运行（项）：") + bad + "年预算数为5万元。",
                          "主要原因是2025年财政没有安排此类支出，比2025年预算数增加。", "截至2025年底，资产如下。"});
    };
    CHECK(problems(check(doc("2026"))) == 0);
    Findings e = check(doc("2025"));
    REQUIRE(at(e, "text", "102", "2025"));
    CHECK(problems(e) == 1);
}

TEST_CASE("text.placeholder: template text left in") {
    CHECK(problems(check(narrative({"XX局2026年部门预算。"}))) == 1);
    CHECK(at(check(narrative({"XX局2026年部门预算。"})), "text", "100", "XX局"));
    CHECK(problems(check(narrative({"型号 XXL 的服装。"}))) == 0);
    CHECK(problems(check(narrative({"本局2026年部门预算。"}))) == 0);
}

TEST_CASE("table.missing and table.empty") {
    Row in = row("收入总计", {{"预算数", "1"}}, 0, 5);
    in.side = "income";
    Document d = document({table("t01", {in})});
    d.contents.push_back({"t02", "二、部门收入总体情况表", 17});
    Findings f = check(d);
    REQUIRE(at(f, "t02", "", ""));
    CHECK(at(f, "t02", "", "")->line == 17);
    CHECK(at(f, "t02", "", "")->severity == Severity::error);   // the document's own list
    CHECK_FALSE(at(f, "t01", "", ""));
    // without a contents list only the template expects the table: a warning
    Document bare = document({table("t01", {in})});
    bare.contents.clear();
    const Findings g = check(bare);
    REQUIRE(at(g, "t02", "", ""));
    CHECK(at(g, "t02", "", "")->severity == Severity::warning);
    // a document whose tables did not read at all is a read failure, not missing tables
    Document unread = document({table("t01", {})});
    unread.contents.push_back({"t02", "二、部门收入总体情况表", 17});
    CHECK_FALSE(at(check(unread), "t02", "", ""));

    Table empty = table("t08", {row("总计", {{"合计", "0.00"}}, 0, 5)});
    empty.declared_empty = true;
    CHECK(problems(check(document({empty}))) == 0);
    empty.rows[0].cells[0].amount = Decimal::parse("3.00");
    CHECK(at(check(document({empty})), "t08", "", ""));
}

TEST_CASE("text.punctuation is info only") {
    Findings f = check(narrative({"本年度预算如下。。"}));
    CHECK(problems(f) == 0);
    CHECK(std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "text.punctuation"; }));
}

TEST_CASE("narrative.change: a stated prior-year amount is the base") {
    auto doc = [](const char* pct) {
        return narrative({std::string("委托业务费财政拨款预算为1,423.17万元，比上年预算（注：上年1,367.19万元）增加55.98万元，增长") +
                          pct + "。"});
    };
    CHECK(problems(check(doc("4.09%"))) == 0);
    CHECK(at(check(doc("4.27%")), "text", "100", "4.27%"));
}

TEST_CASE("narrative: a sentence wrapped over two lines is read whole, reported on its own line") {
    auto doc = [](const char* pct) {
        return narrative({"公务用车运行维护费6.7万元，比上年减", std::string("少2.3万元，下降") + pct + "，主要原因是厉行节约。"});
    };
    CHECK(problems(check(doc("25.6%"))) == 0);   // 2.3 / 9.0
    Findings e = check(doc("50.0%"));
    REQUIRE(at(e, "text", "101", "50.0%"));
    CHECK(at(e, "text", "101", "50.0%")->expected == "25.6%");
}

TEST_CASE("text rules: hedged 持平, cited titles and deletion notes") {
    CHECK(problems(check(narrative({"三公经费699.13万元，比上年减少1.29万元，下降0.2%，主要原因是与上年基本持平。"}))) == 0);
    CHECK(problems(check(narrative({"根据《关于明确2025年部门预算公车统管费用编报程序的通知》，实施公车统管。",
                                    "2026年部门预算安排如下。"}))) == 0);
    CHECK(at(check(narrative({"比上年预算（注：上年10万元，公开时请删除注释）增加1万元。"})), "text", "100", "公开时请删除"));
    CHECK(at(check(narrative({"3.收支预算增加（减少）的主要原因。"})), "text", "100", "增加（减少）"));
}

TEST_CASE("narrative.change: a percentage printed as an amount after its change") {
    auto doc = [](const char* pct) {
        return narrative({std::string("事业运行（项）2026年预算数为127万元，比上年预算数减少106万元。减少") + pct + "万元。"});
    };
    CHECK(problems(check(doc("45.49"))) == 0);
    Findings e = check(doc("44.73"));
    REQUIRE(at(e, "text", "100", "44.73"));
    CHECK(at(e, "text", "100", "44.73")->expected == "45.49%");
}

TEST_CASE("text.year: a completion date before the budget year in a form") {
    auto doc = [](const char* date) {
        Document d = document({});
        Form f;
        f.id = "p01";
        Indicator i;
        i.line = 1981;
        Cell name, value;
        name.column = "三级指标";
        name.text = "项目完成时间";
        value.column = "指标值";
        value.text = date;
        name.line = value.line = 1981;
        i.cells = {name, value};
        f.indicators.push_back(i);
        d.forms.push_back(f);
        return d;
    };
    CHECK(problems(check(doc("2026年12月10日"))) == 0);
    CHECK(at(check(doc("2025年12月10日")), "text", "1981", "2025"));
}

TEST_CASE("table.empty: a table with rows but no figure and no 为空表 statement") {
    Table t = table("t09", {row("总计", {}, 0, 5)});
    CHECK(at(check(document({t})), "t09", "", ""));
    t.declared_empty = true;
    CHECK_FALSE(at(check(document({t})), "t09", "", ""));
}

TEST_CASE("narrative.change: figures in parentheses do not replace the level outside them") {
    auto doc = [](const char* pct) {
        return narrative({"公务用车购置及运行维护费567.72万元（公务用车购置费230.55万元，比",
                          "上年增加49.45万元；公务用车运行维护费337.17万元，比上年减",
                          std::string("少2.96万元。）比上年增加46.49万元，增长") + pct + "，主要原因是更新车辆。"});
    };
    CHECK(problems(check(doc("8.9%"))) == 0);   // 46.49 / 521.23
    REQUIRE(at(check(doc("16.0%")), "text", "102", "16.0%"));
    CHECK(problems(check(narrative({"公务接待费22.21万元，比上年减少0.3万元，下降1.3%，主要原因是基本与上年持平。"}))) == 0);
}

TEST_CASE("narrative.amount: an income source may be stated with its carry-over") {
    auto doc = [](const char* figure) {
        Row a = row("本年收入/一般公共预算拨款", {{"预算数", "35439"}}, 2, 5);
        Row b = row("上年结转结余/财政拨款结转/一般公共预算拨款", {{"预算数", "782"}}, 3, 9);
        a.side = b.side = "income";
        return narrative({"二、关于2026年收入预算情况说明", std::string("一般公共预算") + figure + "万元，占61.58%。"},
                         {table("t01", {a, b})});
    };
    CHECK(problems(check(doc("35439"))) == 0);
    CHECK(problems(check(doc("36221"))) == 0);   // 35439 + 782
    const Findings found = check(doc("36000"));   // keep: `at` points into it
    const Finding* x = at(found, "text", "101", "36000");
    REQUIRE(x);
    CHECK(x->expected == "35439");
}

TEST_CASE("narrative.parts: 政府采购 total is the sum of 货物, 工程 and 服务") {
    auto doc = [](const char* whole) {
        return narrative({"（二）政府采购情况",
                          std::string("2026年，测试单位政府采购预算") + whole +
                              "万元，其中：政府采购货物预算0.48万元，政府采购工程预算0.00万元，政府采购服务预算2.96万元。"});
    };
    CHECK(problems(check(doc("3.44"))) == 0);
    Findings edge = check(doc("3.46"));   // 0.02 over three summands: rounding
    REQUIRE(at(edge, "text", "101", "3.46"));
    CHECK(at(edge, "text", "101", "3.46")->severity == Severity::warning);
    Findings bad = check(doc("4.44"));
    const Finding* x = at(bad, "text", "101", "4.44");
    REQUIRE(x);
    CHECK(x->severity == Severity::error);
    CHECK(x->expected == "3.44");
    CHECK(x->rule == "narrative.parts");
    // a breakdown that leaves a part out is not a full breakdown: not checked
    CHECK(problems(check(narrative({"（二）政府采购情况",
                                    "政府采购预算9.00万元，其中：政府采购货物预算0.48万元，政府采购服务预算2.96万元。"}))) == 0);
    // changes on last year between the parts do not end the breakdown
    CHECK(problems(check(narrative({"（二）政府采购情况",
                                    "政府采购预算3.44万元，其中：政府采购货物预算0.48万元，比上年增加0.1万元；"
                                    "政府采购工程预算0万元，政府采购服务预算2.96万元。"}))) == 0);
}

TEST_CASE("narrative.restated: an item no table holds is stated the same everywhere") {
    auto doc = [](const char* again) {
        return narrative({"（二）政府采购情况", "2026年，测试单位政府采购预算3.44万元。",
                          std::string("综上，政府采购预算") + again + "万元。"});
    };
    CHECK(problems(check(doc("3.44"))) == 0);
    Findings edge = check(doc("3.45"));
    REQUIRE(at(edge, "text", "102", "3.45"));
    CHECK(at(edge, "text", "102", "3.45")->severity == Severity::warning);
    Findings bad = check(doc("34.40"));
    const Finding* x = at(bad, "text", "102", "34.40");
    REQUIRE(x);
    CHECK(x->severity == Severity::error);
    CHECK(x->rule == "narrative.restated");
    CHECK(x->expected == "3.44");
    CHECK(x->message.find("line 101") != std::string::npos);
}

TEST_CASE("text.comparison: 大于/小于/等于 must agree with the figures they compare") {
    auto one = [](const std::string& s) { return check(narrative({s})); };
    // the word opens the second figure's clause
    CHECK(problems(one("2026年支出预算为120.00万元，高于上年的100.00万元。")) == 0);
    Findings wrong = one("2026年支出预算为90.00万元，高于上年的100.00万元。");
    const Finding* x = at(wrong, "text", "100", "高于");
    REQUIRE(x);
    CHECK(x->rule == "text.comparison");
    CHECK(x->severity == Severity::error);
    CHECK(x->expected == "小于");
    // the edge: equal amounts are neither greater nor less
    CHECK(problems(one("本年预算100.00万元，等于上年的100.00万元。")) == 0);
    Findings eq = one("本年预算100.00万元，大于上年的100.00万元。");
    REQUIRE(at(eq, "text", "100", "大于"));
    CHECK(at(eq, "text", "100", "大于")->expected == "等于");
    // the word after both figures names them
    CHECK(problems(one("“三公”经费预算数为15万元，决算数为12万元，决算数小于预算数。")) == 0);
    REQUIRE(at(one("“三公”经费预算数为15万元，决算数为18万元，决算数小于预算数。"), "text", "100", "小于"));
    // thresholds and negations are not comparisons of stated amounts
    CHECK(problems(one("单个项目50万元，不低于100万元的项目需评审。")) == 0);
    CHECK(problems(one("满意度大于等于90%，预算10万元。")) == 0);
    // names that do not pick out one figure each: not guessed
    CHECK(problems(one("预算数为15万元，预算数为12万元，决算数小于预算数。")) == 0);
}

TEST_CASE("narrative.parts: the 三公 total stated with its four items, subject joined by 为") {
    auto doc = [](const char* total) {
        return narrative({std::string("2026年财政拨款“三公”经费数为") + total +
                          "万元，其中：因公出国（境）费用0.00万元，公务用车购置0.00万元，公务用车运行维护费2.00万元，"
                          "公务接待费0.50万元。"});
    };
    CHECK(problems(check(doc("2.50"))) == 0);
    Findings bad = check(doc("3.50"));
    const Finding* x = at(bad, "text", "100", "3.50");
    REQUIRE(x);
    CHECK(x->expected == "2.50");
    CHECK(x->severity == Severity::error);
}

TEST_CASE("a misstated amount is reported once: the share and change beside it may follow the tables") {
    // t05 prints 一般公共服务支出 20.00; the narrative says 21.00 and the share and change of 20.00
    auto doc = [](const char* amount, const char* share) {
        return narrative({"（二）一般公共预算当年拨款结构情况", "一般公共预算当年拨款 20.00 万元，其中：",
                          std::string("1、社会保障和就业支出（类）") + amount + "万元，占" + share + "。"},
                         budget_tables("20.00"));
    };
    CHECK(problems(check(doc("20.00", "100.00%"))) == 0);
    Findings one = check(doc("21.00", "100.00%"));   // the share follows the table's 20.00
    REQUIRE(at(one, "text", "102", "21.00"));
    CHECK(problems(one) == 1);
    Findings two = check(doc("21.00", "90.00%"));    // follows neither: both reported
    CHECK(at(two, "text", "102", "90.00%"));
    CHECK(problems(two) == 2);
}
