#include "write/xlsx_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace yusuan::xlsx {

namespace {

// Decodes one UTF-8 code point at `i` (advancing it); invalid bytes count as
// one Latin-1 character so that width estimates never fail.
char32_t next_code_point(std::string_view s, size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
    if (i + static_cast<size_t>(len) > s.size()) len = 1;
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1Fu) : len == 3 ? (b & 0x0Fu) : (b & 0x07u);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3Fu);
    i += static_cast<size_t>(len);
    return cp;
}

bool is_wide(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) || cp == 0x201C || cp == 0x201D;
}

std::string column_letters(int col) {
    std::string s;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
    return s;
}

}  // namespace

double display_width(std::string_view text) {
    double w = 0;
    for (size_t i = 0; i < text.size();) w += is_wide(next_code_point(text, i)) ? 2.0 : 1.1;
    return w;
}

int wrapped_lines(std::string_view text, double width) {
    if (width <= 1) return 1;
    // Rendered CJK text is a little narrower than the two widths reserved for
    // it when sizing columns; estimating lines with the full width would make
    // rows needlessly tall.
    const double w = display_width(text) * 0.85;
    return std::max(1, static_cast<int>(std::ceil(w / (width - 1))));
}

std::string sheet_name(std::string_view wanted, std::set<std::string>& used) {
    std::string clean;
    for (char c : wanted) {
        const bool bad = c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\' ||
                         static_cast<unsigned char>(c) < 0x20;
        clean += bad ? '_' : c;
    }
    while (!clean.empty() && clean.front() == '\'') clean.erase(clean.begin());
    while (!clean.empty() && clean.back() == '\'') clean.pop_back();
    if (clean.empty()) clean = "Sheet";
    // Excel counts UTF-16 units; cut at a code point boundary.
    auto cut = [](const std::string& s, size_t max_units) {
        size_t units = 0, i = 0;
        while (i < s.size()) {
            size_t j = i;
            const char32_t cp = next_code_point(s, j);
            const size_t u = cp >= 0x10000 ? 2 : 1;
            if (units + u > max_units) break;
            units += u;
            i = j;
        }
        return s.substr(0, i);
    };
    auto folded = [](std::string s) {
        for (char& c : s)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return s;
    };
    std::set<std::string> used_folded;
    for (const auto& u : used) used_folded.insert(folded(u));
    std::string name = cut(clean, 31);
    for (int n = 2; used_folded.count(folded(name)); ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        name = cut(clean, 31 - suffix.size()) + suffix;
    }
    used.insert(name);
    return name;
}

std::string cell_ref(int row, int col, bool absolute) {
    const std::string d = absolute ? "$" : "";
    return d + column_letters(col) + d + std::to_string(row + 1);
}

std::string sheet_cell_ref(std::string_view sheet, int row, int col, bool absolute) {
    std::string q = "'";
    for (char c : sheet) {
        q += c;
        if (c == '\'') q += '\'';
    }
    return q + "'!" + cell_ref(row, col, absolute);
}

}  // namespace yusuan::xlsx

namespace yusuan::xlsx {

std::string sum_formula(std::vector<std::pair<int, int>> cells) {
    struct Item {
        int r1, c1, r2, c2;
    };
    std::sort(cells.begin(), cells.end(), [](auto a, auto b) { return a.second != b.second ? a.second < b.second : a.first < b.first; });
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    std::vector<Item> items;
    for (auto [r, c] : cells) {
        if (!items.empty() && items.back().c1 == c && items.back().c2 == c && items.back().r2 + 1 == r)
            items.back().r2 = r;
        else
            items.push_back({r, c, r, c});
    }
    // Single cells of one row in adjacent columns (a row identity) become one range.
    std::vector<Item> merged;
    for (const Item& it : items) {
        if (!merged.empty()) {
            Item& last = merged.back();
            if (it.r1 == it.r2 && last.r1 == last.r2 && last.r1 == it.r1 && last.c2 + 1 == it.c1) {
                last.c2 = it.c2;
                continue;
            }
        }
        merged.push_back(it);
    }
    auto text = [](const Item& it) {
        std::string s = cell_ref(it.r1, it.c1);
        if (it.r2 != it.r1 || it.c2 != it.c1) s += ":" + cell_ref(it.r2, it.c2);
        return s;
    };
    auto join = [&](size_t from, size_t to) {
        std::string s = "SUM(";
        for (size_t i = from; i < to; ++i) s += (i > from ? "," : "") + text(merged[i]);
        return s + ")";
    };
    constexpr size_t max_args = 250;
    if (merged.size() <= max_args) return join(0, merged.size());
    std::string s = "SUM(";
    for (size_t i = 0; i < merged.size(); i += max_args)
        s += (i ? "," : "") + join(i, std::min(merged.size(), i + max_args));
    return s + ")";
}

}  // namespace yusuan::xlsx
