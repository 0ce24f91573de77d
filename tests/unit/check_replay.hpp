// A Document rebuilt from a reference facts file (tests/reference/gold), with
// the narrative lines of its seed and the lost-rows marks of its damage list:
// the checker's rules measured as if the reader read the document perfectly,
// whatever the reader can do today.
#pragma once
#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "model/document.hpp"
#include "model/finding.hpp"
#include "normalise/text.hpp"
#include "templates/template.hpp"

namespace yusuan::test {

inline std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
    std::vector<std::vector<std::string>> rows;
    std::ifstream in(path);
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (header) {
            header = false;
            continue;
        }
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string c;
        while (std::getline(ss, c, '\t')) cells.push_back(c);
        if (!line.empty() && line.back() == '\t') cells.push_back("");
        rows.push_back(cells);
    }
    return rows;
}

inline bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

inline Document replay(const std::string& stem, const Template& tpl) {
    const std::string ref = std::string(YUSUAN_SOURCE_DIR) + "/tests/reference/";
    Document d;
    std::map<std::string, Table> tables;
    std::map<std::string, Form> forms;
    std::vector<std::string> order, form_order;
    for (const auto& f : read_tsv(ref + "gold/" + stem + ".facts.tsv")) {
        if (f.size() < 4) continue;
        const std::string &t = f[0], &key = f[1], &col = f[2], &val = f[3];
        if (t == "meta") {
            if (key == "document" && col == "department") d.department = val;
            if (key == "document" && col == "year") d.year = val;
            if (key == "document" && col == "unit") d.unit = val;
            continue;
        }
        Cell c;
        c.column = col;
        c.text = val;
        c.amount = Decimal::parse(val);
        if (col == "名称") c.amount.reset();
        if (t[0] == 'p') {
            if (!forms.count(t)) form_order.push_back(t);
            Form& fm = forms[t];
            fm.id = t;
            if (key == "基本信息") fm.info.push_back(c);
            else {
                const std::size_t n = std::stoul(key.substr(key.find('/') + 1));
                if (fm.indicators.size() < n) fm.indicators.resize(n);
                fm.indicators[n - 1].cells.push_back(c);
            }
            continue;
        }
        if (!tables.count(t)) order.push_back(t);
        Table& tb = tables[t];
        tb.id = t;
        auto it = std::find_if(tb.rows.begin(), tb.rows.end(), [&](const Row& r) { return r.key == key; });
        if (it == tb.rows.end()) {
            Row r;
            r.key = key;
            r.label = key;
            const std::string head = key.substr(0, key.find('/'));
            if (key == "总计" || key == "收入总计" || key == "支出总计") r.kind = RowKind::total;
            else if (head == "单位") r.kind = RowKind::unit;
            else if (all_digits(head) && t != "t10" && t != "t11" && t != "t12") {
                r.code = head;
                r.level = head.size() <= 3 ? 1 : head.size() <= 5 ? 2 : 3;
            } else {
                r.level = static_cast<int>(std::count(key.begin(), key.end(), '/')) + 1;
            }
            if (t == "t01" || t == "t04")
                r.side = (!r.code.empty() || key == "支出总计") ? "expense" : "income";
            tb.rows.push_back(r);
            it = tb.rows.end() - 1;
        }
        if (col == "名称") it->label = val;
        it->cells.push_back(c);
    }
    for (const std::string& id : order) d.tables.push_back(tables[id]);
    for (const TableSpec& s : tpl.tables)
        if (!tables.count(s.id)) {   // not in the facts: printed empty
            Table t;
            t.id = s.id;
            t.declared_empty = true;
            d.tables.push_back(t);
        }
    for (const std::string& id : form_order) d.forms.push_back(forms[id]);
    d.contents.push_back({"", "目录", 1});

    // Narrative: the seed's lines from the last "第三部分" heading to the next part.
    std::ifstream seed(ref + "seeds/" + stem + ".txt");
    std::vector<std::string> lines;
    for (std::string l; std::getline(seed, l);) lines.push_back(l);
    std::size_t start = 0;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (match_key(lines[i]).find("第三部分") != std::string::npos && match_key(lines[i]).find("第三部分") < 12) start = i;
    for (std::size_t i = start; i < lines.size(); ++i) {
        const std::string m = match_key(lines[i]);
        if (i > start && m.find("第四部分") != std::string::npos && m.find("第四部分") < 12) break;
        if (lines[i].find('\t') != std::string::npos) continue;   // table rows
        std::string text = clean_line(lines[i]);
        if (remove_spaces(text).empty()) continue;
        d.paragraphs.push_back({static_cast<LineNo>(i + 1), text, tpl.narrative_part});
    }
    // Source lines: each table from its title (the last printing before the
    // narrative, not the contents list), each coded row from the first later
    // line that starts with its code digits.
    std::vector<std::pair<std::size_t, std::string>> titles;
    for (const TableSpec& s : tpl.tables) {
        std::size_t at = 0;
        std::vector<std::string> names{match_key(s.title)};
        if (names[0].rfind("部门", 0) == 0) names.push_back(names[0].substr(6));
        for (std::size_t i = 0; i < start; ++i)
            for (const std::string& n : names)
                if (match_key(lines[i]).find(n) != std::string::npos && lines[i].size() < 200) at = i + 1;
        if (at) titles.push_back({at, s.id});
    }
    std::sort(titles.begin(), titles.end());
    for (std::size_t k = 0; k < titles.size(); ++k) {
        Table* t = d.table(titles[k].second);
        const std::size_t end = k + 1 < titles.size() ? titles[k + 1].first : start;
        if (!t) continue;
        t->line = static_cast<LineNo>(titles[k].first);
        std::size_t at = titles[k].first;
        for (Row& r : t->rows) {
            const std::string want = r.code.empty() ? match_key(r.key) : r.code;
            for (std::size_t i = at; i < end; ++i)
                if (match_key(lines[i - 1]).rfind(want, 0) == 0) {
                    at = i;
                    break;
                }
            r.line = static_cast<LineNo>(at);
        }
        for (const auto& rep : read_tsv(ref + "gold/" + stem + ".damage.tsv"))
            if (rep.size() >= 2 && rep[0] == "lost-rows") {
                const auto l = static_cast<std::size_t>(std::stoi(rep[1]));
                if (l >= titles[k].first && l < end)
                    d.repairs.push_back({"lost-rows", static_cast<LineNo>(l), "", "", t->id, "", ""});
            }
    }
    return d;
}

struct Score {
    double precision = 1, recall = 1;
    std::vector<std::string> missed, extra;
};

inline Score score(const Findings& found, const std::string& stem) {
    const std::string ref = std::string(YUSUAN_SOURCE_DIR) + "/tests/reference/gold/" + stem;
    using Key = std::tuple<std::string, std::string, std::string>;
    auto norm = [](const std::string& s) { return match_key(s); };
    std::set<Key> gold, optional, out;
    for (const auto& r : read_tsv(ref + ".findings.tsv"))
        if (r.size() >= 5) gold.insert({r[2], norm(r[3]), norm(r[4])});
    for (const auto& r : read_tsv(ref + ".findings-optional.tsv"))
        if (r.size() >= 5) optional.insert({r[2], norm(r[3]), norm(r[4])});
    for (const Finding& f : found)
        if (f.severity != Severity::info) {
            Key k{f.table, norm(f.row), norm(f.column)};
            if (!optional.count(k) || gold.count(k)) out.insert(k);
        }
    Score s;
    std::size_t hit = 0;
    for (const Key& k : gold)
        if (out.count(k)) ++hit;
        else s.missed.push_back(std::get<0>(k) + "|" + std::get<1>(k) + "|" + std::get<2>(k));
    for (const Key& k : out)
        if (!gold.count(k)) s.extra.push_back(std::get<0>(k) + "|" + std::get<1>(k) + "|" + std::get<2>(k));
    s.recall = gold.empty() ? 1.0 : static_cast<double>(hit) / static_cast<double>(gold.size());
    s.precision = out.empty() ? (gold.empty() ? 1.0 : 0.0) : static_cast<double>(out.size() - s.extra.size()) / static_cast<double>(out.size());
    return s;
}

}  // namespace yusuan::test
