// One font face opened with harfbuzz: glyph coverage and advance widths for
// laying text out, and hb-subset to cut the face down to the glyphs a PDF
// uses. The PDF's layout is measured here, on the full face; hb-subset keeps
// the advances (hmtx) of every glyph it keeps, so the embedded subset draws
// exactly the widths the layout assumed.
#pragma once
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "write/font_find.hpp"

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace yusuan {

class FontFace {
public:
    static std::optional<FontFace> open(const FontFile& file, FontError& err);

    bool has_glyph(char32_t c) const;
    // Advance of `c` at `size` points (0 for a character the face lacks).
    float advance(char32_t c, float size) const;
    float width(std::u32string_view text, float size) const;

    // A standalone TrueType font holding only the glyphs of `chars` (plus
    // .notdef), with metrics and hinting, and a cmap laid out for libharu's
    // look-ups (font_cmap.hpp). nullopt on failure.
    std::optional<std::string> subset(const std::set<char32_t>& chars, FontError& err) const;

private:
    struct Deleter {
        void operator()(hb_blob_t* p) const;
        void operator()(hb_face_t* p) const;
        void operator()(hb_font_t* p) const;
    };
    std::unique_ptr<hb_blob_t, Deleter> blob_;
    std::unique_ptr<hb_face_t, Deleter> face_;
    std::unique_ptr<hb_font_t, Deleter> font_;
    float upem_ = 1000;
    // What the face says about each BMP character, asked once (layout asks
    // for the same few hundred characters tens of thousands of times):
    // 0 not asked yet, -1 no glyph, else the advance in font units + 1.
    // Other planes are asked of harfbuzz each time.
    int glyph_info(char32_t c) const;
    mutable std::vector<int> bmp_;
};

}  // namespace yusuan
