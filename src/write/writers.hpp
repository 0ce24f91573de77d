// Writers: one per output format. A writer takes the Document, its Findings
// and the template (for layout only); it never parses and never decides what
// is wrong. Text writers return the content; file writers write to `path`
// (the batch layer gives a temporary path and renames it when complete).
#pragma once
#include <string>

#include "model/document.hpp"
#include "model/finding.hpp"
#include "templates/template.hpp"

namespace yusuan {

std::string write_facts(const Document& doc);
std::string write_findings(const Findings& findings);
std::string write_json(const Document& doc, const Findings& findings);

struct WriteError {
    std::string message;
};

struct PdfOptions {
    std::string font_path;      // empty: find a CJK TrueType font with fontconfig
    std::string source_sha256;  // of the input bytes, for the cover
    std::string converted_at;   // ISO date of conversion
};

bool write_xlsx(const Document& doc, const Findings& findings, const Template& tpl, const std::string& path,
                WriteError& err);
bool write_pdf(const Document& doc, const Findings& findings, const Template& tpl, const std::string& path,
               const PdfOptions& options, WriteError& err);

}  // namespace yusuan
