// HTML tables, parsed with gumbo (a real HTML5 tokenizer and tree builder,
// so entities, optional tags and malformed markup behave as in a browser).
// Merged cells are expanded the way a tab-separated table prints them: the
// text at the merged cell's first position, the positions it covers empty.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "normalise/text.hpp"
#include "read/layouts.hpp"

namespace yusuan {

namespace {

constexpr long max_colspan = 512;     // = ReadLimits::max_cells_per_row
constexpr long max_rowspan = 10'000;

bool contains_tag(std::string_view line, std::string_view tag) {
    for (std::size_t at = line.find('<'); at != std::string_view::npos; at = line.find('<', at + 1)) {
        std::size_t k = at + 1;
        if (line.size() - k < tag.size()) return false;
        bool same = true;
        for (std::size_t j = 0; j < tag.size() && same; ++j)
            same = std::tolower(static_cast<unsigned char>(line[k + j])) == tag[j];
        if (!same) continue;
        std::size_t after = k + tag.size();
        if (after == line.size() || line[after] == '>' || line[after] == ' ' || line[after] == '\t') return true;
    }
    return false;
}

bool is_element(const GumboNode* n, GumboTag tag) {
    return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag;
}

bool is_block(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_TR:
        case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TABLE:
            return true;
        default:
            return false;
    }
}

// Text content; <br> and block boundaries are spaces.
void append_text(const GumboNode* n, std::string& out) {
    switch (n->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            out += n->v.text.text;
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            GumboTag t = n->v.element.tag;
            if (t == GUMBO_TAG_BR) {
                out += ' ';
                return;
            }
            if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_HEAD) return;
            const bool block = is_block(t);
            if (block) out += ' ';
            const GumboVector& kids = n->v.element.children;
            for (unsigned i = 0; i < kids.length; ++i) append_text(static_cast<const GumboNode*>(kids.data[i]), out);
            if (block) out += ' ';
            return;
        }
        default:
            return;
    }
}

// Cell text, cleaned like every other layout's lines: inline markup that was
// printed as text (an escaped "<p>") is removed as clean_line removes it.
std::string text_of(const GumboNode* n) {
    std::string s;
    append_text(n, s);
    return collapse_spaces(clean_line(s));
}

// A row of dashes only ("---", "--"): extraction debris, as in tsv_grid.
bool is_rule_row(const GridRow& r) {
    bool any = false;
    for (const std::string& c : r.cells)
        for (char ch : c) {
            if (ch != '-' && ch != ':' && ch != ' ') return false;
            any = true;
        }
    return any;
}

long span_attr(const GumboNode* cell, const char* name, long limit) {
    const GumboAttribute* a = gumbo_get_attribute(&cell->v.element.attributes, name);
    if (!a) return 1;
    long v = std::strtol(a->value, nullptr, 10);
    return std::clamp(v, 1L, limit);
}

// The <tr> of a table (directly or inside thead/tbody/tfoot), not of tables nested in its cells.
void table_rows(const GumboNode* table, std::vector<const GumboNode*>& trs, std::vector<const GumboNode*>& captions) {
    const GumboVector& kids = table->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto* k = static_cast<const GumboNode*>(kids.data[i]);
        if (is_element(k, GUMBO_TAG_TR)) trs.push_back(k);
        else if (is_element(k, GUMBO_TAG_THEAD) || is_element(k, GUMBO_TAG_TBODY) || is_element(k, GUMBO_TAG_TFOOT))
            table_rows(k, trs, captions);
        else if (is_element(k, GUMBO_TAG_CAPTION)) captions.push_back(k);
    }
}

void read_table(const GumboNode* table, std::size_t first_line, Grid& out) {
    std::vector<const GumboNode*> trs, captions;
    table_rows(table, trs, captions);
    for (const GumboNode* c : captions)
        if (std::string t = text_of(c); !t.empty())
            out.loose.push_back({static_cast<LineNo>(first_line + c->v.element.start_pos.line), t, ""});
    std::vector<long> pending;  // per position: rows still covered by a rowspan from above
    for (const GumboNode* tr : trs) {
        GridRow row;
        row.line = static_cast<LineNo>(first_line + tr->v.element.start_pos.line);
        std::size_t col = 0;
        auto skip_covered = [&]() {
            while (col < pending.size() && pending[col] > 0) {
                if (row.cells.size() <= col) {
                    row.cells.resize(col + 1);
                    row.cell_lines.resize(col + 1, row.line);
                }
                --pending[col];
                ++col;
            }
        };
        const GumboVector& kids = tr->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i) {
            const auto* cell = static_cast<const GumboNode*>(kids.data[i]);
            if (!is_element(cell, GUMBO_TAG_TD) && !is_element(cell, GUMBO_TAG_TH)) continue;
            skip_covered();
            const auto cs = static_cast<std::size_t>(span_attr(cell, "colspan", max_colspan));
            const long rs = span_attr(cell, "rowspan", max_rowspan);
            if (col + cs > static_cast<std::size_t>(max_colspan)) break;
            row.cells.resize(std::max(row.cells.size(), col + cs));
            row.cell_lines.resize(row.cells.size(), row.line);
            row.cells[col] = text_of(cell);
            row.cell_lines[col] = static_cast<LineNo>(first_line + cell->v.element.start_pos.line);
            if (pending.size() < col + cs) pending.resize(col + cs, 0);
            for (std::size_t k = col; k < col + cs; ++k) pending[k] = rs - 1;
            col += cs;
        }
        skip_covered();
        // Positions still covered further right (a rowspan beyond this row's last cell).
        for (std::size_t k = col; k < pending.size(); ++k)
            if (pending[k] > 0) {
                --pending[k];
                if (row.cells.size() <= k) {
                    row.cells.resize(k + 1);
                    row.cell_lines.resize(k + 1, row.line);
                }
            }
        bool any = false;
        for (const std::string& c : row.cells) any = any || !c.empty();
        if (any && !is_rule_row(row)) out.rows.push_back(std::move(row));
    }
}

// Walks the parsed region: tables give rows, other block text is loose.
void walk(const GumboNode* n, std::size_t first_line, Grid& out) {
    if (n->type != GUMBO_NODE_ELEMENT) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA)
            if (std::string t = collapse_spaces(n->v.text.text); !t.empty())
                out.loose.push_back({static_cast<LineNo>(first_line + n->v.text.start_pos.line), t, ""});
        return;
    }
    if (n->v.element.tag == GUMBO_TAG_TABLE) {
        read_table(n, first_line, out);
        return;
    }
    if (n->v.element.tag == GUMBO_TAG_HEAD || n->v.element.tag == GUMBO_TAG_SCRIPT ||
        n->v.element.tag == GUMBO_TAG_STYLE)
        return;
    bool has_table = false;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length && !has_table; ++i) {
        const auto* k = static_cast<const GumboNode*>(kids.data[i]);
        has_table = k->type == GUMBO_NODE_ELEMENT && (k->v.element.tag == GUMBO_TAG_TABLE || is_block(k->v.element.tag));
    }
    if (!has_table && n->v.element.tag != GUMBO_TAG_HTML && n->v.element.tag != GUMBO_TAG_BODY) {
        if (std::string t = text_of(n); !t.empty())
            out.loose.push_back({static_cast<LineNo>(first_line + n->v.element.start_pos.line), t, ""});
        return;
    }
    for (unsigned i = 0; i < kids.length; ++i) walk(static_cast<const GumboNode*>(kids.data[i]), first_line, out);
}

}  // namespace

bool opens_html_table(std::string_view line) { return contains_tag(line, "table"); }
bool closes_html_table(std::string_view line) { return contains_tag(line, "/table"); }

void html_table_rows(const std::vector<std::string>& lines, std::size_t begin, std::size_t end, Grid& out) {
    std::string buf;
    for (std::size_t i = begin; i < end && i < lines.size(); ++i) {
        buf += lines[i];
        buf += '\n';
    }
    GumboOutput* parsed = gumbo_parse_with_options(&kGumboDefaultOptions, buf.data(), buf.size());
    if (!parsed) return;
    // gumbo counts lines from 1: line L of the buffer is lines[begin + L - 1].
    walk(parsed->root, begin, out);
    gumbo_destroy_output(&kGumboDefaultOptions, parsed);
}

std::string html_line_text(std::string_view line) {
    GumboOutput* parsed = gumbo_parse_with_options(&kGumboDefaultOptions, line.data(), line.size());
    if (!parsed) return collapse_spaces(line);
    std::string t = text_of(parsed->root);
    gumbo_destroy_output(&kGumboDefaultOptions, parsed);
    return t;
}

}  // namespace yusuan
