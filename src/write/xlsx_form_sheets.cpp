// The performance target forms. The department form (p00) has its own sheet;
// the project forms are stacked on one sheet with an index of links at the
// top and a page break before each form. One sheet for all projects because a
// department may print fifty of them: fifty tabs cannot be navigated, while
// one sheet prints one form per page and its index finds any project.
// Each form ends with a live 合计 of its indicator weights.
#include <algorithm>
#include <map>

#include "write/xlsx_book.hpp"
#include "write/xlsx_text.hpp"

namespace yusuan::xlsx {

namespace {

struct FormSheet {
    lxw_worksheet* ws = nullptr;
    std::string name;
    std::vector<double> width;
    int ncols = 0;
};

std::string cell_text(const Cell& c) {
    return !c.text.empty() ? c.text : c.amount ? c.amount->to_string() : std::string();
}

void comment(lxw_worksheet* ws, int row, int col, const std::string& text) {
    if (text.empty()) return;
    lxw_comment_options o{};
    o.author = const_cast<char*>("yusuan");
    o.x_scale = 3;
    o.y_scale = 2;
    worksheet_write_comment_opt(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), text.c_str(), &o);
}

std::string findings_text(const Book& book, const std::string& table, const std::string& row, const std::string& column) {
    std::string s;
    for (const Finding* f : book.findings_at(table, row, column)) s += (s.empty() ? "" : "\n") + finding_comment(*f);
    return s;
}

FormSheet open_sheet(Book& book, const std::string& wanted, const FormSpec& spec, const std::vector<const Form*>& forms) {
    FormSheet fs;
    fs.name = sheet_name(wanted, book.used_names);
    fs.ws = workbook_add_worksheet(book.wb, fs.name.c_str());
    fs.ncols = std::max<int>(4, static_cast<int>(spec.indicator_columns.size()));
    fs.width.assign(static_cast<size_t>(fs.ncols), 10);
    for (size_t i = 0; i < spec.indicator_columns.size(); ++i) {
        double w = display_width(spec.indicator_columns[i].key) + 2;
        for (const Form* f : forms)
            for (const Indicator& ind : f->indicators)
                if (const Cell* c = ind.cell(spec.indicator_columns[i].key)) w = std::max(w, display_width(cell_text(*c)) + 2);
        fs.width[i] = std::clamp(w, 10.0, 30.0);
    }
    for (int i = 0; i < fs.ncols; ++i)
        worksheet_set_column(fs.ws, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), fs.width[static_cast<size_t>(i)], nullptr);
    worksheet_set_landscape(fs.ws);
    worksheet_set_paper(fs.ws, 9);
    worksheet_fit_to_pages(fs.ws, 1, 0);
    worksheet_center_horizontally(fs.ws);
    worksheet_set_margins(fs.ws, 0.4, 0.4, 0.5, 0.6);
    worksheet_set_footer(fs.ws, "&C第 &P 页，共 &N 页");
    return fs;
}

// Writes one form from `row`; returns the row after it.
int write_form(Book& book, FormSheet& fs, int row, const Form& form, const FormSpec& spec) {
    Formats& fmt = *book.fmt;
    book.form_at.emplace(form.id, std::make_pair(fs.name, row));
    lxw_worksheet* ws = fs.ws;
    const auto last = static_cast<lxw_col_t>(fs.ncols - 1);
    auto total_width = [&](int from) {
        double w = 0;
        for (int c = from; c < fs.ncols; ++c) w += fs.width[static_cast<size_t>(c)];
        return w;
    };
    std::string title = spec.title;
    if (const Cell* name = form.field("项目名称"); name && !name->text.empty()) title += "（" + name->text + "）";
    worksheet_set_row(ws, static_cast<lxw_row_t>(row), 28, nullptr);
    worksheet_merge_range(ws, static_cast<lxw_row_t>(row), 0, static_cast<lxw_row_t>(row), last, title.c_str(), fmt.title);
    ++row;
    const std::string sub = "编制部门：" + book.doc->department + "　（" + form.id + "，源文第 " + std::to_string(form.line) + " 行）";
    worksheet_merge_range(ws, static_cast<lxw_row_t>(row), 0, static_cast<lxw_row_t>(row), last, sub.c_str(), fmt.subtitle_left);
    ++row;

    // 基本信息: the template's fields in order, then any others the document has.
    std::vector<std::pair<std::string, bool>> fields;
    for (const FieldSpec& f : spec.fields) fields.emplace_back(f.key, f.number);
    for (const Cell& c : form.info)
        if (std::none_of(fields.begin(), fields.end(), [&](auto& f) { return f.first == c.column; })) fields.emplace_back(c.column, false);
    for (const auto& [key, number] : fields) {
        const Cell* c = form.field(key);
        const auto r = static_cast<lxw_row_t>(row);
        worksheet_merge_range(ws, r, 0, r, 1, key.c_str(), fmt.label);
        if (c && number && c->amount) {
            worksheet_merge_range(ws, r, 2, r, last, "", fmt.list_number);
            worksheet_write_number(ws, r, 2, c->amount->to_double(), fmt.amount(std::max(2, c->amount->scale()), false, false));
        } else {
            const std::string s = c ? cell_text(*c) : std::string();
            worksheet_merge_range(ws, r, 2, r, last, s.c_str(), fmt.text);
            const int lines = wrapped_lines(s, total_width(2));
            if (lines > 1) worksheet_set_row(ws, r, 14.0 * lines + 2, nullptr);
        }
        comment(ws, row, 2, findings_text(book, form.id, "基本信息", key));
        ++row;
    }

    // The indicator grid and a live total of its weights.
    for (int c = 0; c < fs.ncols; ++c) {
        const std::string h = c < static_cast<int>(spec.indicator_columns.size()) ? spec.indicator_columns[static_cast<size_t>(c)].key : "";
        worksheet_write_string(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(c), h.c_str(), fmt.header);
    }
    ++row;
    const int first_indicator = row;
    int weight_col = -1;
    Decimal weight_sum;
    for (const Indicator& ind : form.indicators) {
        int lines = 1;
        for (int c = 0; c < fs.ncols; ++c) {
            const auto r = static_cast<lxw_row_t>(row);
            const auto col = static_cast<lxw_col_t>(c);
            if (c >= static_cast<int>(spec.indicator_columns.size())) {
                worksheet_write_blank(ws, r, col, fmt.text);
                continue;
            }
            const FieldSpec& fsp = spec.indicator_columns[static_cast<size_t>(c)];
            const Cell* cell = ind.cell(fsp.key);
            if (fsp.number) {
                if (fsp.key == spec.weight_column) weight_col = c;
                if (cell && cell->amount) {
                    worksheet_write_number(ws, r, col, cell->amount->to_double(), fmt.list_number);
                    if (fsp.key == spec.weight_column) weight_sum += *cell->amount;
                } else if (cell) {
                    worksheet_write_string(ws, r, col, cell->text.c_str(), fmt.text);
                } else {
                    worksheet_write_blank(ws, r, col, fmt.list_number);
                }
            } else {
                const std::string s = cell ? cell_text(*cell) : std::string();
                worksheet_write_string(ws, r, col, s.c_str(), fmt.text);
                lines = std::max(lines, wrapped_lines(s, fs.width[static_cast<size_t>(c)]));
            }
        }
        if (lines > 1) worksheet_set_row(ws, static_cast<lxw_row_t>(row), 14.0 * lines + 2, nullptr);
        ++row;
    }
    if (weight_col < 0)
        for (size_t c = 0; c < spec.indicator_columns.size(); ++c)
            if (spec.indicator_columns[c].key == spec.weight_column) weight_col = static_cast<int>(c);
    if (weight_col >= 0) {
        const auto r = static_cast<lxw_row_t>(row);
        for (int c = 0; c < fs.ncols; ++c) worksheet_write_blank(ws, r, static_cast<lxw_col_t>(c), fmt.text_bold);
        worksheet_write_string(ws, r, 0, "合计", fmt.text_bold);
        std::vector<std::pair<int, int>> cells;
        for (int i = first_indicator; i < row; ++i) cells.emplace_back(i, weight_col);
        if (cells.empty()) {
            worksheet_write_number(ws, r, static_cast<lxw_col_t>(weight_col), 0, fmt.amount(weight_sum.scale(), true, false));
        } else {
            const std::string f = "=" + sum_formula(cells);
            // Weights print as integers or with the decimals the form uses (2.5).
            worksheet_write_formula_num(ws, r, static_cast<lxw_col_t>(weight_col), f.c_str(), fmt.amount(weight_sum.scale(), true, false), weight_sum.to_double());
        }
        comment(ws, row, weight_col, findings_text(book, form.id, "指标", spec.weight_column));
        ++row;
    }
    return row + 1;
}

}  // namespace

void write_form_sheets(Book& book) {
    const Document& doc = *book.doc;
    const Template& tpl = *book.tpl;
    std::vector<const Form*> department, projects;
    for (const Form& f : doc.forms) (f.id == tpl.department_form.id ? department : projects).push_back(&f);

    FormSheet dep = open_sheet(book, tpl.department_form.sheet.empty() ? "绩效 部门整体" : tpl.department_form.sheet, tpl.department_form, department);
    book.form_sheet_department = dep.name;
    int row = 0;
    for (const Form* f : department) row = write_form(book, dep, row, *f, tpl.department_form);
    if (department.empty())
        worksheet_write_string(dep.ws, 0, 0, "（原文中未读出部门整体绩效目标表）", book.fmt->statement);

    FormSheet proj = open_sheet(book, tpl.project_form.sheet.empty() ? "绩效 项目" : tpl.project_form.sheet, tpl.project_form, projects);
    book.form_sheet_projects = proj.name;
    lxw_worksheet* ws = proj.ws;
    const auto last = static_cast<lxw_col_t>(proj.ncols - 1);
    worksheet_merge_range(ws, 0, 0, 0, last, (tpl.project_form.title + "　目录").c_str(), book.fmt->title);
    worksheet_set_row(ws, 0, 28, nullptr);
    worksheet_write_string(ws, 1, 0, "表", book.fmt->list_header);
    worksheet_merge_range(ws, 1, 1, 1, last - 1, "项目名称", book.fmt->list_header);
    worksheet_write_string(ws, 1, last, tpl.project_form.budget_field.c_str(), book.fmt->list_header);
    if (projects.empty()) worksheet_merge_range(ws, 2, 0, 2, last, "（原文中未读出项目支出绩效目标表）", book.fmt->statement);
    // Index rows first (their targets are known only after layout, so lay out twice: count, then write).
    row = 2 + static_cast<int>(std::max<size_t>(projects.size(), 1)) + 1;
    std::vector<lxw_row_t> breaks;
    for (size_t i = 0; i < projects.size(); ++i) {
        const Form& f = *projects[i];
        const int start = row;
        breaks.push_back(static_cast<lxw_row_t>(start));
        row = write_form(book, proj, row, f, tpl.project_form);
        const auto r = static_cast<lxw_row_t>(2 + i);
        const std::string url = "internal:" + sheet_cell_ref(proj.name, start, 0);
        worksheet_write_url_opt(ws, r, 0, url.c_str(), book.fmt->link, f.id.c_str(), nullptr);
        const Cell* name = f.field("项目名称");
        worksheet_merge_range(ws, r, 1, r, last - 1, name ? name->text.c_str() : "", book.fmt->list_text);
        const Cell* budget = f.field(tpl.project_form.budget_field);
        if (budget && budget->amount) worksheet_write_number(ws, r, last, budget->amount->to_double(), book.fmt->amount(2, false, false));
        else worksheet_write_blank(ws, r, last, book.fmt->list_number);
    }
    if (!breaks.empty() && breaks.size() < 1023) {
        breaks.push_back(0);
        worksheet_set_h_pagebreaks(ws, breaks.data());
    }
}

}  // namespace yusuan::xlsx
