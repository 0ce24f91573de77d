// A TrueType 'cmap' table (format 4) for the embedded subset font, laid out
// for libharu rather than for size.
//
// Why: when libharu 2.3 creates a UTF-8 (Identity-H) CID font it looks up
// every one of the 65,536 BMP code points in the font's cmap
// (HPDF_TTFontDef_GetGlyphid, for the CIDToGIDMap and the W array), and each
// look-up walks the format-4 segments one by one. hb-subset writes one
// segment per run of consecutive code points, so a summary's ~1,000
// scattered Chinese characters make ~600 segments and ~110 million
// instructions per PDF, a third of the whole conversion. Here neighbouring
// runs are merged into a few segments that index a glyphIdArray (0 for the
// code points between them), so each look-up walks a handful of segments.
// Code points and glyphs are unchanged: the PDF's codes, CIDToGIDMap, widths
// and ToUnicode are exactly what the compact table gives.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace yusuan {

// Closing the gap between two runs saves every later code point's look-up
// one segment, and costs the gap's zero entries (bytes to embed and to
// deflate). A gap is closed when gap * cost_per_entry < code points after it.
struct CmapLayout {
    std::size_t cost_per_entry = 64;
    std::size_t max_array = 30000;  // glyphIdArray entries allowed (a format-4 table is < 64 KiB)
};

// The cmap table (version 0; subtables 0/3 and 3/1 sharing one format-4
// subtable) mapping each (code point, glyph id) pair; pairs beyond the BMP
// or at 0xFFFF are left out (libharu's UTF-8 codes are BMP only). nullopt if
// the mapping cannot fit a format-4 subtable.
std::optional<std::string> format4_cmap(std::vector<std::pair<char32_t, std::uint16_t>> map,
                                        const CmapLayout& layout = {});

}  // namespace yusuan
