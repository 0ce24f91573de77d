// Text flow over pages: a cursor moving down the body of the current page,
// new pages (portrait or landscape A4) when content does not fit, the
// running header on every page after the cover, headings with bookmarks
// that are never left alone at the foot of a page, wrapped paragraphs, and
// the "第 n 页 / 共 m 页" footers once the page count is known.
#pragma once
#include <string>
#include <string_view>

#include "write/pdf_canvas.hpp"

namespace yusuan {

class Flow {
public:
    Flow(Canvas& canvas, std::string running_title) : canvas_(canvas), running_title_(std::move(running_title)) {}

    Canvas& canvas() { return canvas_; }
    int page() const { return page_; }
    bool landscape() const { return landscape_; }

    // A bare page (the cover): no running header, cursor at the top margin.
    void cover_page();
    // A body page in the given orientation, with the running header.
    void new_page(bool landscape);
    // Starts a new page unless `height` fits below the cursor (or the
    // orientation differs from what is wanted).
    void ensure(float height, bool landscape);
    void ensure(float height) { ensure(height, landscape_); }

    float left() const;
    float right() const;
    float width() const { return right() - left(); }
    float top() const;              // top of the body
    float bottom() const;           // bottom of the body
    float y() const { return y_; }  // cursor: everything above it is used
    void move_down(float h) { y_ -= h; }
    float room() const { return y_ - bottom(); }
    // Height of the body of an empty page in that orientation.
    static float body_height(bool landscape);

    // Section heading (level 0, bookmark level 0) or sub-heading (level 1).
    // `keep` is the height of content that must follow on the same page.
    void heading(std::string_view text, int level, float keep, std::string_view bookmark = {});
    void bookmark(std::string_view title, int level);
    void paragraph(std::string_view text, float size, Rgb color, float indent = 0);
    // The section named in the running header of the pages that follow.
    void set_section(std::string section) { section_ = std::move(section); }

    // Page numbers on every page but the cover.
    void finish();

private:
    Canvas& canvas_;
    std::string running_title_;
    std::string section_;
    int page_ = -1;
    bool landscape_ = false;
    float y_ = 0;
};

}  // namespace yusuan
