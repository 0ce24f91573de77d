// The discrepancy engine: loads the template's rules, runs every rule family
// and merges findings that land on the same cell (one place, one finding;
// the other rules' messages are kept in it).
#include <map>
#include <tuple>

#include "check/check.hpp"
#include "check/checks.hpp"

namespace yusuan {

namespace {

Findings merge_same_place(Findings in) {
    Findings out;
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> seen;
    for (Finding& f : in) {
        auto key = std::make_tuple(f.table, f.row, f.column);
        auto it = seen.find(key);
        if (it == seen.end()) {
            seen.emplace(key, out.size());
            out.push_back(std::move(f));
            continue;
        }
        Finding& first = out[it->second];
        if (f.severity < first.severity) first.severity = f.severity;   // error < warning < info
        if (first.message.find(f.message) == std::string::npos)
            first.message += "; [" + f.rule + "] " + f.message;
    }
    return out;
}

}  // namespace

Findings check_document(const Document& doc, const Template& tpl) {
    Findings found;
    RulesError err;
    std::optional<RuleSet> rules = load_rules(tpl.rules_path, err);
    if (rules && tpl.rules_path.empty()) {
        // A template without rules.toml still gets the structural rules its
        // tables imply: hierarchies and names over every table (row identities
        // come from tables.toml); cross-table identities need declaring.
        for (const TableSpec& t : tpl.tables) {
            rules->hierarchy_tables.push_back(t.id);
            if (t.layout != TableLayout::labelled && t.layout != TableLayout::economic_coded)
                rules->name_tables.push_back(t.id);
        }
    }
    if (!rules) {
        Finding f;
        f.severity = Severity::error;
        f.rule = "rules.unreadable";
        f.message = err.message;
        found.push_back(std::move(f));
    } else {
        CheckContext cx{doc, tpl, *rules, found};
        check_hierarchy(cx);
        check_row_identities(cx);
        check_balances(cx);
        check_cross_tables(cx);
        check_forms(cx);
        check_names(cx);
        check_narrative(cx);
        check_narrative_names(cx);
        check_text(cx);
        check_comparisons(cx);
        check_unreadable_amounts(cx);
    }
    Findings out = merge_same_place(std::move(found));
    Findings repairs = repair_findings(doc);
    out.insert(out.end(), repairs.begin(), repairs.end());
    sort_findings(out);
    return out;
}

}  // namespace yusuan
