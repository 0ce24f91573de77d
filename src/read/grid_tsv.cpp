#include "read/grid.hpp"
#include "normalise/text.hpp"

namespace yusuan {

bool looks_tab_separated(const std::vector<std::string>& lines, std::size_t begin, std::size_t end) {
    int with_tabs = 0;
    for (std::size_t i = begin; i < end; ++i)
        if (lines[i].find('\t') != std::string::npos && ++with_tabs >= 2) return true;
    return false;
}

namespace {
// A markdown separator row (---|---) or a line of dashes: extraction debris.
bool is_rule_line(std::string_view s) {
    bool any = false;
    for (char c : s) {
        if (c == '-' || c == '|' || c == ':') any = true;
        else if (c != ' ' && c != '\t') return false;
    }
    return any;
}
}  // namespace

Grid tsv_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end) {
    Grid g;
    for (std::size_t i = begin; i < end; ++i) {
        const std::string& l = lines[i];
        if (l.find_first_not_of(" \t\f") == std::string::npos) continue;
        if (is_rule_line(l)) continue;
        if (l.find('\t') == std::string::npos) {
            g.loose.push_back({static_cast<LineNo>(i + 1), collapse_spaces(l), ""});
            continue;
        }
        GridRow r;
        r.line = static_cast<LineNo>(i + 1);
        for (std::string_view c : split_tabs(l)) r.cells.push_back(collapse_spaces(c));
        g.rows.push_back(std::move(r));
    }
    return g;
}

}  // namespace yusuan
