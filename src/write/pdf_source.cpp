#include "write/pdf_source.hpp"

#include <nettle/sha2.h>

#include <chrono>
#include <fstream>

#include <fmt/format.h>

namespace yusuan {

std::optional<std::string> file_sha256(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    sha256_ctx ctx;
    sha256_init(&ctx);
    char buf[1 << 16];
    while (in) {
        in.read(buf, sizeof buf);
        const auto n = in.gcount();
        if (n > 0) sha256_update(&ctx, static_cast<size_t>(n), reinterpret_cast<const uint8_t*>(buf));
    }
    if (in.bad()) return std::nullopt;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&ctx, sizeof digest, digest);
    std::string hex;
    for (uint8_t b : digest) hex += fmt::format("{:02x}", b);
    return hex;
}

std::string today_iso() {
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{days};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                       static_cast<unsigned>(ymd.day()));
}

}  // namespace yusuan
