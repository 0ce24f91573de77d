// Encodings and line ends: UTF-8 with and without BOM, UTF-16 with BOM,
// GB18030; CRLF and CR; invalid bytes named by file and byte offset.
#include <doctest/doctest.h>

#include "decode/decode.hpp"

using namespace yusuan;

namespace {
DecodedText ok(std::string_view bytes) {
    DecodeError err;
    auto d = decode(bytes, "t.txt", err);
    REQUIRE_MESSAGE(d.has_value(), err.message);
    return *d;
}
}

TEST_CASE("decode: UTF-8, BOM, CRLF and CR") {
    auto d = ok("\xEF\xBB\xBF表 1\r\n收入\t支出\rlast");
    CHECK(d.encoding == "UTF-8 (BOM)");
    REQUIRE(d.lines.size() == 3);
    CHECK(d.lines[0] == "表 1");
    CHECK(d.lines[1] == "收入\t支出");
    CHECK(d.lines[2] == "last");
    CHECK(ok("a\n\nb\n").lines.size() == 3);
}

TEST_CASE("decode: GB18030 with CRLF") {
    // "单位：万元" in GB18030, then CRLF, then "163.40".
    auto d = ok("\xB5\xA5\xCE\xBB\xA3\xBA\xCD\xF2\xD4\xAA\r\n163.40\r\n");
    CHECK(d.encoding == "GB18030");
    REQUIRE(d.lines.size() == 2);
    CHECK(d.lines[0] == "单位：万元");
    CHECK(d.lines[1] == "163.40");
}

TEST_CASE("decode: UTF-16 with BOM, both byte orders") {
    std::string le("\xFF\xFE", 2);
    for (char16_t c : std::u16string(u"表1\r\n合计")) {
        le += static_cast<char>(c & 0xFF);
        le += static_cast<char>(c >> 8);
    }
    auto d = ok(le);
    CHECK(d.encoding == "UTF-16LE");
    CHECK(d.lines == std::vector<std::string>{"表1", "合计"});
    std::string be("\xFE\xFF", 2);
    for (char16_t c : std::u16string(u"合计")) {
        be += static_cast<char>(c >> 8);
        be += static_cast<char>(c & 0xFF);
    }
    CHECK(ok(be).lines == std::vector<std::string>{"合计"});
}

TEST_CASE("decode: invalid bytes name the file and the byte offset") {
    DecodeError err;
    // Valid ASCII, then 0xFF (never valid in UTF-8, and not a GB18030 lead byte).
    CHECK_FALSE(decode(std::string_view("abc\xFF\xFF", 5), "bad.txt", err).has_value());
    CHECK(err.message.find("bad.txt") == 0);
    CHECK(err.message.find("byte 3") != std::string::npos);
    // An odd UTF-16 tail: its offset counts the BOM.
    CHECK_FALSE(decode(std::string_view("\xFF\xFE\x41\x00\x42", 5), "odd.txt", err).has_value());
    CHECK(err.message.find("odd.txt") == 0);
    CHECK(err.message.find("byte 4") != std::string::npos);
    // A binary file is refused, not read as text.
    CHECK_FALSE(decode(std::string_view("PNG\0\0", 5), "x.png", err).has_value());
    CHECK(err.message.find("NUL") != std::string::npos);
}
