// Many documents through convert_file on a pool of worker threads. One bad
// input never stops the batch: it becomes a failed result and the rest go on.
#pragma once
#include <functional>
#include <vector>

#include "batch/convert.hpp"
#include "batch/inputs.hpp"

namespace yusuan {

// Called once per finished document, from a worker thread but never
// concurrently (the pool serialises the calls), in completion order.
using OnDocumentDone = std::function<void(const ConvertResult&)>;

// Converts every file with `jobs` workers (0: one per core). Each file's
// outputs go to options.outdir/<file's relative_dir>. Two inputs that would
// write the same output names make the later one fail rather than overwrite.
// Results are returned in input order.
std::vector<ConvertResult> run_batch(const std::vector<InputFile>& files, const ConvertOptions& options,
                                     const std::vector<Template>& templates, unsigned jobs,
                                     const OnDocumentDone& on_done = {});

// The number of workers `jobs` means on this machine (0 → all cores, ≥ 1).
unsigned worker_count(unsigned jobs, std::size_t files);

}  // namespace yusuan
