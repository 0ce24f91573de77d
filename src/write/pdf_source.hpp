// Facts about the conversion printed on the cover: the SHA-256 of the input
// file (nettle) and the date of conversion.
#pragma once
#include <optional>
#include <string>

namespace yusuan {

// Lower-case hex SHA-256 of the file's bytes; nullopt if it cannot be read.
std::optional<std::string> file_sha256(const std::string& path);

// Today's date (UTC) as YYYY-MM-DD.
std::string today_iso();

}  // namespace yusuan
