// The PDF as a display list: pages of drawing operations in PDF points
// (origin bottom left), plus bookmarks. Layout writes here, measuring text
// with the full font face; rendering replays it into libharu once layout is
// done, which is when the characters to subset and the page count are known.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "write/font_face.hpp"

namespace yusuan {

struct Rgb {
    float r = 0, g = 0, b = 0;
};

enum class Align { left, center, right };

struct TextOp {
    float x = 0, y = 0;  // baseline start
    float size = 10;
    Rgb color;
    bool bold = false;  // drawn fill+stroke: the CJK face has no bold weight
    std::string text;   // UTF-8, only characters the face has (see Canvas::clean)
};

struct LineOp {
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    float width = 0.5f;
    Rgb color;
};

struct RectOp {
    float x = 0, y = 0, w = 0, h = 0;
    std::optional<Rgb> fill;
    std::optional<Rgb> stroke;
    float width = 0.5f;
};

using DrawOp = std::variant<TextOp, LineOp, RectOp>;

struct Page {
    float width = 0, height = 0;
    std::vector<DrawOp> ops;
};

struct Bookmark {
    std::string title;
    int level = 0;  // 0 = section, 1 = inside a section
    int page = 0;   // 0-based
    float top = 0;  // y of the top of the bookmarked content
};

class Canvas {
public:
    explicit Canvas(const FontFace& face) : face_(face) {}

    // Text as it will be drawn: characters the face lacks (and those outside
    // the BMP, which libharu's UTF-8 codes cannot carry) become '?', control
    // characters become spaces.
    std::u32string clean(std::string_view utf8) const;
    float width(std::string_view utf8, float size) const;
    float width(std::u32string_view text, float size) const { return face_.width(text, size); }

    // Greedy line breaking: CJK text breaks anywhere, other text at spaces
    // where it can. Never returns an empty list (one empty line for "").
    std::vector<std::string> wrap(std::string_view utf8, float size, float max_width) const;
    // One line, cut with "…" if too wide.
    std::string fit(std::string_view utf8, float size, float max_width) const;

    int add_page(float width, float height);
    Page& page(int index) { return pages_[static_cast<size_t>(index)]; }
    int page_count() const { return static_cast<int>(pages_.size()); }
    const std::vector<Page>& pages() const { return pages_; }

    void text(int page, float x, float y, std::string_view utf8, float size, Rgb color = {}, bool bold = false,
              Align align = Align::left);
    void line(int page, float x1, float y1, float x2, float y2, float width, Rgb color);
    void rect(int page, float x, float y, float w, float h, std::optional<Rgb> fill, std::optional<Rgb> stroke,
              float width = 0.5f);

    void bookmark(std::string title, int level, int page, float top);
    const std::vector<Bookmark>& bookmarks() const { return bookmarks_; }

    // Every character drawn: what the subset must hold.
    std::set<char32_t> used_chars() const;

private:
    const FontFace& face_;
    std::vector<Page> pages_;
    std::vector<Bookmark> bookmarks_;
};

}  // namespace yusuan
