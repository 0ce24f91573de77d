#include "normalise/text.hpp"

#include <cstdlib>
#include <unordered_map>
#include <utf8proc.h>

namespace yusuan {

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::u32string to_u32(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
    while (left > 0) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n <= 0) { out += U'\uFFFD'; n = 1; }
        else out += static_cast<char32_t>(cp);
        p += n;
        left -= n;
    }
    return out;
}

std::string to_utf8(std::u32string_view s) {
    std::string out;
    out.reserve(s.size() * 3);
    for (char32_t c : s) append_utf8(out, c);
    return out;
}

std::string nfkc(std::string_view s) {
    // Printable ASCII is its own NFKC form: skip utf8proc for it.
    bool ascii = true;
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
    if (ascii) return std::string(s);
    utf8proc_uint8_t* out = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                      static_cast<utf8proc_ssize_t>(s.size()), &out,
                                      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                     UTF8PROC_COMPAT));
    if (n < 0 || !out) return std::string(s);
    std::string r(reinterpret_cast<char*>(out), static_cast<size_t>(n));
    std::free(out);
    return r;
}

bool is_cjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) ||   // radicals, punctuation, kana, ideographs
           (c >= 0xF900 && c <= 0xFAFF) ||   // compatibility ideographs
           (c >= 0xFE30 && c <= 0xFE4F) ||   // CJK compatibility forms
           (c >= 0xFF00 && c <= 0xFFEF) ||   // full-width forms
           (c >= 0x20000 && c <= 0x2FA1F) || // extension ideographs
           c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026;
}

static bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x3000 ||
           c == 0xA0 || c == 0x2002 || c == 0x2003 || c == 0x2009 || c == 0x200B || c == 0xFEFF;
}

std::string collapse_spaces(std::string_view s) {
    std::u32string in = to_u32(s), out;
    out.reserve(in.size());
    size_t i = 0;
    while (i < in.size()) {
        if (!is_space(in[i])) { out += in[i++]; continue; }
        size_t j = i;
        while (j < in.size() && is_space(in[j])) ++j;
        if (!out.empty() && j < in.size()) {
            char32_t before = out.back(), after = in[j];
            if (!(is_cjk(before) && is_cjk(after))) out += U' ';
        }
        i = j;
    }
    return to_utf8(out);
}

std::string remove_spaces(std::string_view s) {
    std::u32string in = to_u32(s), out;
    for (char32_t c : in)
        if (!is_space(c)) out += c;
    return to_utf8(out);
}

namespace {

bool ieq_prefix(std::string_view s, size_t at, std::string_view word) {
    if (s.size() - at < word.size()) return false;
    for (size_t k = 0; k < word.size(); ++k) {
        char a = s[at + k];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (a != word[k]) return false;
    }
    return true;
}

// Inline tags that carry no table structure.
bool is_inline_tag(std::string_view s, size_t at, size_t& end) {
    static const std::string_view names[] = {"b", "strong", "p", "i", "em", "span", "font", "u", "sup", "sub"};
    size_t k = at + 1;
    if (k < s.size() && s[k] == '/') ++k;
    for (std::string_view n : names) {
        if (ieq_prefix(s, k, n)) {
            size_t after = k + n.size();
            if (after < s.size() && (s[after] == '>' || s[after] == ' ' || s[after] == '/')) {
                size_t close = s.find('>', after);
                if (close == std::string_view::npos) return false;
                end = close + 1;
                return true;
            }
        }
    }
    return false;
}

}  // namespace

std::string clean_line(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    size_t i = 0;
    while (i < line.size()) {
        char c = line[i];
        size_t end;
        if (c == '<' && is_inline_tag(line, i, end)) { i = end; continue; }
        // Word's text export leaves bookmark markers ("[bookmark: _GoBack]"):
        // markup, not text, removed like <b>.
        if (c == '[' && line.substr(i, 10) == "[bookmark:") {
            const size_t close = line.find(']', i);
            if (close != std::string_view::npos) {
                i = close + 1;
                continue;
            }
        }
        if (c == '*' && i + 1 < line.size() && line[i + 1] == '*') { i += 2; continue; }
        if (c == '$') {
            // $…$ math markup: keep its content ("$= 1$" -> "= 1").
            size_t close = line.find('$', i + 1);
            if (close != std::string_view::npos && close - i < 64) {
                out.append(line.substr(i + 1, close - i - 1));
                i = close + 1;
                continue;
            }
        }
        unsigned char u = static_cast<unsigned char>(c);
        if (u == 0xE3 && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x80 &&
            static_cast<unsigned char>(line[i + 2]) == 0x80) {  // U+3000 ideographic space
            out += ' ';
            i += 3;
            continue;
        }
        if (u == 0xC2 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0xA0) {  // NBSP
            out += ' ';
            i += 2;
            continue;
        }
        if (u == 0xEF && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0xBC) {
            unsigned char b = static_cast<unsigned char>(line[i + 2]);
            if (b >= 0x90 && b <= 0x99) {  // full-width digits U+FF10..FF19
                out += static_cast<char>('0' + (b - 0x90));
                i += 3;
                continue;
            }
        }
        if (c == '&' && line.substr(i, 6) == "&nbsp;") { out += ' '; i += 6; continue; }
        out += c;
        ++i;
    }
    return out;
}

namespace {
std::string compute_match_key(std::string_view s) {
    std::string k = nfkc(clean_line(s));
    std::string out;
    out.reserve(k.size());
    for (char32_t c : to_u32(k)) {
        if (is_space(c) || c == '*' || c == '#') continue;
        append_utf8(out, c);
    }
    return out;
}
}  // namespace

std::string match_key(std::string_view s) {
    // The segmenter and readers compare every line with every template
    // title, variant and alias, each through match_key: without this memo
    // NFKC of the same few hundred template strings dominates reading time
    // (profiled: >80%). Per thread, so workers share nothing; bounded, so a
    // huge document of unique lines cannot grow it without limit.
    constexpr std::size_t max_entries = 4096, max_key_bytes = 256;
    struct Hash {
        using is_transparent = void;  // look up by string_view without a copy
        std::size_t operator()(std::string_view v) const { return std::hash<std::string_view>{}(v); }
    };
    thread_local std::unordered_map<std::string, std::string, Hash, std::equal_to<>> memo;
    if (s.size() > max_key_bytes) return compute_match_key(s);
    if (auto it = memo.find(s); it != memo.end()) return it->second;
    std::string out = compute_match_key(s);
    if (memo.size() >= max_entries) memo.clear();
    memo.emplace(std::string(s), out);
    return out;
}

bool is_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

std::optional<ParsedAmount> parse_amount(std::string_view cell) {
    // Fast path: ASCII only, the common case.
    std::string t;
    t.reserve(cell.size());
    bool spaced = false, grouped = false, seen_digit = false, pending_space = false;
    bool neg = false;
    std::string_view s = cell;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    if (s.empty()) return std::nullopt;
    if (s.size() > 64) return std::nullopt;
    // Accounting negatives "(3.13)" / "（3.13）".
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') { neg = true; s = s.substr(1, s.size() - 2); }
    else if (s.size() >= 6 && s.substr(0, 3) == "\xEF\xBC\x88" && s.substr(s.size() - 3) == "\xEF\xBC\x89") {
        neg = true;
        s = s.substr(3, s.size() - 6);
    }
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        if (s.front() == '-') neg = !neg;
        s.remove_prefix(1);
    }
    char last = 0;  // last non-space character seen
    for (char c : s) {
        if (c != ' ') last = c;
        if (c >= '0' && c <= '9') {
            if (pending_space) spaced = true;
            pending_space = false;
            t += c;
            seen_digit = true;
        } else if (c == '.') {
            if (!seen_digit) return std::nullopt;
            pending_space = false;
            t += c;
        } else if (c == ',') {
            if (!seen_digit) return std::nullopt;
            pending_space = false;
            grouped = true;
        } else if (c == ' ') {
            if (!seen_digit) return std::nullopt;
            // "1, 229. 70": a space after a separator is benign extraction
            // spacing; a space between two digits splits a number.
            if (last >= '0' && last <= '9') pending_space = true;
        } else {
            return std::nullopt;
        }
    }
    if (!seen_digit || t.back() == '.') return std::nullopt;
    // A ',' can be a group separator only: "1,229.70" (groups of three).
    auto d = Decimal::parse(t);
    if (!d) return std::nullopt;
    ParsedAmount out{neg ? -*d : *d, spaced, grouped};
    return out;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (true) {
        size_t tab = line.find('\t', start);
        if (tab == std::string_view::npos) {
            out.push_back(line.substr(start));
            break;
        }
        out.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
    return out;
}

}  // namespace yusuan
