#include "check/rules.hpp"

#include <filesystem>
#include <toml++/toml.h>

#include "normalise/text.hpp"

namespace yusuan {

namespace {

std::vector<std::string> strings(const toml::node_view<const toml::node>& n) {
    std::vector<std::string> out;
    if (auto s = n.value<std::string>()) out.push_back(*s);
    else if (const toml::array* a = n.as_array())
        for (const toml::node& e : *a)
            if (auto v = e.value<std::string>()) out.push_back(*v);
    return out;
}

CellRef cell_ref(const toml::node_view<const toml::node>& n) {
    CellRef c;
    c.table = n["table"].value_or(std::string{});
    c.rows = strings(n["row"]);
    c.columns = strings(n["column"]);
    return c;
}

template <class F>
void each_table(const toml::node_view<const toml::node>& n, F&& f) {
    if (const toml::array* a = n.as_array())
        for (const toml::node& e : *a)
            if (const toml::table* t = e.as_table()) f(toml::node_view<const toml::node>{static_cast<const toml::node*>(t)});
}

}  // namespace

std::optional<RuleSet> load_rules(const std::string& path, RulesError& err) {
    RuleSet r;
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec)) return r;
    toml::parse_result parsed = toml::parse_file(path);
    if (!parsed) {
        const auto& e = parsed.error();
        err.message = path + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description());
        return std::nullopt;
    }
    const toml::table& t = parsed.table();
    const toml::node_view<const toml::node> root{static_cast<const toml::node&>(t)};
    if (auto tol = root["tolerance"].value<std::string>()) {
        auto d = Decimal::parse(*tol);
        if (!d) {
            err.message = path + ": tolerance is not a decimal: " + *tol;
            return std::nullopt;
        }
        r.tolerance = *d;
    }
    r.hierarchy_tables = strings(root["hierarchy"]["tables"]);
    r.name_tables = strings(root["names"]["tables"]);
    each_table(root["balance"], [&](auto n) {
        r.balances.push_back({n["table"].value_or(std::string{}), n["income"].value_or(std::string{}),
                              n["expense"].value_or(std::string{}), n["column"].value_or(std::string{})});
    });
    each_table(root["cross"], [&](auto n) {
        r.cell_identities.push_back({n["name"].value_or(std::string{}), cell_ref(n["at"]), cell_ref(n["from"]),
                                     n["unless_printed"].value_or(std::string{})});
    });
    each_table(root["cross_rows"], [&](auto n) {
        RowIdentity ri;
        ri.name = n["name"].value_or(std::string{});
        ri.table = n["table"].value_or(std::string{});
        ri.column = n["column"].value_or(std::string{});
        ri.from_table = n["from_table"].value_or(std::string{});
        ri.from_columns = strings(n["from_columns"]);
        ri.from_side = n["from_side"].value_or(std::string{});
        ri.level = n["level"].value_or(0);
        r.row_identities.push_back(std::move(ri));
    });
    auto forms = root["forms"];
    if (auto w = forms["weights_total"].value<std::string>()) r.weights_total = Decimal::parse(*w);
    else if (auto wi = forms["weights_total"].value<std::int64_t>()) r.weights_total = Decimal(*wi, 0);
    r.cost_indicator = forms["cost_indicator"].value_or(std::string{});
    r.department_budget = cell_ref(forms["department_budget"]);
    r.project_table = forms["project_table"].value_or(std::string{});
    r.project_column = forms["project_column"].value_or(std::string{});
    auto narr = root["narrative"];
    r.class_tables = strings(narr["class_tables"]);
    r.class_column = narr["class_column"].value_or(std::string{});
    r.placeholders = strings(narr["placeholders"]);
    for (const std::string& w : strings(narr["year_words"])) r.year_words.push_back(w);
    each_table(narr["parts"], [&](auto n) {
        PartsRule pr;
        for (const std::string& w : strings(n["whole"])) pr.whole.push_back(match_key(w));
        for (const std::string& w : strings(n["parts"])) pr.parts.push_back(match_key(w));
        if (!pr.whole.empty() && pr.parts.size() > 1) r.parts.push_back(std::move(pr));
    });
    int item = 0;
    each_table(narr["subject"], [&](auto n) {
        Subject s;
        s.item = item++;
        for (const std::string& p : strings(n["phrase"])) {
            // kept in match_key form, the form narrative text is compared in
            s.phrase = match_key(p);
            s.section = match_key(n["section"].value_or(std::string{}));
            s.context = match_key(n["context"].value_or(std::string{}));
            s.percent_base = n["percent_base"].value_or(true);
            s.unless_after.clear();
            for (const std::string& w : strings(n["unless_after"])) s.unless_after.push_back(match_key(w));
            s.cells.clear();
            each_table(n["cells"], [&](auto c) { s.cells.push_back(cell_ref(c)); });
            r.subjects.push_back(s);
        }
    });
    return r;
}

}  // namespace yusuan
