// Small text helpers of the workbook writer: how wide CJK text prints, what a
// legal sheet name is, and A1-style cell references. Pure functions, no
// libxlsxwriter state, so they are unit-tested on their own.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace yusuan::xlsx {

// Width of `text` in Excel character units: a CJK or full-width character
// takes about two Latin widths in the default fonts.
double display_width(std::string_view text);

// Lines `text` needs when wrapped in a column `width` units wide (at least 1).
int wrapped_lines(std::string_view text, double width);

// A sheet name Excel accepts: no []:*?/\, no leading/trailing apostrophe,
// at most 31 characters, not empty, unique within `used` (case-insensitive
// for ASCII, as Excel compares). The chosen name is added to `used`.
std::string sheet_name(std::string_view wanted, std::set<std::string>& used);

// "E12" (0-based row, col); absolute gives "$E$12".
std::string cell_ref(int row, int col, bool absolute = false);
// "'表1 收支总体'!E12": a reference from another sheet.
std::string sheet_cell_ref(std::string_view sheet, int row, int col, bool absolute = false);

}  // namespace yusuan::xlsx

namespace yusuan::xlsx {
// "SUM(E5:E9,E12)" over cells given as (row, col): runs of adjacent cells
// become ranges; more than 250 arguments are split into nested SUMs (Excel
// allows 255 per function).
std::string sum_formula(std::vector<std::pair<int, int>> cells);
}  // namespace yusuan::xlsx
