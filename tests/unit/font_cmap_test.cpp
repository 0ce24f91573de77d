// The subset font's format-4 cmap (write/font_cmap.hpp): every code point
// maps to its glyph as libharu looks it up, others to glyph 0, in a few
// segments.
#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <string>

#include "write/font_cmap.hpp"

using namespace yusuan;

namespace {

std::uint32_t u16(const std::string& t, std::size_t at) {
    return (static_cast<std::uint32_t>(static_cast<unsigned char>(t[at])) << 8) |
           static_cast<unsigned char>(t[at + 1]);
}

// The format-4 subtable of the 3/1 encoding record, read the way libharu's
// HPDF_TTFontDef_GetGlyphid reads it: a linear walk over the segments.
struct Format4 {
    std::string table;
    std::size_t sub = 0, segs = 0;

    explicit Format4(std::string t) : table(std::move(t)) {
        const std::uint32_t records = u16(table, 2);
        for (std::uint32_t r = 0; r < records; ++r) {
            const std::size_t rec = 4 + 8 * r;
            if (u16(table, rec) == 3 && u16(table, rec + 2) == 1) sub = (u16(table, rec + 4) << 16) | u16(table, rec + 6);
        }
        REQUIRE(sub != 0);
        REQUIRE(u16(table, sub) == 4);
        REQUIRE(u16(table, sub + 2) == table.size() - sub);  // length
        segs = u16(table, sub + 6) / 2;
    }
    std::uint32_t end(std::size_t i) const { return u16(table, sub + 14 + 2 * i); }
    std::uint32_t start(std::size_t i) const { return u16(table, sub + 16 + 2 * segs + 2 * i); }
    std::uint32_t delta(std::size_t i) const { return u16(table, sub + 16 + 4 * segs + 2 * i); }
    std::uint32_t range_offset(std::size_t i) const { return u16(table, sub + 16 + 6 * segs + 2 * i); }

    std::uint32_t glyph(std::uint32_t code) const {
        std::size_t i = 0;
        while (i < segs && code > end(i)) ++i;
        REQUIRE(i < segs);  // the 0xFFFF segment ends every walk
        if (start(i) > code) return 0;
        if (range_offset(i) == 0) return (code + delta(i)) & 0xFFFF;
        const std::size_t at = sub + 16 + 6 * segs + 2 * i + range_offset(i) + 2 * (code - start(i));
        REQUIRE(at + 1 < table.size());
        return (u16(table, at) + delta(i)) & 0xFFFF;
    }
};

}  // namespace

TEST_CASE("format-4 cmap maps each code point to its glyph and nothing else") {
    // Scattered like a budget summary: ASCII, CJK punctuation, ideographs
    // spread over the block, full-width forms.
    std::map<char32_t, std::uint16_t> want;
    std::uint16_t gid = 1;
    for (char32_t c = U' '; c <= U'~'; c += 3) want[c] = gid++;
    for (char32_t c : {U'、', U'。', U'《', U'》', U'（', U'）', U'：', U'，'}) want[c] = gid++;
    for (char32_t c = 0x4E00; c < 0x9FA5; c += 37) want[c] = gid++;
    std::vector<std::pair<char32_t, std::uint16_t>> pairs(want.begin(), want.end());
    pairs.emplace_back(U'\U00020000', 999);  // beyond the BMP: left out
    pairs.emplace_back(U'\uFFFF', 998);      // the end segment's code: left out

    auto table = format4_cmap(pairs);
    REQUIRE(table);
    Format4 f(*table);
    for (const auto& [c, g] : want) CHECK(f.glyph(static_cast<std::uint32_t>(c)) == g);
    std::size_t unmapped = 0;
    for (std::uint32_t c = 0; c <= 0xFFFF; ++c)
        if (!want.count(static_cast<char32_t>(c)) && f.glyph(c) != 0) ++unmapped;
    CHECK(unmapped == 0);
    // hb-subset would write one segment per run (~600 here); these few keep
    // libharu's 65,536 look-ups cheap.
    CHECK(f.segs < 20);
    CHECK(f.end(f.segs - 1) == 0xFFFF);
}

TEST_CASE("format-4 cmap keeps consecutive code points and honours the array budget") {
    std::vector<std::pair<char32_t, std::uint16_t>> pairs;
    for (char32_t c = 0x4E00; c < 0x4E10; ++c) pairs.emplace_back(c, static_cast<std::uint16_t>(c - 0x4E00 + 5));
    pairs.emplace_back(0x9000, 40);
    CmapLayout eager;
    eager.cost_per_entry = 0;  // every gap is worth closing...
    auto merged = format4_cmap(pairs, eager);
    REQUIRE(merged);
    CHECK(Format4(*merged).segs == 2);
    eager.max_array = 16;  // ...but there is no room for this one
    auto table = format4_cmap(pairs, eager);
    REQUIRE(table);
    Format4 f(*table);
    CHECK(f.segs == 3);
    for (const Format4& t : {f, Format4(*merged)}) {
        CHECK(t.glyph(0x4E07) == 12);
        CHECK(t.glyph(0x9000) == 40);
        CHECK(t.glyph(0x8FFF) == 0);
    }
}

TEST_CASE("format-4 cmap refuses a mapping too big for the format") {
    std::vector<std::pair<char32_t, std::uint16_t>> pairs;
    for (char32_t c = 0x100; c < 0xFF00; c += 2) pairs.emplace_back(c, 7);
    CHECK_FALSE(format4_cmap(pairs));
    CHECK(format4_cmap({}));  // nothing to map: just the end segment
}
