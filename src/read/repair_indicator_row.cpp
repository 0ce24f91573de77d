#include "read/repair_indicator_row.hpp"

#include <limits>

#include "normalise/text.hpp"

namespace yusuan {

namespace {

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}
bool contains(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

bool has_digit(const std::string& s) {
    for (char c : s)
        if (c >= '0' && c <= '9') return true;
    return false;
}

// A small integer or decimal up to 100: an indicator weight.
bool is_weight(const std::string& k) {
    if (k.empty() || k.size() > 6) return false;
    bool dot = false;
    for (char c : k) {
        if (c == '.') {
            if (dot) return false;
            dot = true;
        } else if (c < '0' || c > '9') {
            return false;
        }
    }
    if (k.front() == '.' || k.back() == '.') return false;
    return std::stod(k) <= 100.0;
}

constexpr int impossible = -3;

}  // namespace

int indicator_fit(IndicatorCellKind k, IndicatorRole r, bool level1_likely) {
    using K = IndicatorCellKind;
    using R = IndicatorRole;
    if (r == R::other) return 0;
    switch (k) {
        case K::level:
            if (r == R::level1) return level1_likely ? 3 : 2;
            if (r == R::level2) return 3;
            if (r == R::level3 || r == R::prior || r == R::value) return 0;
            return impossible;
        case K::weight:
            if (r == R::weight) return 3;
            if (r == R::value || r == R::prior) return 0;
            return impossible;
        case K::rule: return r == R::rule ? 3 : impossible;
        case K::evidence:
            if (r == R::evidence) return 3;
            if (r == R::level3 || r == R::value || r == R::prior) return 0;
            return impossible;
        case K::basis:
            if (r == R::basis) return 3;
            if (r == R::level3) return 0;
            return impossible;
        case K::slash:
            if (r == R::prior) return 2;
            if (r == R::value || r == R::evidence) return 1;
            if (r == R::basis || r == R::level3) return 0;
            return impossible;
        case K::value:
            if (r == R::value || r == R::prior) return 2;
            if (r == R::level3 || r == R::basis) return 0;
            return impossible;
        case K::text:
            if (r == R::level3 || r == R::value || r == R::prior) return 1;
            if (r == R::basis || r == R::evidence || r == R::rule) return 0;
            return impossible;
    }
    return 0;
}

IndicatorCellKind classify_indicator_cell(const std::string& text) {
    const std::string k = match_key(text);
    const size_t chars = to_u32(k).size();
    if (k == "/" || k == "-" || k == "—" || k == "无") return IndicatorCellKind::slash;
    if (is_weight(k)) return IndicatorCellKind::weight;
    if (contains(k, "赋分")) return IndicatorCellKind::rule;
    // A cited document (《…》, or the tail of one: "…〔2018〕46号)") is a basis.
    if (k.rfind("《", 0) == 0 || contains(k, "》") || ends_with(k, "号)")) return IndicatorCellKind::basis;
    if (ends_with(k, "指标") && chars <= 8 && !has_digit(k)) return IndicatorCellKind::level;
    if (ends_with(k, "标准") && chars <= 6 && !has_digit(k)) return IndicatorCellKind::basis;
    if (contains(k, "资料") || contains(k, "凭证") || contains(k, "材料")) return IndicatorCellKind::evidence;
    const std::string n = nfkc(text);
    size_t i = n.find_first_not_of(' ');
    if (i != std::string::npos &&
        (n[i] == '<' || n[i] == '>' || n[i] == '=' || n.compare(i, 3, "≤") == 0 || n.compare(i, 3, "≥") == 0 ||
         n.compare(i, 3, "≦") == 0 || n.compare(i, 3, "≧") == 0))
        return IndicatorCellKind::value;
    if (has_digit(k) || contains(k, "%")) return IndicatorCellKind::value;
    return IndicatorCellKind::text;
}

IndicatorRole indicator_role(std::size_t index, const std::string& key, bool number) {
    if (index == 0) return IndicatorRole::level1;
    if (index == 1) return IndicatorRole::level2;
    if (index == 2) return IndicatorRole::level3;
    if (number) return IndicatorRole::weight;
    if (contains(key, "依据")) return IndicatorRole::basis;
    if (contains(key, "上年")) return IndicatorRole::prior;
    if (contains(key, "赋分")) return IndicatorRole::rule;
    if (contains(key, "佐证")) return IndicatorRole::evidence;
    if (index == 3) return IndicatorRole::value;
    return IndicatorRole::other;
}

RowPlacement place_indicator_cells(const std::vector<std::string>& cells, const std::vector<int>& printed,
                                   const std::vector<IndicatorRole>& roles) {
    RowPlacement out;
    out.column = printed;
    const size_t n = cells.size(), m = roles.size();
    if (n == 0 || n > m) return out;
    std::vector<IndicatorCellKind> kinds;
    for (const std::string& c : cells) kinds.push_back(classify_indicator_cell(c));
    size_t leading_levels = 0;
    while (leading_levels < n && kinds[leading_levels] == IndicatorCellKind::level) ++leading_levels;
    const bool level1_likely = leading_levels >= 2;

    // As printed: is any cell somewhere it cannot be?
    bool violation = false;
    for (size_t i = 0; i < n; ++i) {
        const int c = i < printed.size() ? printed[i] : -1;
        if (c < 0 || static_cast<size_t>(c) >= m ||
            indicator_fit(kinds[i], roles[static_cast<size_t>(c)], level1_likely) < 0)
            violation = true;
    }
    if (!violation) return out;

    // Best order-keeping placement: dp[i][j] = best score of cells [0, i) in
    // columns [0, j); a cell under its printed column earns one point more, so
    // that of two equal readings the printed one wins.
    constexpr int none = std::numeric_limits<int>::min() / 4;
    std::vector<std::vector<int>> best(n + 1, std::vector<int>(m + 1, none));
    std::vector<std::vector<long>> ways(n + 1, std::vector<long>(m + 1, 0));
    for (size_t j = 0; j <= m; ++j) {
        best[0][j] = 0;
        ways[0][j] = 1;
    }
    auto score = [&](size_t i, size_t j) {
        int f = indicator_fit(kinds[i], roles[j], level1_likely);
        if (f < 0) return none;
        return f * 2 + (i < printed.size() && printed[i] == static_cast<int>(j) ? 1 : 0);
    };
    for (size_t i = 1; i <= n; ++i)
        for (size_t j = 1; j <= m; ++j) {
            // Column j-1 left empty, or cell i-1 placed in column j-1.
            int b = best[i][j - 1];
            long w = ways[i][j - 1];
            int s = score(i - 1, j - 1);
            if (s != none && best[i - 1][j - 1] != none) {
                int v = best[i - 1][j - 1] + s;
                if (v > b) {
                    b = v;
                    w = ways[i - 1][j - 1];
                } else if (v == b) {
                    w += ways[i - 1][j - 1];
                }
            }
            best[i][j] = b;
            ways[i][j] = w;
        }
    if (best[n][m] == none) return out;  // no placement without an impossible cell: keep as printed
    if (ways[n][m] != 1) {
        out.outcome = RowPlacement::Outcome::ambiguous;
        return out;
    }
    // Trace back the unique best placement.
    std::vector<int> col(n, -1);
    size_t i = n, j = m;
    while (i > 0 && j > 0) {
        if (best[i][j - 1] != none && best[i][j - 1] == best[i][j]) {
            --j;  // column j-1 left empty
            continue;
        }
        col[i - 1] = static_cast<int>(j - 1);
        --i;
        --j;
    }
    if (i != 0) return out;
    out.outcome = RowPlacement::Outcome::realigned;
    out.column = col;
    return out;
}

}  // namespace yusuan
