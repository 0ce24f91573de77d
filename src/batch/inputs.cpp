#include "batch/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <fnmatch.h>

namespace yusuan {

namespace fs = std::filesystem;

ExpandedInputs expand_inputs(const std::vector<std::string>& inputs, const std::vector<std::string>& globs) {
    auto wanted = [&](const std::string& name) {
        return std::any_of(globs.begin(), globs.end(),
                           [&](const std::string& g) { return ::fnmatch(g.c_str(), name.c_str(), 0) == 0; });
    };
    ExpandedInputs out;
    for (const std::string& in : inputs) {
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            const fs::path root(in);
            std::vector<InputFile> found;
            auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
            for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                std::error_code fec;
                if (!it->is_regular_file(fec)) continue;
                const std::string name = it->path().filename().string();
                if (!wanted(name)) continue;
                const fs::path rel = it->path().lexically_relative(root).parent_path();
                found.push_back({it->path().string(), rel.generic_string()});
            }
            if (ec) out.missing.push_back(in + ": cannot list folder: " + ec.message());
            std::sort(found.begin(), found.end(),
                      [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
            out.files.insert(out.files.end(), found.begin(), found.end());
        } else if (fs::is_regular_file(in, ec)) {
            out.files.push_back({in, ""});
        } else if (fs::exists(in, ec)) {
            // A FIFO or device would block or never end: only regular files.
            out.missing.push_back(in + ": not a regular file or folder");
        } else {
            out.missing.push_back(in + ": no such file or folder");
        }
    }
    return out;
}

}  // namespace yusuan
