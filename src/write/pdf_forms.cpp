// The performance target forms: a summary of every project (budget, total
// of indicator weights, findings), then each form: its 基本信息 fields and
// its indicator grid with the weights totalled.
#include <fmt/format.h>

#include "write/pdf_sections.hpp"
#include "write/pdf_style.hpp"

namespace yusuan {

namespace st = pdf_style;

namespace {

const FormSpec& spec_of(const PdfContext& ctx, const Form& f) {
    return f.id == ctx.tpl.department_form.id ? ctx.tpl.department_form : ctx.tpl.project_form;
}

std::string field_text(const Cell* c) {
    if (!c) return "";
    if (c->amount) return c->amount->to_grouped(c->amount->scale());
    return c->text;
}

std::optional<Decimal> weight_total(const Form& f, const FormSpec& spec) {
    std::optional<Decimal> total;
    for (const Indicator& ind : f.indicators)
        if (const Cell* c = ind.cell(spec.weight_column); c && c->amount)
            total = total.value_or(Decimal{}) + *c->amount;
    return total;
}

std::string form_name(const PdfContext& ctx, const Form& f) {
    if (const Cell* c = f.field("项目名称"); c && !c->text.empty()) return c->text;
    if (f.id == ctx.tpl.department_form.id) {
        if (const Cell* c = f.field("部门名称"); c && !c->text.empty()) return c->text + "（部门整体）";
        return "部门整体";
    }
    return f.title;
}

PdfTable summary_table(const PdfContext& ctx) {
    PdfTable t;
    t.caption = "绩效目标表一览";
    t.columns = {{"编号", Align::center, false},
                 {"项目", Align::left, true},
                 {fmt::format("预算（{}）", ctx.unit()), Align::right, false},
                 {"权重合计", Align::right, false},
                 {"指标数", Align::right, false},
                 {"发现", Align::right, false}};
    for (const Form& f : ctx.doc.forms) {
        const FormSpec& spec = spec_of(ctx, f);
        const int n = ctx.finding_count(f.id);
        PdfRow r;
        r.cells = {{f.id, 0, Mark::none},
                   {form_name(ctx, f), 0, Mark::none},
                   {field_text(f.field(spec.budget_field)), 0, ctx.mark(f.id, "基本信息", spec.budget_field)},
                   {amount_text(weight_total(f, spec)), 0, ctx.mark(f.id, "指标", spec.weight_column)},
                   {std::to_string(f.indicators.size()), 0, Mark::none},
                   {n > 0 ? std::to_string(n) : "—", 0, n > 0 ? Mark::error : Mark::none}};
        t.rows.push_back(std::move(r));
    }
    return t;
}

PdfTable info_table(const PdfContext& ctx, const Form& f) {
    PdfTable t;
    t.caption = f.id + " 基本信息";
    t.columns = {{"基本信息", Align::left, false}, {"内容", Align::left, true}};
    for (const Cell& c : f.info) {
        PdfRow r;
        r.cells = {{c.column, 0, Mark::none}, {field_text(&c), 0, ctx.mark(f.id, "基本信息", c.column)}};
        t.rows.push_back(std::move(r));
    }
    return t;
}

PdfTable indicator_table(const PdfContext& ctx, const Form& f, const FormSpec& spec) {
    PdfTable t;
    t.caption = f.id + " 绩效指标";
    t.columns.push_back({"序号", Align::center, false});
    for (const FieldSpec& c : spec.indicator_columns)
        t.columns.push_back({c.key, c.number ? Align::right : Align::left, !c.number});
    for (size_t i = 0; i < f.indicators.size(); ++i) {
        const std::string row_key = fmt::format("指标/{}", i + 1);
        PdfRow r;
        r.cells.push_back({std::to_string(i + 1), 0, Mark::none});
        for (const FieldSpec& c : spec.indicator_columns)
            r.cells.push_back({field_text(f.indicators[i].cell(c.key)), 0, ctx.mark(f.id, row_key, c.key)});
        t.rows.push_back(std::move(r));
    }
    // The weights total, marked where a finding says it is wrong.
    PdfRow total;
    total.total = true;
    total.cells.push_back({"合计", 0, Mark::none});
    for (const FieldSpec& c : spec.indicator_columns)
        total.cells.push_back(c.key == spec.weight_column
                                  ? PdfCell{amount_text(weight_total(f, spec)), 0, ctx.mark(f.id, "指标", c.key)}
                                  : PdfCell{});
    t.rows.push_back(std::move(total));
    return t;
}

}  // namespace

void draw_forms(Flow& flow, const PdfContext& ctx) {
    flow.set_section("绩效目标");
    flow.new_page(false);
    flow.heading("绩效目标", 0, 80);
    if (ctx.doc.forms.empty()) {
        flow.paragraph("本文件未列出绩效目标表。", st::body_size, st::muted);
        return;
    }
    const PdfTable summary = summary_table(ctx);
    const TableFit summary_fit = fit_table(flow.canvas(), summary, false);
    flow.heading("绩效目标表一览", 1, table_lead_height(flow.canvas(), summary, summary_fit));
    draw_table(flow, summary, summary_fit);
    for (const Form& f : ctx.doc.forms) {
        const FormSpec& spec = spec_of(ctx, f);
        const PdfTable info = info_table(ctx, f);
        const PdfTable grid = indicator_table(ctx, f, spec);
        const TableFit info_fit = fit_table(flow.canvas(), info, false);
        const TableFit grid_fit = fit_table(flow.canvas(), grid, false);
        const std::string title = fmt::format("{} {}", f.id, form_name(ctx, f));
        flow.heading(title, 1, st::small_size * 1.85f + table_lead_height(flow.canvas(), info, info_fit));
        flow.paragraph(fmt::format("{} · 源文件第 {} 行", f.title, f.line), st::small_size, st::muted);
        draw_table(flow, info, info_fit);
        draw_table(flow, grid, grid_fit);
    }
}

}  // namespace yusuan
