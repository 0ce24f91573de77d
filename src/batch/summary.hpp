// The batch summary: OUTDIR/summary.csv (one row per input, for
// spreadsheets) and OUTDIR/summary.json (the same plus outputs and stage
// timings, for scripts and the benchmark). Both written atomically.
#pragma once
#include <string>
#include <vector>

#include "batch/convert.hpp"

namespace yusuan {

// "ok" (converted, no error finding), "errors" (converted, has error
// findings) or "failed" (could not be converted; see the message column).
std::string status_of(const ConvertResult& r);

std::string summary_csv(const std::vector<ConvertResult>& results);
std::string summary_json(const std::vector<ConvertResult>& results);

// Writes both files into outdir; false and `err` on failure.
bool write_summary(const std::string& outdir, const std::vector<ConvertResult>& results, std::string& err);

}  // namespace yusuan
