#include "write/font_face.hpp"

#include <hb-subset.h>
#include <hb.h>

namespace yusuan {

void FontFace::Deleter::operator()(hb_blob_t* p) const { hb_blob_destroy(p); }
void FontFace::Deleter::operator()(hb_face_t* p) const { hb_face_destroy(p); }
void FontFace::Deleter::operator()(hb_font_t* p) const { hb_font_destroy(p); }

std::optional<FontFace> FontFace::open(const FontFile& file, FontError& err) {
    FontFace f;
    f.blob_.reset(hb_blob_create_from_file_or_fail(file.path.c_str()));
    if (!f.blob_) {
        err.message = "cannot read font file " + file.path;
        return std::nullopt;
    }
    if (file.index < 0 || static_cast<unsigned>(file.index) >= hb_face_count(f.blob_.get())) {
        err.message = "font " + file.path + " has no face " + std::to_string(file.index);
        return std::nullopt;
    }
    f.face_.reset(hb_face_create(f.blob_.get(), static_cast<unsigned>(file.index)));
    const unsigned upem = hb_face_get_upem(f.face_.get());
    // A face without a glyf table has CFF outlines, which libharu cannot embed.
    hb_blob_t* glyf = hb_face_reference_table(f.face_.get(), HB_TAG('g', 'l', 'y', 'f'));
    const bool has_glyf = hb_blob_get_length(glyf) > 0;
    hb_blob_destroy(glyf);
    if (upem == 0 || hb_face_get_glyph_count(f.face_.get()) == 0 || !has_glyf) {
        err.message = "font " + file.path + " is not a TrueType (glyf) font";
        return std::nullopt;
    }
    f.font_.reset(hb_font_create(f.face_.get()));
    hb_font_set_scale(f.font_.get(), static_cast<int>(upem), static_cast<int>(upem));
    f.upem_ = static_cast<float>(upem);
    return f;
}

bool FontFace::has_glyph(char32_t c) const {
    hb_codepoint_t g = 0;
    return hb_font_get_nominal_glyph(font_.get(), c, &g) != 0;
}

float FontFace::advance(char32_t c, float size) const {
    auto it = advances_.find(c);
    if (it == advances_.end()) {
        hb_codepoint_t g = 0;
        int adv = 0;
        if (hb_font_get_nominal_glyph(font_.get(), c, &g))
            adv = static_cast<int>(hb_font_get_glyph_h_advance(font_.get(), g));
        it = advances_.emplace(c, adv).first;
    }
    return static_cast<float>(it->second) * size / upem_;
}

float FontFace::width(std::u32string_view text, float size) const {
    float w = 0;
    for (char32_t c : text) w += advance(c, size);
    return w;
}

std::optional<std::string> FontFace::subset(const std::set<char32_t>& chars, FontError& err) const {
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (!input) {
        err.message = "hb-subset: out of memory";
        return std::nullopt;
    }
    hb_set_t* unicodes = hb_subset_input_unicode_set(input);
    for (char32_t c : chars) hb_set_add(unicodes, c);
    hb_face_t* sub = hb_subset_or_fail(face_.get(), input);
    hb_subset_input_destroy(input);
    if (!sub) {
        err.message = "hb-subset failed to subset the font";
        return std::nullopt;
    }
    hb_blob_t* blob = hb_face_reference_blob(sub);
    unsigned len = 0;
    const char* data = hb_blob_get_data(blob, &len);
    std::optional<std::string> out;
    if (data && len > 0)
        out = std::string(data, len);
    else
        err.message = "hb-subset produced an empty font";
    hb_blob_destroy(blob);
    hb_face_destroy(sub);
    return out;
}

}  // namespace yusuan
