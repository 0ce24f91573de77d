// Shared by the space-aligned readers (grid_aligned.cpp, grid_aligned_form.cpp):
// the words of a pdftotext -layout line with their positions, page furniture,
// and the in-order assignment of a row's words to columns.
#pragma once
#include <algorithm>
#include <string>
#include <vector>

#include "normalise/text.hpp"

namespace yusuan::aligned {

struct Token {
    int start = 0;      // position of the first character (code points, as pdftotext lays them out)
    int width = 0;      // length in code points (pdftotext gives a CJK character one place)
    std::string text;
    bool amount = false;
    bool code = false;  // digits only: a classification code
    int lead = -1;      // with separate code columns: the n-th leading code of its row
    bool name = false;  // with separate code columns: the 科目名称 after the codes
    bool joint = false; // split from the text before it at a one-space CJK joint
};

inline int printed_width(std::string_view s) {
    int w = 0;
    for (char32_t c : to_u32(s)) w += is_cjk(c) ? 2 : 1;
    return w;
}

inline bool amount_text(const std::string& t) {
    if (t.find_first_of(".,") == std::string::npos) return false;
    return parse_amount(t).has_value();
}

inline bool code_text(const std::string& t) { return t.size() >= 2 && t.size() <= 7 && is_digits(t); }

// Words of a line with their positions; `gap` = how many spaces end a word.
inline std::vector<Token> words(const std::u32string& u, int gap) {
    std::vector<Token> out;
    int i = 0;
    const int n = static_cast<int>(u.size());
    while (i < n) {
        while (i < n && u[static_cast<std::size_t>(i)] == U' ') ++i;
        if (i >= n) break;
        int j = i;
        while (j < n) {
            if (u[static_cast<std::size_t>(j)] == U' ') {
                int k = j;
                while (k < n && u[static_cast<std::size_t>(k)] == U' ') ++k;
                if (k - j >= gap || k == n) break;
                j = k;
                continue;
            }
            ++j;
        }
        Token t;
        t.start = i;
        t.text = to_utf8(u.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(j - i)));
        out.push_back(std::move(t));
        i = j;
    }
    return out;
}

// Letter-spaced text ("本 年 收 入 合 计", "支   出"): pdftotext splits it
// where the spacing is wide. A short run of CJK characters, single spaces
// allowed between them.
inline bool spaced_piece(const std::string& t) {
    if (t.size() == 4 && is_digits(t) && t[0] == '2') return true;  // the year of "2026 年预算数"
    const std::u32string u = to_u32(t);
    int chars = 0;
    for (std::size_t i = 0; i < u.size(); ++i) {
        if (u[i] == U' ') {
            if (i == 0 || u[i - 1] == U' ') return false;
            continue;
        }
        if (!is_cjk(u[i])) return false;
        ++chars;
    }
    return chars >= 1 && chars <= 4;
}

// Joins runs of letter-spaced pieces at most `max_gap` places apart whose
// joined text `wanted` accepts (a header word, a total label): only then, so
// that 类 款 项 or two short cells side by side stay apart.
template <class Wanted>
void join_spaced(std::vector<Token>& toks, int max_gap, Wanted wanted) {
    for (std::size_t i = 0; i < toks.size(); ++i) {
        if (!spaced_piece(toks[i].text)) continue;
        std::size_t j = i + 1;
        std::string joined = toks[i].text;
        std::size_t best = i;
        std::string best_text;
        for (; j < toks.size() && spaced_piece(toks[j].text); ++j) {
            const int end = toks[j - 1].start + static_cast<int>(to_u32(toks[j - 1].text).size());
            if (toks[j].start - end > max_gap) break;
            joined += toks[j].text;
            if (wanted(match_key(joined))) {
                best = j;
                best_text = joined;
            }
        }
        if (best == i) continue;
        toks[i].text = collapse_spaces(best_text);
        toks[i].width = toks[best].start + static_cast<int>(to_u32(toks[best].text).size()) - toks[i].start;
        toks.erase(toks.begin() + static_cast<std::ptrdiff_t>(i + 1), toks.begin() + static_cast<std::ptrdiff_t>(best + 1));
    }
}

inline bool is_total_word(const std::string& key) {
    auto ends = [&](const char* s) {
        const std::string e(s);
        return key.size() >= e.size() && key.compare(key.size() - e.size(), e.size(), e) == 0;
    };
    return ends("合计") || ends("总计");
}

inline bool is_page_number(const std::string& s) {
    std::string k = match_key(s);
    if (k.empty() || k.size() > 16) return false;
    std::string digits;
    for (char c : k)
        if (c >= '0' && c <= '9') digits += c;
    if (digits.empty() || digits.size() > 4) return false;
    // "- 4 -", "-4-", "16", "第 4 页", "4/20"
    std::string rest;
    for (std::size_t i = 0; i < k.size(); ++i)
        if (!(k[i] >= '0' && k[i] <= '9') && k[i] != '-' && k[i] != '/') rest += k[i];
    return rest.empty() || rest == "第页" || rest == "页" || rest == "—" || rest == "——";
}

inline bool is_meta(const std::string& s) {
    std::string k = match_key(s);
    return k.rfind("编制部门", 0) == 0 || k.rfind("编制单位", 0) == 0 || k.rfind("单位:", 0) == 0 ||
           k.rfind("单位名称:", 0) == 0 || k.rfind("部门(单位):", 0) == 0 || k.rfind("预算单位:", 0) == 0 ||
           k.rfind("部门:", 0) == 0;
}

// Assigns the tokens of a row, left to right, to columns 0..n-1 in order
// (two tokens share a column only at a cost), least total distance.
template <class Dist>
std::vector<std::size_t> assign_in_order(const std::vector<const Token*>& toks, std::size_t n, Dist dist,
                                         double share = 20) {
    const std::size_t m = toks.size();
    std::vector<std::size_t> out(m, 0);
    if (m == 0 || n == 0) return out;
    constexpr double inf = 1e18;
    std::vector<std::vector<double>> f(m, std::vector<double>(n, inf));
    std::vector<std::vector<std::size_t>> from(m, std::vector<std::size_t>(n, 0));
    for (std::size_t j = 0; j < n; ++j) f[0][j] = dist(*toks[0], j);
    for (std::size_t i = 1; i < m; ++i) {
        double best = inf;
        std::size_t arg = 0;
        for (std::size_t j = 0; j < n; ++j) {
            // best over columns < j, or the same column shared
            double v = best, shared = f[i - 1][j] + share;
            std::size_t src = arg;
            if (shared < v) {
                v = shared;
                src = j;
            }
            if (v < inf) {
                f[i][j] = v + dist(*toks[i], j);
                from[i][j] = src;
            }
            if (f[i - 1][j] < best) {
                best = f[i - 1][j];
                arg = j;
            }
        }
    }
    std::size_t j = 0;
    for (std::size_t k = 1; k < n; ++k)
        if (f[m - 1][k] < f[m - 1][j]) j = k;
    for (std::size_t i = m; i-- > 0;) {
        out[i] = j;
        j = from[i][j];
    }
    return out;
}

}  // namespace yusuan::aligned
