// The JSON document model: meta, tables (rows, cells, source lines), forms,
// narrative paragraphs, repairs and findings.
#include <nlohmann/json.hpp>

#include "write/writers.hpp"

namespace yusuan {

namespace {
using nlohmann::ordered_json;

ordered_json cell_json(const Cell& c) {
    ordered_json j;
    j["column"] = c.column;
    if (c.amount) j["amount"] = c.amount->to_string();
    else j["text"] = c.text;
    j["line"] = c.line;
    return j;
}

std::string_view kind_name(RowKind k) {
    switch (k) {
        case RowKind::item: return "item";
        case RowKind::total: return "total";
        case RowKind::unit: return "unit";
    }
    return "item";
}
}  // namespace

// Streamed: each table, form, paragraph and finding becomes a small DOM that
// is dumped and appended at its indentation, so memory stays proportional to
// the largest table rather than the whole document (a DOM of a 20 MB document
// took ~30 bytes per input byte). The bytes are exactly those of dumping one
// DOM of the whole document with indent 1.
namespace {

constexpr auto json_errors = ordered_json::error_handler_t::replace;

// `j` dumped with indent 1, every line after the first indented by `depth`.
void append_at(std::string& out, const ordered_json& j, int depth) {
    const std::string s = j.dump(1, ' ', false, json_errors);
    out.reserve(out.size() + s.size() + s.size() / 8);
    for (char c : s) {
        out += c;
        if (c == '\n') out.append(static_cast<std::size_t>(depth), ' ');
    }
}

void append_key(std::string& out, std::string_view key, bool first) {
    out += first ? "\n " : ",\n ";
    out += ordered_json(key).dump(-1, ' ', false, json_errors);
    out += ": ";
}

// A top-level array member, its elements made one at a time by `make(i)`.
template <typename Make>
void append_array(std::string& out, std::string_view key, std::size_t n, Make make) {
    append_key(out, key, false);
    if (n == 0) {
        out += "[]";
        return;
    }
    out += "[";
    for (std::size_t i = 0; i < n; ++i) {
        out += i ? ",\n  " : "\n  ";
        append_at(out, make(i), 2);
    }
    out += "\n ]";
}

ordered_json table_json(const Table& t) {
    ordered_json jt;
    jt["id"] = t.id;
    jt["title"] = t.title;
    jt["number"] = t.number;
    jt["unit"] = t.unit;
    jt["line"] = t.line;
    jt["columns"] = t.columns;
    jt["declared_empty"] = t.declared_empty;
    if (t.declared_empty) jt["empty_statement"] = {{"text", t.empty_statement}, {"line", t.empty_statement_line}};
    ordered_json rows = ordered_json::array();
    for (const Row& r : t.rows) {
        ordered_json jr;
        jr["key"] = r.key;
        jr["label"] = r.label;
        if (!r.code.empty()) jr["code"] = r.code;
        jr["level"] = r.level;
        if (!r.side.empty()) jr["side"] = r.side;
        jr["kind"] = kind_name(r.kind);
        jr["line"] = r.line;
        ordered_json cells = ordered_json::array();
        for (const Cell& c : r.cells) cells.push_back(cell_json(c));
        jr["cells"] = std::move(cells);
        rows.push_back(std::move(jr));
    }
    jt["rows"] = std::move(rows);
    return jt;
}

ordered_json form_json(const Form& f) {
    ordered_json jf;
    jf["id"] = f.id;
    jf["title"] = f.title;
    jf["line"] = f.line;
    ordered_json info = ordered_json::array();
    for (const Cell& c : f.info) info.push_back(cell_json(c));
    jf["info"] = std::move(info);
    ordered_json inds = ordered_json::array();
    for (const Indicator& ind : f.indicators) {
        ordered_json ji;
        ji["line"] = ind.line;
        ordered_json cells = ordered_json::array();
        for (const Cell& c : ind.cells) cells.push_back(cell_json(c));
        ji["cells"] = std::move(cells);
        inds.push_back(std::move(ji));
    }
    jf["indicators"] = std::move(inds);
    return jf;
}

}  // namespace

std::string write_json(const Document& doc, const Findings& findings) {
    std::string out = "{";
    append_key(out, "source", true);
    append_at(out, ordered_json(doc.source), 1);
    append_key(out, "template", false);
    append_at(out, ordered_json(doc.template_name), 1);
    append_key(out, "meta", false);
    append_at(out,
              ordered_json{{"department", doc.department},
                           {"year", doc.year},
                           {"unit", doc.unit},
                           {"lines", {{"department", doc.department_line}, {"year", doc.year_line}, {"unit", doc.unit_line}}}},
              1);
    append_array(out, "tables", doc.tables.size(), [&](std::size_t i) { return table_json(doc.tables[i]); });
    append_array(out, "forms", doc.forms.size(), [&](std::size_t i) { return form_json(doc.forms[i]); });
    append_array(out, "paragraphs", doc.paragraphs.size(), [&](std::size_t i) {
        const Paragraph& p = doc.paragraphs[i];
        return ordered_json{{"line", p.line}, {"part", p.part}, {"text", p.text}};
    });
    append_array(out, "contents", doc.contents.size(), [&](std::size_t i) {
        const ListedTable& l = doc.contents[i];
        return ordered_json{{"id", l.id}, {"title", l.title}, {"line", l.line}};
    });
    append_array(out, "findings", findings.size(), [&](std::size_t i) {
        const Finding& f = findings[i];
        return ordered_json{{"severity", to_string(f.severity)}, {"rule", f.rule}, {"table", f.table},
                            {"row", f.row}, {"column", f.column}, {"stated", f.stated},
                            {"expected", f.expected}, {"line", f.line}, {"message", f.message}};
    });
    out += "\n}\n";
    return out;
}

}  // namespace yusuan
