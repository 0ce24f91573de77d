// One standard table on its own sheet, laid out like the official table:
// title, 编制部门 / 单位 line, the template's multi-level header with its
// merges, then the rows with amounts as numbers and totals as formulas.
//
// Where a formula's result differs from the figure the document prints, the
// printed figure stays visible in a 原表数 column at the right of the table.
// A column rather than a cell note, because notes do not print: a finance
// office works from the printed page, and there the stated figure must stand
// beside the recomputed one. The column appears only on sheets that need it,
// so a consistent table prints exactly like the official one. Its text is a
// live formula (it empties itself once an edit makes the figures agree), the
// differing cell is highlighted by conditional formatting that stays live the
// same way, and a comment gives the finding(s) and the source line.
#include <algorithm>
#include <cmath>
#include <map>

#include "write/xlsx_book.hpp"
#include "write/xlsx_text.hpp"

namespace yusuan::xlsx {

namespace {

constexpr int title_row = 0;
constexpr int subtitle_row = 1;
constexpr int header_row0 = 2;

struct HeaderPlace {
    const HeaderCell* cell;
    int row, col;
};

// Places the template's header cells on a grid, skipping cells covered by a
// row span from above (the usual HTML table algorithm).
std::vector<HeaderPlace> place_header(const std::vector<std::vector<HeaderCell>>& header, int ncols) {
    std::vector<HeaderPlace> out;
    const int nrows = static_cast<int>(header.size());
    std::vector<std::vector<bool>> used(static_cast<size_t>(nrows), std::vector<bool>(static_cast<size_t>(ncols) + 64));
    for (int r = 0; r < nrows; ++r) {
        int c = 0;
        for (const HeaderCell& h : header[static_cast<size_t>(r)]) {
            while (c < static_cast<int>(used[static_cast<size_t>(r)].size()) && used[static_cast<size_t>(r)][static_cast<size_t>(c)]) ++c;
            out.push_back({&h, r, c});
            for (int rr = r; rr < std::min(nrows, r + std::max(1, h.rows)); ++rr)
                for (int cc = c; cc < c + std::max(1, h.cols) && cc < static_cast<int>(used[0].size()); ++cc)
                    used[static_cast<size_t>(rr)][static_cast<size_t>(cc)] = true;
            c += std::max(1, h.cols);
        }
    }
    return out;
}

std::string row_text(const Row& r, const ColumnSpec& c, const TableSpec& spec) {
    const bool economic = spec.layout == TableLayout::economic_coded;
    auto part = [&](size_t from, size_t len) { return r.code.size() > from ? r.code.substr(from, len) : std::string(); };
    switch (c.role) {
        case ColumnRole::code1: return part(0, 3);
        case ColumnRole::code2: return part(3, 2);
        case ColumnRole::code3: return economic ? std::string() : part(5, 2);
        case ColumnRole::code: return r.code;
        case ColumnRole::name: {
            if (r.kind == RowKind::total || r.kind == RowKind::unit) return r.label;
            const Cell* n = r.cell("名称");
            return n ? n->text : r.label;
        }
        case ColumnRole::project: {
            if (r.kind != RowKind::item || r.code.empty()) return "";
            const size_t slash = r.key.find('/');
            return slash == std::string::npos ? "" : r.key.substr(slash + 1);
        }
        case ColumnRole::label: return r.label.empty() ? r.key : r.label;
        case ColumnRole::amount: return "";
    }
    return "";
}

std::string leaf_text(const ColumnSpec& c) { return c.leaf.empty() ? c.key : c.leaf; }

}  // namespace

int display_scale(const Table* t) {
    int scale = -1;
    if (t)
        for (const Row& r : t->rows)
            for (const Cell& c : r.cells)
                if (c.amount) scale = std::max(scale, c.amount->scale());
    return scale < 0 ? 2 : scale;
}

void write_table_sheet(Book& book, const TableSpec& spec) {
    const Document& doc = *book.doc;
    Formats& fmt = *book.fmt;
    PlacedTable pt;
    pt.spec = &spec;
    pt.table = doc.table(spec.id);
    pt.sheet = sheet_name(spec.sheet.empty() ? spec.title : spec.sheet, book.used_names);
    lxw_worksheet* ws = workbook_add_worksheet(book.wb, pt.sheet.c_str());
    const Table* t = pt.table;
    const bool two_sided = spec.layout == TableLayout::two_sided;
    const int ncols = static_cast<int>(spec.columns.size());
    for (int i = 0; i < ncols; ++i) {
        const ColumnSpec& c = spec.columns[static_cast<size_t>(i)];
        pt.col_of.emplace(std::make_pair(two_sided ? c.side : std::string(), c.key), i);
    }

    // Header: the template's rows, or one row of leaf names if it has none.
    std::vector<std::vector<HeaderCell>> header = spec.header;
    if (header.empty()) {
        header.emplace_back();
        for (const ColumnSpec& c : spec.columns) header.back().push_back({leaf_text(c), 1, 1});
    }
    const int nheader = static_cast<int>(header.size());
    pt.first_data_row = header_row0 + nheader;

    // Rows: in printed order; a two-sided table pairs its income and expense
    // rows side by side and ends with both totals on one line.
    int data_rows = 0;
    if (t) {
        pt.row_pos.assign(t->rows.size(), 0);
        if (two_sided) {
            int income = 0, expense = 0;
            std::vector<size_t> totals;
            for (size_t i = 0; i < t->rows.size(); ++i) {
                const Row& r = t->rows[i];
                if (r.kind == RowKind::total) totals.push_back(i);
                else pt.row_pos[i] = pt.first_data_row + (r.side == "expense" ? expense++ : income++);
            }
            data_rows = std::max(income, expense);
            for (size_t i : totals) pt.row_pos[i] = pt.first_data_row + data_rows;
            if (!totals.empty()) ++data_rows;
        } else {
            for (size_t i = 0; i < t->rows.size(); ++i) pt.row_pos[i] = pt.first_data_row + static_cast<int>(i);
            data_rows = static_cast<int>(t->rows.size());
        }
        pt.formulas = plan_formulas(*t, spec, doc.department);
    }

    bool any_difference = false;
    if (t)
        for (const auto& [k, f] : pt.formulas.formulas) any_difference = any_difference || pt.formulas.differs(*t, k);
    const int note_col = any_difference ? ncols : -1;
    const int last_col = any_difference ? ncols : ncols - 1;
    const int scale = display_scale(t);

    // Title and the 编制部门 / 单位 line.
    worksheet_set_row(ws, title_row, 32, nullptr);
    worksheet_merge_range(ws, title_row, 0, title_row, static_cast<lxw_col_t>(last_col), spec.title.c_str(), fmt.title);
    const int split = std::max(1, (last_col + 1) / 2);
    const std::string dept = "编制部门：" + doc.department;
    const std::string unit = "单位：" + (t && !t->unit.empty() ? t->unit : doc.unit.empty() ? std::string("万元") : doc.unit);
    if (split - 1 > 0) worksheet_merge_range(ws, subtitle_row, 0, subtitle_row, static_cast<lxw_col_t>(split - 1), dept.c_str(), fmt.subtitle_left);
    else worksheet_write_string(ws, subtitle_row, 0, dept.c_str(), fmt.subtitle_left);
    if (last_col > split) worksheet_merge_range(ws, subtitle_row, static_cast<lxw_col_t>(split), subtitle_row, static_cast<lxw_col_t>(last_col), unit.c_str(), fmt.subtitle_right);
    else worksheet_write_string(ws, subtitle_row, static_cast<lxw_col_t>(last_col), unit.c_str(), fmt.subtitle_right);

    // Column widths: CJK text counts double; names wrap beyond a cap.
    std::vector<double> width(static_cast<size_t>(last_col) + 1, 8);
    for (int i = 0; i < ncols; ++i) {
        const ColumnSpec& c = spec.columns[static_cast<size_t>(i)];
        double w = 0;
        switch (c.role) {
            case ColumnRole::code1: case ColumnRole::code2: case ColumnRole::code3: w = 6; break;
            case ColumnRole::code: w = 10; break;
            case ColumnRole::amount: {
                w = std::min(16.0, display_width(leaf_text(c)) / 2 + 3);
                if (t)
                    for (const Row& r : t->rows)
                        if (auto a = r.amount(c.key)) w = std::max(w, display_width(a->to_grouped(scale)) + 3);
                w = std::max(w, 11.0);
                break;
            }
            default: {
                w = display_width(leaf_text(c)) + 2;
                if (t)
                    for (const Row& r : t->rows)
                        if (!two_sided || r.side == c.side) w = std::max(w, display_width(row_text(r, c, spec)) + 2);
                w = std::clamp(w, 12.0, c.role == ColumnRole::project ? 40.0 : 38.0);
            }
        }
        width[static_cast<size_t>(i)] = w;
    }
    if (note_col >= 0) width[static_cast<size_t>(note_col)] = 26;
    for (int i = 0; i <= last_col; ++i) worksheet_set_column(ws, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), width[static_cast<size_t>(i)], nullptr);

    // Header cells with their merges; row heights from the wrapped text.
    std::vector<int> header_lines(static_cast<size_t>(nheader), 1);
    for (const HeaderPlace& h : place_header(header, ncols)) {
        const int r1 = header_row0 + h.row, c1 = h.col;
        const int r2 = r1 + std::max(1, h.cell->rows) - 1, c2 = std::min(ncols - 1, c1 + std::max(1, h.cell->cols) - 1);
        if (c1 >= ncols) continue;
        if (r2 > r1 || c2 > c1) worksheet_merge_range(ws, static_cast<lxw_row_t>(r1), static_cast<lxw_col_t>(c1), static_cast<lxw_row_t>(r2), static_cast<lxw_col_t>(c2), h.cell->text.c_str(), fmt.header);
        else worksheet_write_string(ws, static_cast<lxw_row_t>(r1), static_cast<lxw_col_t>(c1), h.cell->text.c_str(), fmt.header);
        double w = 0;
        for (int c = c1; c <= c2; ++c) w += width[static_cast<size_t>(c)];
        const int lines = (wrapped_lines(h.cell->text, w) + (r2 - r1)) / (r2 - r1 + 1);
        for (int r = r1; r <= r2; ++r)
            header_lines[static_cast<size_t>(r - header_row0)] = std::max(header_lines[static_cast<size_t>(r - header_row0)], lines);
    }
    if (note_col >= 0)
        worksheet_merge_range(ws, header_row0, static_cast<lxw_col_t>(note_col), static_cast<lxw_row_t>(pt.first_data_row - 1), static_cast<lxw_col_t>(note_col), "原表数（与公式结果不同处）", fmt.header);
    for (int r = 0; r < nheader; ++r)
        worksheet_set_row(ws, static_cast<lxw_row_t>(header_row0 + r), 14.0 * header_lines[static_cast<size_t>(r)] + 4, nullptr);

    // Borders everywhere in the body, then the cells.
    for (int r = pt.first_data_row; r < pt.first_data_row + data_rows; ++r)
        for (int c = 0; c <= last_col; ++c) worksheet_write_blank(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), fmt.text);

    std::map<std::pair<int, int>, std::string> comments;
    std::map<int, std::string> notes;     // sheet row -> live note formula
    std::map<int, std::string> notes_now; // its current result
    std::map<int, int> row_lines;
    if (t) {
        for (size_t i = 0; i < t->rows.size(); ++i) {
            const Row& r = t->rows[i];
            const int sr = pt.row_pos[i];
            const bool bold = r.kind == RowKind::total || r.kind == RowKind::unit;
            for (int ci = 0; ci < ncols; ++ci) {
                const ColumnSpec& c = spec.columns[static_cast<size_t>(ci)];
                if (two_sided && c.side != r.side) continue;
                const auto row_t = static_cast<lxw_row_t>(sr);
                const auto col_t = static_cast<lxw_col_t>(ci);
                if (c.role != ColumnRole::amount) {
                    const std::string s = row_text(r, c, spec);
                    lxw_format* f = c.role == ColumnRole::code1 || c.role == ColumnRole::code2 || c.role == ColumnRole::code3 || c.role == ColumnRole::code
                                        ? fmt.code
                                        : bold ? fmt.text_bold : fmt.text;
                    if (!s.empty()) worksheet_write_string(ws, row_t, col_t, s.c_str(), f);
                    row_lines[sr] = std::max(row_lines[sr], wrapped_lines(s, width[static_cast<size_t>(ci)]));
                    continue;
                }
                const CellKey key{i, c.key};
                const auto stated = r.amount(c.key);
                const Cell* cell = r.cell(c.key);
                lxw_format* f = fmt.amount(scale, bold, !stated);
                std::string comment;
                const Formula* fo = pt.formulas.formula(key);
                std::vector<std::pair<int, int>> refs;
                if (fo)
                    for (const CellKey& term : fo->terms)
                        if (auto p = pt.at(term.row, term.column)) refs.emplace_back(p->row, p->col);
                // A term without a cell on the sheet (a row of no side in a
                // two-sided table) would make the formula compute something
                // else than its cached value: such a cell keeps its figure.
                if (fo && (refs.empty() || refs.size() != fo->terms.size())) fo = nullptr;
                if (fo) {
                    const std::string formula = "=" + sum_formula(refs);
                    worksheet_write_formula_num(ws, row_t, col_t, formula.c_str(), f, fo->value.to_double());
                    if (pt.formulas.differs(*t, key)) {
                        const std::string self = cell_ref(sr, ci, true);
                        const std::string differs = "ROUND(" + self + "-(" + stated->to_string() + "),6)<>0";
                        lxw_conditional_format cf{};
                        cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
                        std::string cf_formula = "=" + differs;
                        cf.value_string = cf_formula.data();
                        cf.format = fmt.flagged;
                        worksheet_conditional_format_cell(ws, row_t, col_t, &cf);
                        const std::string shown = leaf_text(c) + " " + stated->to_grouped(scale) + "  ";
                        std::string quoted;  // a string literal inside a formula doubles its quotes
                        for (char ch : shown) quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
                        std::string& note = notes[sr];
                        note += (note.empty() ? "" : "&") + std::string("IF(") + differs + ",\"" + quoted + "\",\"\")";
                        notes_now[sr] += shown;
                        comment = "公式结果 " + fo->value.to_grouped(scale) + " ≠ 原表数 " + stated->to_grouped(scale) +
                                  "（源文第 " + std::to_string(cell ? cell->line : r.line) + " 行）";
                        if (pt.formulas.over_stated_terms(*t, key) == *stated)
                            comment += "\n按原表各项相加与原表数一致：差额来自其所加单元格的公式结果。";
                    }
                } else if (stated) {
                    worksheet_write_number(ws, row_t, col_t, stated->to_double(), f);
                } else {
                    worksheet_write_blank(ws, row_t, col_t, f);
                }
                for (const Finding* fd : book.findings_at(spec.id, r.key, c.key))
                    comment += (comment.empty() ? "" : "\n") + finding_comment(*fd);
                if (!comment.empty()) comments[{sr, ci}] = comment;
            }
            // Findings about the whole row go on its first amount cell.
            if (auto anchor = pt.at(i, amount_columns(spec, r).empty() ? std::string() : amount_columns(spec, r).front())) {
                std::string extra;
                for (const Finding* fd : book.findings_at(spec.id, r.key, ""))
                    extra += (extra.empty() ? "" : "\n") + finding_comment(*fd);
                if (!extra.empty()) {
                    std::string& c = comments[{anchor->row, anchor->col}];
                    c += (c.empty() ? "" : "\n") + extra;
                }
            }
        }
    }
    for (const auto& [sr, formula] : notes) {
        const std::string f = "=" + formula;
        worksheet_write_formula_str(ws, static_cast<lxw_row_t>(sr), static_cast<lxw_col_t>(note_col), f.c_str(), fmt.note, notes_now[sr].c_str());
        // The note font is smaller (9 pt against 10): about 0.9 of the width per character.
        row_lines[sr] = std::max(row_lines[sr], wrapped_lines(notes_now[sr], width[static_cast<size_t>(note_col)] / 0.9));
    }
    for (const auto& [pos, text] : comments) {
        lxw_comment_options o{};
        o.author = const_cast<char*>("yusuan");
        o.x_scale = 3;
        o.y_scale = std::min(6.0, 1.0 + static_cast<double>(text.size()) / 120.0);
        worksheet_write_comment_opt(ws, static_cast<lxw_row_t>(pos.first), static_cast<lxw_col_t>(pos.second), text.c_str(), &o);
    }
    for (const auto& [sr, lines] : row_lines)
        if (lines > 1) worksheet_set_row(ws, static_cast<lxw_row_t>(sr), 14.0 * lines + 2, nullptr);

    // An empty table keeps its sheet, with the document's own sentence.
    int last_row = pt.first_data_row + data_rows - 1;
    if (!t || t->declared_empty || t->rows.empty()) {
        std::string s = !t ? "（原文中未读出此表）"
                        : !t->empty_statement.empty() ? t->empty_statement
                        : t->declared_empty ? "本表为空表。"
                                            : "（此表没有数据行）";
        ++last_row;
        if (last_col > 0) worksheet_merge_range(ws, static_cast<lxw_row_t>(last_row), 0, static_cast<lxw_row_t>(last_row), static_cast<lxw_col_t>(last_col), s.c_str(), fmt.statement);
        else worksheet_write_string(ws, static_cast<lxw_row_t>(last_row), 0, s.c_str(), fmt.statement);
        worksheet_set_row(ws, static_cast<lxw_row_t>(last_row), 30, nullptr);
    }

    // Codes are text ("201", "04"): Excel should not flag them as numbers stored as text.
    if (data_rows > 0) {
        const std::string range = cell_ref(pt.first_data_row, 0) + ":" + cell_ref(pt.first_data_row + data_rows - 1, last_col);
        worksheet_ignore_errors(ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, range.c_str());
    }

    // Printing: landscape A4, one page wide, header rows on every page.
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_center_horizontally(ws);
    worksheet_set_margins(ws, 0.4, 0.4, 0.5, 0.6);
    worksheet_repeat_rows(ws, header_row0, static_cast<lxw_row_t>(pt.first_data_row - 1));
    worksheet_print_area(ws, 0, 0, static_cast<lxw_row_t>(std::max(last_row, pt.first_data_row - 1)), static_cast<lxw_col_t>(last_col));
    worksheet_set_footer(ws, "&C第 &P 页，共 &N 页");
    // Freeze the header rows and, in one-sided tables, the code and name
    // columns, so that a wide table (t02, t07) scrolls under its labels.
    int frozen_cols = 0;
    if (!two_sided)
        while (frozen_cols < ncols && spec.columns[static_cast<size_t>(frozen_cols)].role != ColumnRole::amount) ++frozen_cols;
    worksheet_freeze_panes(ws, static_cast<lxw_row_t>(pt.first_data_row), static_cast<lxw_col_t>(frozen_cols < ncols ? frozen_cols : 0));
    // A red tab marks a table with a difference or an error/warning finding.
    bool has_finding = false;
    for (const Finding& f : *book.findings) has_finding = has_finding || (f.severity != Severity::info && f.table == spec.id);
    if (any_difference || has_finding) worksheet_set_tab_color(ws, 0xC00000);
    book.tables.push_back(std::move(pt));
}

}  // namespace yusuan::xlsx
