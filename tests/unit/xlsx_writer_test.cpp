// The workbook writer: its pure helpers (sheet names, widths, SUM formulas),
// the formula plan of a table, and a workbook written from a small document
// with synthetic findings (read back from the .xlsx parts with unzip).
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "write/writers.hpp"
#include "write/xlsx_formulas.hpp"
#include "write/xlsx_text.hpp"

using namespace yusuan;
using namespace yusuan::xlsx;

namespace {

Decimal dec(const char* s) { return *Decimal::parse(s); }

Row coded(std::string code, std::string name, std::vector<std::pair<std::string, std::string>> amounts, LineNo line) {
    Row r;
    r.key = code;
    r.code = code;
    r.label = name;
    r.level = code.size() == 3 ? 1 : code.size() == 5 ? 2 : 3;
    r.line = line;
    r.cells.push_back({"名称", name, std::nullopt, line});
    for (auto& [col, v] : amounts) r.cells.push_back({col, v, dec(v.c_str()), line});
    return r;
}

Row total(std::vector<std::pair<std::string, std::string>> amounts, LineNo line) {
    Row r;
    r.key = r.label = "总计";
    r.kind = RowKind::total;
    r.line = line;
    for (auto& [col, v] : amounts) r.cells.push_back({col, v, dec(v.c_str()), line});
    return r;
}

// t03 with one slip: 款 20101 states 合计 31.00 where its 项 rows add to 30.00.
Table sample_t03() {
    Table t;
    t.id = "t03";
    t.title = "部门支出总体情况表";
    t.unit = "万元";
    t.columns = {"合计", "基本支出", "项目支出"};
    t.rows.push_back(coded("201", "一般公共服务支出", {{"合计", "30.00"}, {"基本支出", "20.00"}, {"项目支出", "10.00"}}, 10));
    t.rows.push_back(coded("20101", "人大事务", {{"合计", "31.00"}, {"基本支出", "20.00"}, {"项目支出", "10.00"}}, 11));
    t.rows.push_back(coded("2010101", "行政运行", {{"合计", "20.00"}, {"基本支出", "20.00"}}, 12));
    t.rows.push_back(coded("2010102", "=1+1", {{"合计", "10.00"}, {"项目支出", "10.00"}}, 13));
    t.rows.push_back(total({{"合计", "30.00"}, {"基本支出", "20.00"}, {"项目支出", "10.00"}}, 14));
    return t;
}

std::string unzip(const std::string& path, const std::string& part) {
    std::string cmd = "unzip -p '" + path + "' '" + part + "' 2>/dev/null";
    std::string out;
    if (FILE* p = popen(cmd.c_str(), "r")) {
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
        pclose(p);
    }
    return out;
}

}  // namespace

TEST_CASE("sheet names obey Excel's rules") {
    std::set<std::string> used;
    CHECK(sheet_name("表1 收支总体", used) == "表1 收支总体");
    CHECK(sheet_name("a[b]:c*d?e/f\\g", used) == "a_b__c_d_e_f_g");
    CHECK(sheet_name("'quoted'", used) == "quoted");
    const std::string long_name(40, 'x');
    CHECK(sheet_name(long_name, used).size() == 31);
    const std::string again = sheet_name(long_name, used);
    CHECK(again.size() == 31);
    CHECK(again.ends_with(" (2)"));
    CHECK(sheet_name("表1 收支总体", used) == "表1 收支总体 (2)");
    CHECK(sheet_name("", used) == "Sheet");
    // 31 characters, not bytes: 40 CJK characters are cut to 31 of them.
    std::string cjk;
    for (int i = 0; i < 40; ++i) cjk += "表";
    CHECK(sheet_name(cjk, used).size() == 31 * 3);
}

TEST_CASE("CJK text is about twice as wide as Latin text") {
    CHECK(display_width("科目名称") == doctest::Approx(8.0));
    CHECK(display_width("abcd") == doctest::Approx(4.4));
    CHECK(wrapped_lines("科目名称科目名称", 9) == 2);
    CHECK(wrapped_lines("科目名称科目名称", 16) == 1);
    CHECK(wrapped_lines("", 9) == 1);
}

TEST_CASE("SUM formulas group adjacent cells into ranges") {
    CHECK(cell_ref(0, 0) == "A1");
    CHECK(cell_ref(11, 27, true) == "$AB$12");
    CHECK(sheet_cell_ref("表1 收支总体", 4, 3) == "'表1 收支总体'!D5");
    CHECK(sheet_cell_ref("it's", 0, 0) == "'it''s'!A1");
    CHECK(sum_formula({{4, 4}, {5, 4}, {6, 4}, {9, 4}}) == "SUM(E5:E7,E10)");
    CHECK(sum_formula({{4, 5}, {4, 6}, {4, 7}}) == "SUM(F5:H5)");
    std::vector<std::pair<int, int>> many;
    for (int i = 0; i < 600; i += 2) many.emplace_back(i, 0);
    const std::string f = sum_formula(many);
    CHECK(f.starts_with("SUM(SUM("));
    CHECK(f.find("A599") != std::string::npos);
}

TEST_CASE("formula plan: parents sum children, leaves keep their identities, values are exact") {
    TemplateError terr;
    auto tpl = load_template(std::string(YUSUAN_SOURCE_DIR) + "/templates/2026", terr);
    REQUIRE(tpl);
    const TableSpec* spec = tpl->table("t03");
    REQUIRE(spec);
    const Table t = sample_t03();
    const TableFormulas f = plan_formulas(t, *spec, "");
    // 款 20101 = Σ 项; 类 201 = Σ 款; 总计 = Σ 类.
    const Formula* kuan = f.formula({1, "合计"});
    REQUIRE(kuan);
    CHECK(kuan->kind == FormulaKind::hierarchy);
    CHECK(kuan->terms == std::vector<CellKey>{{2, "合计"}, {3, "合计"}});
    CHECK(f.formula({0, "基本支出"})->terms == std::vector<CellKey>{{1, "基本支出"}});
    CHECK(f.formula({4, "合计"})->kind == FormulaKind::total);
    CHECK(f.formula({4, "合计"})->terms == std::vector<CellKey>{{0, "合计"}});
    // 项 rows: 合计 = 基本支出 + 项目支出; their parts stay figures.
    CHECK(f.formula({2, "合计"})->kind == FormulaKind::identity);
    CHECK(f.formula({2, "基本支出"}) == nullptr);
    // Exact values: 20101 computes 30.00 against a stated 31.00.
    CHECK(f.value({1, "合计"}) == dec("30.00"));
    CHECK(f.differs(t, {1, "合计"}));
    CHECK_FALSE(f.differs(t, {0, "合计"}));
    // A blank cell states nothing: 2010101 项目支出 is not a difference.
    CHECK_FALSE(f.differs(t, {2, "项目支出"}));
    // The 类 row agrees with the document's own figures for its children.
    CHECK(f.over_stated_terms(t, {0, "合计"}) == dec("31.00"));
}

TEST_CASE("formula plan: two-sided tables sum each side; unit rows subtotal what follows") {
    TemplateError terr;
    auto tpl = load_template(std::string(YUSUAN_SOURCE_DIR) + "/templates/2026", terr);
    REQUIRE(tpl);
    Table t01;
    t01.id = "t01";
    auto income = [&](std::string key, const char* v) {
        Row r;
        r.key = r.label = key;
        r.side = "income";
        if (v) r.cells.push_back({"预算数", v, dec(v), 1});
        t01.rows.push_back(r);
    };
    income("本年收入", "5.00");
    income("本年收入/单位资金", "5.00");
    income("上年结转结余", "1.00");
    Row e = coded("201", "一般公共服务支出", {{"预算数", "6.00"}}, 2);
    e.side = "expense";
    t01.rows.push_back(e);
    Row it = total({{"预算数", "6.00"}}, 3);
    it.key = "收入总计";
    it.side = "income";
    t01.rows.push_back(it);
    Row et = total({{"预算数", "6.00"}}, 3);
    et.key = "支出总计";
    et.side = "expense";
    t01.rows.push_back(et);
    const TableFormulas f = plan_formulas(t01, *tpl->table("t01"), "");
    CHECK(f.formula({0, "预算数"})->terms == std::vector<CellKey>{{1, "预算数"}});
    CHECK(f.formula({4, "预算数"})->terms == std::vector<CellKey>{{0, "预算数"}, {2, "预算数"}});
    CHECK(f.formula({5, "预算数"})->terms == std::vector<CellKey>{{3, "预算数"}});
    CHECK(f.value({4, "预算数"}) == dec("6.00"));

    Table t11;
    t11.id = "t11";
    auto label = [&](std::string key, const char* v, RowKind kind = RowKind::item) {
        Row r;
        r.key = r.label = key;
        r.kind = kind;
        r.cells.push_back({"合计", v, dec(v), 1});
        r.cells.push_back({"一般公共预算", v, dec(v), 1});
        t11.rows.push_back(r);
    };
    label("某某局", "3.00");
    label("项目甲", "1.00");
    label("项目乙", "2.00");
    label("总计", "3.00", RowKind::total);
    const TableFormulas g = plan_formulas(t11, *tpl->table("t11"), "某某局");
    CHECK(g.formula({0, "合计"})->terms == std::vector<CellKey>{{1, "合计"}, {2, "合计"}});
    CHECK(g.formula({3, "合计"})->terms == std::vector<CellKey>{{0, "合计"}});
    CHECK(g.value({3, "合计"}) == dec("3.00"));
    // A leaf row's 合计 is its sources: 一般公共预算 + 政府性基金 + 国有资本经营预算.
    CHECK(g.formula({1, "合计"})->kind == FormulaKind::identity);
    CHECK(g.value({1, "合计"}) == dec("1.00"));
}

TEST_CASE("workbook: sheets, formulas with cached results, flagged cells, findings, text never a formula") {
    TemplateError terr;
    auto tpl = load_template(std::string(YUSUAN_SOURCE_DIR) + "/templates/2026", terr);
    REQUIRE(tpl);
    Document doc;
    doc.source = "sample.txt";
    doc.department = "某某局";
    doc.year = "2026";
    doc.unit = "万元";
    doc.tables.push_back(sample_t03());
    Findings findings;
    findings.push_back({Severity::error, "sum.hierarchy", "t03", "20101", "合计", "31.00", "30.00", 11,
                        "20101 ≠ Σ 项 (synthetic)"});
    findings.push_back({Severity::info, "repair.split-number", "t03", "201", "合计", "", "", 10, "joined"});

    const auto path = (std::filesystem::temp_directory_path() / "yusuan-xlsx-unit.xlsx").string();
    WriteError err;
    REQUIRE(write_xlsx(doc, findings, *tpl, path, err));

    const std::string wb = unzip(path, "xl/workbook.xml");
    REQUIRE_FALSE(wb.empty());  // unzip is available and the file is a workbook
    for (const TableSpec& s : tpl->tables) CHECK(wb.find("name=\"" + s.sheet + "\"") != std::string::npos);
    CHECK(wb.find("name=\"校验\"") != std::string::npos);
    CHECK(wb.find("state=\"hidden\"") != std::string::npos);  // the cell index

    // t03 is the third sheet: the 款 row (sheet row 7) is a SUM with the exact cached result.
    const std::string sheet = unzip(path, "xl/worksheets/sheet3.xml");
    CHECK(sheet.find("<c r=\"E7\" s=\"") != std::string::npos);
    CHECK(sheet.find("<f>SUM(E8:E9)</f><v>30</v>") != std::string::npos);
    CHECK(sheet.find("<f>SUM(F8:G8)</f><v>20</v>") != std::string::npos);  // 合计 = 基本支出 + 项目支出
    // Flagged: live conditional format against the stated 31.00 and a 原表数 note.
    CHECK(sheet.find("ROUND($E$7-(31.00),6)&lt;&gt;0") != std::string::npos);
    const std::string strings = unzip(path, "xl/sharedStrings.xml");
    CHECK(strings.find("原表数（与公式结果不同处）") != std::string::npos);
    CHECK(strings.find("=1+1") != std::string::npos);  // source text stays a string
    CHECK(sheet.find("<f>1+1</f>") == std::string::npos);
    // The comment gives the finding and its source line; info findings are not commented.
    std::string comments;
    for (int i = 1; i <= 3 && comments.find("synthetic") == std::string::npos; ++i)
        comments += unzip(path, "xl/comments" + std::to_string(i) + ".xml");
    CHECK(comments.find("20101 ≠ Σ 项 (synthetic)") != std::string::npos);
    CHECK(comments.find("源文第 11 行") != std::string::npos);
    CHECK(comments.find("joined") == std::string::npos);
    // The 校验 sheet lists every finding, info included, with a link to its cell.
    CHECK(strings.find("repair.split-number") != std::string::npos);
    CHECK(unzip(path, "docProps/core.xml").find("yusuan") != std::string::npos);
    std::filesystem::remove(path);
}

TEST_CASE("workbook: an unwritable path is an error value, not a crash") {
    TemplateError terr;
    auto tpl = load_template(std::string(YUSUAN_SOURCE_DIR) + "/templates/2026", terr);
    REQUIRE(tpl);
    Document doc;
    WriteError err;
    CHECK_FALSE(write_xlsx(doc, {}, *tpl, "/nonexistent-dir/x.xlsx", err));
    CHECK_FALSE(err.message.empty());
}
