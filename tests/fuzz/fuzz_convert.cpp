// libFuzzer entry point: arbitrary bytes through decode → read → check →
// every writer. Text writers write to memory; the file writers (xlsx, pdf)
// write into a private temporary folder that is emptied after each input.
// Any crash, sanitizer report, leak or timeout is a bug: keep the input in
// tests/bad-input/ as a regression test once fixed.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>

#include "check/check.hpp"
#include "decode/decode.hpp"
#include "read/reader.hpp"
#include "write/writers.hpp"

using namespace yusuan;

namespace {

const std::vector<Template>& templates() {
    static const std::vector<Template> t = [] {
        TemplateError err;
        return load_all_templates(err);
    }();
    return t;
}

const std::string& scratch_dir() {
    static const std::string dir = [] {
        std::string d = (std::filesystem::temp_directory_path() / ("yusuan-fuzz-" + std::to_string(::getpid()))).string();
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // Small limits keep each run fast; the limits themselves are exercised
    // by tests/bad-input, and staying under them is what is fuzzed here.
    DecodeLimits dl;
    dl.max_bytes = 1u << 20;
    dl.max_line_bytes = 64u << 10;
    DecodeError derr;
    auto text = decode(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz", derr, dl);
    if (!text) return 0;
    ReadError rerr;
    auto doc = read_document(text->lines, templates(), "fuzz", rerr);
    if (!doc) return 0;
    const Template* tpl = template_for(*doc, templates());
    if (!tpl) return 0;
    Findings findings = check_document(*doc, *tpl);
    volatile std::size_t sink = write_facts(*doc).size() + write_findings(findings).size() +
                                write_json(*doc, findings).size();
    (void)sink;
    WriteError werr;
    const std::string xlsx = scratch_dir() + "/doc.xlsx", pdf = scratch_dir() + "/doc.pdf";
    write_xlsx(*doc, findings, *tpl, xlsx, werr);
    write_pdf(*doc, findings, *tpl, pdf, PdfOptions{}, werr);
    std::error_code ec;
    std::filesystem::remove(xlsx, ec);
    std::filesystem::remove(pdf, ec);
    return 0;
}
