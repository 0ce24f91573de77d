// Numbers split by a space inside a text cell, as narrow cells print them:
// ">=30 0 家" is ">=300 家", "<=0.3 0万元" is "<=0.30万元". Only the figure
// that opens the cell (after a comparison sign) is joined, and only when the
// second part is one or two digits, so "2026 年 12 月" or "预算 2.0 系统"
// are never touched.
#pragma once
#include <optional>
#include <string>

namespace yusuan {

// The text with its opening figure joined, or nothing if it is not split.
std::optional<std::string> join_split_figure(const std::string& text);

}  // namespace yusuan
