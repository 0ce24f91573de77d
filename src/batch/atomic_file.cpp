#include "batch/atomic_file.hpp"

#include <atomic>
#include <filesystem>
#include <cerrno>
#include <csignal>
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

// Temporary files being written, for the signal handler: fixed slots of
// fixed size because a handler may not allocate or lock. A slot is claimed
// with a compare-exchange and published with `used`.
struct TempSlot {
    std::atomic<bool> claimed{false}, used{false};
    char path[4096];
};
TempSlot temp_slots[256];

TempSlot* register_temp(const std::string& tmp) {
    if (tmp.size() >= sizeof TempSlot::path) return nullptr;
    for (TempSlot& s : temp_slots) {
        bool expected = false;
        if (s.claimed.compare_exchange_strong(expected, true)) {
            std::memcpy(s.path, tmp.c_str(), tmp.size() + 1);
            s.used.store(true);
            return &s;
        }
    }
    return nullptr;  // more writers than slots: that file just is not cleaned on a signal
}

void unregister_temp(TempSlot* s) {
    if (!s) return;
    s->used.store(false);
    s->claimed.store(false);
}

extern "C" void remove_temporaries_and_die(int sig) {
    for (TempSlot& s : temp_slots)
        if (s.used.load()) ::unlink(s.path);
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}
}  // namespace

void remove_temporaries_on_signal() {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) ::signal(sig, remove_temporaries_and_die);
}

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
    TempSlot* slot = register_temp(tmp);
    struct Unregister {
        TempSlot* s;
        ~Unregister() { unregister_temp(s); }
    } unregister{slot};
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
