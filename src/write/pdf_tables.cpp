// The standard tables as the template lays them out: its titles, its merged
// headers and columns; two-sided tables (收入 | 支出) side by side; then any
// other table the document prints. Cells with findings are marked.
#include <fmt/format.h>

#include "write/pdf_sections.hpp"
#include "write/pdf_style.hpp"

namespace yusuan {

namespace st = pdf_style;

namespace {

std::string code_part(const Row& r, ColumnRole role) {
    // 类 = three digits, 款 and 项 two each (function and economic codes alike).
    const std::string& c = r.code;
    switch (role) {
        case ColumnRole::code1:
            return c.size() >= 3 ? c.substr(0, 3) : c;
        case ColumnRole::code2:
            return c.size() >= 5 ? c.substr(3, 2) : "";
        case ColumnRole::code3:
            return c.size() >= 7 ? c.substr(5, 2) : "";
        case ColumnRole::code:
            return c;
        default:
            return "";
    }
}

bool is_project_row(const Row& r) {
    return !r.code.empty() && r.key.size() > r.code.size() && r.key[r.code.size()] == '/';
}

PdfCell cell_for(const PdfContext& ctx, const Table& t, const Row& r, const ColumnSpec& c) {
    PdfCell out;
    const int indent = r.kind == RowKind::item ? std::max(0, r.level - 1) : 0;
    switch (c.role) {
        case ColumnRole::code1:
        case ColumnRole::code2:
        case ColumnRole::code3:
        case ColumnRole::code:
            out.text = code_part(r, c.role);
            break;
        case ColumnRole::name: {
            const Cell* name = r.cell("名称");
            if (name)
                out.text = name->text;
            else if (r.code.empty() || r.kind != RowKind::item)
                out.text = r.label;
            if (r.kind == RowKind::unit) out.text = r.label;
            out.indent = indent;
            out.mark = ctx.mark(t.id, r.key, "名称");
            break;
        }
        case ColumnRole::project:
            out.text = is_project_row(r) ? r.label : "";
            break;
        case ColumnRole::label:
            out.text = r.label;
            out.indent = indent;
            break;
        case ColumnRole::amount:
            if (auto a = r.amount(c.key))
                out.text = a->to_grouped(a->scale());
            else if (const Cell* cell = r.cell(c.key))
                out.text = cell->text;
            out.mark = ctx.mark(t.id, r.key, c.key);
            break;
    }
    if (out.mark == Mark::none && c.role != ColumnRole::amount && r.kind == RowKind::total)
        out.mark = ctx.mark(t.id, r.key, "*");
    return out;
}

PdfColumn column_for(const ColumnSpec& c) {
    PdfColumn col;
    col.header = c.leaf.empty() ? c.key : c.leaf;
    switch (c.role) {
        case ColumnRole::amount:
            col.align = Align::right;
            break;
        case ColumnRole::code1:
        case ColumnRole::code2:
        case ColumnRole::code3:
        case ColumnRole::code:
            col.align = Align::center;
            break;
        default:
            col.wrap = true;
            break;
    }
    return col;
}

PdfTable build_table(const PdfContext& ctx, const Table& t, const TableSpec& spec) {
    PdfTable out;
    out.caption = fmt::format("表{} {}", spec.number, spec.title);
    for (const ColumnSpec& c : spec.columns) out.columns.push_back(column_for(c));
    for (const auto& hr : spec.header) {
        std::vector<PdfHeaderCell> row;
        for (const HeaderCell& h : hr) row.push_back({h.text, h.cols, h.rows});
        out.header.push_back(std::move(row));
    }
    if (spec.layout != TableLayout::two_sided) {
        for (const Row& r : t.rows) {
            PdfRow pr;
            pr.total = r.kind == RowKind::total;
            for (const ColumnSpec& c : spec.columns) pr.cells.push_back(cell_for(ctx, t, r, c));
            out.rows.push_back(std::move(pr));
        }
        return out;
    }
    // Two-sided: the income rows down the left, the expenditure rows down the
    // right, totals together on the last line, as the table is printed.
    std::vector<const Row*> side[2], totals[2];
    for (const Row& r : t.rows) {
        const int s = r.side == "expense" ? 1 : 0;
        (r.kind == RowKind::total ? totals[s] : side[s]).push_back(&r);
    }
    auto add_pairs = [&](const std::vector<const Row*>& left, const std::vector<const Row*>& right, bool total) {
        for (size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
            PdfRow pr;
            pr.total = total;
            for (const ColumnSpec& c : spec.columns) {
                const auto& rows = c.side == "expense" ? right : left;
                pr.cells.push_back(i < rows.size() ? cell_for(ctx, t, *rows[i], c) : PdfCell{});
            }
            out.rows.push_back(std::move(pr));
        }
    };
    add_pairs(side[0], side[1], false);
    add_pairs(totals[0], totals[1], true);
    return out;
}

// A table outside the template (x01, …): its label and its own columns.
PdfTable build_other_table(const PdfContext& ctx, const Table& t) {
    PdfTable out;
    out.caption = t.title;
    out.columns.push_back({"项目", Align::left, true});
    for (const std::string& c : t.columns) out.columns.push_back({c, Align::right, false});
    for (const Row& r : t.rows) {
        PdfRow pr;
        pr.total = r.kind == RowKind::total;
        pr.cells.push_back({r.label.empty() ? r.key : r.label, std::max(0, r.level - 1), Mark::none});
        for (const std::string& c : t.columns) {
            PdfCell cell;
            if (auto a = r.amount(c))
                cell.text = a->to_grouped(a->scale());
            else if (const Cell* x = r.cell(c))
                cell.text = x->text;
            cell.mark = ctx.mark(t.id, r.key, c);
            pr.cells.push_back(std::move(cell));
        }
        out.rows.push_back(std::move(pr));
    }
    return out;
}

void table_note(Flow& flow, const PdfContext& ctx, const Table& t) {
    const int n = ctx.finding_count(t.id);
    std::string note = fmt::format("源文件第 {} 行 · 单位：{}", t.line, t.unit.empty() ? ctx.unit() : t.unit);
    if (n > 0) note += fmt::format(" · 本表 {} 处发现（已标色）", n);
    flow.paragraph(note, st::small_size, n > 0 ? st::error_ink : st::muted);
}

void draw_one(Flow& flow, const PdfContext& ctx, const Table* t, const std::string& title, const PdfTable* pt) {
    TableFit fit;
    if (pt) fit = fit_table(flow.canvas(), *pt, true);
    flow.ensure(0, fit.landscape);
    // Keep the heading with the note line, the table header and its first row.
    const float note = st::small_size * 1.85f;
    flow.heading(title, 1, pt ? note + table_lead_height(flow.canvas(), *pt, fit) : 30);
    if (!t) {
        flow.paragraph("本文件未列出此表。", st::body_size, st::muted);
        return;
    }
    if (t->declared_empty || t->rows.empty()) {
        table_note(flow, ctx, *t);
        flow.paragraph(
            t->declared_empty && !t->empty_statement.empty() ? "空表：" + t->empty_statement : "本表没有数据行。",
            st::body_size, st::muted);
        return;
    }
    table_note(flow, ctx, *t);
    draw_table(flow, *pt, fit);
}

// What the cell colours mean.
void draw_legend(Flow& flow, const PdfContext& ctx) {
    Canvas& cv = flow.canvas();
    flow.move_down(st::body_size + 2);
    const float y = flow.y();
    float x = flow.left();
    cv.text(flow.page(), x, y, fmt::format("金额单位：{}。有发现的单元格标色：", ctx.unit()), st::body_size, st::ink);
    x += cv.width(fmt::format("金额单位：{}。有发现的单元格标色：", ctx.unit()), st::body_size) + 4;
    const struct {
        Rgb fill, ink;
        const char* label;
    } keys[] = {{st::error_fill, st::error_ink, "错误"},
                {st::warning_fill, st::warning_ink, "警告"},
                {st::info_fill, st::info_ink, "读取修复"}};
    for (const auto& k : keys) {
        cv.rect(flow.page(), x, y - 2.5f, 22, 11, k.fill, std::nullopt);
        cv.rect(flow.page(), x, y - 2.5f, 2, 11, k.ink, std::nullopt);
        cv.text(flow.page(), x + 26, y, k.label, st::body_size, k.ink);
        x += 26 + cv.width(k.label, st::body_size) + 14;
    }
    flow.move_down(10);
}

}  // namespace

void draw_standard_tables(Flow& flow, const PdfContext& ctx) {
    flow.set_section("标准表格");
    flow.new_page(false);
    flow.heading("标准表格", 0, 80);
    draw_legend(flow, ctx);
    for (const TableSpec& spec : ctx.tpl.tables) {
        const Table* t = ctx.doc.table(spec.id);
        const std::string title = fmt::format("表{} {}", spec.number, spec.title);
        if (t && !t->declared_empty && !t->rows.empty()) {
            const PdfTable pt = build_table(ctx, *t, spec);
            draw_one(flow, ctx, t, title, &pt);
        } else {
            draw_one(flow, ctx, t, title, nullptr);
        }
    }
    for (const Table& t : ctx.doc.tables) {
        if (ctx.tpl.table(t.id)) continue;
        const PdfTable pt = build_other_table(ctx, t);
        draw_one(flow, ctx, &t, t.title.empty() ? t.id : t.title, &pt);
    }
}

}  // namespace yusuan
