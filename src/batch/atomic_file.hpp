// Atomic output: write to a temporary name in the target folder, rename
// when complete, so a failed conversion never leaves a partial file.
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace yusuan {

bool write_file_atomically(const std::string& path, std::string_view content, std::string& err);

// For writers that write files themselves: `produce(tmp_path, err)` writes
// the temporary file; on success it is renamed to `path`, on failure removed.
bool produce_file_atomically(const std::string& path,
                             const std::function<bool(const std::string&, std::string&)>& produce,
                             std::string& err);

// On SIGINT, SIGTERM or SIGHUP, removes every temporary file still being
// written, then dies of the signal as it would have. Call once, early.
void remove_temporaries_on_signal();

}  // namespace yusuan
