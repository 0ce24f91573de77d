// Realigns a performance-form indicator row whose cells were printed in the
// wrong columns (a row shifted one cell right or left, a 三级 name printed in
// the first cell, an extra empty cell). Each cell is judged by what it looks
// like (a weight is a small integer, a rule says 赋分, a basis is a …标准, a
// 一级/二级 name ends in 指标, …); the cells keep their printed order and are
// placed on the template's columns. A row is moved only when its printed
// placement is impossible and exactly one best placement has no impossible
// cell; otherwise it is left as printed.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace yusuan {

// What an indicator column holds, derived from the template's column keys.
enum class IndicatorRole { level1, level2, level3, value, basis, prior, weight, rule, evidence, other };

// What a cell looks like.
enum class IndicatorCellKind { level, weight, rule, evidence, basis, slash, value, text };

IndicatorCellKind classify_indicator_cell(const std::string& text);

// How well a cell of this kind fits a column of this role: > 0 fits, 0
// possible, < 0 impossible. `level1_likely`: the row prints both 一级 and
// 二级 names (else a lone 指标 name is the 二级 one, under a merged 一级 cell).
int indicator_fit(IndicatorCellKind kind, IndicatorRole role, bool level1_likely);

// Role of the template's indicator column `index` with this key ("指标分值权重"…).
IndicatorRole indicator_role(std::size_t index, const std::string& key, bool number);

struct RowPlacement {
    enum class Outcome { as_printed, realigned, ambiguous } outcome = Outcome::as_printed;
    // For each input cell: the template column index it goes to (-1 = nowhere).
    std::vector<int> column;
};

// `cells`: the row's non-empty cells in printed order; `printed`: the template
// column each one sits under as printed (-1 = beyond the header); `roles`: the
// role of each template column.
RowPlacement place_indicator_cells(const std::vector<std::string>& cells, const std::vector<int>& printed,
                                   const std::vector<IndicatorRole>& roles);

}  // namespace yusuan
