#include "write/pdf_flow.hpp"

#include <fmt/format.h>

#include "write/pdf_style.hpp"

namespace yusuan {

namespace st = pdf_style;

namespace {
float page_width(bool landscape) { return landscape ? st::a4_long : st::a4_short; }
float page_height(bool landscape) { return landscape ? st::a4_short : st::a4_long; }
}  // namespace

void Flow::cover_page() {
    landscape_ = false;
    page_ = canvas_.add_page(page_width(false), page_height(false));
    y_ = page_height(false) - st::margin;
}

void Flow::new_page(bool landscape) {
    landscape_ = landscape;
    page_ = canvas_.add_page(page_width(landscape), page_height(landscape));
    const float band_base = page_height(landscape) - st::margin + 4;
    canvas_.text(page_, left(), band_base, running_title_, st::small_size, st::muted);
    canvas_.text(page_, right(), band_base, section_, st::small_size, st::muted, false, Align::right);
    canvas_.line(page_, left(), band_base - 5, right(), band_base - 5, 0.5f, st::rule);
    y_ = top();
}

void Flow::ensure(float height, bool landscape) {
    if (page_ < 0 || landscape != landscape_ || room() < height) new_page(landscape);
}

float Flow::body_height(bool landscape) {
    return page_height(landscape) - 2 * st::margin - st::header_band - st::footer_band + 10;
}

float Flow::left() const { return st::margin; }
float Flow::right() const { return page_width(landscape_) - st::margin; }
float Flow::top() const { return page_height(landscape_) - st::margin - st::header_band; }
float Flow::bottom() const { return st::margin + st::footer_band - 10; }

void Flow::heading(std::string_view text, int level, float keep, std::string_view mark) {
    const float size = level == 0 ? st::h1_size : st::h2_size;
    const float before = level == 0 ? 6.0f : 10.0f;
    const float after = level == 0 ? 10.0f : 6.0f;
    const float height = before + size * 1.3f + after;
    ensure(height + keep);
    if (y_ < top()) move_down(before);
    canvas_.bookmark(std::string(mark.empty() ? text : mark), level, page_, y_ + 4);
    move_down(size);
    canvas_.text(page_, left(), y_, text, size, level == 0 ? st::navy : st::ink, true);
    if (level == 0) {
        move_down(5);
        canvas_.line(page_, left(), y_, right(), y_, 1.2f, st::navy);
    }
    move_down(after);
}

void Flow::bookmark(std::string_view title, int level) { canvas_.bookmark(std::string(title), level, page_, y_ + 4); }

void Flow::paragraph(std::string_view text, float size, Rgb color, float indent) {
    const float lh = size * 1.45f;
    for (const std::string& ln : canvas_.wrap(text, size, width() - indent)) {
        ensure(lh);
        move_down(lh);
        canvas_.text(page_, left() + indent, y_ + size * 0.3f, ln, size, color);
    }
    move_down(size * 0.4f);
}

void Flow::finish() {
    const int total = canvas_.page_count();
    for (int i = 1; i < total; ++i) {
        Page& p = canvas_.page(i);
        canvas_.text(i, p.width / 2, st::margin - 8, fmt::format("第 {} 页 / 共 {} 页", i + 1, total), st::small_size,
                     st::muted, false, Align::center);
    }
}

}  // namespace yusuan
