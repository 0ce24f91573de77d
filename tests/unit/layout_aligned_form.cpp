// Performance forms in space-aligned text (pdftotext -layout): indicator rows
// whose cells wrap over several lines and sit one space apart, at positions
// that follow neither the header nor the rows of other pages.
#include <doctest/doctest.h>

#include "normalise/text.hpp"
#include "read/aligned_form_row.hpp"
#include "read/grid.hpp"
#include "read/layouts.hpp"
#include "aligned_support.hpp"

using namespace yusuan;
using namespace yusuan::aligned_form;

namespace {

using test::placed;
// A line with texts at code-point positions (one space when a text would overlap).
std::string at(std::vector<std::pair<std::size_t, std::u32string>> cells) { return placed(std::move(cells)); }

std::vector<Atom> row_atoms(const std::vector<std::string>& lines) {
    std::vector<Atom> out;
    for (std::size_t k = 0; k < lines.size(); ++k)
        for (Atom& a : line_atoms(lines[k], k)) out.push_back(std::move(a));
    return out;
}

const std::vector<IndicatorRole> department_roles = {IndicatorRole::level1, IndicatorRole::level2,
                                                     IndicatorRole::level3, IndicatorRole::value,
                                                     IndicatorRole::basis,  IndicatorRole::weight};
const std::vector<IndicatorRole> project_roles = {
    IndicatorRole::level1, IndicatorRole::level2, IndicatorRole::level3, IndicatorRole::value,   IndicatorRole::basis,
    IndicatorRole::prior,  IndicatorRole::weight, IndicatorRole::rule,   IndicatorRole::evidence};

const HeaderWords indicator_words = [](const std::string& k) {
    for (const char* w : {"一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重",
                          "指标赋分规则", "佐证资料"})
        if (k == w) return true;
    return false;
};
const HeaderWords field_words = [](const std::string& k) {
    return k == "预算单位" || k == "项目名称" || k == "年度预算总额";
};

}  // namespace

TEST_CASE("aligned form row: names one space apart, a basis wrapped above and below, a weight") {
    const std::vector<std::string> lines = {
        at({{60, U"《某某项目管理办"}}),
        at({{0, U"履职效能"}, {5, U"数量指标"}, {10, U"开展某项工作次数"}, {52, U"≥2 次"}, {80, U"20"}}),
        at({{60, U"法》"}}),
    };
    RowSplit s = split_row(row_atoms(lines), department_roles);
    CHECK(s.cells == std::vector<std::string>{"履职效能", "数量指标", "开展某项工作次数", "≥2 次", "《某某项目管理办法》",
                                              "20"});
}

TEST_CASE("aligned form row: a value, a cited basis and a weight one space apart on one line") {
    const std::vector<std::string> lines = {
        at({{11, U"数量指标"}, {16, U"完成某项工作次数"}, {60, U"=2 次"}, {66, U"《2026 年工作要点》"}, {80, U"20"}}),
    };
    RowSplit s = split_row(row_atoms(lines), department_roles);
    CHECK(s.cells == std::vector<std::string>{"", "数量指标", "完成某项工作次数", "=2 次", "《2026 年工作要点》", "20"});
}

TEST_CASE("aligned form row: a wrapped cell keeps its left edge; a word pushed right by the one before it") {
    // 指标值 "=4.74 万元" and 设置依据 "计划标准" wrapped side by side: on the
    // first line the basis is pushed right of where its second line starts.
    const std::vector<std::string> lines = {
        at({{70, U"按照完"}}),
        at({{48, U"=4.74"}, {54, U"计划标"}}),
        at({{23, U"设备购置费"}, {58, U"/"}, {65, U"6"}, {70, U"成比例"}, {77, U"原始凭证"}}),
        at({{48, U"万元"}, {51, U"准"}}),
        at({{70, U"赋分"}}),
    };
    RowSplit s = split_row(row_atoms(lines), project_roles);
    CHECK(s.cells == std::vector<std::string>{"", "", "设备购置费", "=4.74 万元", "计划标准", "/", "6", "按照完成比例赋分",
                                              "原始凭证"});
}

TEST_CASE("aligned form row: cells flattened onto one line are told apart by what they hold") {
    const std::vector<std::string> lines = {
        at({{0, U"效益 指标"}, {12, U"社会 效益 指标 保障单位正常运转 有效 保障"}, {39, U"计划标准 有效 保障 20 按评判等级赋分"},
            {63, U"说明材料"}}),
    };
    RowSplit s = split_row(row_atoms(lines), project_roles);
    REQUIRE(s.cells.size() == 9);
    CHECK(match_key(s.cells[0]) == "效益指标");
    CHECK(match_key(s.cells[1]) == "社会效益指标");
    CHECK(s.cells[2] == "保障单位正常运转");
    CHECK(match_key(s.cells[3]) == "有效保障");
    CHECK(s.cells[4] == "计划标准");
    CHECK(match_key(s.cells[5]) == "有效保障");
    CHECK(s.cells[6] == "20");
    CHECK(s.cells[7] == "按评判等级赋分");
    CHECK(s.cells[8] == "说明材料");
}

TEST_CASE("aligned form row: a cell's tail goes under the column it lies in, or the neighbour it can be") {
    const std::vector<int> starts = {-1, -1, 20, 30, 38, 43, 50, 53, 62};
    // "万元" under 指标值; "分" lies under the weight, which it cannot be.
    RowSplit s = place_under(row_atoms({at({{30, U"万元"}, {51, U"分"}})}), project_roles, starts);
    CHECK(s.cells[3] == "万元");
    CHECK(s.cells[6] == "");
    CHECK(s.cells[7] == "分");
}

TEST_CASE("aligned form row: tails judged by the cells they complete") {
    const std::vector<int> starts = {0, 4, 9, 65, 75, 79, 87, 92, -1};
    const std::vector<std::string> above = {"满意度指标", "满意度指标", "某某人员满意度", ">=95%", "计划标", "95%", "10",
                                            "满意度赋分", ""};
    // "准" completes the basis "计划标"; "工作资料" lies under 上年完成值 but is
    // plainly the evidence the row above lacks.
    RowSplit s = place_under(row_atoms({at({{74, U"准"}, {84, U"工作资料"}})}), project_roles, starts, above);
    CHECK(s.cells[4] == "准");
    CHECK(s.cells[5] == "");
    CHECK(s.cells[8] == "工作资料");
}

TEST_CASE("indicator cells: a cited document is a basis, a date before 计划标准 is not") {
    CHECK(classify_indicator_cell("《2026 年工作要点》") == IndicatorCellKind::basis);
    CHECK(classify_indicator_cell("字〔2018〕46 号)") == IndicatorCellKind::basis);
    CHECK(classify_indicator_cell("计划标准") == IndicatorCellKind::basis);
    CHECK(classify_indicator_cell("6 月 计划标准") == IndicatorCellKind::value);
    CHECK(classify_indicator_cell("工作资料") == IndicatorCellKind::evidence);
}

TEST_CASE("aligned form row: header roles from the header's own words") {
    CHECK(header_role(0, "一级指 标") == IndicatorRole::level1);
    CHECK(header_role(4, "指标值 设置依 据") == IndicatorRole::basis);
    CHECK(header_role(5, "上年完 成值") == IndicatorRole::prior);
    CHECK(header_role(6, "指标分 值权重") == IndicatorRole::weight);
    CHECK(header_role(7, "指标 赋分 规则") == IndicatorRole::rule);
    CHECK(header_role(8, "佐证资料") == IndicatorRole::evidence);
    CHECK(header_role(3, "指标值") == IndicatorRole::value);
}

TEST_CASE("aligned form: a page break inside a row, the form's head repeated, the header cut, text after the form") {
    std::vector<std::string> lines = {
        at({{0, U"预算单位"}, {14, U"某某办公室"}}),
        "",
        at({{0, U"一级指标"}, {9, U"二级指标"}, {18, U"三级指标"}, {40, U"指标值"}, {50, U"指标值"}, {58, U"上年完成值"},
            {66, U"指标分值权重"}, {74, U"指标赋分规则"}, {82, U"佐证资料"}}),
        at({{50, U"设置依据"}}),
        "",
        at({{0, U"产出指标"}, {9, U"数量指标"}, {18, U"采购设备数量"}, {40, U">=1 台"}, {50, U"计划标准"}, {58, U"/"},
            {66, U"5"}, {74, U"直接赋分"}, {82, U"工作资料"}}),
        "",
        at({{9, U"时效指标"}, {18, U"采购完成时间"}, {40, U"2026 年 6 月"}, {50, U"计划标准"}, {58, U"/"}, {66, U"5"},
            {74, U"直接赋分"}, {82, U"工作资料"}}),
        "\f" + at({{30, U"30 日前"}}),  // the rest of 指标值, on the next page
        "",
        at({{0, U"预算单"}, {10, U"某某办公室"}}),  // the form's head, repeated on the new page
        at({{0, U"位"}}),
        "",
        at({{9, U"质量指标"}, {14, U"设备验收合格率"}, {30, U"=100%"}, {38, U"计划标准"}, {44, U"/"}, {50, U"10"},
            {56, U"直接赋分"}, {64, U"工作资料"}}),
        "",
        "(五) 其他需说明的事项",
        "",
        "本部门无其他需说明事项。",
    };
    Grid g = aligned_form_grid(lines, 0, lines.size(), indicator_words, field_words);
    REQUIRE(g.rows.size() == 6);
    CHECK(g.rows[0].cells == std::vector<std::string>{"预算单位", "某某办公室"});
    CHECK(g.rows[1].cells[4] == "指标值设置依据");
    CHECK(g.rows[2].cells[2] == "采购设备数量");
    CHECK(g.rows[3].cells[3] == "2026 年 6 月");
    // The tail after the page break, under the columns of the next row of its page.
    CHECK(g.rows[4].cells == std::vector<std::string>{"", "", "", "30 日前", "", "", "", "", ""});
    CHECK(g.rows[5].cells == std::vector<std::string>{"", "质量指标", "设备验收合格率", "=100%", "计划标准", "/", "10",
                                                      "直接赋分", "工作资料"});
    // The repeated head and the text after the form are narrative.
    bool head = false, after = false;
    for (const Paragraph& p : g.loose) {
        head = head || p.text.find("某某办公室") != std::string::npos;
        after = after || p.text.find("其他需说明") != std::string::npos;
    }
    CHECK(head);
    CHECK(after);
}
