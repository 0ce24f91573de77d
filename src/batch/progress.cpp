#include "batch/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

namespace yusuan {

ProgressMode progress_mode_for(std::FILE* stream, bool quiet) {
    if (quiet) return ProgressMode::quiet;
    return ::isatty(::fileno(stream)) ? ProgressMode::bar : ProgressMode::lines;
}

Progress::Progress(std::size_t total, ProgressMode mode, std::FILE* out)
    : total_(total), mode_(mode), out_(out), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

namespace {
std::string clock_text(double seconds) {
    const long s = seconds < 0 ? 0 : static_cast<long>(seconds + 0.5);
    return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
                     : fmt::format("{}:{:02}", s / 60, s % 60);
}
// File names and messages may hold control characters (a name can carry
// terminal escape sequences): print them harmless.
std::string printable(const std::string& s) {
    std::string out = s;
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
    return out;
}
}  // namespace

void Progress::clear_bar() {
    if (drawn_) std::fputs("\r\033[K", out_);
    drawn_ = false;
}

void Progress::draw(bool force) {
    const auto now = std::chrono::steady_clock::now();
    // Redrawing for every document would cost more than converting it.
    if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
    const double eta = rate > 0 ? static_cast<double>(total_ - done_) / rate : 0;
    constexpr std::size_t width = 30;
    const std::size_t filled = total_ ? done_ * width / total_ : width;
    std::string bar(filled, '#');
    bar.append(width - filled, '.');
    std::fputs(fmt::format("\r\033[K[{}] {}/{}  {:.1f} docs/s  ETA {}  failed {}  with errors {}", bar, done_, total_,
                           rate, clock_text(eta), failed_, with_errors_)
                   .c_str(),
               out_);
    std::fflush(out_);
    drawn_ = true;
}

void Progress::done(const ConvertResult& r) {
    ++done_;
    if (!r.ok) ++failed_;
    else if (r.counts.errors > 0) ++with_errors_;
    if (!r.ok) {
        if (mode_ == ProgressMode::bar) clear_bar();
        std::fputs(fmt::format("{}\n", printable(r.error)).c_str(), out_);
    } else if (mode_ == ProgressMode::lines) {
        std::fputs(fmt::format("[{}/{}] {}: converted, {} errors, {} warnings, {:.1f} ms\n", done_, total_, printable(r.input),
                               r.counts.errors, r.counts.warnings, r.milliseconds)
                       .c_str(),
                   out_);
    }
    if (mode_ == ProgressMode::bar) draw(!r.ok || done_ == total_);
}

void Progress::finish() {
    if (mode_ == ProgressMode::bar) {
        draw(true);
        std::fputc('\n', out_);
    }
    std::fflush(out_);
}

}  // namespace yusuan
