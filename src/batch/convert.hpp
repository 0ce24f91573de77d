// One document through the whole pipeline: decode → read → check → write.
// The batch layer and the CLI call only this.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "decode/decode.hpp"
#include "model/decimal.hpp"
#include "model/finding.hpp"
#include "read/reader.hpp"
#include "templates/template.hpp"

namespace yusuan {

struct ConvertOptions {
    std::string outdir = ".";
    std::string relative_dir;               // sub-folder of outdir for this input ("" = outdir)
    std::set<std::string> formats = {"xlsx", "pdf", "findings"};  // facts, findings, json, xlsx, pdf
    DecodeLimits limits;
    ReadLimits read_limits;
    std::string font_path;
};

struct ConvertResult {
    std::string input;
    bool ok = false;                        // false: the input could not be read
    std::string error;                      // one line: "file:line: what"
    std::string department, year;
    std::optional<Decimal> income_total, expense_total;
    FindingCounts counts;
    Findings findings;                      // kept for `yusuan check`
    double milliseconds = 0;
    std::vector<std::string> outputs;       // files written
    // CPU milliseconds of the converting thread per stage, in pipeline order
    // ("decode", "read", "check", then one per output format written), for
    // summary.json and the benchmark. `milliseconds` above is wall time.
    std::vector<std::pair<std::string, double>> stages;
};

ConvertResult convert_file(const std::string& path, const ConvertOptions& options,
                           const std::vector<Template>& templates);

}  // namespace yusuan
