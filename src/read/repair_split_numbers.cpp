#include "read/repair_split_numbers.hpp"

#include "normalise/text.hpp"

namespace yusuan {

namespace {
bool digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

std::optional<std::string> join_split_figure(const std::string& text) {
    const std::string s = nfkc(text);
    size_t i = 0;
    while (i < s.size() && s[i] == ' ') ++i;
    // Comparison signs, possibly spaced ("< =").
    while (i < s.size() && (s[i] == '<' || s[i] == '>' || s[i] == '=' || s[i] == ' ')) ++i;
    for (const char* sign : {"≤", "≥", "≦", "≧"})
        if (s.compare(i, 3, sign) == 0) i += 3;
    while (i < s.size() && s[i] == ' ') ++i;
    size_t a = i;
    while (i < s.size() && (digit(s[i]) || s[i] == '.')) ++i;
    if (i == a || !digit(s[a])) return std::nullopt;
    if (i >= s.size() || s[i] != ' ') return std::nullopt;
    size_t b = i + 1;
    size_t e = b;
    while (e < s.size() && digit(s[e])) ++e;
    const size_t tail = e - b;
    if (tail == 0 || tail > 2) return std::nullopt;
    if (e < s.size() && (s[e] == '.' || s[e] == ',')) return std::nullopt;
    return s.substr(0, i) + s.substr(b);
}

}  // namespace yusuan
