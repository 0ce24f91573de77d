#include "read/aligned_form_row.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>

#include "normalise/text.hpp"
#include "read/aligned_text.hpp"

namespace yusuan::aligned_form {

namespace {

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}
bool contains(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

bool has_digit(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A whole 一级/二级 name on its own ("数量指标", not the "指标" of a wrapped "效益 指标").
bool level_word(const std::string& text) {
    const std::string k = match_key(text);
    return ends_with(k, "指标") && to_u32(k).size() >= 4 && !has_digit(k);
}

// A small figure or a percentage one space after words ("计划标 95%",
// "5 批次 6"), or words after a percentage: more often two cells than one.
bool figure_after_words(const Atom& before, const Atom& after) {
    const std::u32string l = to_u32(before.text), r = to_u32(after.text);
    // "=100% 计划标": a percentage is whole, its unit is its last character.
    if (!l.empty() && !r.empty() && (l.back() == U'%' || l.back() == U'％') && is_cjk(r.front())) return true;
    if (l.empty() || !is_cjk(l.back())) return false;
    const std::string k = match_key(after.text);
    if (classify_indicator_cell(k) == IndicatorCellKind::weight) return true;
    return k.size() >= 2 && k.back() == '%' && k.front() >= '0' && k.front() <= '9';
}

constexpr int impossible = -1000;
constexpr std::size_t max_positions = 96, max_atoms = 400;
// Cutting between two words one space apart: they are one cell unless the
// cells on both sides read better apart.
constexpr int cut_cost = 3;
// A column starting where the page's other rows start it.
constexpr int hint_bonus = 1;

// What the words of a column say, whichever column they would fill.
struct ColumnText {
    std::string text, key;
    std::size_t chars = 0;
    IndicatorCellKind kind = IndicatorCellKind::text;
    bool first_known = false;  // the kind of its first word, when it has words
    IndicatorCellKind first = IndicatorCellKind::text;
    bool glued_names = false;  // "履职效能 数量指标": a whole name after other words
    int layout = 0;            // points off for a layout unlike one cell's
};

ColumnText describe_text(const std::string& text) {
    ColumnText t;
    t.text = text;
    t.key = match_key(text);
    t.chars = to_u32(t.key).size();
    t.kind = classify_indicator_cell(text);
    // A cited document starts the cell: words before its 《 belong to the cell before.
    const std::size_t quote = t.key.find("《");
    if (quote != std::string::npos && quote > 0) t.layout -= 3;
    return t;
}

ColumnText describe(std::vector<const Atom*> parts) {
    std::sort(parts.begin(), parts.end(), [](const Atom* a, const Atom* b) {
        return a->line != b->line ? a->line < b->line : a->start < b->start;
    });
    ColumnText t = describe_text(join_atoms(parts));
    if (parts.empty()) return t;
    t.first_known = true;
    t.first = classify_indicator_cell(parts.front()->text);
    if (parts.size() >= 2 && level_word(parts.back()->text)) {
        std::string before;
        for (std::size_t i = 0; i + 1 < parts.size(); ++i) before += parts[i]->text;
        t.glued_names = to_u32(match_key(before)).size() >= 2;
    }
    // A cell's lines start where its first line starts (pdftotext keeps a
    // cell's left edge), except that a word one space after another may
    // have been pushed right.
    std::map<std::size_t, const Atom*> line_first;
    for (const Atom* a : parts) {
        auto [it, added] = line_first.emplace(a->line, a);
        if (!added && a->start < it->second->start) it->second = a;
    }
    int left = std::numeric_limits<int>::max(), any_left = std::numeric_limits<int>::max();
    for (const auto& [line, a] : line_first) {
        any_left = std::min(any_left, a->start);
        if (!a->tight) left = std::min(left, a->start);
    }
    if (left == std::numeric_limits<int>::max()) left = any_left;
    for (const auto& [line, a] : line_first)
        if (a->tight ? a->start < left - 1 : std::abs(a->start - left) > 1) t.layout -= 3;
    // Two runs of one line far apart are two cells.
    for (std::size_t i = 1; i < parts.size(); ++i)
        if (parts[i]->line == parts[i - 1]->line && parts[i]->start - parts[i - 1]->end >= 2) t.layout -= 2;
    return t;
}

// How well a column's words fit a column of role `r`, as points (higher is
// better, `impossible` when they cannot be there).
int column_points(const ColumnText& t, IndicatorRole r) {
    int f = indicator_fit(t.kind, r, true);
    const bool level_role = r == IndicatorRole::level1 || r == IndicatorRole::level2;
    if (level_role && t.kind == IndicatorCellKind::text && !has_digit(t.key)) {
        // Department forms name their 一级 indicators without 指标 (履职效能,
        // 管理效率); a name wrapped in a narrow cell can exceed the usual length.
        if (t.chars <= 6) f = 0;
        if (ends_with(t.key, "指标") && t.chars <= 10) f = 2;
    }
    if (level_role && t.glued_names) return impossible;
    // A comparator alone ("≥" of "≥ 80 个") is not a value.
    if (t.kind == IndicatorCellKind::value && !has_digit(t.key) && t.chars <= 2) return impossible;
    if (f < 0) return impossible;
    int points = 2 * f + 1 + t.layout;  // a filled column earns a point over an empty one
    // Every indicator row names its 三级 indicator.
    if (r == IndicatorRole::level3) points += 2;
    // A cell that starts with a word of its own kind ("计划标准" in
    // "月 计划标准" is the basis; "月" is the value's tail).
    if (t.first_known && r != IndicatorRole::level3 && r != IndicatorRole::value && r != IndicatorRole::other &&
        indicator_fit(t.first, r, true) > 0)
        points += 2;
    return points;
}

}  // namespace

std::vector<Atom> line_atoms(const std::string& text, std::size_t line) {
    std::vector<Atom> out;
    std::string raw = text;
    raw.erase(std::remove(raw.begin(), raw.end(), '\f'), raw.end());
    for (const aligned::Token& w : aligned::words(to_u32(raw), 1)) {
        const bool tight = !out.empty() && w.start - out.back().end <= 1;
        out.push_back({line, w.start, w.start + static_cast<int>(to_u32(w.text).size()), w.text, tight});
    }
    return out;
}

IndicatorRole header_role(std::size_t index, const std::string& header_text) {
    const std::string k = match_key(header_text);
    if (contains(k, "一级")) return IndicatorRole::level1;
    if (contains(k, "二级")) return IndicatorRole::level2;
    if (contains(k, "三级")) return IndicatorRole::level3;
    if (contains(k, "依据")) return IndicatorRole::basis;
    if (contains(k, "上年")) return IndicatorRole::prior;
    if (contains(k, "权重") || k == "分值") return IndicatorRole::weight;
    if (contains(k, "赋分")) return IndicatorRole::rule;
    if (contains(k, "佐证")) return IndicatorRole::evidence;
    if (contains(k, "指标值") || k == "目标值") return IndicatorRole::value;
    return index < 3 ? static_cast<IndicatorRole>(index) : IndicatorRole::other;
}

std::string join_atoms(std::vector<const Atom*> parts) {
    std::sort(parts.begin(), parts.end(), [](const Atom* a, const Atom* b) {
        return a->line != b->line ? a->line < b->line : a->start < b->start;
    });
    std::string s;
    const Atom* prev = nullptr;
    for (const Atom* a : parts) {
        if (prev) {
            const std::u32string l = to_u32(prev->text), r = to_u32(a->text);
            const bool wrap = prev->line != a->line && !l.empty() && !r.empty() && is_cjk(l.back()) && is_cjk(r.front());
            if (!wrap) s += ' ';
        }
        s += a->text;
        prev = a;
    }
    return collapse_spaces(s);
}

RowSplit split_row(const std::vector<Atom>& atoms, const std::vector<IndicatorRole>& roles,
                   const std::vector<int>& hint) {
    const std::size_t n = roles.size();
    RowSplit out;
    out.cells.assign(n, "");
    out.starts.assign(n, -1);
    if (atoms.empty() || n == 0) return out;

    std::vector<int> xs;
    for (const Atom& a : atoms) xs.push_back(a.start);
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    const std::size_t m = xs.size();
    // The split costs the square of the positions times the words: a group
    // with more of them than any form row has (a stray page of text) is
    // placed by position alone.
    if (m > max_positions || atoms.size() > max_atoms) return place_under(atoms, roles, hint);
    auto index_of = [&](int x) {
        return static_cast<std::size_t>(std::lower_bound(xs.begin(), xs.end(), x) - xs.begin());
    };

    // The cost of a column boundary at xs[j]: on each line, a cut between
    // two words one space apart, or through a word.
    std::vector<int> cut(m + 1, 0);
    for (std::size_t j = 1; j < m; ++j) {
        const int x = xs[j];
        std::map<std::size_t, std::pair<const Atom*, const Atom*>> by_line;  // last before x, first at/after x
        for (const Atom& a : atoms) {
            auto& [before, after] = by_line[a.line];
            if (a.start < x) {
                if (!before || a.start > before->start) before = &a;
            } else if (!after || a.start < after->start) {
                after = &a;
            }
        }
        for (const auto& [line, pair] : by_line) {
            const auto& [before, after] = pair;
            if (before && before->end > x) cut[j] += cut_cost;
            else if (before && after && after->start - before->end <= 1)
                cut[j] += figure_after_words(*before, *after) ? 1 : cut_cost;
        }
    }

    // What the words of each position range [i, j) say.
    std::vector<std::vector<const Atom*>> at(m);
    for (const Atom& a : atoms) at[index_of(a.start)].push_back(&a);
    std::vector<std::vector<ColumnText>> range(m);
    for (std::size_t i = 0; i < m; ++i) {
        std::vector<const Atom*> parts;
        for (std::size_t j = i + 1; j <= m; ++j) {
            for (const Atom* a : at[j - 1]) parts.push_back(a);
            range[i].push_back(describe(parts));  // range[i][j - i - 1]
        }
    }

    constexpr int none = std::numeric_limits<int>::min() / 4;
    // best[c][j]: columns [0, c) hold the words starting before xs[j].
    std::vector<std::vector<int>> best(n + 1, std::vector<int>(m + 1, none));
    std::vector<std::vector<std::size_t>> from(n + 1, std::vector<std::size_t>(m + 1, 0));
    best[0][0] = 0;
    for (std::size_t c = 0; c < n; ++c) {
        for (std::size_t i = 0; i <= m; ++i) {
            if (best[c][i] == none) continue;
            // Column c left empty.
            if (best[c][i] > best[c + 1][i]) {
                best[c + 1][i] = best[c][i];
                from[c + 1][i] = i;
            }
            for (std::size_t j = i + 1; j <= m; ++j) {
                int points = column_points(range[i][j - i - 1], roles[c]);
                if (points == impossible && c + 1 < n) continue;
                if (c < hint.size() && hint[c] >= 0 && std::abs(hint[c] - xs[i]) <= 1) points += hint_bonus;
                const int v = best[c][i] + points - (j < m ? cut[j] : 0);
                if (v > best[c + 1][j]) {
                    best[c + 1][j] = v;
                    from[c + 1][j] = i;
                }
            }
        }
    }
    if (best[n][m] == none) return out;
    std::size_t j = m;
    for (std::size_t c = n; c-- > 0;) {
        const std::size_t i = from[c + 1][j];
        if (i < j) {
            std::vector<const Atom*> parts;
            for (std::size_t p = i; p < j; ++p)
                for (const Atom* a : at[p]) parts.push_back(a);
            out.cells[c] = join_atoms(parts);
            out.starts[c] = xs[i];
        }
        j = i;
    }
    return out;
}

RowSplit place_under(const std::vector<Atom>& atoms, const std::vector<IndicatorRole>& roles,
                     const std::vector<int>& starts, const std::vector<std::string>& above) {
    const std::size_t n = roles.size();
    RowSplit out;
    out.cells.assign(n, "");
    out.starts.assign(n, -1);
    // Runs: words one space apart on a line.
    std::vector<std::vector<const Atom*>> runs;
    for (const Atom& a : atoms) {
        if (!runs.empty() && runs.back().back()->line == a.line && a.start - runs.back().back()->end <= 1)
            runs.back().push_back(&a);
        else
            runs.push_back({&a});
    }
    std::vector<std::vector<const Atom*>> parts(n);
    for (const auto& run : runs) {
        // The column it lies in: the last filled column starting at or before it.
        std::size_t col = 0;
        for (std::size_t c = 0; c < n && c < starts.size(); ++c)
            if (starts[c] >= 0 && starts[c] <= run.front()->start + 1) col = c;
        // It completes a cell of the row above (`above`): when it cannot be
        // what its column holds, a neighbouring column it can complete
        // ("按照完成比例赋分" + a stray "分" lying under the weight); when it
        // is only possible there and completes nothing plainly ("工作资料"
        // under 上年完成值), a column a little to the right that plainly
        // holds what it is.
        const std::string text = join_atoms(run);
        auto completed = [&](std::size_t c) {
            const std::string before = c < above.size() ? above[c] : "";
            return before.empty() ? text : before + " " + text;
        };
        auto fits = [&](std::size_t c) { return column_points(describe_text(completed(c)), roles[c]) != impossible; };
        const IndicatorCellKind own = classify_indicator_cell(text);
        auto plainly = [&](std::size_t c) { return indicator_fit(own, roles[c], true) > 0; };
        const bool level = roles[col] == IndicatorRole::level1 || roles[col] == IndicatorRole::level2 ||
                           roles[col] == IndicatorRole::level3;
        std::size_t best_col = col;
        if (!fits(col)) {
            if (col + 1 < n && fits(col + 1)) best_col = col + 1;
            else if (col > 0 && fits(col - 1)) best_col = col - 1;
        } else if (!level && !plainly(col) &&
                   indicator_fit(classify_indicator_cell(completed(col)), roles[col], true) <= 0) {
            for (std::size_t c = col + 1; c < n && c <= col + 4; ++c)
                if (plainly(c)) {
                    best_col = c;
                    break;
                }
        }
        for (const Atom* a : run) parts[best_col].push_back(a);
    }
    for (std::size_t c = 0; c < n; ++c)
        if (!parts[c].empty()) {
            out.cells[c] = join_atoms(parts[c]);
            out.starts[c] = parts[c].front()->start;
        }
    return out;
}

}  // namespace yusuan::aligned_form
