// A template: the layout of one year's (or region's) standard tables, read
// from templates/<name>/*.toml. Reader, checker and writers all take their
// table knowledge from here, so a new template is a new folder, not new code.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace yusuan {

enum class ColumnRole { code1, code2, code3, code, name, project, label, amount };
enum class TableLayout { two_sided, function_coded, economic_coded, project_coded, labelled };

struct ColumnSpec {
    std::string key;                  // facts.md column key
    ColumnRole role = ColumnRole::amount;
    std::string side;                 // "income" / "expense" for two-sided tables
    std::string leaf;                 // printed leaf header (defaults to key)
    std::vector<std::string> aliases; // other printed wordings
};

struct HeaderCell {
    std::string text;
    int cols = 1, rows = 1;
};

struct RowSpec {                      // a fixed row of a label-keyed table
    std::string key;
    std::vector<std::string> aliases;
};

struct TableSpec {
    std::string id;
    int number = 0;
    std::string sheet;                // workbook sheet name
    std::string title;
    std::vector<std::string> variants;
    TableLayout layout = TableLayout::function_coded;
    std::vector<ColumnSpec> columns;
    std::vector<std::vector<HeaderCell>> header;
    std::vector<std::string> group_words;   // header texts that are not leaves
    std::map<std::string, std::vector<std::string>> sum_columns;  // 合计 = Σ parts
    std::vector<RowSpec> rows;
    std::string income_total, expense_total;
    // Two-sided tables: income items that belong under a parent item, for
    // text that lost the indentation showing it (match_key form).
    std::map<std::string, std::vector<std::string>> income_children;
    bool transposed = false;          // printed sideways: items as columns (2021 三公)

    // Amount columns (canonical keys), in template order; side "" = all.
    std::vector<std::string> amount_keys(std::string_view side = "") const;
};

struct FieldSpec {
    std::string key;
    std::vector<std::string> aliases;
    bool number = false;              // the value is an amount or a weight
};

struct FormSpec {
    std::string id;                   // "p00" for the department form; prefix "p" for projects
    std::string title;
    std::vector<std::string> variants;
    std::string sheet;
    std::string budget_field;
    std::string weight_column;
    std::vector<FieldSpec> fields;
    std::vector<FieldSpec> indicator_columns;
};

struct Template {
    std::string name;                 // "2026"
    std::string dir;                  // folder it was loaded from
    std::vector<std::string> parts;
    std::string narrative_part;
    std::vector<TableSpec> tables;
    FormSpec department_form;
    FormSpec project_form;
    std::map<std::string, std::string> function_classes;  // "201" -> 一般公共服务支出
    std::map<std::string, std::string> economic_classes;  // "301" -> 工资福利支出, "30101" -> …
    std::string rules_path;           // rules.toml, read by the checker

    const TableSpec* table(std::string_view id) const;
};

struct TemplateError {
    std::string message;              // names the file and, where known, the line
};

// Loads templates/<name>/tables.toml (+ classes.toml if present).
// Returns the template or an error; never throws.
std::optional<Template> load_template(const std::string& dir, TemplateError& err);

// The folder holding the template folders: $YUSUAN_TEMPLATES, else the
// installed/compiled-in path, else ./templates.
std::string templates_root();

// All templates under the root, newest first ("2026", "2021", …).
std::vector<Template> load_all_templates(TemplateError& err);

}  // namespace yusuan
