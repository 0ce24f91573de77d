// Space-aligned test lines, as pdftotext -layout lays them out.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "normalise/text.hpp"

namespace yusuan::test {

// A line with texts at code-point positions (one space when a text would
// overlap the one before).
inline std::string placed(std::vector<std::pair<std::size_t, std::u32string>> cells) {
    std::u32string l;
    for (auto& [x, t] : cells) {
        if (l.size() < x) l.append(x - l.size(), U' ');
        else if (!l.empty()) l += U' ';
        l += t;
    }
    return to_utf8(l);
}

}  // namespace yusuan::test
