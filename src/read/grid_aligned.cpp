// Space-aligned columns as `pdftotext -layout` writes them. No separators:
// columns are found per page from where the data tokens start (or end, for
// right-aligned figures), header text is assigned to the column under which
// it sits and the leaf header of each column is the longest run of its
// lowest fragments that is a header word. Page furniture (form feeds, page
// numbers, the header printed again on a new page) is skipped.
#include <algorithm>
#include <map>
#include <cstdlib>

#include "normalise/text.hpp"
#include "read/aligned_text.hpp"
#include "read/layouts.hpp"

namespace yusuan {

namespace {

using namespace aligned;


struct Line {
    std::size_t index = 0;  // into `lines`
    bool page_break = false;
    std::vector<Token> tokens;
};





// Body tokens: split at two spaces; inside a chunk, figures are split from
// their neighbours (columns can be one space apart), and with separate code
// columns (类 款 项) so are leading code groups.
std::vector<Token> body_tokens(const std::u32string& u, bool split_codes) {
    std::vector<Token> out;
    for (const Token& chunk : words(u, 2)) {
        std::vector<Token> ws = words(to_u32(chunk.text), 1);
        for (Token& w : ws) w.start += chunk.start;
        // A figure printed with spaces after its separators ("1, 229. 70") is one word.
        for (std::size_t k = 1; k < ws.size();) {
            const std::string& a = ws[k - 1].text;
            if (!a.empty() && (a.back() == ',' || a.back() == '.') && a.size() >= 2 && a[a.size() - 2] >= '0' &&
                a[a.size() - 2] <= '9' && !ws[k].text.empty() && ws[k].text[0] >= '0' && ws[k].text[0] <= '9') {
                ws[k - 1].text += " " + ws[k].text;
                ws.erase(ws.begin() + static_cast<std::ptrdiff_t>(k));
            } else {
                ++k;
            }
        }
        std::vector<Token> merged;
        bool leading = true, glue = false;  // glue: the last token takes more words
        for (Token& w : ws) {
            w.amount = amount_text(w.text);
            w.code = code_text(w.text);
            const bool lead_code = split_codes && leading && w.code;
            if (!lead_code) leading = false;
            // Two texts one space apart, both CJK at the joint, are two cells
            // (科目名称 and 项目名称 side by side); "2026 年" stays one.
            const bool cjk_joint = !merged.empty() && !merged.back().text.empty() && !w.text.empty() &&
                                   is_cjk(to_u32(merged.back().text).back()) && is_cjk(to_u32(w.text).front());
            if (glue && !w.amount && !lead_code && !cjk_joint) {
                merged.back().text += " " + w.text;
                merged.back().code = false;
                continue;
            }
            w.joint = cjk_joint && glue;
            merged.push_back(w);
            glue = !w.amount && !lead_code;
        }
        for (Token& t : merged) {
            t.width = static_cast<int>(to_u32(t.text).size());
            out.push_back(std::move(t));
        }
    }
    if (split_codes) {
        int n = 0;
        std::size_t i = 0;
        for (; i < out.size() && out[i].code && n < 3; ++i) out[i].lead = n++;
        if (i < out.size() && !out[i].amount && !out[i].code) out[i].name = true;
    }
    return out;
}



// A code and its name in one word ("234 抗疫特别国债安排的支出").
bool coded_name(const std::string& t) {
    std::size_t i = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    return i >= 3 && i <= 7 && i + 1 < t.size() && t[i] == ' ' && !(t[i + 1] >= '0' && t[i + 1] <= '9');
}

bool is_data_line(const std::vector<Token>& toks) {
    for (const Token& t : toks)
        if (t.amount || coded_name(t.text)) return true;
    return !toks.empty() && toks.front().code && toks.front().text.size() >= 3;
}

// A sentence (a note or the "…为空表" statement), not a table row.
bool is_sentence(const std::vector<Token>& toks) {
    if (toks.size() != 1) return false;
    const std::string& t = toks.front().text;
    return printed_width(t) > 40 || t.find("。") != std::string::npos;
}

struct Column {
    int anchor = 0;                  // start of its tokens (or end, right-aligned figures)
    int lo = 0, hi = 0;              // span of the anchors of its tokens
    int left = 0, right = 0;         // printed extent of its tokens
    std::vector<std::string> header; // header fragments, top to bottom
};

struct Page {
    std::vector<const Line*> header, body;
};


// A long name printed around its row ("其他政府办公厅（室）及相关机构事务"
// above the code and figures, "支出" below): a line with text in one cell
// only, above a row whose cell there is empty, belongs to that row; a line
// with text in that one cell only, below it, continues it. A label row with
// blank figures (a line of its own whose next row prints its own label) is
// left alone.
void join_wrapped_cells(std::vector<GridRow>& rows, std::size_t first) {
    auto single = [](const GridRow& r) {
        std::size_t at = r.cells.size();
        for (std::size_t c = 0; c < r.cells.size(); ++c) {
            if (r.cells[c].empty()) continue;
            if (at != r.cells.size() || is_data_text(r.cells[c]) || coded_name(r.cells[c])) return r.cells.size();
            at = c;
        }
        return at;
    };
    auto has_data = [](const GridRow& r) {
        for (const std::string& c : r.cells)
            if (is_data_text(c) || coded_name(c)) return true;
        return false;
    };
    std::vector<bool> wrapped(rows.size(), false);  // the row's cell was joined from a line above
    std::vector<std::size_t> wrapped_col(rows.size(), 0);
    for (std::size_t i = first; i < rows.size();) {
        const std::size_t c = single(rows[i]);
        if (c == rows[i].cells.size()) {
            ++i;
            continue;
        }
        if (i + 1 < rows.size() && c < rows[i + 1].cells.size() && rows[i + 1].cells[c].empty() && has_data(rows[i + 1])) {
            rows[i + 1].cells[c] = rows[i].cells[c];
            rows[i + 1].line = rows[i].line;
            wrapped[i + 1] = true;
            wrapped_col[i + 1] = c;
            rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i));
            wrapped.erase(wrapped.begin() + static_cast<std::ptrdiff_t>(i));
            wrapped_col.erase(wrapped_col.begin() + static_cast<std::ptrdiff_t>(i));
            continue;
        }
        if (i > first && wrapped[i - 1]) {
            // (its position may be read a column off: a short word under a wide cell)
            const std::size_t into = wrapped_col[i - 1];
            rows[i - 1].cells[into] = collapse_spaces(rows[i - 1].cells[into] + " " + rows[i].cells[c]);
            rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i));
            wrapped.erase(wrapped.begin() + static_cast<std::ptrdiff_t>(i));
            wrapped_col.erase(wrapped_col.begin() + static_cast<std::ptrdiff_t>(i));
            continue;
        }
        ++i;
    }
}

}  // namespace

// A figure's decimal part printed on a baseline of its own (".73" on the
// line below "12,672", starting where the figure ends): joined back. Only a
// token that is nothing but a point and digits, only onto a figure without a
// decimal part that ends where it starts (pdftotext may overlap the narrow
// point with the last digit by a place or two) on one of the two lines
// above, and only if exactly one such figure is there.
void join_pushed_decimals(std::vector<Line>& all, std::vector<Repair>& repairs) {
    auto decimal_part = [](const std::string& t) {
        return t.size() >= 2 && t.size() <= 5 && t[0] == '.' &&
               std::all_of(t.begin() + 1, t.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    auto whole_figure = [](const std::string& t) {
        return !t.empty() && t.find('.') == std::string::npos && t.front() >= '0' && t.front() <= '9' &&
               std::all_of(t.begin(), t.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; });
    };
    for (std::size_t j = 1; j < all.size(); ++j) {
        std::vector<Token>& toks = all[j].tokens;
        for (std::size_t k = 0; k < toks.size();) {
            if (!decimal_part(toks[k].text)) {
                ++k;
                continue;
            }
            Token* head = nullptr;
            std::size_t head_line = 0;
            int found = 0;
            for (std::size_t back = 1; back <= 2 && back <= j; ++back)
                for (Token& u : all[j - back].tokens)
                    if (whole_figure(u.text) && u.start + u.width - toks[k].start >= 0 &&
                        u.start + u.width - toks[k].start <= 2) {   // the narrow point may overlap its last digit
                        head = &u;
                        head_line = all[j - back].index;
                        ++found;
                    }
            if (found != 1) {
                ++k;
                continue;
            }
            const std::string raw = head->text + " / line " + std::to_string(all[j].index + 1) + ": " + toks[k].text;
            head->text += toks[k].text;
            head->width += toks[k].width;
            repairs.push_back({"split-number", static_cast<LineNo>(head_line + 1), raw,
                               head->text + " (decimal part printed on the line below)", "", "", ""});
            toks.erase(toks.begin() + static_cast<std::ptrdiff_t>(k));
        }
    }
    std::erase_if(all, [](const Line& l) { return l.tokens.empty(); });
}

Grid aligned_grid(const std::vector<std::string>& lines, std::size_t begin, std::size_t end,
                  const HeaderWords& header_words, const HeaderWords& group_words) {
    Grid g;
    // Does the header name separate code columns? Then "201 04 50 事业运行" is four cells.
    bool split_codes = false;
    {
        int found = 0;
        for (std::size_t i = begin; i < end && i < begin + 40; ++i) {
            std::string k = " " + lines[i] + " ";
            if (k.find(" 类 ") != std::string::npos || k.find(" 款 ") != std::string::npos) ++found;
        }
        split_codes = found > 0;
    }

    std::vector<Line> all;
    bool pending_break = false;
    for (std::size_t i = begin; i < end; ++i) {
        std::string raw = lines[i];
        if (raw.find('\f') != std::string::npos) {
            pending_break = true;
            raw.erase(std::remove(raw.begin(), raw.end(), '\f'), raw.end());
        }
        if (raw.find_first_not_of(' ') == std::string::npos) continue;
        if (is_page_number(raw)) {
            pending_break = true;
            continue;
        }
        if (is_meta(raw)) {
            g.loose.push_back({static_cast<LineNo>(i + 1), collapse_spaces(raw), ""});
            continue;
        }
        Line l;
        l.index = i;
        l.page_break = pending_break;
        pending_break = false;
        l.tokens = body_tokens(to_u32(raw), split_codes);
        join_spaced(l.tokens, 8, is_total_word);  // "本 年 收 入   合   计"
        all.push_back(std::move(l));
    }
    join_pushed_decimals(all, g.repairs);

    // Pages: header lines (before the first data line of the page) and body.
    std::vector<Page> pages(1);
    bool in_body = false;
    for (const Line& l : all) {
        // A new page starts a new set of columns only if the header is
        // printed again; rows continuing on the next page keep the columns.
        if (l.page_break && in_body && !is_data_line(l.tokens)) {
            pages.emplace_back();
            in_body = false;
        }
        if (!in_body && is_data_line(l.tokens)) in_body = true;
        if (in_body && is_sentence(l.tokens)) {
            g.loose.push_back({static_cast<LineNo>(l.index + 1), collapse_spaces(l.tokens.front().text), ""});
            continue;
        }
        (in_body ? pages.back().body : pages.back().header).push_back(&l);
    }
    // Rows before the first figure (a label whose figures are blank, such
    // as 因公出国（境）费用 with nothing spent) are not header: a trailing
    // header line with one token at the left edge that is no header word
    // moves to the body.
    for (Page& page : pages) {
        if (page.body.empty()) continue;
        int left = 1 << 30;
        for (const Line* l : page.body)
            if (!l->tokens.empty()) left = std::min(left, l->tokens.front().start);
        while (!page.header.empty()) {
            const Line* l = page.header.back();
            if (l->tokens.size() != 1 || l->tokens.front().start > left + 1 || !header_words) break;
            bool header_text = false;
            for (const Token& w : words(to_u32(lines[l->index]), 1))
                header_text = header_text || header_words(match_key(w.text));
            if (header_text) break;
            page.body.insert(page.body.begin(), l);
            page.header.pop_back();
        }
    }
    if (pages.size() == 1 && pages[0].body.empty()) {
        // No figures at all (a table declared empty): its lines are text.
        for (const Line* l : pages[0].header) {
            std::string text = collapse_spaces(lines[l->index]);
            text.erase(std::remove(text.begin(), text.end(), '\f'), text.end());
            g.loose.push_back({static_cast<LineNo>(l->index + 1), text, ""});
        }
        std::sort(g.loose.begin(), g.loose.end(), [](const Paragraph& a, const Paragraph& b) { return a.line < b.line; });
        return g;
    }

    struct Leaf {
        double centre = 0;
        std::string text;
    };
    std::vector<Leaf> prev_leaves;  // the columns of the page before
    std::vector<int> prev_kind;     // what they held there: 1 figures, 2 text, 0/3 either
    int prev_codes = 0;
    double prev_span_from = 0, prev_span_to = 0;  // where its figures spanned
    for (Page& page : pages) {
        // Figures right-aligned or left-aligned? Whichever edge lines up better.
        std::map<int, int> starts, ends;
        for (const Line* l : page.body)
            for (const Token& t : l->tokens)
                if (t.amount) {
                    ++starts[t.start];
                    ++ends[t.start + t.width];
                }
        const bool right_aligned = ends.size() < starts.size();
        auto anchor = [&](const Token& t) { return t.amount && right_aligned ? t.start + t.width : t.start; };

        // Columns: with separate code columns, the leading codes take the
        // first columns in order and the name after them one column (their
        // positions drift with the width of the codes); every other token
        // is placed by its anchor, anchors up to two apart are one column.
        int n_codes = 0;
        bool has_name = false;
        std::vector<int> xs;
        for (const Line* l : page.body)
            for (const Token& t : l->tokens) {
                if (t.lead >= 0) n_codes = std::max(n_codes, t.lead + 1);
                else if (t.name) has_name = true;
                else xs.push_back(anchor(t));
            }
        // The header's 类 款 项 words: how many code columns there are (a
        // document printing each code once, "201" / "13" / "01" on rows of
        // their own, has rows of one code only) and where they sit.
        int code_x[3] = {-1, -1, -1};
        if (n_codes > 0) {
            for (const Line* l : page.header)
                for (const Token& w : words(to_u32(lines[l->index]), 1)) {
                    const std::string key = match_key(w.text);
                    const int k = key == "类" ? 0 : key == "款" ? 1 : key == "项" ? 2 : -1;
                    if (k >= 0 && code_x[k] < 0) code_x[k] = w.start;
                }
            int printed = 0;
            while (printed < 3 && code_x[printed] >= 0) ++printed;
            n_codes = std::max(n_codes, printed);
        }
        // The code column of each leading code of a line: in order from 类
        // when the line starts with a 类 code (three digits) or prints all
        // of them; else (款 and 项 with the 类 left blank) the nearest of the
        // header's 款 项 words.
        auto code_columns = [&](const Line& l) {
            std::vector<const Token*> leads;
            for (const Token& t : l.tokens)
                if (t.lead >= 0) leads.push_back(&t);
            std::vector<std::size_t> at(leads.size());
            for (std::size_t k = 0; k < leads.size(); ++k) at[k] = k;
            if (leads.empty() || leads.front()->text.size() >= 3 || static_cast<int>(leads.size()) >= n_codes ||
                n_codes < 2 || code_x[1] < 0)
                return at;
            const std::size_t n = static_cast<std::size_t>(n_codes - 1);
            at = assign_in_order(leads, n, [&](const Token& t, std::size_t j) {
                return std::abs(static_cast<double>(t.start - code_x[j + 1]));
            }, 1e6);
            for (std::size_t& a : at) a += 1;
            return at;
        };
        auto code_column = [&](const Line& l, const Token& t) {
            std::vector<std::size_t> at = code_columns(l);
            std::size_t k = 0;
            for (const Token& u : l.tokens) {
                if (&u == &t) break;
                if (u.lead >= 0) ++k;
            }
            return k < at.size() ? at[k] : static_cast<std::size_t>(t.lead);
        };
        std::sort(xs.begin(), xs.end());
        std::vector<Column> cols(static_cast<std::size_t>(n_codes + (has_name ? 1 : 0)));
        const std::size_t fixed = cols.size();
        std::vector<std::pair<int, int>> clusters;  // anchor span
        for (int x : xs) {
            if (clusters.empty() || x - clusters.back().second > 2) clusters.push_back({x, x});
            else clusters.back().second = x;
        }
        for (auto& [lo, hi] : clusters) cols.push_back({lo, lo, hi, lo, hi, {}});
        if (cols.empty()) continue;
        auto column_of = [&](const Token& t) {
            if (t.lead >= 0) return static_cast<std::size_t>(t.lead);
            if (t.name) return static_cast<std::size_t>(n_codes);
            const int x = anchor(t);
            std::size_t best = fixed;
            int dist = 1 << 30;
            for (std::size_t k = fixed; k < cols.size(); ++k) {
                int d = x < cols[k].lo ? cols[k].lo - x : x > cols[k].hi ? x - cols[k].hi : 0;
                if (d < dist) {
                    dist = d;
                    best = k;
                }
            }
            return std::min(best, cols.size() - 1);
        };
        // Printed extents, for placing the header text.
        for (Column& c : cols) {
            c.left = 1 << 30;
            c.right = -1;
        }
        for (const Line* l : page.body)
            for (const Token& t : l->tokens) {
                Column& c = cols[t.lead >= 0 ? code_column(*l, t) : column_of(t)];
                c.left = std::min(c.left, t.start);
                c.right = std::max(c.right, t.start + t.width);
            }
        for (Column& c : cols)
            if (c.right < 0) c.left = c.right = 0;

        // Header text: fragments stacked where they start within three
        // places of a fragment on the line above (a header cell printed over
        // several lines); each stack's leaf is its longest run of lowest
        // fragments that is a header word. 类 款 项 name the code columns in
        // order; other columns take the stacks nearest to them, in order.
        struct Stack {
            int x = 0;
            std::size_t last_line = 0;
            std::vector<std::string> parts;
            std::vector<double> centres;
        };
        std::vector<Stack> stacks;
        for (std::size_t hl = 0; hl < page.header.size(); ++hl) {
            const Line* l = page.header[hl];
            std::vector<Token> ws = words(to_u32(lines[l->index]), 1);
            join_spaced(ws, 8, [&](const std::string& k) {  // "支   出"
                return (header_words && header_words(k)) || (group_words && group_words(k));
            });
            std::vector<bool> taken(stacks.size(), false);
            for (Token& w : ws) {
                w.text.erase(std::remove(w.text.begin(), w.text.end(), '\f'), w.text.end());
                if (w.text.empty()) continue;
                const std::string key = match_key(w.text);
                const int code_word = key == "类" ? 0 : key == "款" ? 1 : key == "项" ? 2 : -1;
                if (code_word >= 0 && code_word < n_codes) {
                    cols[static_cast<std::size_t>(code_word)].header.push_back(w.text);
                    continue;
                }
                if (n_codes > 0 && (key == "科目代码" || key == "科目编码" || key == "科目")) continue;
                // Stacked by centre (printed widths). A group heading may take
                // the fragments of a sub-column below it: the leaf is found by
                // its words, the heading left out.
                const int centre = w.start + printed_width(w.text) / 2;
                std::size_t best = stacks.size();
                int dist = 4;
                for (std::size_t k = 0; k < stacks.size() && k < taken.size(); ++k) {
                    if (taken[k] || stacks[k].last_line + 3 < hl || std::abs(stacks[k].x - centre) >= dist) continue;
                    dist = std::abs(stacks[k].x - centre);
                    best = k;
                }
                if (best == stacks.size()) {
                    stacks.push_back({centre, hl, {}, {}});
                    taken.push_back(true);
                } else {
                    taken[best] = true;
                }
                stacks[best].parts.push_back(w.text);
                stacks[best].centres.push_back(w.start + static_cast<double>(printed_width(w.text)) / 2);
                stacks[best].last_line = hl;
                stacks[best].x = centre;
            }
        }
        std::vector<Leaf> leaves;
        for (const Stack& st : stacks) {
            std::string leaf;
            std::size_t from = 0;
            for (; from < st.parts.size() && leaf.empty(); ++from) {
                std::string joined;
                for (std::size_t k = from; k < st.parts.size(); ++k) joined += st.parts[k];
                if (!header_words || header_words(match_key(joined)) || from + 1 == st.parts.size())
                    leaf = collapse_spaces(joined);
            }
            if (leaf.empty() || (group_words && group_words(match_key(leaf)))) continue;
            // A column the header words do not know keeps no header text: the
            // table reader recognises a header row only by its words, and one
            // unknown leaf would hide the whole header from it.
            if (header_words && !header_words(match_key(leaf))) leaf = collapse_spaces([&] {
                // else the longest run of its top fragments that is a word (a
                // label row with blank figures printed beside the header).
                std::string best, run;
                for (const std::string& p : st.parts) {
                    run += p;
                    if (header_words(match_key(run))) best = run;
                }
                return best;
            }());
            double c = 0;
            for (std::size_t k = from - 1; k < st.centres.size(); ++k) c += st.centres[k];
            leaves.push_back({c / static_cast<double>(st.centres.size() - (from - 1)), leaf});
        }
        std::sort(leaves.begin(), leaves.end(), [](const Leaf& a, const Leaf& b) { return a.centre < b.centre; });
        // A page whose lines above its first row hold no header word (a
        // running header "… 年度部门预算公开" after the page break) continues
        // the table of the page before: its columns are that page's.
        bool continued = false;
        if (leaves.empty() && !prev_leaves.empty() && header_words && n_codes <= prev_codes) {
            bool header_text = false;
            for (const Line* l : page.header)
                for (const Token& w : words(to_u32(lines[l->index]), 1))
                    header_text = header_text || header_words(match_key(w.text));
            if (!header_text) {
                continued = true;
                leaves = prev_leaves;
                while (static_cast<int>(cols.size()) < prev_codes) cols.insert(cols.begin() + n_codes, Column{});
                n_codes = prev_codes;
                // The furniture is text, also where it was taken for a row label.
                std::vector<const Line*> furniture = page.header;
                while (!page.body.empty() && !is_data_line(page.body.front()->tokens)) {
                    furniture.push_back(page.body.front());
                    page.body.erase(page.body.begin());
                }
                for (const Line* l : furniture)
                    g.loose.push_back({static_cast<LineNo>(l->index + 1), collapse_spaces(lines[l->index]), ""});
                page.header.clear();
                if (page.body.empty()) continue;
            }
        }

        if (!leaves.empty()) {
            // The header gives the columns: codes by order, every other token
            // of a row to the leaf headers in order, nearest first (figures
            // drift left of their column when a long name pushes them).
            GridRow h;
            h.line = static_cast<LineNo>((page.header.empty() ? page.body.front() : page.header.front())->index + 1);
            for (int k = 0; k < n_codes; ++k)
                h.cells.push_back(cols[static_cast<std::size_t>(k)].header.empty() ? "" : cols[static_cast<std::size_t>(k)].header.back());
            for (const Leaf& lf : leaves) h.cells.push_back(lf.text);
            const std::size_t width = h.cells.size();
            g.rows.push_back(std::move(h));
            // Each row's words to the leaf columns in order; then a word split
            // off at a one-space CJK joint that does not start where its
            // column's words start in other rows was one cell with the word
            // before it ("…工作领 导小组办公室", a name printed with a space).
            // The figures of a page span from the first figure column to
            // the last; a continued page spaces them anew (pdftotext packs a
            // page of short names tighter): its figures are stretched onto
            // the span of the page before.
            double here_from = 0, span_from = 0, stretch = 1;
            {
                auto span = [&](const std::vector<const Line*>& body, double& from, double& to) {
                    from = 1e9;
                    to = -1e9;
                    for (const Line* l : body)
                        for (const Token& t : l->tokens)
                            if (t.amount) {
                                from = std::min(from, static_cast<double>(t.start));
                                to = std::max(to, static_cast<double>(t.start + t.width));
                            }
                    return to > from;
                };
                double here_to = 0;
                if (continued && span(page.body, here_from, here_to) && prev_span_to > prev_span_from) {
                    const double r = (prev_span_to - prev_span_from) / (here_to - here_from);
                    if (r >= 1 && r < 1.7) {
                        stretch = r;
                        span_from = prev_span_from;
                    } else {
                        span_from = here_from;
                    }
                }
                if (!continued) span(page.body, prev_span_from, prev_span_to);
            }
            // (on a continued page, whose positions are spaced anew, a figure
            // never goes to a column that held only text on the page before,
            // nor a text to a column of figures only)
            // Figures are placed by their centre against the header's at
            // first; then by the edge they are aligned on against where that
            // edge sits in their column (a short figure's centre is far
            // from a long one's in a right-aligned column: "8.00" under
            // "6,340.22" is nearer the next header's centre).
            std::vector<double> figure_edge(leaves.size(), -1);
            auto place = [&](const std::vector<const Token*>& toks) {
                return assign_in_order(toks, leaves.size(), [&](const Token& t, std::size_t j) {
                    double x = t.start + static_cast<double>(printed_width(t.text)) / 2;
                    if (continued && t.amount) x = span_from + (x - here_from) * stretch;
                    double d = std::abs(x - leaves[j].centre);
                    if (t.amount && figure_edge[j] >= 0) d = std::abs(anchor(t) - figure_edge[j]);
                    if (continued && j < prev_kind.size() && prev_kind[j] != 0 && prev_kind[j] != (t.amount ? 1 : 2))
                        d += 1e6;
                    return d;
                });
            };
            if (!continued) {
                std::vector<std::vector<int>> edges(leaves.size());
                for (const Line* l : page.body) {
                    std::vector<const Token*> rest;
                    for (const Token& t : l->tokens)
                        if (t.lead < 0) rest.push_back(&t);
                    const std::vector<std::size_t> at = place(rest);
                    for (std::size_t k = 0; k < rest.size(); ++k)
                        if (rest[k]->amount) edges[at[k]].push_back(anchor(*rest[k]));
                }
                auto median = [](std::vector<int>& e) {
                    if (e.size() < 2) return -1.0;
                    std::nth_element(e.begin(), e.begin() + static_cast<std::ptrdiff_t>(e.size() / 2), e.end());
                    return static_cast<double>(e[e.size() / 2]);
                };
                for (std::size_t j = 0; j < edges.size(); ++j) figure_edge[j] = median(edges[j]);
            }
            std::vector<std::vector<std::size_t>> placed;
            std::vector<int> this_kind(leaves.size(), 0);  // 1 figures only, 2 text only, 3 both
            std::vector<std::vector<const Token*>> rests;
            std::map<std::size_t, std::map<int, int>> col_starts;  // column → start → count
            std::map<std::size_t, int> col_figures;                 // column → figures placed there
            for (const Line* l : page.body) {
                std::vector<const Token*> rest;
                for (const Token& t : l->tokens)
                    if (t.lead < 0) rest.push_back(&t);
                std::vector<std::size_t> at = place(rest);
                for (std::size_t k = 0; k < rest.size(); ++k) {
                    ++col_starts[at[k]][rest[k]->start];
                    if (rest[k]->amount) ++col_figures[at[k]];
                }
                for (std::size_t k = 0; k < rest.size(); ++k) {
                    int& kind = this_kind[at[k]];
                    const int mine = rest[k]->amount ? 1 : 2;
                    kind = kind == 0 || kind == mine ? mine : 3;
                }
                placed.push_back(std::move(at));
                rests.push_back(std::move(rest));
            }
            auto usual_start = [&](std::size_t col, int x) {  // another row's word starts there too
                auto it = col_starts.find(col);
                if (it == col_starts.end()) return false;
                int n = -1;  // not counting the word itself
                for (auto& [s0, c] : it->second)
                    if (std::abs(s0 - x) <= 2) n += c;
                return n >= 1;
            };
            const std::size_t first_row = g.rows.size();
            for (std::size_t li = 0; li < page.body.size(); ++li) {
                const Line* l = page.body[li];
                GridRow r;
                r.line = static_cast<LineNo>(l->index + 1);
                r.cells.assign(width, "");
                for (const Token& t : l->tokens)
                    if (t.lead >= 0) r.cells[code_column(*l, t)] = t.text;
                std::vector<std::size_t> at = placed[li];
                std::vector<const Token*> rest = rests[li];
                // Joined words are one token: the row is placed again without
                // them, as the word took the place of a column its figures need.
                // (placed where the word before it is: the joined text's
                // centre says nothing, its full text is filled in after)
                std::vector<std::string> texts;
                std::vector<const Token*> kept;
                bool rejoined = false;
                for (std::size_t k = 0; k < rest.size(); ++k) {
                    // (nor is a text in a column of figures: the rest of a name
                    // wrapped in its cell, "…及相关机 构事务支出")
                    if (k > 0 && rest[k]->joint && at[k] != at[k - 1] &&
                        (!usual_start(at[k], rest[k]->start) || col_figures[at[k]] > 0)) {
                        texts.back() += " " + rest[k]->text;
                        rejoined = true;
                        continue;
                    }
                    kept.push_back(rest[k]);
                    texts.push_back(rest[k]->text);
                }
                if (rejoined) {
                    rest = kept;
                    at = place(rest);
                }
                for (std::size_t k = 0; k < rest.size(); ++k) {
                    std::string& cell = r.cells[static_cast<std::size_t>(n_codes) + at[k]];
                    cell = cell.empty() ? texts[k] : collapse_spaces(cell + " " + texts[k]);
                }
                g.rows.push_back(std::move(r));
            }
            join_wrapped_cells(g.rows, first_row);
            prev_leaves = leaves;
            prev_codes = n_codes;
            if (!continued) {
                prev_kind = this_kind;
                for (int& k : prev_kind)
                    if (k == 3) k = 0;
            }
            // Full codes in a column of their own (科目编码 beside 科目名称)
            // where the codes are not split into 类 款 项: the code is glued
            // to the name, the form the table reader reads ("2010301 行政运行").
            if (n_codes == 0 && header_words) {
                GridRow& hr = g.rows[first_row - 1];
                for (std::size_t c = 0; c + 1 < hr.cells.size(); ++c) {
                    const std::string k = match_key(hr.cells[c]);
                    if (k != "科目编码" && k != "科目代码" && k != "功能分类科目编码") continue;
                    for (std::size_t r = first_row; r < g.rows.size(); ++r) {
                        std::vector<std::string>& cells = g.rows[r].cells;
                        if (c + 1 < cells.size() && is_digits(cells[c]))
                            cells[c + 1] = cells[c + 1].empty() ? cells[c] : cells[c] + " " + cells[c + 1];
                        if (c < cells.size() && is_digits(cells[c])) cells[c].clear();
                    }
                }
            }
            continue;
        }

        // No header words on this page: columns from the data alone.
        if (!page.header.empty()) {
            GridRow h;
            h.line = static_cast<LineNo>(page.header.front()->index + 1);
            for (const Column& c : cols) h.cells.push_back(c.header.empty() ? "" : c.header.back());
            g.rows.push_back(std::move(h));
        }
        for (const Line* l : page.body) {
            GridRow r;
            r.line = static_cast<LineNo>(l->index + 1);
            r.cells.assign(cols.size(), "");
            for (const Token& t : l->tokens) {
                std::string& cell = r.cells[t.lead >= 0 ? code_column(*l, t) : column_of(t)];
                cell = cell.empty() ? t.text : collapse_spaces(cell + " " + t.text);
            }
            g.rows.push_back(std::move(r));
        }
    }
    std::sort(g.loose.begin(), g.loose.end(), [](const Paragraph& a, const Paragraph& b) { return a.line < b.line; });
    return g;
}

}  // namespace yusuan


