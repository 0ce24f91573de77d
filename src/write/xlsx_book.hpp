// Shared state of one workbook being written: the libxlsxwriter handle, the
// formats, and where each standard table landed (so the 校验 sheet and the
// cell index can point at its cells). Internal to the xlsx writer.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <string>
#include <utility>
#include <vector>

#include <xlsxwriter.h>

#include "model/document.hpp"
#include "model/finding.hpp"
#include "templates/template.hpp"
#include "write/xlsx_formulas.hpp"

namespace yusuan::xlsx {

class Formats {
public:
    explicit Formats(lxw_workbook* wb);
    lxw_format *title, *subtitle_left, *subtitle_right, *header, *text, *text_bold, *code, *statement, *note,
        *flagged, *link, *list_header, *list_text, *list_number, *label, *section;
    // Amounts at `scale` decimals; bold for total rows; hide_zero for cells the
    // document leaves blank (a formula there shows nothing until it is non-zero).
    lxw_format* amount(int scale, bool bold, bool hide_zero);

private:
    lxw_workbook* wb_;
    std::map<std::tuple<int, bool, bool>, lxw_format*> amounts_;
};

struct Position {
    int row = 0, col = 0;
};

// A standard table as placed on its sheet.
struct PlacedTable {
    const TableSpec* spec = nullptr;
    const Table* table = nullptr;         // null: the document lacks this table
    std::string sheet;
    int first_data_row = 0;
    std::vector<int> row_pos;             // sheet row of each Table::rows entry
    std::map<std::pair<std::string, std::string>, int> col_of;  // (side, column key) -> sheet column
    TableFormulas formulas;

    std::optional<Position> at(size_t row, std::string_view column) const;
    std::optional<Position> at(std::string_view row_key, std::string_view column) const;
    // The first amount cell of a row (for findings about a whole row).
    std::optional<Position> row_anchor(std::string_view row_key) const;
};

struct Book {
    lxw_workbook* wb = nullptr;
    Formats* fmt = nullptr;
    const Document* doc = nullptr;
    const Findings* findings = nullptr;
    const Template* tpl = nullptr;
    std::set<std::string> used_names;
    std::vector<PlacedTable> tables;
    std::string form_sheet_department, form_sheet_projects;
    std::map<std::string, std::pair<std::string, int>> form_at;  // form id -> (sheet, first row)

    const PlacedTable* placed(std::string_view table_id) const;
    // Error and warning findings at a cell (or at its whole row, column "").
    std::vector<const Finding*> findings_at(std::string_view table, std::string_view row,
                                            std::string_view column) const;
    // Indexes the error and warning findings by cell (call once, before the sheets).
    void index_findings();

private:
    std::multimap<std::tuple<std::string, std::string, std::string>, const Finding*> by_cell_;
};

// One line of a cell comment for a finding: rule, message, figures, source line.
std::string finding_comment(const Finding& f);

// Writers of the sheets, in the order they appear.
void write_table_sheet(Book& book, const TableSpec& spec);
void write_form_sheets(Book& book);
void write_check_sheet(Book& book);
void write_index_sheet(Book& book);

// Number of decimals to show for a table: the most the document prints in it.
int display_scale(const Table* t);

}  // namespace yusuan::xlsx
