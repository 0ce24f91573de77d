#include "templates/template.hpp"

#include "normalise/text.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <toml++/toml.h>

#ifndef YUSUAN_TEMPLATES_DIR
#define YUSUAN_TEMPLATES_DIR "templates"
#endif

namespace yusuan {

namespace fs = std::filesystem;

std::vector<std::string> TableSpec::amount_keys(std::string_view side) const {
    std::vector<std::string> out;
    for (const ColumnSpec& c : columns)
        if (c.role == ColumnRole::amount && (side.empty() || c.side == side)) out.push_back(c.key);
    return out;
}

const TableSpec* Template::table(std::string_view id) const {
    for (const TableSpec& t : tables)
        if (t.id == id) return &t;
    return nullptr;
}

namespace {

std::vector<std::string> strings(const toml::node_view<const toml::node>& n) {
    std::vector<std::string> out;
    if (const toml::array* a = n.as_array())
        for (const toml::node& e : *a)
            if (auto s = e.value<std::string>()) out.push_back(*s);
    return out;
}

std::optional<ColumnRole> parse_role(std::string_view s) {
    if (s == "code1") return ColumnRole::code1;
    if (s == "code2") return ColumnRole::code2;
    if (s == "code3") return ColumnRole::code3;
    if (s == "code") return ColumnRole::code;
    if (s == "name") return ColumnRole::name;
    if (s == "project") return ColumnRole::project;
    if (s == "label") return ColumnRole::label;
    if (s == "amount") return ColumnRole::amount;
    return std::nullopt;
}

std::optional<TableLayout> parse_layout(std::string_view s) {
    if (s == "two_sided") return TableLayout::two_sided;
    if (s == "function_coded") return TableLayout::function_coded;
    if (s == "economic_coded") return TableLayout::economic_coded;
    if (s == "project_coded") return TableLayout::project_coded;
    if (s == "labelled") return TableLayout::labelled;
    return std::nullopt;
}

std::vector<FieldSpec> fields(const toml::node_view<const toml::node>& n) {
    std::vector<FieldSpec> out;
    if (const toml::array* a = n.as_array())
        for (const toml::node& e : *a)
            if (const toml::table* t = e.as_table()) {
                FieldSpec f;
                f.key = (*t)["key"].value_or(std::string{});
                f.aliases = strings((*t)["aliases"]);
                f.number = (*t)["number"].value_or(false);
                out.push_back(std::move(f));
            }
    return out;
}

FormSpec form(const toml::node_view<const toml::node>& n) {
    FormSpec f;
    f.id = n["id"].value_or(n["id_prefix"].value_or(std::string{}));
    f.title = n["title"].value_or(std::string{});
    f.variants = strings(n["variants"]);
    f.sheet = n["sheet"].value_or(std::string{});
    f.budget_field = n["budget_field"].value_or(std::string{});
    f.weight_column = n["weight_column"].value_or(std::string{});
    f.fields = fields(n["fields"]);
    f.indicator_columns = fields(n["indicator_columns"]);
    return f;
}

bool read_table(const toml::table& t, TableSpec& spec, std::string& why) {
    spec.id = t["id"].value_or(std::string{});
    spec.number = t["number"].value_or(0);
    spec.sheet = t["sheet"].value_or(spec.id);
    spec.title = t["title"].value_or(std::string{});
    spec.variants = strings(t["variants"]);
    spec.transposed = t["transposed"].value_or(false);
    auto layout = parse_layout(t["layout"].value_or(std::string{}));
    if (!layout || spec.id.empty() || spec.title.empty()) {
        why = "table needs id, title and a known layout";
        return false;
    }
    spec.layout = *layout;
    if (const toml::array* cols = t["columns"].as_array()) {
        for (const toml::node& c : *cols) {
            const toml::table* ct = c.as_table();
            if (!ct) continue;
            ColumnSpec col;
            col.key = (*ct)["key"].value_or(std::string{});
            auto role = parse_role((*ct)["role"].value_or(std::string{"amount"}));
            if (!role || col.key.empty()) {
                why = "column of " + spec.id + " needs a key and a known role";
                return false;
            }
            col.role = *role;
            col.side = (*ct)["side"].value_or(std::string{});
            col.leaf = (*ct)["leaf"].value_or(col.key);
            col.aliases = strings((*ct)["aliases"]);
            spec.columns.push_back(std::move(col));
        }
    }
    if (const toml::array* rows = t["header"].as_array()) {
        for (const toml::node& r : *rows) {
            std::vector<HeaderCell> hr;
            if (const toml::array* cells = r.as_array())
                for (const toml::node& c : *cells)
                    if (const toml::table* ct = c.as_table())
                        hr.push_back({(*ct)["text"].value_or(std::string{}), (*ct)["cols"].value_or(1),
                                      (*ct)["rows"].value_or(1)});
            spec.header.push_back(std::move(hr));
        }
    }
    spec.group_words = strings(t["group_words"]);
    if (const toml::table* sc = t["sum_columns"].as_table())
        for (auto&& [k, v] : *sc) spec.sum_columns[std::string(k.str())] = strings(toml::node_view<const toml::node>(&v));
    if (const toml::array* rows = t["rows"].as_array())
        for (const toml::node& r : *rows)
            if (const toml::table* rt = r.as_table())
                spec.rows.push_back({(*rt)["key"].value_or(std::string{}), strings((*rt)["aliases"])});
    if (const toml::table* ic = t["income_children"].as_table())
        for (auto&& [k, v] : *ic) {
            std::vector<std::string>& kids = spec.income_children[match_key(std::string(k.str()))];
            for (const std::string& c : strings(toml::node_view<const toml::node>(&v))) kids.push_back(match_key(c));
        }
    spec.income_total = t["income_total"].value_or(std::string{});
    spec.expense_total = t["expense_total"].value_or(std::string{});
    return true;
}

void read_classes(const toml::table& t, const char* name, std::map<std::string, std::string>& out) {
    if (const toml::table* c = t[name].as_table())
        for (auto&& [k, v] : *c)
            if (auto s = v.value<std::string>()) out[std::string(k.str())] = *s;
}

}  // namespace

std::optional<Template> load_template(const std::string& dir, TemplateError& err) {
    Template tpl;
    tpl.dir = dir;
    const fs::path tables = fs::path(dir) / "tables.toml";
    toml::parse_result parsed = toml::parse_file(tables.string());
    if (!parsed) {
        const auto& e = parsed.error();
        err.message = tables.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                      std::string(e.description());
        return std::nullopt;
    }
    const toml::table& root = parsed.table();
    tpl.name = root["name"].value_or(fs::path(dir).filename().string());
    tpl.parts = strings(root["parts"]);
    tpl.narrative_part = root["narrative_part"].value_or(std::string{"第三部分"});
    if (const toml::array* ts = root["tables"].as_array()) {
        for (const toml::node& n : *ts) {
            const toml::table* t = n.as_table();
            if (!t) continue;
            TableSpec spec;
            std::string why;
            if (!read_table(*t, spec, why)) {
                err.message = tables.string() + ":" + std::to_string(n.source().begin.line) + ": " + why;
                return std::nullopt;
            }
            tpl.tables.push_back(std::move(spec));
        }
    }
    tpl.department_form = form(root["forms"]["department"]);
    tpl.project_form = form(root["forms"]["project"]);

    const fs::path classes = fs::path(dir) / "classes.toml";
    if (fs::exists(classes)) {
        toml::parse_result pc = toml::parse_file(classes.string());
        if (!pc) {
            err.message = classes.string() + ":" + std::to_string(pc.error().source().begin.line) + ": " +
                          std::string(pc.error().description());
            return std::nullopt;
        }
        read_classes(pc.table(), "function_classes", tpl.function_classes);
        read_classes(pc.table(), "economic_classes", tpl.economic_classes);
    }
    const fs::path rules = fs::path(dir) / "rules.toml";
    if (fs::exists(rules)) tpl.rules_path = rules.string();
    return tpl;
}

std::string templates_root() {
    if (const char* env = std::getenv("YUSUAN_TEMPLATES"); env && *env) return env;
    if (fs::exists(YUSUAN_TEMPLATES_DIR)) return YUSUAN_TEMPLATES_DIR;
    return "templates";
}

std::vector<Template> load_all_templates(TemplateError& err) {
    std::vector<Template> out;
    const fs::path root = templates_root();
    std::error_code ec;
    std::vector<fs::path> dirs;
    for (const auto& e : fs::directory_iterator(root, ec))
        if (e.is_directory() && fs::exists(e.path() / "tables.toml")) dirs.push_back(e.path());
    if (ec) {
        err.message = root.string() + ": cannot read templates folder: " + ec.message();
        return out;
    }
    std::sort(dirs.begin(), dirs.end(), [](const fs::path& a, const fs::path& b) { return a.filename() > b.filename(); });
    for (const fs::path& d : dirs) {
        auto t = load_template(d.string(), err);
        if (!t) return {};
        out.push_back(std::move(*t));
    }
    if (out.empty()) err.message = root.string() + ": no templates found";
    return out;
}

}  // namespace yusuan
