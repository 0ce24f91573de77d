// The workbook's formats: the look of the official tables (thin borders,
// bold headers, #,##0.00 amounts, wrapped text), created once per workbook.
#include <string>

#include "write/xlsx_book.hpp"

namespace yusuan::xlsx {

namespace {

constexpr const char* font = "宋体";

lxw_format* base(lxw_workbook* wb, bool border = true) {
    lxw_format* f = workbook_add_format(wb);
    format_set_font_name(f, font);
    format_set_font_size(f, 10);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (border) format_set_border(f, LXW_BORDER_THIN);
    return f;
}

}  // namespace

Formats::Formats(lxw_workbook* wb) : wb_(wb) {
    title = base(wb, false);
    format_set_font_size(title, 16);
    format_set_bold(title);
    format_set_align(title, LXW_ALIGN_CENTER);

    subtitle_left = base(wb, false);
    subtitle_right = base(wb, false);
    format_set_align(subtitle_right, LXW_ALIGN_RIGHT);

    header = base(wb);
    format_set_bold(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_text_wrap(header);
    format_set_bg_color(header, 0xF2F2F2);

    text = base(wb);
    format_set_text_wrap(text);
    text_bold = base(wb);
    format_set_text_wrap(text_bold);
    format_set_bold(text_bold);

    code = base(wb);
    format_set_align(code, LXW_ALIGN_CENTER);
    format_set_num_format(code, "@");

    statement = base(wb);
    format_set_text_wrap(statement);
    format_set_align(statement, LXW_ALIGN_CENTER);
    format_set_italic(statement);

    note = base(wb);
    format_set_text_wrap(note);
    format_set_font_color(note, 0xC00000);
    format_set_font_size(note, 9);

    // Conditional format of a formula whose result differs from the document.
    flagged = workbook_add_format(wb);
    format_set_bg_color(flagged, 0xFFC7CE);
    format_set_font_color(flagged, 0x9C0006);
    format_set_bold(flagged);

    link = base(wb);
    format_set_font_color(link, 0x0563C1);
    format_set_underline(link, LXW_UNDERLINE_SINGLE);

    list_header = base(wb);
    format_set_bold(list_header);
    format_set_bg_color(list_header, 0xF2F2F2);
    format_set_text_wrap(list_header);
    format_set_align(list_header, LXW_ALIGN_CENTER);
    list_text = base(wb);
    format_set_text_wrap(list_text);
    list_number = base(wb);
    format_set_align(list_number, LXW_ALIGN_RIGHT);

    label = base(wb);
    format_set_bold(label);
    format_set_text_wrap(label);
    format_set_align(label, LXW_ALIGN_CENTER);
    format_set_bg_color(label, 0xF2F2F2);

    section = base(wb, false);
    format_set_bold(section);
    format_set_font_size(section, 12);
}

lxw_format* Formats::amount(int scale, bool bold, bool hide_zero) {
    auto key = std::make_tuple(scale, bold, hide_zero);
    if (auto it = amounts_.find(key); it != amounts_.end()) return it->second;
    lxw_format* f = base(wb_);
    format_set_align(f, LXW_ALIGN_RIGHT);
    std::string n = "#,##0";
    if (scale > 0) n += "." + std::string(static_cast<size_t>(scale), '0');
    // Positive;negative;zero;text — an empty zero section shows nothing.
    const std::string fmt = hide_zero ? n + ";-" + n + ";;@" : n;
    format_set_num_format(f, fmt.c_str());
    if (bold) format_set_bold(f);
    amounts_[key] = f;
    return f;
}

}  // namespace yusuan::xlsx
