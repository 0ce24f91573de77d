#include "batch/atomic_file.hpp"

#include <atomic>
#include <filesystem>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
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
            // O_EXCL|O_NOFOLLOW: never write through a file or symlink that
            // someone placed at the temporary name.
            const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
            if (fd < 0) {
                e = tmp + ": cannot create: " + std::strerror(errno);
                return false;
            }
            const char* p = content.data();
            std::size_t left = content.size();
            while (left > 0) {
                const ssize_t n = ::write(fd, p, left);
                if (n < 0 && errno == EINTR) continue;
                if (n <= 0) {
                    e = tmp + ": cannot write: " + std::strerror(errno);
                    ::close(fd);
                    return false;
                }
                p += n;
                left -= static_cast<std::size_t>(n);
            }
            if (::close(fd) != 0) {
                e = tmp + ": cannot write: " + std::strerror(errno);
                return false;
            }
            return true;
        },
        err);
}

}  // namespace yusuan
