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

std::string write_json(const Document& doc, const Findings& findings) {
    ordered_json j;
    j["source"] = doc.source;
    j["template"] = doc.template_name;
    j["meta"] = {{"department", doc.department}, {"year", doc.year}, {"unit", doc.unit},
                 {"lines", {{"department", doc.department_line}, {"year", doc.year_line}, {"unit", doc.unit_line}}}};
    ordered_json tables = ordered_json::array();
    for (const Table& t : doc.tables) {
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
        tables.push_back(std::move(jt));
    }
    j["tables"] = std::move(tables);
    ordered_json forms = ordered_json::array();
    for (const Form& f : doc.forms) {
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
        forms.push_back(std::move(jf));
    }
    j["forms"] = std::move(forms);
    ordered_json paras = ordered_json::array();
    for (const Paragraph& p : doc.paragraphs) paras.push_back({{"line", p.line}, {"part", p.part}, {"text", p.text}});
    j["paragraphs"] = std::move(paras);
    ordered_json contents = ordered_json::array();
    for (const ListedTable& l : doc.contents) contents.push_back({{"id", l.id}, {"title", l.title}, {"line", l.line}});
    j["contents"] = std::move(contents);
    ordered_json fs = ordered_json::array();
    for (const Finding& f : findings)
        fs.push_back({{"severity", to_string(f.severity)}, {"rule", f.rule}, {"table", f.table}, {"row", f.row},
                      {"column", f.column}, {"stated", f.stated}, {"expected", f.expected}, {"line", f.line},
                      {"message", f.message}});
    j["findings"] = std::move(fs);
    return j.dump(1, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace yusuan
