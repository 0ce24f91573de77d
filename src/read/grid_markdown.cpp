// Markdown pipe tables, as PDF-to-markdown tools write them: one row per
// line between pipes, a separator row after the first row, empty cells as
// nothing between two pipes, `\|` for a pipe inside a cell and `<br>` for a
// line break inside a cell.
#include "normalise/text.hpp"
#include "read/layouts.hpp"

namespace yusuan {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\f')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\f')) s.remove_suffix(1);
    return s;
}

bool is_separator_row(std::string_view s) {
    bool dash = false;
    for (char c : s) {
        if (c == '-') dash = true;
        else if (c != '|' && c != ':' && c != ' ') return false;
    }
    return dash;
}

// "<br>", "<br/>", "<br />" (any case) at `at`: its length, else 0.
std::size_t br_at(std::string_view s, std::size_t at) {
    if (s.size() - at < 4 || s[at] != '<' || (s[at + 1] != 'b' && s[at + 1] != 'B') ||
        (s[at + 2] != 'r' && s[at + 2] != 'R'))
        return 0;
    std::size_t k = at + 3;
    while (k < s.size() && s[k] == ' ') ++k;
    if (k < s.size() && s[k] == '/') ++k;
    return k < s.size() && s[k] == '>' ? k + 1 - at : 0;
}

}  // namespace

bool is_markdown_row(std::string_view line) {
    std::string_view s = trim(line);
    return s.size() >= 2 && s.front() == '|' && s.find('|', 1) != std::string_view::npos;
}

std::vector<std::string> markdown_cells(std::string_view line) {
    std::string_view s = trim(line);
    std::vector<std::string> cells;
    if (!is_markdown_row(s) || is_separator_row(s)) return cells;
    s.remove_prefix(1);
    if (!s.empty() && s.back() == '|' && !(s.size() >= 2 && s[s.size() - 2] == '\\')) s.remove_suffix(1);
    std::string cell;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '|') {
            cells.push_back(collapse_spaces(cell));
            cell.clear();
            continue;
        }
        if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '|') {
            cell += '|';
            ++i;
            continue;
        }
        if (std::size_t n = br_at(s, i)) {
            cell += ' ';
            i += n - 1;
            continue;
        }
        cell += s[i];
    }
    return cells;
}

std::vector<GridRow> markdown_rows(const std::vector<std::string>& lines, std::size_t begin, std::size_t end) {
    std::vector<GridRow> rows;
    for (std::size_t i = begin; i < end && i < lines.size(); ++i) {
        std::vector<std::string> cells = markdown_cells(lines[i]);
        if (cells.empty()) continue;
        GridRow r;
        r.line = static_cast<LineNo>(i + 1);
        r.cells = std::move(cells);
        rows.push_back(std::move(r));
    }
    return rows;
}

}  // namespace yusuan
