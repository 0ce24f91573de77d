// The document model: what a budget disclosure says, read exactly, with the
// source line of every cell. Every stage after reading sees only this.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/decimal.hpp"

namespace yusuan {

// A 1-based line of the input text (0 = not from the text, e.g. restored).
using LineNo = int;

struct Cell {
    std::string column;              // canonical column key (facts.md), e.g. "合计", "名称"
    std::string text;                // the cell as printed, normalised (tags gone, spaces collapsed)
    std::optional<Decimal> amount;   // set when the cell is an amount
    LineNo line = 0;
};

enum class RowKind {
    item,    // an ordinary row: a code row (类/款/项, 301/30101) or a labelled item
    total,   // 总计 / 合计 / 收入总计 / 支出总计
    unit,    // t07: a row naming the unit itself (key "单位/<name>")
};

struct Row {
    std::string key;        // facts.md row key: "2010450", "本年收入/一般公共预算拨款", "总计"
    std::string label;      // printed label or 科目名称 (after repairs)
    std::string code;       // classification code digits, "" if none
    int level = 0;          // 1 = 类 / 301, 2 = 款, 3 = 项; label rows: nesting depth
    std::string side;       // two-sided tables (t01, t04): "income" or "expense"; else ""
    RowKind kind = RowKind::item;
    LineNo line = 0;
    std::vector<Cell> cells;

    const Cell* cell(std::string_view column) const;
    std::optional<Decimal> amount(std::string_view column) const;
};

struct Table {
    std::string id;            // canonical role: t01..t12, x01..
    std::string title;         // as printed
    std::string number;        // the printed number ("1" of "表 1"), may be empty
    std::string unit;          // "万元" unless the table says otherwise
    LineNo line = 0;           // title line
    std::vector<std::string> columns;  // canonical leaf column keys, in printed order
    std::vector<Row> rows;
    bool declared_empty = false;       // the document says "…为空表"
    // Row keys whose children are incomplete because rows were lost (at a
    // page break); never filled in by invention. The checker reports rows.missing.
    std::vector<std::string> incomplete_parents;
    std::string empty_statement;       // the sentence that says so
    LineNo empty_statement_line = 0;

    const Row* row(std::string_view key) const;
};

// A performance target form: p00 (部门整体) or pNN (one per project).
struct Indicator {
    LineNo line = 0;
    std::vector<Cell> cells;   // columns: 一级指标, 二级指标, 三级指标, 指标值, …
    const Cell* cell(std::string_view column) const;
};

struct Form {
    std::string id;            // p00, p01, …
    std::string title;
    LineNo line = 0;
    std::vector<Cell> info;    // 基本信息 fields, column = field name
    std::vector<Indicator> indicators;

    const Cell* field(std::string_view name) const;
};

// A paragraph of running text (narrative, overview, notes), one source line.
struct Paragraph {
    LineNo line = 0;
    std::string text;
    std::string part;          // "第一部分"…, or "" before the first part
};

// A table the document's contents list or declares (for the missing-table rule).
struct ListedTable {
    std::string id;
    std::string title;
    LineNo line = 0;
};

// A change the reader made to the text to read it: reported as an info finding.
struct Repair {
    std::string kind;          // split-number, wrapped-text, truncated-name, …
    LineNo line = 0;
    std::string raw;
    std::string result;
    std::string table, row, column;   // where it landed, when known
};

struct Document {
    std::string source;        // input path as given
    std::string department;
    std::string year;
    std::string unit;          // document unit, e.g. 万元
    LineNo department_line = 0, year_line = 0, unit_line = 0;
    std::string template_name; // "2026", "2021", …

    std::vector<Table> tables;
    std::vector<Form> forms;
    std::vector<Paragraph> paragraphs;
    std::vector<ListedTable> contents;
    std::vector<Repair> repairs;

    const Table* table(std::string_view id) const;
    Table* table(std::string_view id);
    const Form* form(std::string_view id) const;
};

}  // namespace yusuan
