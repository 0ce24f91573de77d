#include "read/form_reader.hpp"

#include "normalise/text.hpp"

namespace yusuan {

namespace {

// Field label → spec, tolerating a unit or seal note: "资金总额 (万元)", "部门名称 (盖章)".
const FieldSpec* match_field(const std::vector<FieldSpec>& fields, const std::string& cell) {
    std::string k = match_key(cell);
    if (k.empty()) return nullptr;
    auto match = [&](const std::string& key) -> const FieldSpec* {
        for (const FieldSpec& f : fields) {
            if (key == match_key(f.key)) return &f;
            for (const std::string& a : f.aliases)
                if (key == match_key(a)) return &f;
        }
        return nullptr;
    };
    if (const FieldSpec* f = match(k)) return f;
    // Strip a trailing parenthesised note once.
    if (!k.empty() && k.back() == ')') {
        size_t open = k.rfind('(');
        if (open != std::string::npos && open > 0) {
            const FieldSpec* f = match(k.substr(0, open));
            // "资金总额 (万元)" is a column heading, not a field with a value to its right.
            if (f && k.substr(open) == "(万元)") return nullptr;
            return f;
        }
    }
    return nullptr;
}

Cell make_cell(const std::string& column, const std::string& text, bool number, LineNo line) {
    Cell c;
    c.column = column;
    c.line = line;
    c.text = text;
    if (number)
        if (auto a = parse_amount(text)) {
            c.amount = a->value;
            c.text = a->value.to_string();
        }
    return c;
}

bool has_column(const std::vector<Cell>& cells, const std::string& column) {
    for (const Cell& c : cells)
        if (c.column == column) return true;
    return false;
}

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

void read_form(const Grid& grid, const FormSpec& spec, Form& out, std::vector<Repair>& repairs) {
    (void)repairs;
    // The indicator header: the first row with at least three indicator column names.
    size_t header_at = grid.rows.size();
    std::vector<const FieldSpec*> ind_cols;
    for (size_t i = 0; i < grid.rows.size() && header_at == grid.rows.size(); ++i) {
        std::vector<const FieldSpec*> cols(grid.rows[i].cells.size(), nullptr);
        int hits = 0;
        for (size_t p = 0; p < grid.rows[i].cells.size(); ++p)
            if (const FieldSpec* f = match_field(spec.indicator_columns, grid.rows[i].cells[p])) {
                cols[p] = f;
                ++hits;
            }
        if (hits >= 3) {
            header_at = i;
            ind_cols = cols;
        }
    }

    // 基本信息: a field label, then its value in the next non-empty cell.
    for (size_t i = 0; i < header_at; ++i) {
        const GridRow& r = grid.rows[i];
        for (size_t p = 0; p < r.cells.size(); ++p) {
            const FieldSpec* f = match_field(spec.fields, r.cells[p]);
            if (!f) continue;
            size_t q = p + 1;
            while (q < r.cells.size() && r.cells[q].empty()) ++q;
            if (q >= r.cells.size() || match_field(spec.fields, r.cells[q])) continue;
            if (has_column(out.info, f->key)) continue;
            out.info.push_back(make_cell(f->key, r.cells[q], f->number, r.line));
            p = q;
        }
    }

    // Indicators.
    if (header_at == grid.rows.size()) return;
    auto col_key = [&](size_t p) -> const FieldSpec* { return p < ind_cols.size() ? ind_cols[p] : nullptr; };
    const std::string& level1 = spec.indicator_columns.size() > 0 ? spec.indicator_columns[0].key : "";
    const std::string& level2 = spec.indicator_columns.size() > 1 ? spec.indicator_columns[1].key : "";
    const std::string& level3 = spec.indicator_columns.size() > 2 ? spec.indicator_columns[2].key : "";
    const std::string& value_col = spec.indicator_columns.size() > 3 ? spec.indicator_columns[3].key : "";
    for (size_t i = header_at + 1; i < grid.rows.size(); ++i) {
        const GridRow& r = grid.rows[i];
        Indicator ind;
        ind.line = r.line;
        int hits = 0;
        for (size_t p = 0; p < r.cells.size(); ++p) {
            const FieldSpec* f = col_key(p);
            if (!f || r.cells[p].empty()) continue;
            if (match_field(spec.indicator_columns, r.cells[p]) == f) ++hits;
            ind.cells.push_back(make_cell(f->key, r.cells[p], f->number, r.line));
        }
        if (hits >= 3 || ind.cells.empty()) continue;  // header printed again, or an empty row
        const bool has_item = has_column(ind.cells, level3) || has_column(ind.cells, value_col);
        if (!has_item && !out.indicators.empty()) {
            // A cell wrapped onto the next line (often across a page break):
            // join it to the same column of the indicator above.
            Indicator& prev = out.indicators.back();
            for (const Cell& c : ind.cells) {
                bool joined = false;
                for (Cell& pc : prev.cells)
                    if (pc.column == c.column) {
                        if (!ends_with(pc.text, c.text)) pc.text = collapse_spaces(pc.text + " " + c.text);
                        joined = true;
                    }
                if (!joined && c.column != level1 && c.column != level2) prev.cells.push_back(c);
            }
            continue;
        }
        if (!has_item) continue;
        // 一级/二级 left blank under a merged cell take the value above.
        if (!out.indicators.empty()) {
            const Indicator& prev = out.indicators.back();
            for (const std::string* lv : {&level2, &level1})
                if (!has_column(ind.cells, *lv))
                    if (const Cell* pc = prev.cell(*lv)) {
                        Cell c = *pc;
                        c.line = r.line;
                        ind.cells.insert(ind.cells.begin(), c);
                    }
        }
        // Keep the template's column order (一级 first).
        std::vector<Cell> ordered;
        for (const FieldSpec& f : spec.indicator_columns)
            for (const Cell& c : ind.cells)
                if (c.column == f.key) ordered.push_back(c);
        ind.cells = std::move(ordered);
        out.indicators.push_back(std::move(ind));
    }
}

}  // namespace yusuan
