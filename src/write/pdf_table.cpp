#include "write/pdf_table.hpp"

#include <algorithm>
#include <numeric>
#include <optional>

#include "write/pdf_style.hpp"

namespace yusuan {

namespace st = pdf_style;

namespace {

float pad_h(float fs) { return fs * 0.45f; }
float pad_v(float fs) { return fs * 0.35f; }
float line_h(float fs) { return fs * 1.3f; }

// A header cell placed on the header grid.
struct Placed {
    std::string text;
    int row = 0, col = 0, rows = 1, cols = 1;
};

// Places merged header cells row by row, each at the next free column (the
// way the template describes them). nullopt if they do not tile the grid.
std::optional<std::vector<Placed>> place_header(const PdfTable& t) {
    const int ncols = static_cast<int>(t.columns.size());
    std::vector<Placed> out;
    if (t.header.empty()) {
        for (int c = 0; c < ncols; ++c) out.push_back({t.columns[static_cast<size_t>(c)].header, 0, c, 1, 1});
        return out;
    }
    const int nrows = static_cast<int>(t.header.size());
    std::vector<std::vector<bool>> used(static_cast<size_t>(nrows), std::vector<bool>(static_cast<size_t>(ncols)));
    for (int r = 0; r < nrows; ++r) {
        int c = 0;
        for (const PdfHeaderCell& h : t.header[static_cast<size_t>(r)]) {
            while (c < ncols && used[static_cast<size_t>(r)][static_cast<size_t>(c)]) ++c;
            if (c + h.cols > ncols || r + h.rows > nrows || h.cols < 1 || h.rows < 1) return std::nullopt;
            for (int rr = r; rr < r + h.rows; ++rr)
                for (int cc = c; cc < c + h.cols; ++cc) {
                    if (used[static_cast<size_t>(rr)][static_cast<size_t>(cc)]) return std::nullopt;
                    used[static_cast<size_t>(rr)][static_cast<size_t>(cc)] = true;
                }
            out.push_back({h.text, r, c, h.rows, h.cols});
            c += h.cols;
        }
    }
    for (const auto& row : used)
        for (bool u : row)
            if (!u) return std::nullopt;
    return out;
}

std::vector<Placed> header_cells(const PdfTable& t) {
    if (auto placed = place_header(t)) return *placed;
    PdfTable leaf_only = t;
    leaf_only.header.clear();
    return *place_header(leaf_only);
}

int header_rows(const std::vector<Placed>& cells) {
    int n = 1;
    for (const Placed& p : cells) n = std::max(n, p.row + p.rows);
    return n;
}

// The header text that decides a column's width: the one-column cell lowest
// in the header.
std::vector<std::string> leaf_headers(const PdfTable& t, const std::vector<Placed>& cells) {
    std::vector<std::string> leaf(t.columns.size());
    std::vector<int> depth(t.columns.size(), -1);
    for (const Placed& p : cells)
        if (p.cols == 1 && p.row > depth[static_cast<size_t>(p.col)]) {
            depth[static_cast<size_t>(p.col)] = p.row;
            leaf[static_cast<size_t>(p.col)] = p.text;
        }
    return leaf;
}

// Column widths at type size `fs` within `avail`, letting headers wrap to at
// most `header_lines` lines; nullopt if the table cannot fit.
std::optional<std::vector<float>> widths_for(const Canvas& cv, const PdfTable& t, float fs, float avail,
                                             int header_lines) {
    const auto cells = header_cells(t);
    const auto leaf = leaf_headers(t, cells);
    const size_t n = t.columns.size();
    // full: nothing wraps; want: headers on two lines; mid: headers on
    // `header_lines` lines; least: text columns down to eight characters too.
    // Headers give way before cell text does.
    std::vector<float> full(n), want(n), mid(n), least(n);
    for (size_t c = 0; c < n; ++c) {
        float content = 0;
        for (const PdfRow& r : t.rows)
            if (c < r.cells.size())
                content = std::max(content, cv.width(r.cells[c].text, fs) + static_cast<float>(r.cells[c].indent) * fs);
        const float head = cv.width(leaf[c], fs);
        const float glyph = fs * 1.05f;
        const float pad = 2 * pad_h(fs);
        const float deep_head = head / static_cast<float>(header_lines) + glyph;
        full[c] = std::max({content, head, glyph * 2}) + pad;
        want[c] = std::min(full[c], std::max({content, head / 2 + glyph, glyph * 2}) + pad);
        mid[c] = std::min(want[c], std::max({content, deep_head, glyph * 2}) + pad);
        const float content_least = t.columns[c].wrap ? std::min(content, fs * 8) : content;
        least[c] = std::min(mid[c], std::max({content_least, deep_head, glyph * 2}) + pad);
    }
    auto sum = [](const std::vector<float>& v) { return std::accumulate(v.begin(), v.end(), 0.0f); };
    // Between two width vectors, in proportion to how much each column differs.
    auto between = [&](const std::vector<float>& lo, const std::vector<float>& hi) {
        const float k = (avail - sum(lo)) / std::max(sum(hi) - sum(lo), 0.001f);
        std::vector<float> w(n);
        for (size_t c = 0; c < n; ++c) w[c] = lo[c] + (hi[c] - lo[c]) * k;
        return w;
    };
    if (sum(least) > avail) return std::nullopt;
    if (sum(mid) > avail) return between(least, mid);
    if (sum(want) > avail) return between(mid, want);
    if (sum(full) > avail) return between(want, full);
    // Everything on one line; the spare width goes to the text columns (all if none).
    std::vector<float> w = full;
    std::vector<size_t> takers;
    for (size_t c = 0; c < n; ++c)
        if (t.columns[c].wrap) takers.push_back(c);
    if (takers.empty())
        for (size_t c = 0; c < n; ++c) takers.push_back(c);
    const float spare = (avail - sum(full)) / static_cast<float>(takers.size());
    for (size_t c : takers) w[c] += spare;
    return w;
}

struct Geometry {
    float fs;
    std::vector<float> x;  // left edge of each column, relative to the table
    std::vector<float> w;
    size_t max_lines = 1000;  // a cell never grows taller than a page
};

std::vector<std::string> cell_lines(const Canvas& cv, const PdfColumn& col, const PdfCell& cell, const Geometry& g,
                                    size_t c) {
    const float fs = g.fs;
    const float room = g.w[c] - 2 * pad_h(fs) - static_cast<float>(cell.indent) * fs;
    if (!col.wrap) return {cv.fit(cell.text, fs, room)};
    auto lines = cv.wrap(cell.text, fs, room);
    if (lines.size() > g.max_lines) {
        // Text longer than a page is cut (the exports keep all of it).
        lines.resize(g.max_lines);
        lines.back() = cv.fit(lines.back() + "……", fs, room);
    }
    return lines;
}

float row_height(const Canvas& cv, const PdfTable& t, const PdfRow& r, const Geometry& g) {
    size_t lines = 1;
    for (size_t c = 0; c < t.columns.size() && c < r.cells.size(); ++c)
        lines = std::max(lines, cell_lines(cv, t.columns[c], r.cells[c], g, c).size());
    return static_cast<float>(lines) * line_h(g.fs) + 2 * pad_v(g.fs);
}

// Heights of the header rows: a cell's wrapped text must fit the rows it spans.
std::vector<float> header_heights(const Canvas& cv, const std::vector<Placed>& cells, const Geometry& g) {
    std::vector<float> h(static_cast<size_t>(header_rows(cells)), line_h(g.fs) + 2 * pad_v(g.fs));
    auto span_width = [&](const Placed& p) {
        float w = 0;
        for (int c = p.col; c < p.col + p.cols; ++c) w += g.w[static_cast<size_t>(c)];
        return w;
    };
    for (int pass = 0; pass < 2; ++pass)  // one-row cells first, then the merged ones
        for (const Placed& p : cells) {
            if ((pass == 0) != (p.rows == 1)) continue;
            const auto lines = cv.wrap(p.text, g.fs, span_width(p) - 2 * pad_h(g.fs));
            const float need = static_cast<float>(lines.size()) * line_h(g.fs) + 2 * pad_v(g.fs);
            float have = 0;
            for (int r = p.row; r < p.row + p.rows; ++r) have += h[static_cast<size_t>(r)];
            if (need > have) h[static_cast<size_t>(p.row + p.rows - 1)] += need - have;
        }
    return h;
}

float baseline_offset(float fs) { return pad_v(fs) + fs * 0.95f; }

void draw_header(Flow& flow, const std::vector<Placed>& cells, const std::vector<float>& heights, const Geometry& g) {
    Canvas& cv = flow.canvas();
    const float x0 = flow.left();
    const float top = flow.y();
    std::vector<float> row_top(heights.size() + 1, top);
    for (size_t r = 0; r < heights.size(); ++r) row_top[r + 1] = row_top[r] - heights[r];
    for (const Placed& p : cells) {
        float w = 0;
        for (int c = p.col; c < p.col + p.cols; ++c) w += g.w[static_cast<size_t>(c)];
        const float x = x0 + g.x[static_cast<size_t>(p.col)];
        const float y_top = row_top[static_cast<size_t>(p.row)];
        const float y_bot = row_top[static_cast<size_t>(p.row + p.rows)];
        cv.rect(flow.page(), x, y_bot, w, y_top - y_bot, st::header_fill, st::rule, 0.4f);
        const auto lines = cv.wrap(p.text, g.fs, w - 2 * pad_h(g.fs));
        const float block = static_cast<float>(lines.size()) * line_h(g.fs);
        float y = y_top - ((y_top - y_bot) - block) / 2 - g.fs * 0.95f - (line_h(g.fs) - g.fs) / 2;
        for (const std::string& ln : lines) {
            cv.text(flow.page(), x + w / 2, y, ln, g.fs, st::ink, true, Align::center);
            y -= line_h(g.fs);
        }
    }
    flow.move_down(top - row_top.back());
}

Rgb mark_fill(Mark m) {
    switch (m) {
        case Mark::error:
            return st::error_fill;
        case Mark::warning:
            return st::warning_fill;
        case Mark::info:
            return st::info_fill;
        case Mark::none:
            break;
    }
    return st::white;
}

Rgb mark_ink(Mark m) {
    switch (m) {
        case Mark::error:
            return st::error_ink;
        case Mark::warning:
            return st::warning_ink;
        case Mark::info:
            return st::info_ink;
        case Mark::none:
            break;
    }
    return st::ink;
}

void draw_row(Flow& flow, const PdfTable& t, const PdfRow& r, const Geometry& g, float height) {
    Canvas& cv = flow.canvas();
    const float top = flow.y();
    const float bottom = top - height;
    for (size_t c = 0; c < t.columns.size(); ++c) {
        const float x = flow.left() + g.x[c];
        const PdfCell blank;
        const PdfCell& cell = c < r.cells.size() ? r.cells[c] : blank;
        std::optional<Rgb> fill;
        if (cell.mark != Mark::none)
            fill = mark_fill(cell.mark);
        else if (r.total)
            fill = st::total_fill;
        cv.rect(flow.page(), x, bottom, g.w[c], height, fill, st::rule, 0.4f);
        if (cell.mark != Mark::none) cv.rect(flow.page(), x, bottom, 2.0f, height, mark_ink(cell.mark), std::nullopt);
        const auto lines = cell_lines(cv, t.columns[c], cell, g, c);
        float y = top - baseline_offset(g.fs);
        const Rgb ink = cell.mark != Mark::none ? mark_ink(cell.mark) : st::ink;
        for (const std::string& ln : lines) {
            const Align a = t.columns[c].align;
            float tx = x + pad_h(g.fs) + static_cast<float>(cell.indent) * g.fs;
            if (a == Align::right)
                tx = x + g.w[c] - pad_h(g.fs);
            else if (a == Align::center)
                tx = x + g.w[c] / 2;
            cv.text(flow.page(), tx, y, ln, g.fs, ink, r.total || cell.mark == Mark::error, a);
            y -= line_h(g.fs);
        }
    }
    flow.move_down(height);
}

Geometry geometry(const Canvas& cv, const PdfTable& t, const TableFit& fit) {
    Geometry g{fit.font_size, {}, fit.widths};
    float x = 0;
    for (float w : g.w) {
        g.x.push_back(x);
        x += w;
    }
    const auto heights = header_heights(cv, header_cells(t), g);
    const float header_h = std::accumulate(heights.begin(), heights.end(), 0.0f);
    const float room = Flow::body_height(fit.landscape) - header_h - st::small_size * 2 - 2 * pad_v(g.fs);
    g.max_lines = static_cast<size_t>(std::max(1.0f, room / line_h(g.fs)));
    return g;
}

}  // namespace

TableFit fit_table(const Canvas& canvas, const PdfTable& table, bool allow_landscape) {
    const float portrait = st::a4_short - 2 * st::margin;
    const float landscape = st::a4_long - 2 * st::margin;
    // Readable first: headers of at most three lines on a portrait page, then
    // landscape, then four-line headers, then smaller type.
    for (float fs = st::table_size; fs >= st::min_table_size - 0.01f; fs -= 0.5f)
        for (int lines : {3, 4}) {
            if (auto w = widths_for(canvas, table, fs, portrait, lines)) return {fs, false, *w};
            if (allow_landscape)
                if (auto w = widths_for(canvas, table, fs, landscape, lines)) return {fs, true, *w};
        }
    // Nothing fits: the smallest size, columns squeezed in proportion (text is cut).
    const float avail = allow_landscape ? landscape : portrait;
    const float fs = st::min_table_size;
    TableFit fit{fs, allow_landscape, {}};
    for (const PdfColumn& c : table.columns) fit.widths.push_back(canvas.width(c.header, fs) / 4 + fs * 3);
    const float sum = std::accumulate(fit.widths.begin(), fit.widths.end(), 0.0f);
    for (float& w : fit.widths) w *= avail / sum;
    return fit;
}

float table_lead_height(const Canvas& cv, const PdfTable& t, const TableFit& fit) {
    if (t.columns.empty()) return 0;
    const Geometry g = geometry(cv, t, fit);
    const auto heights = header_heights(cv, header_cells(t), g);
    const float header_h = std::accumulate(heights.begin(), heights.end(), 0.0f);
    return header_h + (t.rows.empty() ? 0 : row_height(cv, t, t.rows.front(), g));
}

void draw_table(Flow& flow, const PdfTable& t, const TableFit& fit) {
    if (t.columns.empty()) return;
    Canvas& cv = flow.canvas();
    const Geometry g = geometry(cv, t, fit);
    const auto cells = header_cells(t);
    const auto heights = header_heights(cv, cells, g);
    const float header_h = std::accumulate(heights.begin(), heights.end(), 0.0f);
    const float first_h = t.rows.empty() ? 0 : row_height(cv, t, t.rows.front(), g);
    // The header never stands alone at the foot of a page.
    flow.ensure(header_h + first_h, fit.landscape);
    draw_header(flow, cells, heights, g);
    for (const PdfRow& r : t.rows) {
        const float h = row_height(cv, t, r, g);
        if (h > flow.room()) {
            flow.new_page(fit.landscape);
            if (!t.caption.empty()) {
                flow.move_down(st::small_size * 1.2f);
                cv.text(flow.page(), flow.left(), flow.y(), t.caption + "（续）", st::small_size, st::muted);
                flow.move_down(st::small_size * 0.8f);
            }
            draw_header(flow, cells, heights, g);
        }
        draw_row(flow, t, r, g, h);
    }
    flow.move_down(6);
}

}  // namespace yusuan
