#include "read/reader.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "normalise/text.hpp"
#include "read/aligned_text.hpp"
#include "read/form_reader.hpp"
#include "read/grid.hpp"
#include "read/repair_column_income.hpp"
#include "read/repair_names.hpp"
#include "read/table_reader.hpp"
#include "segment/segment.hpp"

namespace yusuan {

const Template* template_for(const Document& doc, const std::vector<Template>& templates) {
    for (const Template& t : templates)
        if (t.name == doc.template_name) return &t;
    return templates.empty() ? nullptr : &templates.front();
}

namespace {

// Page furniture among the text lines of a PDF extraction: page numbers
// ("- 47 -") and a running header or footer printed on every page (a short
// line without a sentence mark repeated three times or more; its first
// printing is kept). Dropped so a sentence broken by a page break reads on.
std::vector<bool> page_furniture(const std::vector<std::string>& lines, const std::vector<std::size_t>& text_lines) {
    std::vector<bool> drop(lines.size(), false);
    std::map<std::string, int> seen;
    for (std::size_t i : text_lines) {
        const std::string k = match_key(lines[i]);
        if (k.size() <= 90 && k.find("。") == std::string::npos && k.find("，") == std::string::npos) ++seen[k];
    }
    std::map<std::string, bool> kept;
    for (std::size_t i : text_lines) {
        if (aligned::is_page_number(lines[i])) {
            drop[i] = true;
            continue;
        }
        const std::string k = match_key(lines[i]);
        const auto it = seen.find(k);
        if (it == seen.end() || it->second < 3) continue;
        if (kept[k]) drop[i] = true;
        kept[k] = true;
    }
    return drop;
}

std::string part_at(const Segmentation& seg, std::size_t index) {
    std::string part;
    for (const auto& [at, name] : seg.part_headings) {
        if (at > index) break;
        part = name;
    }
    return part;
}

}  // namespace

std::optional<Document> read_document(const std::vector<std::string>& raw, const std::vector<Template>& templates,
                                      const std::string& source, ReadError& err, const ReadLimits& limits) {
    if (templates.empty()) {
        err.message = source + ": no templates loaded";
        return std::nullopt;
    }
    std::vector<std::string> lines;
    lines.reserve(raw.size());
    for (const std::string& l : raw) lines.push_back(clean_line(l));

    // The template whose table titles the document prints most of.
    const Template* tpl = &templates.front();
    int best = -1;
    for (const Template& t : templates) {
        int fit = template_fit(lines, t);
        if (fit > best) {
            best = fit;
            tpl = &t;
        }
    }
    Segmentation seg = segment(lines, *tpl);
    if (seg.blocks.empty()) {
        std::size_t first = 0;
        while (first < lines.size() && lines[first].find_first_not_of(" \t\f") == std::string::npos) ++first;
        err.message = source + ":" + std::to_string(first + 1) +
                      ": no budget table found (no line is the title of a standard table such as " +
                      (tpl->tables.empty() ? std::string("部门收支总体情况表") : tpl->tables.front().title) + ")";
        return std::nullopt;
    }
    if (seg.blocks.size() > limits.max_tables) {
        err.message = source + ": more than " + std::to_string(limits.max_tables) + " tables";
        return std::nullopt;
    }

    Document doc;
    doc.source = source;
    doc.template_name = tpl->name;
    doc.department = seg.department;
    doc.year = seg.year;
    doc.unit = seg.unit;
    doc.department_line = seg.department_line;
    doc.year_line = seg.year_line;
    doc.unit_line = seg.unit_line;
    doc.contents = seg.contents;

    int project_forms = 0;
    std::set<std::string> by_position;  // tables whose figures were placed by position
    for (const Block& b : seg.blocks) {
        const TableSpec* block_spec = b.kind == BlockKind::table ? tpl->table(b.id) : nullptr;
        LayoutHints hints;
        if (block_spec) {
            hints.header_words = [block_spec](const std::string& k) { return is_header_word(*block_spec, k); };
            hints.group_words = [block_spec](const std::string& k) {
                for (const std::string& g : block_spec->group_words)
                    if (k == match_key(g)) return true;
                return false;
            };
        } else {
            const FormSpec* fs = b.kind == BlockKind::department_form ? &tpl->department_form : &tpl->project_form;
            hints.form = true;
            hints.header_words = [fs](const std::string& k) {
                for (const FieldSpec& f : fs->indicator_columns) {
                    if (k == match_key(f.key)) return true;
                    for (const std::string& a : f.aliases)
                        if (k == match_key(a)) return true;
                }
                return false;
            };
            hints.group_words = [fs](const std::string& k) {
                for (const FieldSpec& f : fs->fields) {
                    if (k == match_key(f.key)) return true;
                    for (const std::string& a : f.aliases)
                        if (k == match_key(a)) return true;
                }
                return false;
            };
        }
        Grid grid = read_block_grid(lines, b.begin, b.end, hints);
        for (Repair& r : grid.repairs) {
            r.table = b.kind == BlockKind::table ? b.id : "";
            doc.repairs.push_back(std::move(r));
        }
        for (const GridRow& r : grid.rows)
            if (r.cells.size() > limits.max_cells_per_row) {
                err.message = source + ":" + std::to_string(r.line) + ": row has " + std::to_string(r.cells.size()) +
                              " cells, over the limit of " + std::to_string(limits.max_cells_per_row);
                return std::nullopt;
            }
        if (grid.rows.size() > limits.max_rows) {
            err.message = source + ":" + std::to_string(b.title_line) + ": table has more than " +
                          std::to_string(limits.max_rows) + " rows";
            return std::nullopt;
        }
        if (b.kind == BlockKind::table) {
            if (grid.placed_by_position) by_position.insert(b.id);
            const TableSpec* spec = tpl->table(b.id);
            Table fresh;
            Table* t = doc.table(b.id);
            const bool continued = t != nullptr;
            if (!continued) {
                fresh.id = b.id;
                fresh.title = b.title;
                fresh.number = b.number;
                fresh.line = b.title_line;
                fresh.unit = doc.unit;
                t = &fresh;
            }
            read_table(grid, *spec, *tpl, *t, doc.repairs);
            if (!continued) doc.tables.push_back(std::move(fresh));
        } else {
            Form f;
            f.title = b.title;
            f.line = b.title_line;
            const FormSpec& spec = b.kind == BlockKind::department_form ? tpl->department_form : tpl->project_form;
            if (b.kind == BlockKind::department_form) {
                f.id = spec.id.empty() ? "p00" : spec.id;
            } else {
                char id[16];
                std::snprintf(id, sizeof id, "p%02d", ++project_forms);
                f.id = id;
            }
            read_form(grid, spec, f, doc.repairs);
            doc.forms.push_back(std::move(f));
        }
        for (const Paragraph& p : grid.loose) {
            Paragraph q = p;
            q.part = part_at(seg, static_cast<std::size_t>(p.line - 1));
            doc.paragraphs.push_back(std::move(q));
        }
    }
    const std::vector<bool> furniture = page_furniture(lines, seg.text_lines);
    for (std::size_t i : seg.text_lines) {
        if (furniture[i]) continue;
        std::string text = collapse_spaces(lines[i]);
        if (text.empty()) continue;
        doc.paragraphs.push_back({static_cast<LineNo>(i + 1), std::move(text), part_at(seg, i)});
    }
    std::sort(doc.paragraphs.begin(), doc.paragraphs.end(),
              [](const Paragraph& a, const Paragraph& b) { return a.line < b.line; });
    // Names cut at the cell width, restored from the same code in another table.
    for (Repair& r : restore_truncated_names_across(doc.tables)) doc.repairs.push_back(std::move(r));
    // A column read one column off that only the income table can place.
    for (Table& t : doc.tables)
        if (by_position.count(t.id))
            if (const TableSpec* spec = tpl->table(t.id))
                for (Repair& r : place_by_income_rows(t, *spec, doc.tables, *tpl)) doc.repairs.push_back(std::move(r));
    // Tables in template order, whatever order the document printed them in.
    std::stable_sort(doc.tables.begin(), doc.tables.end(), [&](const Table& a, const Table& b) {
        auto rank = [&](const Table& t) {
            const TableSpec* s = tpl->table(t.id);
            return s ? s->number : 1000;
        };
        return rank(a) < rank(b);
    });
    return doc;
}

}  // namespace yusuan
