// Table shapes the column mapping must know about before it reads rows:
// headers whose merged cells are printed once (Word's cell-per-line text),
// and tables printed sideways (2021 三公: items as columns of one row).
#pragma once
#include <functional>
#include <vector>

#include "model/document.hpp"
#include "read/grid.hpp"
#include "templates/template.hpp"

namespace yusuan {

// Whether the header rows print merged cells once (a header row with fewer
// cells than the data rows) while the data rows are as wide as the
// template's columns (or one wider, a trailing empty cell).
bool merges_collapsed(const std::vector<const GridRow*>& header, const Grid& grid, std::size_t first_data,
                      const TableSpec& spec);

// A sideways table: the first data row's cells are the template's rows, in
// order, each value in the template's first amount column. `skip` says which
// grid rows are headers or notes.
void read_transposed(const Grid& grid, std::size_t first_data, const TableSpec& spec, Table& out,
                     const std::function<bool(const GridRow&)>& skip);

}  // namespace yusuan
