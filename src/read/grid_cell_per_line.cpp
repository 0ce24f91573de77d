#include "read/grid_cell_per_line.hpp"

#include "normalise/text.hpp"

namespace yusuan {

namespace {

bool blank(const std::string& l) { return l.find_first_not_of(" \t\f\r") == std::string::npos; }

// A line holding one cell: a tab, then text with no further tab.
bool is_cell_line(const std::string& l) {
    return !l.empty() && l[0] == '\t' && l.find('\t', 1) == std::string::npos;
}

// Leading spaces of the cell text (U+3000 already made a plain space).
size_t indent_of(const std::string& cell) {
    size_t n = 0;
    while (n < cell.size() && cell[n] == ' ') ++n;
    return n == cell.size() ? 0 : n;
}

}  // namespace

bool looks_cell_per_line(const std::vector<std::string>& lines, std::size_t begin, std::size_t end) {
    int single = 0, multi = 0, breaks = 0;
    for (std::size_t i = begin; i < end && i < lines.size(); ++i) {
        const std::string& l = lines[i];
        if (l.find('\t') == std::string::npos) {
            if (blank(l) && i > begin && is_cell_line(lines[i - 1])) ++breaks;
            continue;
        }
        if (is_cell_line(l)) ++single;
        else ++multi;
    }
    // Mostly single cells, and rows of several cells (fewer breaks than cells).
    return single >= 4 && single > 3 * multi && breaks > 0 && single >= 2 * breaks;
}

Grid cell_per_line_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end) {
    Grid g;
    GridRow row;
    auto flush = [&] {
        bool any = false;
        for (const std::string& c : row.cells)
            if (!c.empty()) any = true;
        if (any) g.rows.push_back(std::move(row));
        row = GridRow{};
    };
    for (std::size_t i = begin; i < end && i < lines.size(); ++i) {
        const std::string& l = lines[i];
        if (is_cell_line(l)) {
            const std::string text = l.substr(1);
            std::string cell = collapse_spaces(text);
            // Keep indentation as a marker of nesting (at most four spaces).
            if (!cell.empty() && indent_of(text) >= 2) cell = std::string(4, ' ') + cell;
            if (row.cells.empty()) row.line = static_cast<LineNo>(i + 1);
            row.cells.push_back(std::move(cell));
            row.cell_lines.push_back(static_cast<LineNo>(i + 1));
            continue;
        }
        if (blank(l)) {
            flush();
            continue;
        }
        flush();
        if (l.find('\t') != std::string::npos) {
            // A tab-separated line among single cells: a row of its own.
            GridRow r;
            r.line = static_cast<LineNo>(i + 1);
            for (std::string_view c : split_tabs(l)) r.cells.push_back(collapse_spaces(c));
            g.rows.push_back(std::move(r));
            continue;
        }
        g.loose.push_back({static_cast<LineNo>(i + 1), collapse_spaces(l), ""});
    }
    flush();
    return g;
}

}  // namespace yusuan
