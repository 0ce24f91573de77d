#include "write/pdf_font.hpp"

#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <fmt/format.h>

#include <vector>

namespace yusuan {

namespace {

struct Run {
    char32_t first, last;
};

// Runs of consecutive code points that do not cross a high-byte boundary
// (a bfrange may only vary the last byte of its codes).
std::vector<Run> runs_of(const std::set<char32_t>& chars) {
    std::vector<Run> runs;
    for (char32_t c : chars) {
        if (c > 0xFFFF) continue;  // libharu's UTF-8 codes are BMP only
        if (!runs.empty() && runs.back().last + 1 == c && (c & 0xFF) != 0)
            runs.back().last = c;
        else
            runs.push_back({c, c});
    }
    return runs;
}

void write_blocks(std::string& out, const std::vector<Run>& runs, bool ranges) {
    constexpr size_t per_block = 100;
    for (size_t i = 0; i < runs.size(); i += per_block) {
        const size_t n = std::min(per_block, runs.size() - i);
        out += fmt::format("{} begin{}\n", n, ranges ? "bfrange" : "bfchar");
        for (size_t k = i; k < i + n; ++k) {
            const auto first = static_cast<unsigned>(runs[k].first);
            const auto last = static_cast<unsigned>(runs[k].last);
            if (ranges)
                out += fmt::format("<{:04X}> <{:04X}> <{:04X}>\n", first, last, first);
            else
                out += fmt::format("<{:04X}> <{:04X}>\n", first, first);
        }
        out += fmt::format("end{}\n", ranges ? "bfrange" : "bfchar");
    }
}

}  // namespace

std::string to_unicode_cmap(const std::set<char32_t>& chars) {
    std::vector<Run> singles, ranges;
    for (const Run& r : runs_of(chars)) (r.first == r.last ? singles : ranges).push_back(r);
    std::string out =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    write_blocks(out, singles, false);
    write_blocks(out, ranges, true);
    out +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return out;
}

std::string subset_tag(const std::set<char32_t>& chars) {
    // FNV-1a over the code points, spelled in base 26.
    std::uint64_t h = 1469598103934665603ULL;
    for (char32_t c : chars) {
        h ^= static_cast<std::uint64_t>(c);
        h *= 1099511628211ULL;
    }
    std::string tag(6, 'A');
    for (char& ch : tag) {
        ch = static_cast<char>('A' + static_cast<int>(h % 26));
        h /= 26;
    }
    return tag;
}

HPDF_Font embed_subset_font(HPDF_Doc pdf, const std::string& ttf, const std::set<char32_t>& chars, FontError& err) {
    HPDF_Stream data = HPDF_MemStream_New(pdf->mmgr, static_cast<HPDF_UINT>(ttf.size()));
    if (!data || HPDF_Stream_Write(data, reinterpret_cast<const HPDF_BYTE*>(ttf.data()),
                                   static_cast<HPDF_UINT>(ttf.size())) != HPDF_OK) {
        err.message = "libharu: cannot buffer the font";
        return nullptr;
    }
    // The font definition owns `data` from here on (and frees it on failure).
    HPDF_FontDef def = HPDF_TTFontDef_Load(pdf->mmgr, data, HPDF_TRUE);
    if (!def) {
        err.message = "libharu cannot read the subset font";
        return nullptr;
    }
    if (HPDF_Doc_RegisterFontDef(pdf, def) != HPDF_OK) {
        HPDF_FontDef_Free(def);
        err.message = "libharu cannot register the subset font";
        return nullptr;
    }
    std::string tag = subset_tag(chars);
    HPDF_TTFontDef_SetTagName(def, tag.data());

    HPDF_Font font = HPDF_GetFont(pdf, def->base_font, "UTF-8");
    if (!font) {
        err.message = "libharu cannot create the UTF-8 font";
        return nullptr;
    }
    auto to_unicode = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
    if (!to_unicode || !to_unicode->stream) {
        err.message = "libharu wrote no ToUnicode stream to correct";
        return nullptr;
    }
    // Keys of an encoding CMap that a ToUnicode stream does not carry.
    // (RemoveElement just reports a key that is not there; it sets no error.)
    for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) HPDF_Dict_RemoveElement(to_unicode, key);
    HPDF_MemStream_FreeData(to_unicode->stream);
    const std::string cmap = to_unicode_cmap(chars);
    if (HPDF_Stream_Write(to_unicode->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                          static_cast<HPDF_UINT>(cmap.size())) != HPDF_OK) {
        err.message = "libharu: cannot write the ToUnicode CMap";
        return nullptr;
    }
    return font;
}

}  // namespace yusuan
