// Key-figure charts drawn as vector graphics: horizontal bars (one per item,
// labelled with value and share) and a 100% split bar with a legend. Shares
// are computed exactly from the Decimals; only bar lengths use doubles.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/decimal.hpp"
#include "write/pdf_flow.hpp"

namespace yusuan {

struct ChartItem {
    std::string label;
    Decimal value;
    bool stated = true;  // false: the document leaves the cell blank (shown as "—")
};

// "69.7%": part / whole to one decimal, rounded half up; "—" if whole <= 0.
std::string share_text(Decimal part, Decimal whole);

// A title, then one bar per item, longest scale = largest value.
void draw_bar_chart(Flow& flow, std::string_view title, const std::vector<ChartItem>& items, std::string_view unit);

// One bar split into the items' shares, with a legend below.
void draw_split_bar(Flow& flow, std::string_view title, const std::vector<ChartItem>& items, std::string_view unit);

}  // namespace yusuan
