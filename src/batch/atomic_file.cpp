#include "batch/atomic_file.hpp"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace yusuan {

namespace fs = std::filesystem;

namespace {
std::string temp_name(const std::string& path) {
    static std::atomic<unsigned> counter{0};
    return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}
}  // namespace

bool produce_file_atomically(const std::string& path,
                             const std::function<bool(const std::string&, std::string&)>& produce,
                             std::string& err) {
    std::error_code ec;
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);
    if (ec) {
        err = parent.string() + ": cannot create folder: " + ec.message();
        return false;
    }
    const std::string tmp = temp_name(path);
    if (!produce(tmp, err)) {
        fs::remove(tmp, ec);
        return false;
    }
    fs::rename(tmp, path, ec);
    if (ec) {
        err = path + ": cannot rename into place: " + ec.message();
        fs::remove(tmp, ec);
        return false;
    }
    return true;
}

bool write_file_atomically(const std::string& path, std::string_view content, std::string& err) {
    return produce_file_atomically(
        path,
        [&](const std::string& tmp, std::string& e) {
            std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
            out.write(content.data(), static_cast<std::streamsize>(content.size()));
            out.close();
            if (!out) {
                e = tmp + ": cannot write";
                return false;
            }
            return true;
        },
        err);
}

}  // namespace yusuan
