// yusuan: budget disclosures → workbooks, PDF summaries, facts and findings.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "batch/convert.hpp"

namespace fs = std::filesystem;
using namespace yusuan;

namespace {

// Exit codes (README § Exit codes).
constexpr int exit_ok = 0, exit_findings = 1, exit_usage = 2, exit_failed = 3;

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

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& missing) {
    std::vector<std::string> files;
    for (const std::string& in : inputs) {
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(in, ec); !ec && it != fs::recursive_directory_iterator();
                 it.increment(ec))
                if (it->is_regular_file() && it->path().extension() == ".txt") found.push_back(it->path().string());
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(in, ec)) {
            files.push_back(in);
        } else {
            missing.push_back(in);
        }
    }
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"yusuan " YUSUAN_VERSION
                 " — budget disclosures (部门预算公开) to workbooks, PDF summaries, facts and findings"};
    app.require_subcommand(1);
    app.footer("Exit codes: 0 all converted, no errors found; 1 converted, some documents have error findings;\n"
               "            2 bad usage; 3 some inputs could not be read.");

    std::vector<std::string> inputs;
    std::string outdir = ".", to = "xlsx,pdf,findings", font;
    auto* convert = app.add_subcommand("convert", "Convert documents to the chosen outputs");
    convert->add_option("inputs", inputs, "Input files or folders")->required();
    convert->add_option("-o,--output", outdir, "Output folder")->capture_default_str();
    convert->add_option("--to", to, "Outputs: xlsx,pdf,facts,findings,json")->capture_default_str();
    convert->add_option("--font", font, "CJK TrueType font for the PDF (default: found with fontconfig)");

    std::vector<std::string> check_inputs;
    auto* check = app.add_subcommand("check", "Print the findings; exit 1 if any error");
    check->add_option("inputs", check_inputs, "Input files or folders")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? exit_ok : exit_usage;
    }

    TemplateError terr;
    std::vector<Template> templates = load_all_templates(terr);
    if (templates.empty()) {
        std::cerr << "yusuan: " << terr.message << "\n";
        return exit_failed;
    }

    ConvertOptions opt;
    std::vector<std::string> missing;
    std::vector<std::string> files;
    if (*convert) {
        std::string bad;
        opt.formats = parse_formats(to, bad);
        if (!bad.empty()) {
            std::cerr << "yusuan: unknown output format '" << bad << "' (known: xlsx,pdf,facts,findings,json)\n";
            return exit_usage;
        }
        opt.outdir = outdir;
        opt.font_path = font;
        files = expand_inputs(inputs, missing);
    } else {
        opt.formats = {};
        files = expand_inputs(check_inputs, missing);
    }
    int failed = 0, with_errors = 0;
    for (const std::string& m : missing) {
        std::cerr << m << ": no such file or folder\n";
        ++failed;
    }
    for (const std::string& f : files) {
        ConvertResult r = convert_file(f, opt, templates);
        if (!r.ok) {
            std::cerr << r.error << "\n";
            ++failed;
            continue;
        }
        if (r.counts.errors > 0) ++with_errors;
        if (*check) {
            for (const Finding& x : r.findings) {
                if (x.severity == Severity::info) continue;
                std::cout << f << ":" << x.line << ": " << to_string(x.severity) << ": " << x.table
                          << (x.row.empty() ? "" : "/" + x.row) << (x.column.empty() ? "" : "/" + x.column)
                          << ": stated " << x.stated << ", expected " << x.expected << " — " << x.message << " ["
                          << x.rule << "]\n";
            }
        }
    }
    if (failed) return exit_failed;
    return with_errors ? exit_findings : exit_ok;
}
