// The projects the narrative describes (七、…项目支出情况说明): "项目名称：X",
// "预算安排规模：A万元" (A must be X's t07 row(s)) and "资金分配情况：本项目资金
// 共计B万元，…" (B must be A).
#include "check/narrative.hpp"
#include "normalise/text.hpp"

namespace yusuan {

void check_project_lines(CheckContext& cx, Section& sec, LineNo line, const FigureLine& fl) {
    const std::string key = match_key(fl.text);
    const auto name_at = key.find("项目名称:");
    if (name_at != std::string::npos) {
        sec.project = key.substr(name_at + std::string("项目名称:").size());
        sec.project_budget.reset();
        return;
    }
    if (sec.project.empty() || fl.figures.empty()) return;
    if (contains(key, "预算安排规模") && fl.figures.front().unit == FigureUnit::wan) {
        const Figure& f = fl.figures.front();
        sec.project_budget = f.value;
        const Table* t = cx.doc.table(cx.rules.project_table);
        if (!has_rows(t)) return;
        Sum s;
        for (const Row& r : t->rows) {
            const auto slash = r.key.find('/');
            if (slash != std::string::npos && !r.code.empty() && match_key(r.key.substr(slash + 1)) == sec.project)
                s.add(r.amount(cx.rules.project_column));
        }
        if (s.terms)
            report_figure(cx, "narrative.amount", line, f, s.value, s.terms, "预算安排规模 vs its t07 row(s)");
        return;
    }
    if (contains(key, "资金分配") && sec.project_budget)
        for (const Figure& f : fl.figures) {
            if (f.unit != FigureUnit::wan) continue;
            // Only a total stated before any part ("本项目资金共计50万元，主要用于…").
            if (ends_with(match_key(f.clause), "共计"))
                report_figure(cx, "narrative.amount", line, f, *sec.project_budget, 1,
                              "资金分配 total vs 预算安排规模 " + sec.project_budget->to_string());
            break;
        }
}

}  // namespace yusuan
