// Segmentation: which lines are the contents, which a table or a form (by
// their titles, as the template words them), and which running text.
#pragma once
#include <string>
#include <vector>

#include "model/document.hpp"
#include "templates/template.hpp"

namespace yusuan {

enum class BlockKind { table, department_form, project_form };

struct Block {
    BlockKind kind = BlockKind::table;
    std::string id;              // table id for tables ("t05"); "" for forms
    std::string title;           // as printed (markup removed)
    std::string number;          // printed "表 N" number, if any
    LineNo title_line = 0;
    std::size_t begin = 0, end = 0;  // line indices (0-based) of the body, after the title
};

struct Segmentation {
    std::vector<Block> blocks;
    std::vector<std::size_t> text_lines;   // indices of lines outside every block
    std::vector<ListedTable> contents;
    std::vector<std::pair<std::size_t, std::string>> part_headings;  // index, part name (real headings only)
    std::string department, year, unit;
    LineNo department_line = 0, year_line = 0, unit_line = 0;
};

// `lines` are cleaned lines (clean_line applied), lines[0] is line 1.
Segmentation segment(const std::vector<std::string>& lines, const Template& tpl);

// How well a template fits: number of distinct table titles found.
int template_fit(const std::vector<std::string>& lines, const Template& tpl);

// The table id whose title (or a variant) this text is, or "" (match_key form).
std::string title_table_id(const std::string& key, const Template& tpl);

// "第三部分 …" → "第三部分", else "".
std::string part_name(const std::string& key);

}  // namespace yusuan
