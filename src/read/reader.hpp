// Reading: decoded lines → Document. Chooses the template, segments the
// document and reads each table, form and paragraph with one reader per
// layout (tab-separated, one cell per line, markdown, HTML, space-aligned).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "templates/template.hpp"

namespace yusuan {

struct ReadLimits {
    std::size_t max_tables = 1000;
    std::size_t max_rows = 200'000;       // per table
    std::size_t max_cells_per_row = 512;
};

struct ReadError {
    std::string message;                  // "file:line: what is wrong"
};

// `lines` are the decoded lines (lines[0] is line 1). `templates` newest
// first; the reader picks the one the document matches best.
std::optional<Document> read_document(const std::vector<std::string>& lines, const std::vector<Template>& templates,
                                      const std::string& source, ReadError& err, const ReadLimits& limits = {});

// The template a document was read with.
const Template* template_for(const Document& doc, const std::vector<Template>& templates);

}  // namespace yusuan
