// What every rule works with: the document, the template, the rule set and
// the findings list, plus the one place where a stated figure is compared
// with what the arithmetic gives (tolerance, severity, formatting).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "check/rules.hpp"
#include "model/document.hpp"
#include "model/finding.hpp"
#include "templates/template.hpp"

namespace yusuan {

// A sum of printed cells: blank cells add nothing and are not counted as summands.
struct Sum {
    Decimal value{0, 0};
    int terms = 0;
    void add(const std::optional<Decimal>& d) {
        if (d) {
            value += *d;
            ++terms;
        }
    }
};

struct CheckContext {
    const Document& doc;
    const Template& tpl;
    const RuleSet& rules;
    Findings& out;

    // Compares `stated` (nullopt = blank, counts as 0) with `expected`, the
    // sum of `terms` summands. Equal: nothing. |diff| ≤ tolerance × terms:
    // a rounding warning; more: an error. Returns true if a finding was made.
    bool compare(std::string rule, std::string table, std::string row, std::string column,
                 const std::optional<Decimal>& stated, Decimal expected, int terms, LineNo line,
                 std::string message);

    Severity severity_for(Decimal diff, int terms) const;

    void add(Severity s, std::string rule, std::string table, std::string row, std::string column,
             std::string stated, std::string expected, LineNo line, std::string message);

    // Lines where the reader says rows were lost (repair kind "lost-rows").
    std::vector<LineNo> lost_lines(const Table& t) const;
};

// Amount columns that hold at least one printed figure in the table (template order first).
std::vector<std::string> amount_columns(const Table& t, std::string_view side = "");

// The value of a cell reference: the first row alternative present (an
// alternative "A+B" adds rows, A must be printed); columns added.
// nullopt when the table or row is absent; `line` gets the cell's source line.
std::optional<Sum> resolve(const Document& doc, const CellRef& ref, LineNo* line = nullptr);

// The value rounded half away from zero to `scale` decimals (only ever coarser).
Decimal round_to(Decimal d, int scale);

// The precision a table prints its amounts with: the most decimals seen.
int printed_scale(const Table& t);

// True if the table is printed with rows (present and not declared empty).
bool has_rows(const Table* t);

}  // namespace yusuan
