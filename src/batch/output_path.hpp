// Where a document's outputs go. Inputs and their names are untrusted: a
// file or folder name can hold "..", "\\", control characters or anything
// else a file system allows, so every name is sanitised and every output
// folder is checked to lie inside OUTDIR before anything is written.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace yusuan {

// A single path component safe to use as a file or folder name: control
// characters, '/', '\\' and ':' become '_'; "", "." and ".." become "_".
std::string safe_name(const std::string& name);

// `relative` (a folder below OUTDIR, '/'-separated) with every component made
// safe; absolute paths and ".." can never survive it.
std::string safe_relative_dir(const std::string& relative);

// OUTDIR/relative created and verified (after resolving symlinks) to be
// inside OUTDIR; nullopt and `err` set otherwise.
std::optional<std::filesystem::path> make_output_dir(const std::string& outdir, const std::string& relative,
                                                     std::string& err);

}  // namespace yusuan
