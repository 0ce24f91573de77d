// One indicator row of a performance form in space-aligned text (pdftotext
// -layout), split into the form's columns. pdftotext prints a form's cells
// at positions that follow neither the header nor the rows of other pages,
// and separates neighbouring cells by as little as one space, so a row is
// split by what its cells look like (src/read/repair_indicator_row.hpp)
// under one constraint the layout keeps: within one row, a column is a
// range of positions shared by all its lines (a cell wrapped over three
// lines starts at the same place on each).
#pragma once
#include <string>
#include <vector>

#include "read/repair_indicator_row.hpp"

namespace yusuan::aligned_form {

// A word of a row: the text between single spaces on one line.
struct Atom {
    std::size_t line = 0;  // line within the row, top to bottom
    int start = 0, end = 0;  // code-point positions, end exclusive
    std::string text;
    // One space after the word before it: pdftotext may have pushed it right
    // of where it is printed (a line's text never overlaps itself).
    bool tight = false;
};

// The words of one line (`line`: its index within the row).
std::vector<Atom> line_atoms(const std::string& text, std::size_t line);

// What an indicator header cell holds, from its own words (一级指标,
// 指标值设置依据, 上年完成值, 指标分值权重, 指标赋分规则, 佐证资料…).
IndicatorRole header_role(std::size_t index, const std::string& header_text);

struct RowSplit {
    std::vector<std::string> cells;  // one per column, "" when empty
    std::vector<int> starts;         // per column, where its first word starts (-1 when empty)
};

// Splits a row into the columns (`roles`): the order-keeping split into
// position ranges whose texts fit their columns best, cutting between two
// words one space apart only when the cells on both sides read better.
// `hint`: per column, where the other rows of the page start it (-1 when
// unknown); a column starting there reads better (pdftotext shifts the rows
// of one page alike).
RowSplit split_row(const std::vector<Atom>& atoms, const std::vector<IndicatorRole>& roles,
                   const std::vector<int>& hint = {});

// Places the words of a row fragment (cells' tails wrapped past a page
// break or a blank line) under the columns of a row read nearby (`starts`
// from split_row): each run of words goes to the column it lies in, or to a
// near one when the cell of the row it continues (`above`, per column)
// reads better completed by it there.
RowSplit place_under(const std::vector<Atom>& atoms, const std::vector<IndicatorRole>& roles,
                     const std::vector<int>& starts, const std::vector<std::string>& above = {});

// Joins a cell's words top to bottom, left to right: a line wrapped inside
// a CJK word is joined without a space.
std::string join_atoms(std::vector<const Atom*> parts);

}  // namespace yusuan::aligned_form
