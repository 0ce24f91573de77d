// TSV cell hygiene shared by the facts and findings writers.
#pragma once
#include <string>
#include <string_view>

namespace yusuan {
// Tabs and line breaks never appear inside a value.
std::string tsv_field(std::string_view s);
}  // namespace yusuan
