#include "batch/output_path.hpp"

#include <algorithm>

namespace yusuan {

namespace fs = std::filesystem;

std::string safe_name(const std::string& name) {
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7F || c == '/' || c == '\\' || c == ':') ? '_' : c;
    }
    if (out.empty() || out == "." || out == "..") return "_";
    return out;
}

std::string safe_relative_dir(const std::string& relative) {
    std::string out;
    std::size_t start = 0;
    while (start <= relative.size()) {
        std::size_t end = relative.find_first_of("/\\", start);
        if (end == std::string::npos) end = relative.size();
        const std::string part = relative.substr(start, end - start);
        // Empty and "." components add nothing; ".." is kept as a harmless
        // literal name "_" so the tree shape stays recognisable.
        if (!part.empty() && part != ".") {
            if (!out.empty()) out += '/';
            out += safe_name(part);
        }
        start = end + 1;
    }
    return out;
}

namespace {
// True when `inner` is `outer` or lies below it (both already canonical).
bool is_within(const fs::path& outer, const fs::path& inner) {
    auto o = outer.begin(), i = inner.begin();
    for (; o != outer.end(); ++o, ++i)
        if (i == inner.end() || *o != *i) return false;
    return true;
}
}  // namespace

std::optional<fs::path> make_output_dir(const std::string& outdir, const std::string& relative, std::string& err) {
    std::error_code ec;
    fs::create_directories(outdir, ec);
    const fs::path root = fs::canonical(outdir, ec);
    if (ec) {
        err = outdir + ": cannot create output folder: " + ec.message();
        return std::nullopt;
    }
    const std::string rel = safe_relative_dir(relative);
    fs::path dir = rel.empty() ? root : root / rel;
    // A folder below OUTDIR may already exist as a symlink to elsewhere:
    // check where it really leads before creating anything inside it.
    fs::path probe = root;
    for (const fs::path& part : fs::path(rel)) {
        probe /= part;
        if (fs::is_symlink(probe, ec)) {
            err = probe.string() + ": is a symbolic link; refusing to write through it";
            return std::nullopt;
        }
    }
    fs::create_directories(dir, ec);
    if (ec) {
        err = dir.string() + ": cannot create output folder: " + ec.message();
        return std::nullopt;
    }
    const fs::path real = fs::canonical(dir, ec);
    if (ec || !is_within(root, real)) {
        err = dir.string() + ": output folder is outside " + outdir;
        return std::nullopt;
    }
    return real;
}

}  // namespace yusuan
