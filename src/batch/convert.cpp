#include "batch/convert.hpp"

#include <chrono>
#include <ctime>
#include <filesystem>

#include "batch/atomic_file.hpp"
#include "batch/output_path.hpp"
#include "check/check.hpp"
#include "write/writers.hpp"

namespace yusuan {

namespace fs = std::filesystem;

namespace {
using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// CPU time of the calling thread: stage timings stay meaningful when other
// workers or processes compete for the cores (wall time would not).
double thread_cpu_ms() {
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}
}  // namespace

ConvertResult convert_file(const std::string& path, const ConvertOptions& options,
                           const std::vector<Template>& templates) {
    const auto start = Clock::now();
    double stage_start = thread_cpu_ms();
    ConvertResult res;
    res.input = path;
    auto finish = [&]() -> ConvertResult& {
        res.milliseconds = ms_since(start);
        return res;
    };
    auto lap = [&](const char* stage) {
        const double now = thread_cpu_ms();
        res.stages.emplace_back(stage, now - stage_start);
        stage_start = now;
    };

    DecodeError derr;
    auto text = decode_file(path, derr, options.limits);
    if (!text) {
        res.error = derr.message;
        return finish();
    }
    lap("decode");
    ReadError rerr;
    auto doc = read_document(text->lines, templates, path, rerr, options.read_limits);
    if (!doc) {
        res.error = rerr.message;
        return finish();
    }
    text.reset();  // the lines are no longer needed: keep a worker's memory to one copy
    const Template* tpl = template_for(*doc, templates);
    if (!tpl) {
        res.error = path + ": no template";
        return finish();
    }
    lap("read");
    res.findings = check_document(*doc, *tpl);
    res.counts = count(res.findings);
    res.department = doc->department;
    res.year = doc->year;
    if (const Table* t01 = doc->table("t01")) {
        if (const Row* r = t01->row("收入总计")) res.income_total = r->amount("预算数");
        if (const Row* r = t01->row("支出总计")) res.expense_total = r->amount("预算数");
    }
    lap("check");
    if (options.formats.empty()) {  // `yusuan check`: nothing to write
        res.ok = true;
        return finish();
    }

    // Output names come from the input's file name (sanitised), never from
    // its content; the folder is verified to lie inside outdir.
    std::string err;
    auto dir = make_output_dir(options.outdir, options.relative_dir, err);
    if (!dir) {
        res.error = path + ": " + err;
        return finish();
    }
    const std::string stem = safe_name(fs::path(path).stem().string());
    auto out_path = [&](const char* ext) { return (*dir / (stem + ext)).string(); };
    bool ok = true;
    auto emit = [&](const char* stage, const std::string& p, bool written) {
        if (written) res.outputs.push_back(p);
        else ok = false;
        lap(stage);
    };
    if (options.formats.count("facts"))
        emit("facts", out_path(".facts.tsv"), write_file_atomically(out_path(".facts.tsv"), write_facts(*doc), err));
    if (ok && options.formats.count("findings"))
        emit("findings", out_path(".findings.tsv"),
             write_file_atomically(out_path(".findings.tsv"), write_findings(res.findings), err));
    if (ok && options.formats.count("json"))
        emit("json", out_path(".json"), write_file_atomically(out_path(".json"), write_json(*doc, res.findings), err));
    if (ok && options.formats.count("xlsx")) {
        emit("xlsx", out_path(".xlsx"), produce_file_atomically(out_path(".xlsx"), [&](const std::string& tmp, std::string& e) {
                 WriteError we;
                 bool r = write_xlsx(*doc, res.findings, *tpl, tmp, we);
                 if (!r) e = path + ": xlsx: " + we.message;
                 return r;
             }, err));
    }
    if (ok && options.formats.count("pdf")) {
        PdfOptions po;
        po.font_path = options.font_path;
        emit("pdf", out_path(".pdf"), produce_file_atomically(out_path(".pdf"), [&](const std::string& tmp, std::string& e) {
                 WriteError we;
                 bool r = write_pdf(*doc, res.findings, *tpl, tmp, po, we);
                 if (!r) e = path + ": pdf: " + we.message;
                 return r;
             }, err));
    }
    if (!ok) {
        // No partial set of outputs either: remove what this input wrote.
        for (const std::string& p : res.outputs) {
            std::error_code ec;
            fs::remove(p, ec);
        }
        res.outputs.clear();
        res.error = err;
        return finish();
    }
    res.ok = true;
    return finish();
}

}  // namespace yusuan
