// Key figures: where the money comes from, what it is spent on (by function
// class), basic versus project spending, and the “三公” breakdown.
#include <set>

#include <fmt/format.h>

#include "write/pdf_chart.hpp"
#include "write/pdf_sections.hpp"
#include "write/pdf_style.hpp"

namespace yusuan {

namespace st = pdf_style;

namespace {

// Income by source: the t02 total row's amount columns that are not sums
// of other columns (the template's sum_columns say which are); failing
// that, t01's second-level income rows.
std::vector<ChartItem> income_items(const PdfContext& ctx) {
    std::vector<ChartItem> items;
    const Table* t02 = ctx.doc.table("t02");
    const TableSpec* spec = ctx.tpl.table("t02");
    if (const Row* total = total_row(t02); total && spec) {
        for (const ColumnSpec& c : spec->columns) {
            if (c.role != ColumnRole::amount || spec->sum_columns.count(c.key)) continue;
            if (auto v = total->amount(c.key); v && !v->is_zero())
                items.push_back({c.leaf.empty() ? c.key : c.leaf, *v});
        }
    }
    if (!items.empty()) return items;
    if (const Table* t01 = ctx.doc.table("t01"))
        for (const Row& r : t01->rows)
            if (r.side == "income" && r.kind == RowKind::item && r.level == 2)
                for (const Cell& c : r.cells)
                    if (c.amount && !c.amount->is_zero()) items.push_back({r.label, *c.amount});
    return items;
}

// Expenditure by function class (类 rows, three-digit codes) of t03, else t05.
// `source` names the table the figures come from.
std::vector<ChartItem> class_items(const PdfContext& ctx, std::string& source) {
    std::vector<ChartItem> items;
    for (const char* id : {"t03", "t05"}) {
        const Table* t = ctx.doc.table(id);
        if (!t) continue;
        for (const Row& r : t->rows) {
            if (r.kind != RowKind::item || r.code.size() != 3) continue;
            const Cell* name = r.cell("名称");
            auto v = r.amount("合计");
            if (v && !v->is_zero()) items.push_back({r.code + " " + (name ? name->text : r.label), *v});
        }
        if (!items.empty()) {
            const TableSpec* spec = ctx.tpl.table(id);
            source = spec ? spec->title : t->title;
            break;
        }
    }
    return items;
}

// “三公” items: the t10 rows that have no sub-rows (so nothing is counted twice).
std::vector<ChartItem> sangong_items(const PdfContext& ctx) {
    std::vector<ChartItem> items;
    const Table* t10 = ctx.doc.table("t10");
    if (!t10) return items;
    for (const Row& r : t10->rows) {
        if (r.kind == RowKind::total) continue;
        bool parent = false;
        for (const Row& o : t10->rows)
            if (o.key.size() > r.key.size() && o.key.compare(0, r.key.size() + 1, r.key + "/") == 0) parent = true;
        if (parent) continue;
        const auto slash = r.key.rfind('/');
        const auto v = r.amount("合计");
        items.push_back(
            {slash == std::string::npos ? r.key : r.key.substr(slash + 1), v.value_or(Decimal{}), v.has_value()});
    }
    return items;
}

void no_data(Flow& flow, std::string_view title, std::string_view why) {
    flow.ensure(40);
    flow.move_down(14);
    flow.canvas().text(flow.page(), flow.left(), flow.y(), title, 10.5f, st::ink, true);
    flow.move_down(6);
    flow.paragraph(why, st::body_size, st::muted);
}

}  // namespace

void draw_key_figures(Flow& flow, const PdfContext& ctx) {
    flow.set_section("关键数字");
    flow.new_page(false);
    flow.heading("关键数字", 0, 120);
    flow.paragraph(fmt::format("以下图表取自文件所列各表；金额单位：{}，括号内为占比。", ctx.unit()), st::body_size,
                   st::muted);

    const auto income = income_items(ctx);
    if (income.empty())
        no_data(flow, "收入来源", "文件未列出可用的收入数字。");
    else
        draw_bar_chart(flow, "收入来源（部门收入总体情况表）", income, ctx.unit());

    std::string source;
    const auto classes = class_items(ctx, source);
    if (classes.empty())
        no_data(flow, "支出功能分类（类）", "文件未列出可用的支出数字。");
    else
        draw_bar_chart(flow, fmt::format("支出按功能分类（类，{}）", source), classes, ctx.unit());

    const KeyTotals k = key_totals(ctx.doc);
    if (k.basic || k.project)
        draw_split_bar(flow, "基本支出与项目支出",
                       {{"基本支出", k.basic.value_or(Decimal{})}, {"项目支出", k.project.value_or(Decimal{})}},
                       ctx.unit());
    else
        no_data(flow, "基本支出与项目支出", "文件未列出基本支出与项目支出合计。");

    const auto sangong = sangong_items(ctx);
    if (sangong.empty())
        no_data(flow, "“三公”经费", "文件未列出“三公”经费表。");
    else if (!k.sangong || k.sangong->is_zero())
        no_data(flow, "“三公”经费",
                fmt::format("“三公”经费预算为 {}。", k.sangong ? amount_text(k.sangong) + " " + ctx.unit() : "未列数"));
    else
        draw_bar_chart(flow, fmt::format("“三公”经费构成（合计 {} {}）", amount_text(k.sangong), ctx.unit()), sangong,
                       ctx.unit());
}

}  // namespace yusuan
