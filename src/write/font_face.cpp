#include "write/font_face.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <utility>
#include <vector>

#include "write/font_cmap.hpp"

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

int FontFace::glyph_info(char32_t c) const {
    int* slot = nullptr;
    if (c <= 0xFFFF) {
        if (bmp_.empty()) bmp_.assign(0x10000, 0);
        slot = &bmp_[c];
        if (*slot != 0) return *slot;
    }
    hb_codepoint_t g = 0;
    int info = -1;
    if (hb_font_get_nominal_glyph(font_.get(), c, &g)) info = static_cast<int>(hb_font_get_glyph_h_advance(font_.get(), g)) + 1;
    if (slot) *slot = info;
    return info;
}

bool FontFace::has_glyph(char32_t c) const { return glyph_info(c) > 0; }

float FontFace::advance(char32_t c, float size) const {
    const int info = glyph_info(c);
    return info > 0 ? static_cast<float>(info - 1) * size / upem_ : 0.0f;
}

float FontFace::width(std::u32string_view text, float size) const {
    float w = 0;
    for (char32_t c : text) w += advance(c, size);
    return w;
}

namespace {

// The subset face rebuilt with a cmap that libharu looks code points up in
// quickly (font_cmap.hpp says why); every other table is the subset's.
// nullptr (keep hb-subset's own cmap) if the mapping does not fit format 4.
hb_face_t* with_fast_cmap(hb_face_t* sub, const std::set<char32_t>& chars) {
    std::vector<std::pair<char32_t, std::uint16_t>> map;
    map.reserve(chars.size());
    hb_font_t* font = hb_font_create(sub);
    for (char32_t c : chars) {
        hb_codepoint_t g = 0;
        if (hb_font_get_nominal_glyph(font, c, &g) && g <= 0xFFFF) map.emplace_back(c, static_cast<std::uint16_t>(g));
    }
    hb_font_destroy(font);
    const std::optional<std::string> cmap = format4_cmap(std::move(map));
    if (!cmap) return nullptr;

    // hb-subset's result is a builder face, which cannot list its tables:
    // read them from its serialised form.
    hb_blob_t* bytes = hb_face_reference_blob(sub);
    hb_face_t* parsed = hb_face_create(bytes, 0);
    hb_blob_destroy(bytes);
    hb_face_t* builder = hb_face_builder_create();
    constexpr hb_tag_t cmap_tag = HB_TAG('c', 'm', 'a', 'p');
    hb_tag_t tags[64];
    unsigned start = 0, count = 64;
    while (hb_face_get_table_tags(parsed, start, &count, tags), count > 0) {
        for (unsigned i = 0; i < count; ++i) {
            if (tags[i] == cmap_tag) continue;
            hb_blob_t* table = hb_face_reference_table(parsed, tags[i]);
            hb_face_builder_add_table(builder, tags[i], table);
            hb_blob_destroy(table);
        }
        start += count;
        count = 64;
    }
    hb_face_destroy(parsed);
    hb_blob_t* table = hb_blob_create(cmap->data(), static_cast<unsigned>(cmap->size()), HB_MEMORY_MODE_DUPLICATE,
                                      nullptr, nullptr);
    hb_face_builder_add_table(builder, cmap_tag, table);
    hb_blob_destroy(table);
    return builder;
}

}  // namespace

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
    if (hb_face_t* fast = with_fast_cmap(sub, chars)) {
        hb_face_destroy(sub);
        sub = fast;
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
