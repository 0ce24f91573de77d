// narrative.name on synthetic documents: a 类/款/项 name in the narrative
// that differs from the tables' name for the code it resolves to.
#include "check_support.hpp"

using namespace yusuan;
using namespace yusuan::test;

namespace {

Document with_text(std::string text) {
    Document d = document({table("t05", {coded("201", {{"合计", "96"}}, 30, "一般公共服务支出"),
                                          coded("20129", {{"合计", "96"}}, 31, "群众团体事务"),
                                          coded("2012906", {{"合计", "79"}}, 32, "工会事务"),
                                          coded("2012999", {{"合计", "15"}}, 33, "其他群众团体事务支出"),
                                          coded("2012901", {{"合计", "2"}}, 34, "行政运行"),
                                          coded("2012902", {{"合计", "0"}}, 35, "一般行政管理事务"),
                                          row("总计", {{"合计", "96"}}, 0, 36)})});
    d.paragraphs.push_back({100, std::move(text), "第三部分"});
    return d;
}

std::size_t name_findings(const Findings& fs) {
    std::size_t n = 0;
    for (const Finding& f : fs) n += f.rule == "narrative.name";
    return n;
}

}  // namespace

TEST_CASE("narrative.name: the tables' own names are not reported") {
    CHECK(name_findings(check(with_text("16、一般公共服务支出（类）群众团体事务（款）工会事务（项）：2026年预算数为79万元。"))) == 0);
}

TEST_CASE("narrative.name: a name one edit away is reported at the line, with the table's name expected") {
    Findings fs = check(with_text("16、一般公共服务支出（类）群众团体事务（款）公会事务（项）：2026年预算数为79万元。"));
    const Finding* f = at(fs, "text", "100", "公会事务");
    REQUIRE(f);
    CHECK(f->rule == "narrative.name");
    CHECK(f->severity == Severity::warning);
    CHECK(f->expected == "工会事务");
    CHECK(name_findings(fs) == 1);
    // words dropped at the end: still the one 项 it can be
    Findings s = check(with_text("17、一般公共服务支出（类）群众团体事务（款）其他群众团体（项）：2026年预算数为15万元。"));
    REQUIRE(at(s, "text", "100", "其他群众团体"));
    CHECK(at(s, "text", "100", "其他群众团体")->expected == "其他群众团体事务支出");
    // …but the generic ending 支出 left off is the narrative's shorthand, not another name
    CHECK(name_findings(check(with_text(
              "17、一般公共服务支出（类）群众团体事务（款）其他群众团体事务（项）：2026年预算数为15万元。"))) == 0);
}

TEST_CASE("narrative.name: two candidates, none, or no anchoring name: not guessed") {
    // "事务" ends two names under 20129
    CHECK(name_findings(check(with_text("一般公共服务支出（类）群众团体事务（款）事务（项）：2026年预算数为2万元。"))) == 0);
    // unknown name: nothing to compare with
    CHECK(name_findings(check(with_text("一般公共服务支出（类）群众团体事务（款）别的支出（项）：2026年预算数为2万元。"))) == 0);
    // no level printed exactly: no anchor, not reported
    CHECK(name_findings(check(with_text("一般公共服务支（类）群众团体事（款）公会事务（项）：2026年预算数为79万元。"))) == 0);
    // a name another table prints for the code is the names rule's business, not this one's
    Document d = with_text("一般公共服务支出（类）群众团体事务（款）公会事务（项）：2026年预算数为79万元。");
    d.tables.push_back(table("t02", {coded("2012906", {{"总计", "79"}}, 50, "公会事务")}));
    CHECK(name_findings(check(d)) == 0);
}
