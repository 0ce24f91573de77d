// Input expansion: files and folders (recursed) → the list of documents to
// convert, each with the folder below OUTDIR its outputs go to.
#pragma once
#include <string>
#include <vector>

namespace yusuan {

struct InputFile {
    std::string path;          // as found (folder input joined with the file's path below it)
    std::string relative_dir;  // the file's folder relative to the folder input ("" for a file input)
};

struct ExpandedInputs {
    std::vector<InputFile> files;
    std::vector<std::string> missing;  // one message per input that is not a regular file or a folder
};

// Named files are always taken; files inside folders only when their name
// matches one of `globs` (fnmatch(3) patterns, e.g. "*.txt"). Folder contents
// are sorted so a batch is deterministic. Symlinked folders are not followed.
ExpandedInputs expand_inputs(const std::vector<std::string>& inputs,
                             const std::vector<std::string>& globs = {"*.txt"});

}  // namespace yusuan
