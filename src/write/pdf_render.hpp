// Replays a laid-out Canvas into libharu: the subset font embedded (with its
// corrected ToUnicode CMap), pages and drawing operations, the outline from
// the bookmarks, and the document information dictionary.
#pragma once
#include <string>

#include "write/font_face.hpp"
#include "write/pdf_canvas.hpp"

namespace yusuan {

struct PdfInfo {
    std::string title, author, subject, creator, keywords;
    std::string created;  // YYYY-MM-DD, the date of conversion ("" = none)
};

// Writes `canvas` to `path`. Returns false and sets `error` on failure.
// Each page's drawing operations are released once libharu holds the page,
// so a large document is not kept twice in memory (the canvas is spent).
bool render_pdf(Canvas& canvas, const FontFace& face, const PdfInfo& info, const std::string& path,
                std::string& error);

}  // namespace yusuan
