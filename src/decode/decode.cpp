#include "decode/decode.hpp"

#include <cerrno>
#include <fstream>
#include <iconv.h>

namespace yusuan {

std::size_t first_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) { ++i; continue; }
        int len;
        unsigned int cp;
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
        else return i;
        if (i + static_cast<std::size_t>(len) > n) return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + static_cast<std::size_t>(k)] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + static_cast<std::size_t>(k)] & 0x3F);
        }
        // Overlong forms, surrogates and out-of-range code points are invalid.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += static_cast<std::size_t>(len);
    }
    return std::string_view::npos;
}

namespace {

// Converts with iconv; on failure sets `bad_offset` to the input byte offset.
bool convert(std::string_view in, const char* from, std::string& out, std::size_t& bad_offset) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) { bad_offset = 0; return false; }
    out.clear();
    out.resize(in.size() * 2 + 16);
    char* src = const_cast<char*>(in.data());
    std::size_t src_left = in.size();
    std::size_t produced = 0;
    bool ok = true;
    while (src_left > 0) {
        char* dst = out.data() + produced;
        std::size_t dst_left = out.size() - produced;
        std::size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
        produced = out.size() - dst_left;
        if (r == static_cast<std::size_t>(-1)) {
            if (errno == E2BIG) { out.resize(out.size() * 2); continue; }
            bad_offset = static_cast<std::size_t>(src - in.data());
            ok = false;
            break;
        }
    }
    iconv_close(cd);
    out.resize(produced);
    return ok;
}

std::string hex_byte(unsigned char c) {
    static const char* d = "0123456789ABCDEF";
    return std::string("0x") + d[c >> 4] + d[c & 15];
}

// 1-based line of a byte offset (counting LF, CR and CRLF line ends).
std::size_t line_of(std::string_view bytes, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i)
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) ++line;
    return line;
}

// Well-known binary formats, named so the error says what the file is.
const char* binary_kind(std::string_view b) {
    auto starts = [&](std::string_view m) { return b.substr(0, m.size()) == m; };
    if (starts("\x89PNG")) return "a PNG image";
    if (starts("PK\x03\x04") || starts("PK\x05\x06")) return "a ZIP archive (or DOCX/XLSX)";
    if (starts("%PDF")) return "a PDF (extract its text first)";
    if (starts("\xFF\xD8\xFF")) return "a JPEG image";
    if (starts("GIF8")) return "a GIF image";
    if (starts("\xD0\xCF\x11\xE0")) return "an OLE2 file (DOC/XLS)";
    if (starts("\x1F\x8B")) return "a gzip file";
    if (starts("\x7F" "ELF")) return "an executable";
    return nullptr;
}

}  // namespace

std::optional<DecodedText> decode(std::string_view bytes, const std::string& name, DecodeError& err,
                                  const DecodeLimits& limits) {
    DecodedText out;
    if (bytes.size() > limits.max_bytes) {
        err.message = name + ": input is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                      std::to_string(limits.max_bytes) + " (see --max-bytes)";
        return std::nullopt;
    }
    if (const char* kind = binary_kind(bytes)) {
        err.message = name + ": this is " + kind + ", not a text file";
        return std::nullopt;
    }
    std::string utf8;
    auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
    if (starts("\xEF\xBB\xBF")) {
        out.encoding = "UTF-8 (BOM)";
        utf8.assign(bytes.substr(3));
    } else if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
        const bool le = starts("\xFF\xFE");
        out.encoding = le ? "UTF-16LE" : "UTF-16BE";
        std::size_t bad = 0;
        if (!convert(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE", utf8, bad)) {
            err.message = name + ": byte " + std::to_string(bad + 2) + ": invalid " + out.encoding + " sequence";
            return std::nullopt;
        }
    } else {
        std::size_t bad = first_invalid_utf8(bytes);
        if (bad == std::string_view::npos) {
            out.encoding = "UTF-8";
            utf8.assign(bytes);
        } else {
            std::size_t gb_bad = 0;
            if (convert(bytes, "GB18030", utf8, gb_bad)) {
                out.encoding = "GB18030";
            } else {
                err.message = name + ":" + std::to_string(line_of(bytes, bad)) + ": byte " + std::to_string(bad) +
                              ": invalid UTF-8 (" + hex_byte(static_cast<unsigned char>(bytes[bad])) +
                              ") and not GB18030 either" +
                              (gb_bad == bad ? std::string()
                                             : " (at line " + std::to_string(line_of(bytes, gb_bad)) + ", byte " +
                                                   std::to_string(gb_bad) + ")");
                return std::nullopt;
            }
        }
    }
    // A text document has no NUL bytes: refuse binaries (PNG, ZIP, …) clearly.
    if (std::size_t nul = utf8.find('\0'); nul != std::string::npos) {
        err.message = name + ":" + std::to_string(line_of(utf8, nul)) + ": NUL byte (decoded byte " +
                      std::to_string(nul) + "), this is not a text file";
        return std::nullopt;
    }
    std::size_t start = 0;
    const std::size_t n = utf8.size();
    for (std::size_t i = 0; i <= n; ++i) {
        if (i == n || utf8[i] == '\n' || utf8[i] == '\r') {
            if (i - start > limits.max_line_bytes) {
                err.message = name + ":" + std::to_string(out.lines.size() + 1) + ": line is " +
                              std::to_string(i - start) + " bytes, over the limit of " +
                              std::to_string(limits.max_line_bytes);
                return std::nullopt;
            }
            if (i == n && start == n) break;
            out.lines.emplace_back(utf8, start, i - start);
            if (out.lines.size() > limits.max_lines) {
                err.message = name + ": more than " + std::to_string(limits.max_lines) + " lines";
                return std::nullopt;
            }
            if (i < n && utf8[i] == '\r' && i + 1 < n && utf8[i + 1] == '\n') ++i;
            start = i + 1;
        }
    }
    return out;
}

std::optional<DecodedText> decode_file(const std::string& path, DecodeError& err, const DecodeLimits& limits) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        err.message = path + ": cannot open file";
        return std::nullopt;
    }
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    if (size < 0) {
        err.message = path + ": cannot read file";
        return std::nullopt;
    }
    if (static_cast<std::size_t>(size) > limits.max_bytes) {
        err.message = path + ": input is " + std::to_string(size) + " bytes, over the limit of " +
                      std::to_string(limits.max_bytes) + " (see --max-bytes)";
        return std::nullopt;
    }
    in.seekg(0);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), size);
    if (!in) {
        err.message = path + ": cannot read file";
        return std::nullopt;
    }
    return decode(bytes, path, err, limits);
}

}  // namespace yusuan
