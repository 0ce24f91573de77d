// Finding the CJK TrueType font the PDF writer embeds: the user's --font, or
// fontconfig's best match for Chinese text with TrueType (glyf) outlines.
// libharu 2.3 embeds TrueType outlines only, so CFF-flavoured OpenType fonts
// (Noto CJK .otf/.otc) are skipped.
#pragma once
#include <optional>
#include <string>

namespace yusuan {

struct FontFile {
    std::string path;
    int index = 0;  // face index inside a .ttc collection
};

struct FontError {
    std::string message;
};

// `path` non-empty: that file (face 0). Otherwise ask fontconfig.
std::optional<FontFile> find_cjk_font(const std::string& path, FontError& err);

}  // namespace yusuan
