// Text normalisation shared by every stage that reads text: markup removal,
// whitespace rules, Unicode NFKC (utf8proc) for matching, and amounts.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/decimal.hpp"

namespace yusuan {

// Unicode NFKC (full-width digits, letters and punctuation become ASCII).
std::string nfkc(std::string_view s);

// The form used to compare printed text with template words: inline markup
// removed, NFKC, all whitespace and emphasis marks removed.
std::string match_key(std::string_view s);

// Removes inline markup from one line and makes odd spaces plain: <b>, <p>,
// <strong>, <span>, markdown **bold**, $…$ math, U+3000 and NBSP, full-width
// digits. Tabs (cell separators) are kept. Table markup (<table>, <td>, …)
// is kept for the HTML reader.
std::string clean_line(std::string_view line);

// Whitespace collapsed: none between two CJK characters (incl. CJK
// punctuation and full-width forms), one space elsewhere, none at the ends.
std::string collapse_spaces(std::string_view s);

// Removes all whitespace.
std::string remove_spaces(std::string_view s);

bool is_cjk(char32_t c);

// Decodes UTF-8 into code points (invalid bytes become U+FFFD).
std::u32string to_u32(std::string_view s);
std::string to_utf8(std::u32string_view s);
void append_utf8(std::string& out, char32_t c);

// An amount as printed in a cell: "1,229.70", "1, 229. 70", "-3.13", "0",
// "（3.13）". `spaced` says spaces had to be removed inside the digits.
struct ParsedAmount {
    Decimal value;
    bool spaced = false;
    bool grouped = false;   // had thousands separators
};
std::optional<ParsedAmount> parse_amount(std::string_view cell);

// True if the cell is only digits (a classification code like "201", "04").
bool is_digits(std::string_view s);

// Splits a line on tabs.
std::vector<std::string_view> split_tabs(std::string_view line);

}  // namespace yusuan
