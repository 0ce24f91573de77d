// The checker's rule set, read from the template's rules.toml: tolerance,
// which tables are summed by hierarchy, balances, cross-table identities,
// form rules and the narrative's subject phrases. Structural knowledge is
// data so that a new template brings its own rules.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/decimal.hpp"

namespace yusuan {

// One cell of a table; `rows` are alternative keys (the first present wins),
// `columns` are added up (t02 一般公共预算 + 上级一般公共预算安排的转移支付).
struct CellRef {
    std::string table;
    std::vector<std::string> rows;
    std::vector<std::string> columns;
};

// A single-cell identity: `at` (the later table, where the finding goes) = `from`.
struct CellIdentity {
    std::string name;
    CellRef at;
    CellRef from;
    std::string unless_printed;   // applies only while this table prints no rows (t11 vs t06 30227: no projects)
};

// A row-by-row identity between two coded tables: for every coded row of
// `table` (optionally only of `level`), `column` = Σ `from_columns` of the
// rows of `from_table` with the same code.
struct RowIdentity {
    std::string name;
    std::string table, column;
    std::string from_table;
    std::vector<std::string> from_columns;
    std::string from_side;     // two-sided source (t01/t04): "expense"
    int level = 0;             // 0 = every coded row
};

// 收入总计 = 支出总计 within one two-sided table; reported at the expense total.
struct Balance {
    std::string table, income_row, expense_row, column;
};

// A narrative subject: text ending with `phrase` (kept in match_key form) states the
// figure of one of `cells` (the first is the one reported as expected).
// `section` limits it to paragraphs under a heading containing that word.
struct Subject {
    std::string phrase;
    std::string section;
    std::string context;       // …and to sentences containing this word
    std::vector<std::string> unless_after;   // not where the phrase follows one of these
    std::vector<CellRef> cells;
    bool percent_base = true;  // its figure is the base of the shares that follow
    int item = 0;              // the [[narrative.subject]] entry: its phrases name one item
};

// A whole (a figure whose clause ends with one of `whole`) followed by its
// exhaustive breakdown: one figure for each of `parts` (words its clause contains).
struct PartsRule {
    std::vector<std::string> whole, parts;   // match_key form
};

struct RuleSet {
    Decimal tolerance{1, 2};                 // per summand, in the printed unit
    std::vector<std::string> hierarchy_tables;
    std::vector<Balance> balances;
    std::vector<CellIdentity> cell_identities;
    std::vector<RowIdentity> row_identities;
    std::vector<std::string> name_tables;    // tables compared for classification names

    // Performance forms.
    std::optional<Decimal> weights_total;    // 90 in the 2026 template
    std::string cost_indicator;              // 二级指标 word of cost indicators: 成本指标
    CellRef department_budget;               // p00 资金总额 = this (t01 收入总计)
    std::string project_table, project_column;  // pNN 年度预算总额 = its t07 row(s)

    // Narrative.
    std::vector<Subject> subjects;
    std::vector<PartsRule> parts;
    std::vector<std::string> class_tables;   // where "X（类）Y（款）Z（项）" figures are looked up
    std::string class_column;
    std::vector<std::string> placeholders;   // XX局, XXX, ××
    std::vector<std::string> year_words;     // "YYYY年" + one of these is a budget-year figure or heading
};

struct RulesError {
    std::string message;
};

// Reads rules.toml; an empty path or a missing file gives an empty rule set
// (check_document then applies the structural defaults of the template).
std::optional<RuleSet> load_rules(const std::string& path, RulesError& err);

}  // namespace yusuan
