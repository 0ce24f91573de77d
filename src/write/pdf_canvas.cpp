#include "write/pdf_canvas.hpp"

#include "normalise/text.hpp"

namespace yusuan {

namespace {

bool breaks_anywhere(char32_t c) { return is_cjk(c) || c >= 0x2E80; }

// Line-breaking rules of Chinese typesetting: no opening bracket at the end
// of a line, no closing punctuation at the start of one.
bool opens(char32_t c) { return std::u32string_view(U"（(《“‘【〔[「『").find(c) != std::u32string_view::npos; }
bool closes(char32_t c) {
    return std::u32string_view(U"）)》”’】〕]」』，,。.、；;：:！!？?%％").find(c) != std::u32string_view::npos;
}

}  // namespace

std::u32string Canvas::clean(std::string_view utf8) const {
    std::u32string out = to_u32(utf8);
    for (char32_t& c : out) {
        if (c < 0x20 || c == 0x7F)
            c = U' ';
        else if (c > 0xFFFF || !face_.has_glyph(c))
            c = U'?';
    }
    return out;
}

float Canvas::width(std::string_view utf8, float size) const { return face_.width(clean(utf8), size); }

std::vector<std::string> Canvas::wrap(std::string_view utf8, float size, float max_width) const {
    const std::u32string text = clean(utf8);
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        // Skip spaces at the start of a continuation line.
        while (start < text.size() && text[start] == U' ' && !lines.empty()) ++start;
        if (start >= text.size()) break;
        float w = 0;
        size_t end = start;
        size_t last_break = std::u32string::npos;  // a good place to end the line (exclusive)
        while (end < text.size()) {
            const float a = face_.advance(text[end], size);
            if (w + a > max_width && end > start) break;
            w += a;
            if (text[end] == U' ')
                last_break = end;
            else if (breaks_anywhere(text[end]))
                last_break = end + 1;
            ++end;
        }
        if (end < text.size() && last_break != std::u32string::npos && last_break > start &&
            !breaks_anywhere(text[end]) && text[end] != U' ')
            end = last_break;  // do not cut a Latin word or a number in two
        while (end < text.size() && end - start > 2 && (opens(text[end - 1]) || closes(text[end]))) --end;
        std::u32string piece = text.substr(start, end - start);
        while (!piece.empty() && piece.back() == U' ') piece.pop_back();
        lines.push_back(to_utf8(piece));
        start = end;
    }
    if (lines.empty()) lines.emplace_back();
    return lines;
}

std::string Canvas::fit(std::string_view utf8, float size, float max_width) const {
    std::u32string text = clean(utf8);
    if (face_.width(text, size) <= max_width) return to_utf8(text);
    const float ell = face_.advance(U'…', size);
    float w = 0;
    size_t n = 0;
    while (n < text.size() && w + face_.advance(text[n], size) + ell <= max_width) w += face_.advance(text[n++], size);
    return to_utf8(text.substr(0, n)) + (face_.has_glyph(U'…') ? "…" : "");
}

int Canvas::add_page(float width, float height) {
    pages_.push_back(Page{width, height, {}});
    return page_count() - 1;
}

void Canvas::text(int page_index, float x, float y, std::string_view utf8, float size, Rgb color, bool bold,
                  Align align) {
    std::u32string t = clean(utf8);
    if (t.empty()) return;
    const float w = face_.width(t, size);
    if (align == Align::right)
        x -= w;
    else if (align == Align::center)
        x -= w / 2;
    page(page_index).ops.emplace_back(TextOp{x, y, size, color, bold, to_utf8(t)});
}

void Canvas::line(int page_index, float x1, float y1, float x2, float y2, float w, Rgb color) {
    page(page_index).ops.emplace_back(LineOp{x1, y1, x2, y2, w, color});
}

void Canvas::rect(int page_index, float x, float y, float w, float h, std::optional<Rgb> fill,
                  std::optional<Rgb> stroke, float lw) {
    page(page_index).ops.emplace_back(RectOp{x, y, w, h, fill, stroke, lw});
}

void Canvas::bookmark(std::string title, int level, int page_index, float top) {
    // Outline titles need no glyphs, but libharu's UTF-8 codes stop at the BMP.
    std::u32string t = to_u32(title);
    for (char32_t& c : t)
        if (c < 0x20 || c == 0x7F)
            c = U' ';
        else if (c > 0xFFFF)
            c = U'?';
    bookmarks_.push_back(Bookmark{to_utf8(t), level, page_index, top});
}

std::set<char32_t> Canvas::used_chars() const {
    std::set<char32_t> chars;
    for (const Page& p : pages_)
        for (const DrawOp& op : p.ops)
            if (const auto* t = std::get_if<TextOp>(&op))
                for (char32_t c : to_u32(t->text)) chars.insert(c);
    // Bookmark titles are PDF strings, not drawn with the font; they need no glyphs.
    return chars;
}

}  // namespace yusuan
