// Which cells of a standard table are formulas, and what they compute.
//
// The structure comes from the rows themselves (codes, key paths, kinds) and
// the template (sum_columns), never from the figures: a parent row (类, 款,
// a label with "/"-children, a unit row) is the sum of its children in every
// amount column; a total row (总计, 收入总计, 支出总计) is the sum of the
// top-level rows of its side; in a row without children, each `sum_columns`
// total (合计 = 基本支出 + 项目支出, …) is the sum of its parts. Because sums
// are linear, a parent's row identity then holds whenever its children's do.
//
// Values are exact Decimals: a formula's value is the sum of its terms'
// values (formulas recursively, stated figures otherwise, blank = 0). The
// writer hands these to libxlsxwriter as the cached results, so a reader that
// does not recalculate sees exactly what the formulas compute.
#pragma once
#include <compare>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/decimal.hpp"
#include "model/document.hpp"
#include "templates/template.hpp"

namespace yusuan::xlsx {

struct CellKey {
    size_t row = 0;           // index into Table::rows
    std::string column;       // canonical column key (on the row's side)
    auto operator<=>(const CellKey&) const = default;
};

enum class FormulaKind { hierarchy, total, identity };

struct Formula {
    FormulaKind kind = FormulaKind::hierarchy;
    std::vector<CellKey> terms;   // summed
    Decimal value;                // exact result
};

struct TableFormulas {
    std::map<CellKey, Formula> formulas;
    std::map<CellKey, Decimal> values;   // every amount cell: formula result or stated (blank = 0)

    const Formula* formula(const CellKey& k) const;
    Decimal value(const CellKey& k) const;
    // The figure the document prints in this cell, if any.
    static std::optional<Decimal> stated(const Table& t, const CellKey& k);
    // A formula whose result differs from the figure the document prints.
    bool differs(const Table& t, const CellKey& k) const;
    // The formula evaluated over the document's own figures for its terms:
    // equal to the stated figure when the difference only comes from below.
    Decimal over_stated_terms(const Table& t, const CellKey& k) const;
};

// Amount columns of `row` (template order, restricted to the row's side).
std::vector<std::string> amount_columns(const TableSpec& spec, const Row& row);

// A unit row: the reader's RowKind::unit, or in a label-keyed table a row that
// names the department itself (it subtotals the rows printed after it).
bool is_unit_row(const Table& t, const TableSpec& spec, const Row& row, std::string_view department);

TableFormulas plan_formulas(const Table& t, const TableSpec& spec, std::string_view department);

}  // namespace yusuan::xlsx
