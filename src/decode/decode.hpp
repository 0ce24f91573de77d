// Bytes → UTF-8 lines. Detects UTF-8 (with or without BOM), UTF-16 (BOM) and
// GB18030/GBK; CRLF, CR and LF line ends. Untrusted input: limits are checked
// and every failure is a value naming the file and the byte offset.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yusuan {

struct DecodeLimits {
    std::size_t max_bytes = 64u << 20;      // whole input
    std::size_t max_line_bytes = 1u << 20;  // one line
    std::size_t max_lines = 2'000'000;
};

struct DecodedText {
    std::string encoding;                   // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "GB18030"
    std::vector<std::string> lines;         // lines[0] is line 1; no line ends
};

struct DecodeError {
    std::string message;                    // "file: byte 1234: invalid …"
};

std::optional<DecodedText> decode(std::string_view bytes, const std::string& name, DecodeError& err,
                                  const DecodeLimits& limits = {});

// Reads a whole file (bounded by limits.max_bytes) and decodes it.
std::optional<DecodedText> decode_file(const std::string& path, DecodeError& err,
                                       const DecodeLimits& limits = {});

// Byte offset of the first invalid UTF-8 sequence, or npos if valid.
std::size_t first_invalid_utf8(std::string_view s);

}  // namespace yusuan
