// Small synthetic documents for the checker's unit tests: rows and cells are
// built directly, the 2026 template is the project's own (templates/2026).
#pragma once
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <utility>

#include "check/check.hpp"
#include "templates/template.hpp"

namespace yusuan::test {

inline const Template& tpl2026() {
    static const Template t = [] {
        TemplateError err;
        auto loaded = load_template(std::string(YUSUAN_SOURCE_DIR) + "/templates/2026", err);
        REQUIRE_MESSAGE(loaded.has_value(), err.message);
        return *loaded;
    }();
    return t;
}

using Amounts = std::initializer_list<std::pair<const char*, const char*>>;

inline Row row(std::string key, Amounts amounts, int level = 0, LineNo line = 1, std::string code = "") {
    Row r;
    r.key = key;
    r.label = key;
    r.level = level;
    r.line = line;
    r.code = code;
    if (key == "总计" || key == "收入总计" || key == "支出总计") r.kind = RowKind::total;
    for (const auto& [col, text] : amounts) {
        Cell c;
        c.column = col;
        c.text = text;
        c.amount = Decimal::parse(text);
        c.line = line;
        r.cells.push_back(c);
    }
    return r;
}

// A coded row: key = code, level from the code length (3/5/7 digits).
inline Row coded(std::string code, Amounts amounts, LineNo line = 1, std::string name = "") {
    const int level = code.size() <= 3 ? 1 : code.size() <= 5 ? 2 : 3;
    Row r = row(code, amounts, level, line, code);
    if (!name.empty()) {
        r.label = name;
        Cell c;
        c.column = "名称";
        c.text = name;
        c.line = line;
        r.cells.push_back(c);
    }
    return r;
}

inline Table table(std::string id, std::vector<Row> rows) {
    Table t;
    t.id = id;
    t.rows = std::move(rows);
    return t;
}

inline Document document(std::vector<Table> tables) {
    Document d;
    d.year = "2026";
    d.unit = "万元";
    d.department = "测试单位";
    d.tables = std::move(tables);
    // A contents list naming only the tables given, so table.missing stays quiet.
    for (const Table& t : d.tables) d.contents.push_back({t.id, t.id, 1});
    if (d.contents.empty()) d.contents.push_back({"", "目录", 1});
    return d;
}

inline Findings check(const Document& d) { return check_document(d, tpl2026()); }

inline const Finding* at(const Findings& f, std::string_view table, std::string_view row, std::string_view column) {
    for (const Finding& x : f)
        if (x.severity != Severity::info && x.table == table && x.row == row && x.column == column) return &x;
    return nullptr;
}

// On a temporary list only "is there one" can be asked: a pointer into it
// would dangle once the full expression ends.
inline bool at(Findings&& f, std::string_view table, std::string_view row, std::string_view column) {
    return at(static_cast<const Findings&>(f), table, row, column) != nullptr;
}

inline int problems(const Findings& f) {
    int n = 0;
    for (const Finding& x : f)
        if (x.severity != Severity::info) ++n;
    return n;
}

}  // namespace yusuan::test
