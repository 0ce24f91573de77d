#include "write/font_find.hpp"

#include <fontconfig/fontconfig.h>

#include <filesystem>
#include <memory>

namespace yusuan {

namespace {

// Characters every budget summary prints; a font without them is no CJK font.
constexpr FcChar32 probe_chars[] = {0x90E8 /*部*/, 0x9884 /*预*/, 0x7B97 /*算*/, 0x8BA1 /*计*/};

bool is_truetype(FcPattern* font) {
    FcChar8* format = nullptr;
    if (FcPatternGetString(font, FC_FONTFORMAT, 0, &format) != FcResultMatch) return false;
    return std::string(reinterpret_cast<const char*>(format)) == "TrueType";
}

bool covers_cjk(FcPattern* font) {
    FcCharSet* cs = nullptr;
    if (FcPatternGetCharSet(font, FC_CHARSET, 0, &cs) != FcResultMatch) return false;
    for (FcChar32 c : probe_chars)
        if (!FcCharSetHasChar(cs, c)) return false;
    return true;
}

struct Lookup {
    std::optional<FontFile> file;
    std::string error;
};

Lookup ask_fontconfig() {
    std::unique_ptr<FcConfig, decltype(&FcConfigDestroy)> config(FcInitLoadConfigAndFonts(), FcConfigDestroy);
    if (!config) return {std::nullopt, "fontconfig could not be initialised"};
    std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> pattern(FcPatternCreate(), FcPatternDestroy);
    FcPatternAddString(pattern.get(), FC_LANG, reinterpret_cast<const FcChar8*>("zh-cn"));
    FcPatternAddString(pattern.get(), FC_FONTFORMAT, reinterpret_cast<const FcChar8*>("TrueType"));
    FcPatternAddInteger(pattern.get(), FC_WEIGHT, FC_WEIGHT_REGULAR);
    FcConfigSubstitute(config.get(), pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());

    FcResult result = FcResultNoMatch;
    std::unique_ptr<FcFontSet, decltype(&FcFontSetDestroy)> fonts(
        FcFontSort(config.get(), pattern.get(), FcFalse, nullptr, &result), FcFontSetDestroy);
    if (fonts) {
        // Sorted best first; take the first TrueType font that really has CJK glyphs.
        for (int i = 0; i < fonts->nfont; ++i) {
            FcPattern* font = fonts->fonts[i];
            FcChar8* file = nullptr;
            int index = 0;
            if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch) continue;
            FcPatternGetInteger(font, FC_INDEX, 0, &index);
            if (is_truetype(font) && covers_cjk(font)) return {FontFile{reinterpret_cast<const char*>(file), index}, ""};
        }
    }
    return {std::nullopt, "no TrueType CJK font found by fontconfig (install fonts-wqy-microhei or pass --font PATH)"};
}

}  // namespace

std::optional<FontFile> find_cjk_font(const std::string& path, FontError& err) {
    if (!path.empty()) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) {
            err.message = "font file not found: " + path;
            return std::nullopt;
        }
        return FontFile{path, 0};
    }
    // Asked once per process: loading fontconfig's configuration and cache
    // costs more than laying out a whole summary, and every PDF of a batch
    // gets the same answer. (A static's initialisation is thread-safe.)
    static const Lookup found = ask_fontconfig();
    if (!found.file) err.message = found.error;
    return found.file;
}

}  // namespace yusuan
