#include "read/table_shapes.hpp"

#include <map>

#include "normalise/text.hpp"

namespace yusuan {

namespace {
bool is_dash(const std::string& s) { return s == "-" || s == "—" || s == "－" || s == "/" || s == "--" || s == "——" || s == "…"; }
}  // namespace

bool merges_collapsed(const std::vector<const GridRow*>& header, const Grid& grid, size_t first_data,
                      const TableSpec& spec) {
    std::map<size_t, int> widths;
    for (size_t i = first_data; i < grid.rows.size(); ++i) ++widths[grid.rows[i].cells.size()];
    if (widths.empty()) return false;
    size_t data_width = 0;
    int most = 0;
    for (auto& [w, n] : widths)
        if (n > most) {
            most = n;
            data_width = w;
        }
    if (data_width < spec.columns.size() || data_width > spec.columns.size() + 1) return false;
    for (const GridRow* h : header) {
        int nonempty = 0;
        for (const std::string& c : h->cells)
            if (!c.empty()) ++nonempty;
        if (nonempty >= 2 && h->cells.size() < data_width) return true;
    }
    return false;
}

void read_transposed(const Grid& grid, size_t first_data, const TableSpec& spec, Table& out,
                     const std::function<bool(const GridRow&)>& skip) {
    const std::vector<std::string> amounts = spec.amount_keys();
    if (amounts.empty()) return;
    const std::string& column = amounts.front();
    out.columns = {column};
    for (size_t i = first_data; i < grid.rows.size(); ++i) {
        const GridRow& gr = grid.rows[i];
        if (skip(gr)) continue;
        bool any = false;
        for (const std::string& c : gr.cells)
            if (!c.empty()) any = true;
        if (!any) continue;
        // The first row with figures: its cells are the items, in template order.
        for (size_t p = 0; p < gr.cells.size() && p < spec.rows.size(); ++p) {
            Row row;
            row.key = spec.rows[p].key;
            row.label = spec.rows[p].key;
            row.kind = row.key == "总计" ? RowKind::total : RowKind::item;
            row.level = row.key.find('/') != std::string::npos ? 2 : 1;
            row.line = gr.cell_lines.size() > p ? gr.cell_lines[p] : gr.line;
            const std::string& text = gr.cells[p];
            if (!text.empty() && !is_dash(text)) {
                Cell c;
                c.column = column;
                c.line = row.line;
                if (auto a = parse_amount(text)) {
                    c.amount = a->value;
                    c.text = a->value.to_string();
                } else {
                    c.text = text;
                }
                row.cells.push_back(std::move(c));
            }
            out.rows.push_back(std::move(row));
        }
        return;
    }
}


}  // namespace yusuan
