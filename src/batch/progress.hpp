// What a batch tells the user while it runs, on stderr: a progress bar on a
// terminal, one plain line per document otherwise (logs, pipes), or only the
// failures with --quiet. A failed input always gets its one-line error.
#pragma once
#include <chrono>
#include <cstdio>
#include <string>

#include "batch/convert.hpp"

namespace yusuan {

enum class ProgressMode { bar, lines, quiet };

// bar when `stream` is a terminal, lines otherwise; quiet wins.
ProgressMode progress_mode_for(std::FILE* stream, bool quiet);

class Progress {
public:
    Progress(std::size_t total, ProgressMode mode, std::FILE* out = stderr);
    void done(const ConvertResult& r);  // not thread-safe: the pool serialises calls
    void finish();                      // final bar state and a newline

    std::size_t failed() const { return failed_; }
    std::size_t with_errors() const { return with_errors_; }

private:
    void draw(bool force);
    void clear_bar();

    std::size_t total_, done_ = 0, failed_ = 0, with_errors_ = 0;
    ProgressMode mode_;
    std::FILE* out_;
    std::chrono::steady_clock::time_point start_, last_draw_;
    bool drawn_ = false;
};

}  // namespace yusuan
