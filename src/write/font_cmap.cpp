#include "write/font_cmap.hpp"

#include <algorithm>
#include <numeric>

namespace yusuan {

namespace {

struct Segment {
    std::uint32_t first, last;  // code points, inclusive
};

void put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>((v >> 8) & 0xFF);
    out += static_cast<char>(v & 0xFF);
}

void put32(std::string& out, std::uint32_t v) {
    put16(out, v >> 16);
    put16(out, v & 0xFFFF);
}

// Runs of consecutive code points, then the gaps worth closing (CmapLayout),
// smallest first while the array budget allows.
std::vector<Segment> merged_segments(const std::vector<std::pair<char32_t, std::uint16_t>>& map,
                                     const CmapLayout& layout) {
    std::vector<Segment> runs;
    for (const auto& [c, gid] : map) {
        const auto code = static_cast<std::uint32_t>(c);
        if (!runs.empty() && runs.back().last + 1 == code)
            runs.back().last = code;
        else
            runs.push_back({code, code});
    }
    if (runs.size() < 2) return runs;

    // gap i lies between runs[i] and runs[i + 1].
    auto gap = [&](std::size_t i) -> std::size_t { return runs[i + 1].first - runs[i].last - 1; };
    auto worth = [&](std::size_t i) { return gap(i) * layout.cost_per_entry < 0x10000 - runs[i].last; };
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i + 1 < runs.size(); ++i)
        if (worth(i)) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return gap(a) < gap(b); });
    std::size_t entries = map.size();
    std::vector<bool> closed(runs.size() - 1, false);
    for (std::size_t i : order) {
        if (entries + gap(i) > layout.max_array) break;
        closed[i] = true;
        entries += gap(i);
    }
    std::vector<Segment> out;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (i > 0 && closed[i - 1])
            out.back().last = runs[i].last;
        else
            out.push_back(runs[i]);
    }
    return out;
}

}  // namespace

std::optional<std::string> format4_cmap(std::vector<std::pair<char32_t, std::uint16_t>> map, const CmapLayout& layout) {
    std::erase_if(map, [](const auto& e) { return e.first >= 0xFFFF || e.second == 0; });
    std::sort(map.begin(), map.end());
    map.erase(std::unique(map.begin(), map.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
              map.end());

    std::vector<Segment> segs = merged_segments(map, layout);
    segs.push_back({0xFFFF, 0xFFFF});  // the required end segment
    const std::size_t n = segs.size();
    std::size_t array = 0;
    for (std::size_t i = 0; i + 1 < n; ++i) array += segs[i].last - segs[i].first + 1;
    const std::size_t length = 16 + 8 * n + 2 * array;
    // idRangeOffset of the first segment reaches furthest: 2n + 2*array bytes.
    if (length > 0xFFFF || 2 * n + 2 * array > 0xFFFF) return std::nullopt;

    unsigned log2 = 0;
    while ((2u << log2) <= n) ++log2;  // largest power of two <= n is 1 << log2
    const auto search_range = static_cast<std::uint32_t>(2u << log2);

    std::string sub;
    sub.reserve(length);
    put16(sub, 4);
    put16(sub, static_cast<std::uint32_t>(length));
    put16(sub, 0);  // language
    put16(sub, static_cast<std::uint32_t>(2 * n));
    put16(sub, search_range);
    put16(sub, log2);
    put16(sub, static_cast<std::uint32_t>(2 * n) - search_range);
    for (const Segment& s : segs) put16(sub, s.last);
    put16(sub, 0);  // reservedPad
    for (const Segment& s : segs) put16(sub, s.first);
    // idDelta: 0 for the array segments (a 0 entry stays "no glyph"); the end
    // segment maps 0xFFFF to glyph 0 by wrapping around.
    for (std::size_t i = 0; i < n; ++i) put16(sub, i + 1 < n ? 0 : 1);
    std::size_t before = 0;  // array entries of the segments before i
    for (std::size_t i = 0; i < n; ++i) {
        if (i + 1 < n) {
            put16(sub, static_cast<std::uint32_t>(2 * (n - i) + 2 * before));
            before += segs[i].last - segs[i].first + 1;
        } else {
            put16(sub, 0);
        }
    }
    auto it = map.begin();
    for (std::size_t i = 0; i + 1 < n; ++i) {
        for (std::uint32_t c = segs[i].first; c <= segs[i].last; ++c) {
            std::uint16_t gid = 0;
            if (it != map.end() && static_cast<std::uint32_t>(it->first) == c) gid = (it++)->second;
            put16(sub, gid);
        }
    }

    std::string table;
    put16(table, 0);  // version
    put16(table, 2);  // two encoding records, one subtable
    const std::uint32_t offset = 4 + 2 * 8;
    put16(table, 0);  // Unicode
    put16(table, 3);  // BMP
    put32(table, offset);
    put16(table, 3);  // Windows
    put16(table, 1);  // Unicode BMP
    put32(table, offset);
    table += sub;
    return table;
}

}  // namespace yusuan
