#include "segment/segment.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "normalise/text.hpp"

namespace yusuan {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Strips list markers and Chinese numbering from a contents entry:
// "-一、部门收支总体情况表" → "部门收支总体情况表". Returns whether any was stripped.
bool strip_numbering(std::string& k) {
    bool stripped = false;
    while (!k.empty() && (k[0] == '-' || k[0] == '+')) { k.erase(0, 1); stripped = true; }
    static const std::string numerals = "一二三四五六七八九十";
    std::u32string u = to_u32(k);
    size_t i = 0;
    if (i < u.size() && (u[i] == U'(' || u[i] == U'（')) ++i;
    size_t j = i;
    while (j < u.size() && (to_utf8(u.substr(j, 1)).find_first_of("0123456789") == 0 ||
                            numerals.find(to_utf8(u.substr(j, 1))) != std::string::npos))
        ++j;
    if (j > i && j < u.size() && (u[j] == U'、' || u[j] == U'.' || u[j] == U')' || u[j] == U'）' || u[j] == U',')) {
        u.erase(0, j + 1);
        k = to_utf8(u);
        return true;
    }
    return stripped;
}

// "表1" / "表 1" / "表1:" prefix → its number; removes it from `k`.
// "公开表1" (the table's label in the publication) is the same.
std::string strip_table_number(std::string& k) {
    // "公开10表": the number before 表.
    if (starts_with(k, "公开")) {
        const size_t i = std::string("公开").size();
        size_t j = i;
        while (j < k.size() && k[j] >= '0' && k[j] <= '9') ++j;
        if (j > i && k.compare(j, std::string("表").size(), "表") == 0) {
            std::string num = k.substr(i, j - i);
            k.erase(0, j + std::string("表").size());
            return num;
        }
    }
    const size_t pre = starts_with(k, "公开表") ? std::string("公开").size() : 0;
    if (k.compare(pre, std::string("表").size(), "表") != 0) return "";
    size_t i = pre + std::string("表").size(), j = i;
    // "表九", "表十一": the number in Chinese numerals, when nothing follows.
    {
        static const std::string numerals = "一二三四五六七八九十";
        const std::u32string u = to_u32(k.substr(i));
        bool all = !u.empty() && u.size() <= 3;
        for (char32_t c : u) all = all && numerals.find(to_utf8(std::u32string(1, c))) != std::string::npos;
        if (all) {
            std::string num = k.substr(i);
            k.clear();
            return num;
        }
    }
    while (j < k.size() && k[j] >= '0' && k[j] <= '9') ++j;
    if (j == i) return "";
    std::string num = k.substr(i, j - i);
    if (j < k.size() && (k[j] == ':' || k[j] == '-' || k[j] == '.')) ++j;
    k.erase(0, j);
    return num;
}

std::string year_in(std::string_view s) {
    for (size_t i = 0; i + 4 <= s.size(); ++i)
        if (s[i] == '2' && s[i + 1] == '0' && is_digits(s.substr(i + 2, 2)) &&
            (i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9')) && (i + 4 == s.size() || !(s[i + 4] >= '0' && s[i + 4] <= '9')))
            return std::string(s.substr(i, 4));
    return "";
}

std::string after_colon(const std::string& text) {
    std::string n = nfkc(text);
    size_t c = n.find(':');
    if (c == std::string::npos) return "";
    return collapse_spaces(n.substr(c + 1));
}

// The matching key of a line, markup around the text left out: a title in
// <h2>…</h2> or in a markdown `| … |` row is still the title.
std::string line_key(const std::string& line) {
    if (line.find('<') == std::string::npos && line.find('|') == std::string::npos) return match_key(line);
    std::string s;
    for (size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (c == '|') continue;
        if (c == '<' && i + 1 < line.size() && (std::isalpha(static_cast<unsigned char>(line[i + 1])) ||
                                                line[i + 1] == '/' || line[i + 1] == '!')) {
            size_t close = line.find('>', i);
            if (close != std::string::npos) {
                i = close;
                continue;
            }
        }
        s += c;
    }
    return match_key(s);
}

}  // namespace

std::string part_name(const std::string& key) {
    if (!starts_with(key, "第")) return "";
    size_t pos = key.find("部分");
    if (pos == std::string::npos || pos > 3 * 4) return "";
    return key.substr(0, pos + std::string("部分").size());
}

namespace {

// A title worded "部门…" may name the unit in place of 部门: "高新区管委会收支总体情况表"
// for 部门收支总体情况表. The prefix must be a short name (CJK only), so that a
// sentence mentioning the table is not taken for its title.
bool unit_named_title(const std::string& key, const std::string& title_key) {
    static const std::string dept = "部门";
    if (title_key.rfind(dept, 0) != 0) return false;
    const std::string rest = title_key.substr(dept.size());
    if (key.size() <= rest.size() || key.compare(key.size() - rest.size(), rest.size(), rest) != 0) return false;
    const std::u32string prefix = to_u32(key.substr(0, key.size() - rest.size()));
    if (prefix.size() > 16) return false;  // empty: "收支总体情况表" with no 部门 at all
    for (char32_t c : prefix)
        if (!(c >= 0x4E00 && c <= 0x9FFF)) return false;
    return true;
}

}  // namespace

namespace {

// "2026年部门收支总体情况表" / "2026年度…": the title after its year.
std::string without_year(const std::string& key) {
    size_t i = 0;
    while (i < key.size() && i < 4 && key[i] >= '0' && key[i] <= '9') ++i;
    if (i != 4) return key;
    for (const char* y : {"年度", "年"})
        if (key.compare(i, std::string(y).size(), y) == 0) return key.substr(i + std::string(y).size());
    return key;
}

}  // namespace

namespace {

// The template's titles, variants and form titles in match_key form,
// computed once per document rather than once per line and title: every
// line of a document is tried as a title.
struct TitleKeys {
    std::unordered_map<std::string, std::string> exact;       // key -> id of the first table using it
    std::vector<std::pair<std::string, std::string>> ordered;  // (id, key) in template order
    std::unordered_set<std::string> department_form, project_form;

    explicit TitleKeys(const Template& tpl) {
        for (const TableSpec& t : tpl.tables) {
            ordered.emplace_back(t.id, match_key(t.title));
            for (const std::string& v : t.variants) ordered.emplace_back(t.id, match_key(v));
        }
        for (const auto& [id, key] : ordered) exact.emplace(key, id);
        auto form_keys = [](const FormSpec& f, std::unordered_set<std::string>& out) {
            if (f.title.empty()) return;
            out.insert(match_key(f.title));
            for (const std::string& v : f.variants) out.insert(match_key(v));
        };
        form_keys(tpl.department_form, department_form);
        form_keys(tpl.project_form, project_form);
    }
};

std::string title_id(const std::string& printed, const TitleKeys& tk) {
    const std::string key = without_year(printed);
    if (const auto it = tk.exact.find(key); it != tk.exact.end()) return it->second;
    for (const auto& [id, title_key] : tk.ordered)
        if (unit_named_title(key, title_key)) return id;
    // A title printed with its year in front ("2026年部门收支总体情况表",
    // as pdftotext gives many regions' tables) is the same title.
    if (key.size() > 7 && key[0] == '2' && is_digits(key.substr(0, 4)) && key.compare(4, 3, "年") == 0) {
        std::string rest = key.substr(7);
        if (rest.compare(0, 3, "度") == 0) rest.erase(0, 3);
        if (!rest.empty()) return title_id(rest, tk);
    }
    return "";
}

int form_kind(const std::string& key, const TitleKeys& tk) {
    if (tk.department_form.count(key)) return 1;
    if (tk.project_form.count(key)) return 2;
    // "2026年部门整体绩效目标表": the same title after its year.
    if (const std::string rest = without_year(key); rest != key) return form_kind(rest, tk);
    return 0;
}

}  // namespace

std::string title_table_id(const std::string& printed, const Template& tpl) {
    return title_id(printed, TitleKeys(tpl));
}

int template_fit(const std::vector<std::string>& lines, const Template& tpl) {
    const TitleKeys tk(tpl);
    std::set<std::string> found;
    for (const std::string& l : lines) {
        if (l.size() > 200) continue;
        std::string k = line_key(l);
        strip_table_number(k);
        std::string id = title_id(k, tk);
        if (!id.empty()) found.insert(id);
    }
    return static_cast<int>(found.size());
}

Segmentation segment(const std::vector<std::string>& lines, const Template& tpl) {
    const TitleKeys tk(tpl);
    Segmentation seg;
    const size_t n = lines.size();
    std::vector<std::string> keys(n);
    for (size_t i = 0; i < n; ++i)
        if (lines[i].size() <= 400) keys[i] = line_key(lines[i]);

    // Part headings: the last occurrence of each name is the real heading
    // (earlier ones are the contents).
    std::map<std::string, size_t> last_part;
    for (size_t i = 0; i < n; ++i)
        if (std::string p = part_name(keys[i]); !p.empty() && keys[i].size() < 120) last_part[p] = i;
    for (auto& [name, idx] : last_part) seg.part_headings.emplace_back(idx, name);
    std::sort(seg.part_headings.begin(), seg.part_headings.end());

    // Meta: year from the first lines, department and unit from their labels.
    // The budget year: the first year on a line about the budget ("2021年部门预算公开表"),
    // else the first year at all (an overview may mention last year first).
    for (size_t i = 0; i < n && i < 60 && seg.year.empty(); ++i)
        if (!keys[i].empty() && keys[i].find("预算") != std::string::npos && keys[i].size() < 150) {
            seg.year = year_in(keys[i]);
            if (!seg.year.empty()) seg.year_line = static_cast<LineNo>(i + 1);
        }
    for (size_t i = 0; i < n && i < 40 && seg.year.empty(); ++i)
        if (!keys[i].empty()) {
            seg.year = year_in(keys[i]);
            if (!seg.year.empty()) seg.year_line = static_cast<LineNo>(i + 1);
        }
    for (size_t i = 0; i < n; ++i) {
        const std::string& k = keys[i];
        if (seg.department.empty() && (starts_with(k, "编制部门:") || starts_with(k, "编制单位:") ||
                                       starts_with(k, "编制部门(单位):") || starts_with(k, "部门(单位):") ||
                                       starts_with(k, "部门:"))) {
            std::string v = after_colon(lines[i]);
            // "编制部门：X\t单位：万元" on one line.
            if (size_t t = v.find("单位:"); t != std::string::npos && t > 0) v = collapse_spaces(v.substr(0, t));
            if (!v.empty()) {
                seg.department = v;
                seg.department_line = static_cast<LineNo>(i + 1);
            }
        }
        if (seg.unit.empty()) {
            size_t u = k.find("单位:");
            if (u != std::string::npos && (u == 0 || k.find("编制") == 0)) {
                std::string v = k.substr(u + std::string("单位:").size());
                if (!v.empty() && v.size() <= 12) {
                    seg.unit = v;
                    seg.unit_line = static_cast<LineNo>(i + 1);
                }
            }
        }
    }

    // Titles of tables and forms.
    std::string pending_number;
    size_t pending_number_line = 0;
    for (size_t i = 0; i < n; ++i) {
        std::string k = keys[i];
        if (k.empty()) continue;
        std::string num = strip_table_number(k);
        if (!num.empty() && k.empty()) {  // a "表 N" line on its own
            pending_number = num;
            pending_number_line = i;
            continue;
        }
        if (k.size() > 150) continue;
        std::string id = title_id(k, tk);
        int fk = id.empty() ? form_kind(k, tk) : 0;
        if (id.empty() && fk == 0) {
            std::string stripped = k;
            if (strip_numbering(stripped)) {
                std::string cid = title_id(stripped, tk);
                if (!cid.empty()) seg.contents.push_back({cid, collapse_spaces(lines[i]), static_cast<LineNo>(i + 1)});
            }
            continue;
        }
        Block b;
        b.kind = fk == 1 ? BlockKind::department_form : fk == 2 ? BlockKind::project_form : BlockKind::table;
        b.id = id;
        b.title = collapse_spaces(nfkc(lines[i]).find('#') != std::string::npos ? match_key(lines[i]) : lines[i]);
        if (!num.empty()) b.number = num;
        else if (!pending_number.empty() && i - pending_number_line <= 3) b.number = pending_number;
        pending_number.clear();
        b.title_line = static_cast<LineNo>(i + 1);
        b.begin = i + 1;
        seg.blocks.push_back(b);
    }
    // Each block runs to the next block, the next part heading or a "表 N" line.
    std::vector<bool> in_block(n, false);
    for (size_t b = 0; b < seg.blocks.size(); ++b) {
        size_t limit = b + 1 < seg.blocks.size() ? seg.blocks[b + 1].title_line - 1 : n;
        size_t end = seg.blocks[b].begin;
        for (; end < limit; ++end) {
            if (!part_name(keys[end]).empty() && keys[end].size() < 120) break;
            std::string k = keys[end];
            if (!strip_table_number(k).empty() && k.empty() && end > seg.blocks[b].begin) break;
        }
        seg.blocks[b].end = end;
        for (size_t i = seg.blocks[b].begin - 1; i < end; ++i) in_block[i] = true;
    }
    // Lines too long to be titles have no key, but they are text all the same
    // (a long narrative paragraph).
    auto blank = [](const std::string& l) { return l.find_first_not_of(" \t\r\f\v") == std::string::npos; };
    for (size_t i = 0; i < n; ++i)
        if (!in_block[i] && (!keys[i].empty() || (lines[i].size() > 400 && !blank(lines[i]))))
            seg.text_lines.push_back(i);
    return seg;
}

}  // namespace yusuan
