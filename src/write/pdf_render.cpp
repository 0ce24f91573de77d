#include "write/pdf_render.hpp"

#include <hpdf.h>
#include <hpdf_objects.h>

#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "write/pdf_font.hpp"

namespace yusuan {

namespace {

// libharu reports errors through a callback; keep the first one.
struct ErrorSink {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
};

void on_error(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
    auto* sink = static_cast<ErrorSink*>(user);
    if (sink->code == HPDF_OK) {
        sink->code = code;
        sink->detail = detail;
    }
}

struct DocDeleter {
    void operator()(HPDF_Doc d) const { HPDF_Free(d); }
};

bool same(const Rgb& a, const Rgb& b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

// Writes a page's drawing operations, leaving out every operator that would
// set the graphics state to the value it already has: a table cell would
// otherwise repeat its colours, line width, font and rendering mode for each
// rectangle and text run, which made up most of the content streams (bytes
// to write and deflate) and of libharu's time. What is drawn is unchanged.
// Text state (Tf, Tr) persists across BT/ET; nothing here saves or restores
// the graphics state, so the values tracked stay the page's own.
class Pen {
public:
    Pen(HPDF_Page page, HPDF_Font font) : page_(page), font_(font) {}

    void draw(const DrawOp& op) {
        if (const auto* t = std::get_if<TextOp>(&op)) {
            fill(t->color);
            if (t->bold) {
                // Fake bold: outline the glyphs in their own colour as well.
                stroke(t->color);
                width(t->size * 0.035f);
            }
            mode(t->bold ? HPDF_FILL_THEN_STROKE : HPDF_FILL);
            HPDF_Page_BeginText(page_);
            if (size_ != t->size) {
                HPDF_Page_SetFontAndSize(page_, font_, t->size);
                size_ = t->size;
            }
            HPDF_Page_TextOut(page_, t->x, t->y, t->text.c_str());
            HPDF_Page_EndText(page_);
        } else if (const auto* l = std::get_if<LineOp>(&op)) {
            stroke(l->color);
            width(l->width);
            HPDF_Page_MoveTo(page_, l->x1, l->y1);
            HPDF_Page_LineTo(page_, l->x2, l->y2);
            HPDF_Page_Stroke(page_);
        } else if (const auto* r = std::get_if<RectOp>(&op)) {
            if (r->fill) fill(*r->fill);
            if (r->stroke) {
                stroke(*r->stroke);
                width(r->width);
            }
            HPDF_Page_Rectangle(page_, r->x, r->y, r->w, r->h);
            if (r->fill && r->stroke)
                HPDF_Page_FillStroke(page_);
            else if (r->fill)
                HPDF_Page_Fill(page_);
            else if (r->stroke)
                HPDF_Page_Stroke(page_);
            else
                HPDF_Page_EndPath(page_);
        }
    }

private:
    void fill(const Rgb& c) {
        if (same(fill_, c)) return;
        HPDF_Page_SetRGBFill(page_, c.r, c.g, c.b);
        fill_ = c;
    }
    void stroke(const Rgb& c) {
        if (same(stroke_, c)) return;
        HPDF_Page_SetRGBStroke(page_, c.r, c.g, c.b);
        stroke_ = c;
    }
    void width(float w) {
        if (width_ == w) return;
        HPDF_Page_SetLineWidth(page_, w);
        width_ = w;
    }
    void mode(HPDF_TextRenderingMode m) {
        if (mode_ == m) return;
        HPDF_Page_SetTextRenderingMode(page_, m);
        mode_ = m;
    }

    HPDF_Page page_;
    HPDF_Font font_;
    // Nothing set yet: values no operation uses (colours are 0..1, widths
    // and sizes positive), so the first of each is always written.
    Rgb fill_{-1, -1, -1}, stroke_{-1, -1, -1};
    float width_ = -1, size_ = -1;
    HPDF_TextRenderingMode mode_ = HPDF_FILL;  // the PDF default
};

// Info strings are written as UTF-16 (with BOM) through libharu's UTF-8
// encoder; HPDF_SetInfoAttr would write the raw UTF-8 bytes instead.
void set_info(HPDF_Doc pdf, HPDF_Encoder utf8, const char* key, const std::string& value) {
    if (value.empty() || !pdf->info) return;
    HPDF_Dict_Add(pdf->info, key, HPDF_String_New(pdf->mmgr, value.c_str(), utf8));
}

}  // namespace

bool render_pdf(Canvas& canvas, const FontFace& face, const PdfInfo& info, const std::string& path,
                std::string& error) {
    ErrorSink sink;
    std::unique_ptr<_HPDF_Doc_Rec, DocDeleter> doc(HPDF_New(on_error, &sink));
    if (!doc) {
        error = "libharu: cannot create a document";
        return false;
    }
    HPDF_Doc pdf = doc.get();
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(pdf);
    HPDF_Encoder utf8 = HPDF_GetEncoder(pdf, "UTF-8");

    const std::set<char32_t> chars = canvas.used_chars();
    FontError ferr;
    auto ttf = face.subset(chars, ferr);
    if (!ttf) {
        error = ferr.message;
        return false;
    }
    HPDF_Font font = embed_subset_font(pdf, *ttf, chars, ferr);
    if (!font) {
        error = ferr.message;
        return false;
    }

    std::vector<HPDF_Page> pages;
    for (int i = 0; i < canvas.page_count(); ++i) {
        Page& p = canvas.page(i);
        HPDF_Page page = HPDF_AddPage(pdf);
        HPDF_Page_SetWidth(page, p.width);
        HPDF_Page_SetHeight(page, p.height);
        Pen pen(page, font);
        for (const DrawOp& op : p.ops) pen.draw(op);
        std::vector<DrawOp>().swap(p.ops);   // drawn: libharu holds the page now
        pages.push_back(page);
    }

    // Outline: level-0 bookmarks at the root, deeper ones under the last
    // bookmark one level up.
    std::vector<HPDF_Outline> parents;
    for (const Bookmark& b : canvas.bookmarks()) {
        if (b.page < 0 || b.page >= static_cast<int>(pages.size())) continue;
        const size_t level = std::min(static_cast<size_t>(std::max(b.level, 0)), parents.size());
        parents.resize(level);
        HPDF_Outline parent = parents.empty() ? nullptr : parents.back();
        HPDF_Outline item = HPDF_CreateOutline(pdf, parent, b.title.c_str(), utf8);
        HPDF_Destination dest = HPDF_Page_CreateDestination(pages[static_cast<size_t>(b.page)]);
        HPDF_Destination_SetFitH(dest, b.top);
        HPDF_Outline_SetDestination(item, dest);
        HPDF_Outline_SetOpened(item, HPDF_FALSE);
        parents.push_back(item);
    }
    if (!pages.empty()) HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);

    HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, "yusuan (libharu)");  // creates the info dictionary
    set_info(pdf, utf8, "Title", info.title);
    set_info(pdf, utf8, "Author", info.author);
    set_info(pdf, utf8, "Subject", info.subject);
    set_info(pdf, utf8, "Creator", info.creator);
    set_info(pdf, utf8, "Keywords", info.keywords);
    int y = 0, m = 0, d = 0;
    if (std::sscanf(info.created.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        HPDF_Date date{};
        date.year = y;
        date.month = m;
        date.day = d;
        date.ind = 'Z';
        HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, date);
    }

    if (sink.code == HPDF_OK) HPDF_SaveToFile(pdf, path.c_str());
    if (sink.code != HPDF_OK) {
        error = fmt::format("libharu error 0x{:04X} (detail {})", static_cast<unsigned>(sink.code),
                            static_cast<unsigned>(sink.detail));
        return false;
    }
    return true;
}

}  // namespace yusuan
