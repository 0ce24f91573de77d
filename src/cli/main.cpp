// yusuan: budget disclosures → workbooks, PDF summaries, facts and findings.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "batch/atomic_file.hpp"
#include "batch/batch.hpp"
#include "batch/progress.hpp"
#include "batch/summary.hpp"

using namespace yusuan;

namespace {

// Exit codes (README § Exit codes; repeated in --help).
constexpr int exit_ok = 0, exit_findings = 1, exit_usage = 2, exit_failed = 3;

constexpr const char* exit_codes_help =
    "Exit codes:\n"
    "  0  every input converted, no document has an error finding\n"
    "  1  every input converted, some document has an error finding\n"
    "  2  bad usage (unknown option, output format or value)\n"
    "  3  some input failed (missing, unreadable, not a budget text, over a limit);\n"
    "     the other inputs are still converted and listed in summary.csv\n";

std::set<std::string> parse_formats(const std::string& list, std::string& bad) {
    static const std::set<std::string> known = {"xlsx", "pdf", "facts", "findings", "json"};
    std::set<std::string> out;
    std::stringstream ss(list);
    std::string item;
    while (std::getline(ss, item, ','))
        if (!item.empty()) {
            if (!known.count(item)) bad = item;
            out.insert(item);
        }
    return out;
}

// Options shared by `convert` and `check`.
struct Common {
    std::vector<std::string> inputs;
    std::vector<std::string> globs = {"*.txt"};
    unsigned jobs = 0;
    bool quiet = false;
    std::size_t max_bytes = DecodeLimits{}.max_bytes;
    std::size_t max_line_bytes = DecodeLimits{}.max_line_bytes;
    std::size_t max_rows = ReadLimits{}.max_rows;
    std::size_t max_tables = ReadLimits{}.max_tables;
};

void add_common(CLI::App* cmd, Common& c) {
    cmd->add_option("inputs", c.inputs, "Input files or folders (folders are searched recursively)")->required();
    cmd->add_option("--glob", c.globs, "File names to take from folders (fnmatch pattern; repeat for more)")
        ->capture_default_str();
    cmd->add_option("-j,--jobs", c.jobs, "Worker threads (0: one per core)")->capture_default_str();
    cmd->add_flag("-q,--quiet", c.quiet, "No progress; only failures are reported");
    cmd->add_option("--max-bytes", c.max_bytes, "Largest input accepted, in bytes (suffixes k, M, G: powers of 1024)")
        ->transform(CLI::AsSizeValue(false))
        ->capture_default_str();
    cmd->add_option("--max-line-bytes", c.max_line_bytes, "Longest line accepted, in bytes")
        ->transform(CLI::AsSizeValue(false))
        ->capture_default_str();
    cmd->add_option("--max-rows", c.max_rows, "Most rows accepted in one table")->capture_default_str();
    cmd->add_option("--max-tables", c.max_tables, "Most tables and forms accepted in one document")
        ->capture_default_str();
}

void print_findings(const ConvertResult& r) {
    for (const Finding& x : r.findings) {
        if (x.severity == Severity::info) continue;
        // file:line: severity: where: stated X, expected Y — why [rule]
        std::cout << r.input << ":" << x.line << ": " << to_string(x.severity) << ": "
                  << (x.table.empty() ? "document" : x.table) << (x.row.empty() ? "" : "/" + x.row)
                  << (x.column.empty() ? "" : "/" + x.column) << ": ";
        if (!x.stated.empty()) std::cout << "stated " << x.stated;
        if (!x.expected.empty()) std::cout << (x.stated.empty() ? "" : ", ") << "expected " << x.expected;
        std::cout << (x.stated.empty() && x.expected.empty() ? "" : " — ") << x.message << " [" << x.rule << "]\n";
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"yusuan " YUSUAN_VERSION
                 " — budget disclosures (部门预算公开) to workbooks, PDF summaries, facts and findings"};
    app.require_subcommand(1);
    app.footer(exit_codes_help);

    Common convert_opts, check_opts;
    std::string outdir = ".", to = "xlsx,pdf,findings", font;
    auto* convert = app.add_subcommand("convert", "Convert documents to the chosen outputs");
    add_common(convert, convert_opts);
    convert->add_option("-o,--output", outdir, "Output folder (created; nothing is written outside it)")
        ->capture_default_str();
    convert->add_option("--to", to, "Outputs: any of xlsx,pdf,facts,findings,json")->capture_default_str();
    convert->add_option("--font", font, "CJK TrueType font for the PDF (default: found with fontconfig)");
    convert->footer(exit_codes_help);

    auto* check = app.add_subcommand("check", "Print the findings; exit 1 if any error");
    add_common(check, check_opts);
    check->footer(exit_codes_help);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int rc = app.exit(e);
        return rc == 0 ? exit_ok : exit_usage;
    }

    const Common& c = *convert ? convert_opts : check_opts;
    ConvertOptions opt;
    opt.limits.max_bytes = c.max_bytes;
    opt.limits.max_line_bytes = c.max_line_bytes;
    opt.read_limits.max_rows = c.max_rows;
    opt.read_limits.max_tables = c.max_tables;
    if (*convert) {
        std::string bad;
        opt.formats = parse_formats(to, bad);
        if (!bad.empty() || opt.formats.empty()) {
            std::cerr << "yusuan: unknown output format '" << bad << "' (known: xlsx,pdf,facts,findings,json)\n";
            return exit_usage;
        }
        opt.outdir = outdir;
        opt.font_path = font;
    } else {
        opt.formats = {};  // check writes nothing
    }

    remove_temporaries_on_signal();
    TemplateError terr;
    const std::vector<Template> templates = load_all_templates(terr);
    if (templates.empty()) {
        std::cerr << "yusuan: " << terr.message << "\n";
        return exit_failed;
    }

    const ExpandedInputs in = expand_inputs(c.inputs, c.globs);
    for (const std::string& m : in.missing) std::cerr << m << "\n";
    if (in.files.empty() && in.missing.empty()) {
        std::string patterns;
        for (const std::string& g : c.globs) patterns += (patterns.empty() ? "'" : ", '") + g + "'";
        std::cerr << "yusuan: no input file matches " << patterns << "\n";
        return exit_failed;
    }

    // `check` prints findings to stdout, so its progress stays off the
    // terminal bar; convert shows the bar when stderr is a terminal.
    Progress progress(in.files.size(), progress_mode_for(stderr, c.quiet || *check));
    const std::vector<ConvertResult> results =
        run_batch(in.files, opt, templates, c.jobs, [&](const ConvertResult& r) { progress.done(r); });
    progress.finish();

    bool summary_failed = false;
    if (*convert) {
        std::string err;
        if (!write_summary(outdir, results, err)) {
            std::cerr << "yusuan: summary: " << err << "\n";
            summary_failed = true;
        }
    } else {
        for (const ConvertResult& r : results)
            if (r.ok) print_findings(r);
    }
    if (!in.missing.empty() || progress.failed() > 0 || summary_failed) return exit_failed;
    return progress.with_errors() > 0 ? exit_findings : exit_ok;
}
