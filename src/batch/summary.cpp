#include "batch/summary.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "batch/atomic_file.hpp"

namespace yusuan {

std::string status_of(const ConvertResult& r) {
    if (!r.ok) return "failed";
    return r.counts.errors > 0 ? "errors" : "ok";
}

namespace {

// A CSV text field: quoted when needed (RFC 4180). Text from documents and
// file names that starts like a formula (= + - @, tab, CR) gets a leading
// apostrophe so a spreadsheet opening the summary never evaluates it.
std::string csv_text(const std::string& s) {
    std::string v = s;
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
        v.insert(0, 1, '\'');
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string q = "\"";
    for (char c : v) {
        if (c == '"') q += '"';
        q += c;
    }
    return q + "\"";
}

std::string amount(const std::optional<Decimal>& d) { return d ? d->to_string() : ""; }

}  // namespace

std::string summary_csv(const std::vector<ConvertResult>& results) {
    std::string out = "input,department,year,收入总计,支出总计,errors,warnings,status,milliseconds,message\n";
    for (const ConvertResult& r : results) {
        out += fmt::format("{},{},{},{},{},{},{},{},{:.1f},{}\n", csv_text(r.input), csv_text(r.department),
                           csv_text(r.year), amount(r.income_total), amount(r.expense_total), r.counts.errors,
                           r.counts.warnings, status_of(r), r.milliseconds, csv_text(r.error));
    }
    return out;
}

std::string summary_json(const std::vector<ConvertResult>& results) {
    using nlohmann::ordered_json;
    ordered_json docs = ordered_json::array();
    std::size_t failed = 0, with_errors = 0;
    for (const ConvertResult& r : results) {
        if (!r.ok) ++failed;
        else if (r.counts.errors > 0) ++with_errors;
        ordered_json stages = ordered_json::object();
        for (const auto& [name, ms] : r.stages) stages[name] = ms;
        ordered_json d = {{"input", r.input},
                          {"department", r.department},
                          {"year", r.year},
                          {"income_total", amount(r.income_total)},
                          {"expense_total", amount(r.expense_total)},
                          {"errors", r.counts.errors},
                          {"warnings", r.counts.warnings},
                          {"status", status_of(r)},
                          {"milliseconds", r.milliseconds},
                          {"stage_cpu_ms", stages},
                          {"outputs", r.outputs},
                          {"message", r.error}};
        docs.push_back(std::move(d));
    }
    ordered_json j = {{"documents_total", results.size()},
                      {"converted", results.size() - failed},
                      {"with_errors", with_errors},
                      {"failed", failed},
                      {"documents", std::move(docs)}};
    // File names need not be UTF-8: replace bad bytes rather than throw.
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

bool write_summary(const std::string& outdir, const std::vector<ConvertResult>& results, std::string& err) {
    namespace fs = std::filesystem;
    return write_file_atomically((fs::path(outdir) / "summary.csv").string(), summary_csv(results), err) &&
           write_file_atomically((fs::path(outdir) / "summary.json").string(), summary_json(results), err);
}

}  // namespace yusuan
