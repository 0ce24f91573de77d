// Helpers for unit tests: the project's templates and documents from text.
#pragma once
#include <sstream>
#include <string>
#include <vector>

#include "read/reader.hpp"
#include "templates/template.hpp"

namespace yusuan::test {

inline const std::vector<Template>& templates() {
    static const std::vector<Template> all = [] {
        TemplateError err;
        Template t;
        std::vector<Template> out;
        for (const char* name : {"2026", "2021"}) {
            auto loaded = load_template(std::string(YUSUAN_SOURCE_DIR) + "/templates/" + name, err);
            if (loaded) out.push_back(std::move(*loaded));
        }
        return out;
    }();
    return all;
}

inline std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream ss(text);
    std::string l;
    while (std::getline(ss, l)) out.push_back(l);
    return out;
}

inline Document read_text(const std::string& text) {
    ReadError err;
    auto doc = read_document(lines_of(text), templates(), "test.txt", err);
    if (!doc) throw std::runtime_error(err.message);
    return *doc;
}

}  // namespace yusuan::test
