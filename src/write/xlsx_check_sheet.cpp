// The 校验 sheet: live cross-table checks (each a formula over the table
// sheets that shows 0 or the difference) and every finding, each with a link
// to its cell. Also the hidden 单元格索引 sheet that maps every amount cell to
// its facts key (table, row, column) and stated figure, for scripts and tests.
// The cross checks are data: templates/<name>/workbook.toml.
#include <algorithm>
#include <map>
#include <mutex>
#include <toml++/toml.h>

#include "write/xlsx_book.hpp"
#include "write/xlsx_text.hpp"

namespace yusuan::xlsx {

namespace {

// A cross-table identity: left − right should be 0. Cells are facts keys.
struct CrossCheck {
    std::string name;
    std::string left_table, left_row, left_column;
    std::string right_table, right_row, right_column;
};

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
}

// A check as the file states it: `each_class_of` names the table whose 类
// rows it is repeated for ({code} in its name and rows), or is empty.
struct DeclaredCheck {
    CrossCheck check;
    std::string each_class_of;
};

std::vector<DeclaredCheck> parse_cross_checks(const std::string& path) {
    std::vector<DeclaredCheck> out;
    toml::parse_result parsed = toml::parse_file(path);
    if (!parsed) return out;
    const toml::array* list = parsed.table()["cross_checks"].as_array();
    if (!list) return out;
    for (const toml::node& n : *list) {
        const toml::table* t = n.as_table();
        if (!t) continue;
        auto cell = [&](const char* side, size_t i) {
            const toml::array* a = (*t)[side].as_array();
            return a && a->size() == 3 ? a->get(i)->value_or(std::string()) : std::string();
        };
        CrossCheck c{(*t)["name"].value_or(std::string()), cell("left", 0), cell("left", 1), cell("left", 2),
                     cell("right", 0), cell("right", 1), cell("right", 2)};
        if (c.left_table.empty() || c.right_table.empty()) continue;
        out.push_back({std::move(c), (*t)["each_class_of"].value_or(std::string())});
    }
    return out;
}

// templates/<name>/workbook.toml, parsed once per process: every workbook
// of a batch reads the same file (a template is not edited mid-run).
const std::vector<DeclaredCheck>& declared_checks(const std::string& path) {
    static std::mutex mutex;
    static std::map<std::string, std::vector<DeclaredCheck>> parsed;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = parsed.find(path);
    if (it == parsed.end()) it = parsed.emplace(path, parse_cross_checks(path)).first;
    return it->second;  // std::map nodes stay put as others are added
}

// The checks of templates/<name>/workbook.toml, `each_class_of` expanded over
// the document's 类 rows. A template without the file has no cross checks.
std::vector<CrossCheck> load_cross_checks(const Template& tpl, const Document& doc) {
    std::vector<CrossCheck> out;
    for (const DeclaredCheck& d : declared_checks(tpl.dir + "/workbook.toml")) {
        if (d.each_class_of.empty()) {
            out.push_back(d.check);
            continue;
        }
        if (const Table* table = doc.table(d.each_class_of))
            for (const Row& r : table->rows) {
                if (r.kind != RowKind::item || r.code.size() != 3) continue;
                CrossCheck e = d.check;
                for (std::string* s : {&e.name, &e.left_row, &e.right_row}) replace_all(*s, "{code}", r.code);
                out.push_back(std::move(e));
            }
    }
    return out;
}

struct Ref {
    const PlacedTable* table;
    size_t row;
    std::string column;
    Position pos;
};

std::optional<Ref> resolve(const Book& book, std::string_view table, std::string_view row, std::string_view column) {
    const PlacedTable* p = book.placed(table);
    if (!p || !p->table) return std::nullopt;
    for (size_t i = 0; i < p->table->rows.size(); ++i) {
        if (p->table->rows[i].key != row) continue;
        auto pos = p->at(i, column);
        if (!pos) return std::nullopt;
        return Ref{p, i, std::string(column), *pos};
    }
    return std::nullopt;
}

std::string describe(std::string_view table, std::string_view row, std::string_view column) {
    return std::string(table) + " " + std::string(row) + " " + std::string(column);
}

}  // namespace

void write_check_sheet(Book& book) {
    Formats& fmt = *book.fmt;
    const std::string name = sheet_name("校验", book.used_names);
    lxw_worksheet* ws = workbook_add_worksheet(book.wb, name.c_str());
    // Shared by both sections: 序号/严重程度, 核对项 (B:C)/规则+表, 单元格/行, values/列+原表数+应为, 单元格/说明, 结果/源文行, 位置.
    const double widths[] = {8, 20, 12, 30, 12, 12, 12, 44, 8, 8};
    for (lxw_col_t c = 0; c < 10; ++c) worksheet_set_column(ws, c, c, widths[c], nullptr);
    worksheet_merge_range(ws, 0, 0, 0, 9, ("校验：" + book.doc->department).c_str(), fmt.title);
    worksheet_set_row(ws, 0, 30, nullptr);
    const FindingCounts n = count(*book.findings);
    const std::string summary = "错误 " + std::to_string(n.errors) + " 项，警告 " + std::to_string(n.warnings) +
                                " 项，修复记录 " + std::to_string(n.infos) + " 项。交叉核对为实时公式：差额为 0 即一致。";
    worksheet_merge_range(ws, 1, 0, 1, 9, summary.c_str(), fmt.subtitle_left);

    const std::vector<CrossCheck> checks = load_cross_checks(*book.tpl, *book.doc);

    int row = 3;
    worksheet_merge_range(ws, static_cast<lxw_row_t>(row), 0, static_cast<lxw_row_t>(row), 9, "一、交叉核对（实时公式）", fmt.section);
    ++row;
    const char* cross_header[] = {"序号", "核对项", "", "左：单元格", "左值", "右值", "差额", "右：单元格", "结果", ""};
    for (lxw_col_t c = 0; c < 10; ++c) worksheet_write_string(ws, static_cast<lxw_row_t>(row), c, cross_header[c], fmt.list_header);
    worksheet_merge_range(ws, static_cast<lxw_row_t>(row), 1, static_cast<lxw_row_t>(row), 2, "核对项", fmt.list_header);
    ++row;
    int number = 0;
    for (const CrossCheck& cc : checks) {
        auto left = resolve(book, cc.left_table, cc.left_row, cc.left_column);
        auto right = resolve(book, cc.right_table, cc.right_row, cc.right_column);
        if (!left || !right) continue;
        const auto r = static_cast<lxw_row_t>(row);
        const Decimal lv = left->table->formulas.value({left->row, left->column});
        const Decimal rv = right->table->formulas.value({right->row, right->column});
        const int scale = std::max(display_scale(left->table->table), display_scale(right->table->table));
        worksheet_write_number(ws, r, 0, ++number, fmt.list_number);
        worksheet_merge_range(ws, r, 1, r, 2, cc.name.c_str(), fmt.list_text);
        const int lines = std::max(wrapped_lines(cc.name, widths[1] + widths[2]),
                                   wrapped_lines(describe(cc.right_table, cc.right_row, cc.right_column), widths[7]));
        if (lines > 1) worksheet_set_row(ws, r, 14.0 * lines + 2, nullptr);
        const std::string lref = sheet_cell_ref(left->table->sheet, left->pos.row, left->pos.col);
        const std::string rref = sheet_cell_ref(right->table->sheet, right->pos.row, right->pos.col);
        worksheet_write_url_opt(ws, r, 3, ("internal:" + lref).c_str(), fmt.link, describe(cc.left_table, cc.left_row, cc.left_column).c_str(), nullptr);
        worksheet_write_formula_num(ws, r, 4, ("=" + lref).c_str(), fmt.amount(scale, false, false), lv.to_double());
        worksheet_write_formula_num(ws, r, 5, ("=" + rref).c_str(), fmt.amount(scale, false, false), rv.to_double());
        const Decimal diff = lv - rv;
        const std::string e = cell_ref(row, 4), f = cell_ref(row, 5), g = cell_ref(row, 6);
        worksheet_write_formula_num(ws, r, 6, ("=ROUND(" + e + "-" + f + ",6)").c_str(), fmt.amount(scale, true, false), diff.to_double());
        worksheet_write_url_opt(ws, r, 7, ("internal:" + rref).c_str(), fmt.link, describe(cc.right_table, cc.right_row, cc.right_column).c_str(), nullptr);
        worksheet_write_formula_str(ws, r, 8, ("=IF(" + g + "=0,\"一致\",\"不一致\")").c_str(), fmt.list_text, diff.is_zero() ? "一致" : "不一致");
        lxw_conditional_format cf{};
        cf.type = LXW_CONDITIONAL_TYPE_CELL;
        cf.criteria = LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO;
        cf.value = 0;
        cf.format = fmt.flagged;
        worksheet_conditional_format_cell(ws, r, 6, &cf);
        worksheet_write_blank(ws, r, 9, fmt.list_text);
        ++row;
    }
    if (number == 0) {
        worksheet_merge_range(ws, static_cast<lxw_row_t>(row), 0, static_cast<lxw_row_t>(row), 9, "（缺少可核对的表）", fmt.statement);
        ++row;
    }

    // Every finding, errors first, with a link to its cell.
    ++row;
    worksheet_merge_range(ws, static_cast<lxw_row_t>(row), 0, static_cast<lxw_row_t>(row), 9, "二、发现（错误、警告与修复记录）", fmt.section);
    ++row;
    const char* header[] = {"严重程度", "规则", "表", "行", "列", "原表数", "应为", "说明", "源文行", "位置"};
    for (lxw_col_t c = 0; c < 10; ++c) worksheet_write_string(ws, static_cast<lxw_row_t>(row), c, header[c], fmt.list_header);
    const int list_header_row = row;
    ++row;
    Findings sorted = *book.findings;
    sort_findings(sorted);
    for (const Finding& f : sorted) {
        const auto r = static_cast<lxw_row_t>(row);
        const std::string sev(to_string(f.severity));
        const std::string cells[] = {sev, f.rule, f.table, f.row, f.column, f.stated, f.expected, f.message};
        int lines = 1;
        for (lxw_col_t c = 0; c < 8; ++c) {
            worksheet_write_string(ws, r, c, cells[c].c_str(), fmt.list_text);
            lines = std::max(lines, wrapped_lines(cells[c], widths[c]));
        }
        if (f.line > 0) worksheet_write_number(ws, r, 8, f.line, fmt.list_number);
        else worksheet_write_blank(ws, r, 8, fmt.list_text);
        std::optional<std::string> target;
        if (const PlacedTable* p = book.placed(f.table); p && p->table) {
            std::optional<Position> pos = f.column.empty() ? p->row_anchor(f.row) : p->at(f.row, f.column);
            if (!pos && !f.row.empty()) pos = p->row_anchor(f.row);
            target = sheet_cell_ref(p->sheet, pos ? pos->row : 0, pos ? pos->col : 0);
        } else if (auto form = book.form_at.find(f.table); form != book.form_at.end()) {
            target = sheet_cell_ref(form->second.first, form->second.second, 0);
        }
        if (target) worksheet_write_url_opt(ws, r, 9, ("internal:" + *target).c_str(), fmt.link, "转到", nullptr);
        else worksheet_write_blank(ws, r, 9, fmt.list_text);
        if (lines > 1) worksheet_set_row(ws, r, 14.0 * lines + 2, nullptr);
        ++row;
    }
    if (sorted.empty()) {
        worksheet_merge_range(ws, static_cast<lxw_row_t>(row), 0, static_cast<lxw_row_t>(row), 9, "（无）", fmt.statement);
        ++row;
    }
    worksheet_autofilter(ws, static_cast<lxw_row_t>(list_header_row), 0, static_cast<lxw_row_t>(std::max(list_header_row, row - 1)), 9);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_margins(ws, 0.4, 0.4, 0.5, 0.6);
    worksheet_set_footer(ws, "&C第 &P 页，共 &N 页");
    worksheet_print_area(ws, 0, 0, static_cast<lxw_row_t>(row), 9);
}

void write_index_sheet(Book& book) {
    Formats& fmt = *book.fmt;
    const std::string name = sheet_name("单元格索引", book.used_names);
    lxw_worksheet* ws = workbook_add_worksheet(book.wb, name.c_str());
    const char* header[] = {"表", "行", "列", "工作表", "单元格", "原表数", "公式", "公式结果", "源文行"};
    for (lxw_col_t c = 0; c < 9; ++c) worksheet_write_string(ws, 0, c, header[c], fmt.list_header);
    worksheet_set_column(ws, 0, 8, 14, nullptr);
    lxw_row_t r = 1;
    for (const PlacedTable& p : book.tables) {
        if (!p.table) continue;
        for (size_t i = 0; i < p.table->rows.size(); ++i) {
            const Row& row = p.table->rows[i];
            for (const std::string& col : amount_columns(*p.spec, row)) {
                const auto pos = p.at(i, col);
                const auto stated = row.amount(col);
                const Formula* f = p.formulas.formula({i, col});
                if (!pos || (!stated && !f)) continue;
                const Cell* cell = row.cell(col);
                worksheet_write_string(ws, r, 0, p.spec->id.c_str(), nullptr);
                worksheet_write_string(ws, r, 1, row.key.c_str(), nullptr);
                worksheet_write_string(ws, r, 2, col.c_str(), nullptr);
                worksheet_write_string(ws, r, 3, p.sheet.c_str(), nullptr);
                worksheet_write_string(ws, r, 4, cell_ref(pos->row, pos->col).c_str(), nullptr);
                if (stated) worksheet_write_string(ws, r, 5, stated->to_string().c_str(), nullptr);
                worksheet_write_string(ws, r, 6, f ? "是" : "", nullptr);
                worksheet_write_string(ws, r, 7, p.formulas.value({i, col}).to_string().c_str(), nullptr);
                worksheet_write_number(ws, r, 8, cell ? cell->line : row.line, nullptr);
                ++r;
            }
        }
    }
    worksheet_hide(ws);
}

}  // namespace yusuan::xlsx
