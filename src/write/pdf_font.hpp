// Embedding the CJK subset font into a libharu document with a correct
// ToUnicode CMap.
//
// How libharu 2.3 writes a UTF-8 TrueType font: a Type0 font, /Encoding
// /Identity-H, whose 2-byte character codes are the Unicode code points
// (BMP) used directly as CIDs; a CIDToGIDMap stream maps each CID to the
// glyph the font's cmap gives. Its /ToUnicode stream, however, is a copy of
// an *encoding* CMap (`begincidrange <0000> <FFFF> 0`), which is not valid
// in a ToUnicode CMap: poppler warns and falls back to the font's own cmap,
// other readers extract garbage.
//
// The clean fix libharu allows without patching it or rewriting its output:
// its installed lower-level headers (hpdf_fontdef.h, hpdf_objects.h,
// hpdf_streams.h) expose the objects it builds. We
//  1. load the hb-subset font from memory (HPDF_TTFontDef_Load on a memory
//     stream, then HPDF_Doc_RegisterFontDef, as HPDF_LoadTTFontFromFile does
//     internally), so the subset never touches the disk; and
//  2. after HPDF_GetFont has created the Type0 font, replace the *content* of
//     the ToUnicode stream object it created with a real ToUnicode CMap
//     (bfchar/bfrange: code = code point -> that code point), for exactly the
//     characters the document uses. libharu still owns, compresses and writes
//     that object; no orphan object, no post-processing of the PDF bytes.
#pragma once
#include <hpdf.h>

#include <set>
#include <string>

#include "write/font_find.hpp"

namespace yusuan {

// A ToUnicode CMap for libharu's UTF-8 Identity-H codes: each BMP code point
// in `chars` maps to itself. Consecutive runs sharing a high byte become
// bfrange entries, the rest bfchar; at most 100 entries per block (the CMap
// specification's limit).
std::string to_unicode_cmap(const std::set<char32_t>& chars);

// Six capital letters naming a subset (PDF 32000 9.6.4), derived from the
// set of characters so that the same subset gets the same tag.
std::string subset_tag(const std::set<char32_t>& chars);

// Loads `ttf` (a TrueType subset holding `chars`) into `pdf`, embedded, and
// returns the font to draw UTF-8 text with; nullptr and `err` on failure.
// HPDF_UseUTFEncodings must have been called on `pdf`.
HPDF_Font embed_subset_font(HPDF_Doc pdf, const std::string& ttf, const std::set<char32_t>& chars, FontError& err);

}  // namespace yusuan
