// Reads one standard table from a grid, by the template's columns: header
// rows are recognised by their words and mapped onto canonical column keys
// by text (not by position alone); data rows get facts.md row keys.
#pragma once
#include <vector>

#include "model/document.hpp"
#include "read/grid.hpp"
#include "templates/template.hpp"

namespace yusuan {

void read_table(const Grid& grid, const TableSpec& spec, const Template& tpl, Table& out,
                std::vector<Repair>& repairs);

// Header words of a table (match_key form): column keys, leaves, aliases,
// header texts and group words.
bool is_header_word(const TableSpec& spec, const std::string& key);

// Nesting level of a t01/t04 income label from its numbering:
// "一、" → 1, "1." / "（1）" → 2, none → 0 (unnumbered).
int numbering_level(const std::string& label);

// The label with numbering and "其中：" removed, whitespace removed.
std::string strip_label(const std::string& label);

}  // namespace yusuan
