// Performance form rules: indicator weights add up to the template's total;
// 年度预算总额 = 财政拨款 + 其他资金 (p00: 资金总额 = 上级 + 本级 + 其他); the
// department form's total is the department budget; a project's budget is
// its t07 row(s); the cost indicators (万元) do not exceed the budget.
#include <algorithm>
#include <regex>

#include "check/checks.hpp"
#include "check/figures.hpp"
#include "normalise/text.hpp"

namespace yusuan {

namespace {

std::optional<Decimal> field_amount(const Form& f, std::string_view name) {
    const Cell* c = f.field(name);
    return c ? c->amount : std::nullopt;
}

LineNo field_line(const Form& f, std::string_view name) {
    const Cell* c = f.field(name);
    return c ? c->line : f.line;
}

void check_weights(CheckContext& cx, const Form& f, const std::string& column) {
    if (!cx.rules.weights_total || column.empty()) return;
    Sum s;
    LineNo line = 0;
    for (const Indicator& i : f.indicators)
        if (const Cell* c = i.cell(column)) {
            // A weight cell holding text (a shifted, damaged row): the total
            // cannot be known, so it is not guessed.
            if (!c->amount && !c->text.empty()) return;
            s.add(c->amount);
            if (!line && c->amount) line = c->line;
        }
    if (s.terms == 0) return;   // the template's forms print no weights (2021)
    if (s.value == *cx.rules.weights_total) return;
    cx.add(Severity::error, "perf.weights", f.id, "指标", column, s.value.to_string(),
           cx.rules.weights_total->to_string(), line ? line : f.line,
           column + " total " + s.value.to_string() + " ≠ " + cx.rules.weights_total->to_string());
}

void check_parts(CheckContext& cx, const Form& f, const std::string& total, const std::vector<std::string>& parts) {
    Sum s;
    std::string terms;
    for (const std::string& p : parts)
        if (auto v = field_amount(f, p)) {
            s.add(v);
            terms += (terms.empty() ? "" : " + ") + p;
        }
    auto stated = field_amount(f, total);
    if (s.terms == 0 || !stated) return;
    cx.compare("perf.budget_parts", f.id, "基本信息", total, stated, s.value, s.terms, field_line(f, total),
               total + " ≠ " + terms + " (= " + s.value.to_string() + ")");
}

// The budget of a project's t07 row(s): rows whose project name is the form's 项目名称.
std::optional<Sum> t07_budget(CheckContext& cx, const Form& f) {
    const Table* t = cx.doc.table(cx.rules.project_table);
    const Cell* name = f.field("项目名称");
    if (!has_rows(t) || !name) return std::nullopt;
    const std::string want = match_key(name->text);
    if (want.empty()) return std::nullopt;
    Sum s;
    bool found = false;
    for (const Row& r : t->rows) {
        const auto slash = r.key.find('/');
        if (slash == std::string::npos || r.code.empty()) continue;
        if (match_key(r.key.substr(slash + 1)) != want) continue;
        found = true;
        s.add(r.amount(cx.rules.project_column));
    }
    if (!found) return std::nullopt;
    return s;
}

// Σ of the cost indicators whose value is stated in 万元 ("≤48.30万元/套").
std::optional<Sum> cost_total(CheckContext& cx, const Form& f) {
    if (cx.rules.cost_indicator.empty()) return std::nullopt;
    static const std::regex amount_wan(R"((\d+(?:\.\d+)?)万元)");
    Sum s;
    for (const Indicator& i : f.indicators) {
        const Cell* l1 = i.cell("一级指标");
        const Cell* l2 = i.cell("二级指标");
        const bool cost = (l1 && match_key(l1->text).find(cx.rules.cost_indicator) != std::string::npos) ||
                          (l2 && match_key(l2->text).find(cx.rules.cost_indicator) != std::string::npos);
        const Cell* v = i.cell("指标值");
        if (!cost || !v) continue;
        const std::string text = match_key(v->text);
        std::smatch m;
        if (std::regex_search(text, m, amount_wan)) s.add(Decimal::parse(m[1].str()));
    }
    if (s.terms == 0) return std::nullopt;
    return s;
}

// The amount a project's 项目总体目标 says it invests ("本项目2026年计划投入5.2万元")
// against the form's own 年度预算总额.
void check_goal_text(CheckContext& cx, const Form& f, const std::string& budget, Decimal stated) {
    const Cell* goal = f.field("项目总体目标");
    if (!goal) return;
    for (const Figure& fig : read_figures(goal->text).figures) {
        if (fig.unit != FigureUnit::wan) continue;
        const std::string clause = match_key(fig.clause);
        const bool total = contains(clause, "投入") || ends_with(clause, "共计") || ends_with(clause, "总额") ||
                           ends_with(clause, "资金总额") || ends_with(clause, "预算资金");
        if (!total) return;   // only a total stated before any part
        // 0.725 in the text is 0.73 at the budget's printed precision
        const Decimal said = fig.value.scale() > stated.scale() ? round_to(fig.value, stated.scale()) : fig.value;
        if (said != stated)
            cx.add(cx.severity_for(fig.value - stated, 1), "perf.goal_text", f.id, "基本信息", "项目总体目标",
                   fig.printed, stated.to_string(), goal->line,
                   "项目总体目标 states " + fig.printed + " 万元, " + budget + " is " + stated.to_string());
        return;
    }
}

}  // namespace

void check_forms(CheckContext& cx) {
    for (const Form& f : cx.doc.forms) {
        const bool dept = f.id == cx.tpl.department_form.id;
        const FormSpec& spec = dept ? cx.tpl.department_form : cx.tpl.project_form;
        check_weights(cx, f, spec.weight_column);
        const std::string& budget = spec.budget_field;
        if (dept) {
            check_parts(cx, f, budget, {"上级安排", "本级安排", "其他"});
            if (auto stated = field_amount(f, budget)) {
                LineNo l = 0;
                if (auto total = resolve(cx.doc, cx.rules.department_budget, &l); total && total->terms)
                    cx.compare("perf.budget_total", f.id, "基本信息", budget, stated, total->value, 1,
                               field_line(f, budget),
                               budget + " ≠ department budget " + cx.rules.department_budget.table + " " +
                                   cx.rules.department_budget.rows.front() + " (= " + total->value.to_string() + ")");
            }
            continue;
        }
        check_parts(cx, f, budget, {"财政拨款", "其他资金"});
        auto stated = field_amount(f, budget);
        if (!stated) continue;
        check_goal_text(cx, f, budget, *stated);
        if (auto row = t07_budget(cx, f); row && row->terms) {
            // t07 printed in whole units agrees with a form's 5.2 as 5.
            const int scale = printed_scale(*cx.doc.table(cx.rules.project_table));
            const Decimal form_budget = stated->scale() > scale ? round_to(*stated, scale) : *stated;
            if (form_budget != row->value)
                cx.compare("perf.budget_t07", f.id, "基本信息", budget, stated, row->value, row->terms,
                       field_line(f, budget),
                       budget + " ≠ its " + cx.rules.project_table + " row (= " + row->value.to_string() + ")");
        }
        if (auto cost = cost_total(cx, f); cost && cost->value > *stated)
            cx.add(Severity::error, "perf.cost", f.id, "基本信息", budget, stated->to_string(),
                   cost->value.to_string(), field_line(f, budget),
                   "Σ cost indicators " + cost->value.to_string() + " 万元 exceeds " + budget);
    }
}

}  // namespace yusuan
