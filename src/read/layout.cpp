// Layout detection per region of a block: one file, even one block, can mix
// layouts (a markdown table, an HTML table, tab-separated rows). A block with
// no cell separators at all is read as space-aligned columns.
#include <algorithm>

#include "normalise/text.hpp"
#include "read/grid.hpp"
#include "read/grid_cell_per_line.hpp"
#include "read/layouts.hpp"

namespace yusuan {

bool is_data_text(const std::string& cell) {
    if (cell.empty()) return false;
    return parse_amount(cell).has_value();
}

void merge_wrapped_header_rows(std::vector<GridRow>& rows, const HeaderWords& header_words) {
    if (!header_words) return;
    std::size_t first_data = rows.size();
    for (std::size_t i = 0; i < rows.size() && first_data == rows.size(); ++i)
        for (const std::string& c : rows[i].cells)
            if (is_data_text(c)) {
                first_data = i;
                break;
            }
    for (std::size_t i = 1; i < first_data && i < rows.size();) {
        const GridRow& above = rows[i - 1];
        const GridRow& r = rows[i];
        bool any = false, under = true, all_words = true;
        for (std::size_t p = 0; p < r.cells.size(); ++p) {
            if (r.cells[p].empty()) continue;
            any = true;
            if (p >= above.cells.size() || above.cells[p].empty()) under = false;
            if (!header_words(match_key(r.cells[p]))) all_words = false;
        }
        if (!any || !under || all_words) {
            ++i;
            continue;
        }
        GridRow& into = rows[i - 1];
        for (std::size_t p = 0; p < r.cells.size(); ++p)
            if (!r.cells[p].empty()) into.cells[p] = collapse_spaces(into.cells[p] + " " + r.cells[p]);
        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i));
        --first_data;
    }
}

namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\f") == std::string_view::npos; }

// Whether the block has any cell separators (tabs, pipes, table markup).
bool structured(const std::vector<std::string>& lines, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
        const std::string& l = lines[i];
        if (l.find('\t') != std::string::npos || is_markdown_row(l) || opens_html_table(l)) return true;
    }
    return false;
}

}  // namespace

Grid read_block_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end,
                     const LayoutHints& hints) {
    const HeaderWords& header_words = hints.header_words;
    end = std::min(end, lines.size());
    if (begin >= end) return {};
    // One cell per line (Word's text export), rows between empty lines.
    if (looks_cell_per_line(lines, begin, end)) return cell_per_line_grid(lines, begin, end);
    if (!structured(lines, begin, end)) {
        Grid g = hints.form ? aligned_form_grid(lines, begin, end, header_words, hints.group_words)
                            : aligned_grid(lines, begin, end, header_words, hints.group_words);
        g.placed_by_position = true;
        return g;
    }

    Grid g;
    std::size_t i = begin;
    while (i < end) {
        const std::string& l = lines[i];
        if (opens_html_table(l)) {
            std::size_t j = i;
            while (j < end && !closes_html_table(lines[j])) ++j;
            j = std::min(j + 1, end);
            html_table_rows(lines, i, j, g);
            i = j;
        } else if (is_markdown_row(l)) {
            std::size_t j = i;
            while (j < end && is_markdown_row(lines[j])) ++j;
            std::vector<GridRow> rows = markdown_rows(lines, i, j);
            merge_wrapped_header_rows(rows, hints.form ? HeaderWords{} : header_words);
            for (GridRow& r : rows) g.rows.push_back(std::move(r));
            i = j;
        } else if (l.find('\t') != std::string::npos) {
            std::size_t j = i;
            while (j < end && lines[j].find('\t') != std::string::npos) ++j;
            Grid t = tsv_grid(lines, i, j);
            for (GridRow& r : t.rows) g.rows.push_back(std::move(r));
            for (Paragraph& p : t.loose) g.loose.push_back(std::move(p));
            i = j;
        } else {
            if (!blank(l)) {
                std::string text = l.find('<') != std::string::npos ? html_line_text(l) : collapse_spaces(l);
                if (!text.empty()) g.loose.push_back({static_cast<LineNo>(i + 1), std::move(text), ""});
            }
            ++i;
        }
    }
    std::sort(g.loose.begin(), g.loose.end(), [](const Paragraph& a, const Paragraph& b) { return a.line < b.line; });
    return g;
}

}  // namespace yusuan
