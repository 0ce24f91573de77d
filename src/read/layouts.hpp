// The layout readers behind read_block_grid (read/grid.hpp): each turns the
// lines of one table region into grid rows at consistent positions, so the
// table and form readers work the same whichever tool made the text.
#pragma once
#include <string>
#include <vector>

#include "read/grid.hpp"

namespace yusuan {

// ---- markdown pipe tables (grid_markdown.cpp)

// A line that is a pipe-table row: starts with '|' (after spaces) and has
// another '|'.
bool is_markdown_row(std::string_view line);

// The cells of a pipe-table row ("| a | b\|c |" → "a", "b|c"); `<br>` inside
// a cell is a line break (a space), whitespace collapsed. A separator row
// ("|---|:--|") gives no cells.
std::vector<std::string> markdown_cells(std::string_view line);

// Rows of the markdown table in lines [begin, end) (all markdown rows).
std::vector<GridRow> markdown_rows(const std::vector<std::string>& lines, std::size_t begin, std::size_t end);

// ---- HTML tables (grid_html.cpp)

// Whether a line opens / closes an HTML table.
bool opens_html_table(std::string_view line);
bool closes_html_table(std::string_view line);

// Rows of the HTML table(s) in lines [begin, end), parsed with gumbo:
// rowspan/colspan expanded so that a merged cell's text sits at its first
// position and the positions it covers are empty (as a tab-separated table
// prints them); <br> is a space; entities decoded; text outside the tables
// (a <caption>, text around them) goes to `loose`.
void html_table_rows(const std::vector<std::string>& lines, std::size_t begin, std::size_t end, Grid& out);

// The text of one line of HTML outside tables: tags removed, entities
// decoded, whitespace collapsed ("<h2>部门收支总体情况表</h2>" → the title).
std::string html_line_text(std::string_view line);

// ---- space-aligned columns, pdftotext -layout (grid_aligned.cpp)

// Reads a block with no cell separators: columns found from the alignment of
// figures and header text across the block's lines; wrapped cells joined;
// page furniture skipped; lines that are not table rows become loose text.
Grid aligned_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end,
                  const HeaderWords& header_words = {}, const HeaderWords& group_words = {});

// A performance form in space-aligned text (grid_aligned_form.cpp): rows are
// the groups of lines between blank lines (a cell wraps inside its row);
// label/value rows give their cells in order, indicator rows are placed
// under the indicator header (`indicator_words`). A row with a 基本信息 label
// (`field_words`) after the indicator header is the form's head repeated
// on a new page: left out.
Grid aligned_form_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end,
                       const HeaderWords& indicator_words, const HeaderWords& field_words = {});

// ---- shared by the readers (layout.cpp)

// Header rows printed over two lines (a wrapped header cell whose second
// part lands in a row of its own) are merged back: in the rows before the
// first data row, a row whose every filled cell sits under a filled cell of
// the row above continues that row, unless all its cells are header words
// themselves (a header level of its own, like 类 款 项). Without header
// words nothing is merged: the two cases cannot be told apart.
void merge_wrapped_header_rows(std::vector<GridRow>& rows, const HeaderWords& header_words);

// A cell that holds data (an amount or a classification code), not header text.
bool is_data_text(const std::string& cell);

}  // namespace yusuan
