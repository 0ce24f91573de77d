// The facts export (facts.md): one line per non-empty cell, long format.
#include <string>

#include "write/tsv.hpp"
#include "write/writers.hpp"

namespace yusuan {

namespace {
void line(std::string& out, std::string_view table, std::string_view row, std::string_view column,
          std::string_view value) {
    out += tsv_field(table);
    out += '\t';
    out += tsv_field(row);
    out += '\t';
    out += tsv_field(column);
    out += '\t';
    out += tsv_field(value);
    out += '\n';
}

std::string value_of(const Cell& c) { return c.amount ? c.amount->to_string() : c.text; }
}  // namespace

std::string write_facts(const Document& doc) {
    std::string out = "table\trow\tcolumn\tvalue\n";
    if (!doc.department.empty()) line(out, "meta", "document", "department", doc.department);
    if (!doc.year.empty()) line(out, "meta", "document", "year", doc.year);
    if (!doc.unit.empty()) line(out, "meta", "document", "unit", doc.unit);
    for (const Table& t : doc.tables) {
        if (t.id.starts_with('x')) line(out, "meta", t.id, "title", t.title);
        if (!t.unit.empty() && t.unit != doc.unit) line(out, "meta", t.id, "unit", t.unit);
        for (const Row& r : t.rows)
            for (const Cell& c : r.cells)
                if (c.amount || !c.text.empty()) line(out, t.id, r.key, c.column, value_of(c));
    }
    for (const Form& f : doc.forms) {
        for (const Cell& c : f.info)
            if (c.amount || !c.text.empty()) line(out, f.id, "基本信息", c.column, value_of(c));
        for (size_t i = 0; i < f.indicators.size(); ++i)
            for (const Cell& c : f.indicators[i].cells)
                if (c.amount || !c.text.empty())
                    line(out, f.id, "指标/" + std::to_string(i + 1), c.column, value_of(c));
    }
    return out;
}

}  // namespace yusuan
