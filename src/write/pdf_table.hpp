// A table on PDF pages: merged multi-row headers, columns sized to their
// content, wrapped text cells, right-aligned amounts, shaded total rows,
// cells marked with the colour of their finding, and long tables continued
// on the next page with the caption and header repeated.
#pragma once
#include <string>
#include <vector>

#include "write/pdf_flow.hpp"

namespace yusuan {

enum class Mark { none, info, warning, error };

struct PdfColumn {
    std::string header;  // leaf header text (used when `header` rows are absent)
    Align align = Align::left;
    bool wrap = false;  // long text may wrap onto several lines
};

struct PdfHeaderCell {
    std::string text;
    int cols = 1, rows = 1;
};

struct PdfCell {
    std::string text;
    int indent = 0;  // in character widths
    Mark mark = Mark::none;
};

struct PdfRow {
    std::vector<PdfCell> cells;  // one per column (missing cells are blank)
    bool total = false;
};

struct PdfTable {
    std::string caption;  // repeated as "<caption>（续）" on continuation pages
    std::vector<PdfColumn> columns;
    std::vector<std::vector<PdfHeaderCell>> header;  // merged header rows; empty: one row of leaf headers
    std::vector<PdfRow> rows;
};

struct TableFit {
    float font_size = 7.5f;
    bool landscape = false;
    std::vector<float> widths;
};

// The largest type size (from the style's table size down to its minimum)
// and orientation at which the table fits the page width; portrait first,
// landscape only if `allow_landscape`.
TableFit fit_table(const Canvas& canvas, const PdfTable& table, bool allow_landscape);

void draw_table(Flow& flow, const PdfTable& table, const TableFit& fit);

// The height of the header plus the first row: what a heading placed above
// the table must keep on its page so that it is not left alone.
float table_lead_height(const Canvas& canvas, const PdfTable& table, const TableFit& fit);

}  // namespace yusuan
