// A common grid: what every layout reader (tab-separated, one cell per line,
// markdown, HTML, space-aligned) turns a block of lines into. The table and
// form readers work on grids only, so they do not care which tool made the text.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace yusuan {

struct GridRow {
    LineNo line = 0;                 // source line of the row's first cell
    std::vector<std::string> cells;  // cleaned cell texts, positions as printed
    std::vector<LineNo> cell_lines;  // per cell, when cells come from several lines (else empty)
};

struct Grid {
    std::vector<GridRow> rows;
    std::vector<Paragraph> loose;    // lines of the block that are not table rows
    // Columns found from spaces (pdftotext -layout): a row's figures are
    // placed by position, and every row of a page, the total row too,
    // drifts alike, so a total row cannot vouch for the other rows' columns.
    bool placed_by_position = false;
    std::vector<Repair> repairs;     // changes the layout reader made to read the text (joined figures, …)
};

// Tab-separated rows: a line with at least one tab is a row; other non-empty
// lines are loose text. `lines` are cleaned lines; [begin, end) 0-based.
Grid tsv_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end);

// The layout reader for one block (a table or form and its surroundings):
// picks the layout the block's lines are in, per block, not per file.
// What the caller knows about the block, when it knows which table or form
// it holds. `header_words` says whether a text (match_key form) is one of its
// header words (for a form: an indicator column name): it lets a reader tell
// a header row printed over two lines from two header levels, and place
// space-aligned columns. `group_words` says whether a text is a group heading
// over several columns (for a form: a 基本信息 field label). `form`: a
// performance form (label/value rows, then an indicator table).
using HeaderWords = std::function<bool(const std::string&)>;
struct LayoutHints {
    HeaderWords header_words;
    HeaderWords group_words;
    bool form = false;
};
Grid read_block_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end,
                     const LayoutHints& hints = {});

// Whether a block is tab-separated (has rows with tabs).
bool looks_tab_separated(const std::vector<std::string>& lines, std::size_t begin, std::size_t end);

}  // namespace yusuan
