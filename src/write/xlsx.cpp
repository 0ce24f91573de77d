// The workbook writer (issue 7): the official tables in Excel with live
// formulas, flagged discrepancies, the performance forms and a 校验 sheet.
// This file owns the workbook: properties, sheet order, and the lookups the
// sheet writers share; each kind of sheet has its own file.
#include <xlsxwriter.h>

#include <map>

#include "write/writers.hpp"
#include "write/xlsx_book.hpp"

#ifndef YUSUAN_VERSION
#define YUSUAN_VERSION "dev"
#endif

namespace yusuan {

namespace xlsx {

std::optional<Position> PlacedTable::at(size_t row, std::string_view column) const {
    if (!table || row >= table->rows.size() || row >= row_pos.size()) return std::nullopt;
    const std::string side = spec->layout == TableLayout::two_sided ? table->rows[row].side : std::string();
    auto it = col_of.find({side, std::string(column)});
    if (it == col_of.end()) return std::nullopt;
    return Position{row_pos[row], it->second};
}

std::optional<Position> PlacedTable::at(std::string_view row_key, std::string_view column) const {
    if (!table) return std::nullopt;
    for (size_t i = 0; i < table->rows.size(); ++i)
        if (table->rows[i].key == row_key) return at(i, column);
    return std::nullopt;
}

std::optional<Position> PlacedTable::row_anchor(std::string_view row_key) const {
    if (!table) return std::nullopt;
    for (size_t i = 0; i < table->rows.size(); ++i) {
        if (table->rows[i].key != row_key) continue;
        const auto cols = amount_columns(*spec, table->rows[i]);
        if (!cols.empty()) return at(i, cols.front());
        return Position{row_pos[i], 0};
    }
    return std::nullopt;
}

std::string finding_comment(const Finding& f) {
    std::string s = "[" + std::string(to_string(f.severity)) + " " + f.rule + "] " + f.message;
    if (!f.stated.empty() || !f.expected.empty()) s += "（原表 " + f.stated + "，应为 " + f.expected + "）";
    if (f.line > 0) s += "（源文第 " + std::to_string(f.line) + " 行）";
    return s;
}

const PlacedTable* Book::placed(std::string_view table_id) const {
    for (const PlacedTable& p : tables)
        if (p.spec->id == table_id) return &p;
    return nullptr;
}

void Book::index_findings() {
    by_cell_.clear();
    for (const Finding& f : *findings)
        if (f.severity != Severity::info) by_cell_.emplace(std::make_tuple(f.table, f.row, f.column), &f);
}

std::vector<const Finding*> Book::findings_at(std::string_view table, std::string_view row,
                                              std::string_view column) const {
    std::vector<const Finding*> out;
    auto [from, to] = by_cell_.equal_range(std::make_tuple(std::string(table), std::string(row), std::string(column)));
    for (auto it = from; it != to; ++it) out.push_back(it->second);
    return out;
}

}  // namespace xlsx

bool write_xlsx(const Document& doc, const Findings& findings, const Template& tpl, const std::string& path,
                WriteError& err) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    options.use_zip64 = LXW_FALSE;
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    if (!wb) {
        err.message = "cannot create " + path;
        return false;
    }
    xlsx::Formats formats(wb);
    xlsx::Book book;
    book.wb = wb;
    book.fmt = &formats;
    book.doc = &doc;
    book.findings = &findings;
    book.tpl = &tpl;
    book.index_findings();

    // Document properties: what it is, whose, and what made it.
    std::string title = doc.department + (doc.year.empty() ? "" : " " + doc.year + " 年") + "部门预算公开";
    std::string subject = "部门预算公开标准表（模板 " + tpl.name + "），公式与校验";
    std::string author = std::string("yusuan ") + YUSUAN_VERSION;
    std::string comments = "由 yusuan " + std::string(YUSUAN_VERSION) + " 自 " + doc.source + " 生成";
    std::string keywords = "部门预算, 预算公开, yusuan";
    std::string category = "部门预算";
    lxw_doc_properties props{};
    props.title = title.data();
    props.subject = subject.data();
    props.author = author.data();
    props.company = const_cast<char*>(doc.department.c_str());
    props.comments = comments.data();
    props.keywords = keywords.data();
    props.category = category.data();
    workbook_set_properties(wb, &props);

    for (const TableSpec& spec : tpl.tables) xlsx::write_table_sheet(book, spec);
    xlsx::write_form_sheets(book);
    xlsx::write_check_sheet(book);
    xlsx::write_index_sheet(book);

    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        err.message = std::string("writing the workbook failed: ") + lxw_strerror(e);
        return false;
    }
    return true;
}

}  // namespace yusuan
