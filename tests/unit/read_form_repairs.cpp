// read_form on small synthetic grids: realigned rows, a continuation line,
// a header without 指标赋分规则, split figures in values.
#include <doctest/doctest.h>

#include "read/form_reader.hpp"

using namespace yusuan;

namespace {

FormSpec project_form() {
    FormSpec f;
    f.id = "p";
    f.fields = {{"项目名称", {}, false}, {"年度预算总额", {}, true}};
    for (const char* k : {"一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值"})
        f.indicator_columns.push_back({k, {}, false});
    f.indicator_columns.push_back({"指标分值权重", {}, true});
    f.indicator_columns.push_back({"指标赋分规则", {}, false});
    f.indicator_columns.push_back({"佐证资料", {}, false});
    return f;
}

GridRow row(LineNo line, std::vector<std::string> cells) {
    GridRow r;
    r.line = line;
    r.cells = std::move(cells);
    return r;
}

const std::vector<std::string> header = {"一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据",
                                         "上年完成值", "指标分值权重", "指标赋分规则", "佐证资料"};

std::string text(const Indicator& ind, const char* column) {
    const Cell* c = ind.cell(column);
    return c ? c->text : std::string("<none>");
}

}  // namespace

TEST_CASE("form rows: shifted row realigned, continuation joined, split figure joined, labels with colons") {
    Grid g;
    g.rows.push_back(row(1, {"项目名称", "甲项目", "年度预算总额：", "12"}));
    g.rows.push_back(row(2, header));
    g.rows.push_back(row(3, {"产出指标", "数量指标", "培训次数", ">=3次", "计划标准", "/", "10", "按照完成比例赋分", "工作资料"}));
    g.rows.push_back(row(4, {"", "", "时效指标", "完成时间", "2026年12月10日", "计划标准", "/", "5", "按照完成比例赋分"}));
    g.rows.push_back(row(5, {"成本指标", "经济成本指标", "运维费", "<=0.3 0 万元", "计划标准", "/", "1", "按照完成", "原始凭证"}));
    g.rows.push_back(row(6, {"", "", "", "/年", "", "", "", "比例赋分", ""}));
    Form f;
    f.id = "p01";
    std::vector<Repair> rs;
    read_form(g, project_form(), f, rs);
    REQUIRE(f.field("年度预算总额"));
    CHECK(f.field("年度预算总额")->amount == Decimal::parse("12"));
    REQUIRE(f.indicators.size() == 3);
    CHECK(text(f.indicators[1], "一级指标") == "产出指标");
    CHECK(text(f.indicators[1], "二级指标") == "时效指标");
    CHECK(text(f.indicators[1], "三级指标") == "完成时间");
    CHECK(text(f.indicators[1], "指标分值权重") == "5");
    CHECK(text(f.indicators[2], "指标值") == "<=0.30 万元 /年");
    CHECK(text(f.indicators[2], "指标赋分规则") == "按照完成比例赋分");
    bool realigned = false, split = false;
    for (const Repair& r : rs) {
        if (r.kind == "other" && r.line == 4) realigned = true;
        if (r.kind == "split-number" && r.line == 5) split = true;
    }
    CHECK(realigned);
    CHECK(split);
}

TEST_CASE("a header without 指标赋分规则: glued rule and evidence are split and the header reported") {
    Grid g;
    g.rows.push_back(row(1, {"一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重", "佐证资料"}));
    g.rows.push_back(row(2, {"产出指标", "数量指标", "项目个数", ">=110个", "计划标准", "129个", "10", "按照完成比例赋分工作资料"}));
    Form f;
    f.id = "p02";
    std::vector<Repair> rs;
    read_form(g, project_form(), f, rs);
    REQUIRE(f.indicators.size() == 1);
    CHECK(text(f.indicators[0], "指标赋分规则") == "按照完成比例赋分");
    CHECK(text(f.indicators[0], "佐证资料") == "工作资料");
    REQUIRE(!rs.empty());
    CHECK(rs.front().kind == "lost-header-cell");
}
