// The narrative reader's shared pieces (narrative.cpp, narrative_projects.cpp, text_rules.cpp).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "check/context.hpp"
#include "check/figures.hpp"

namespace yusuan {

// Is the paragraph in the template's narrative part (第三部分)?
bool in_narrative(const CheckContext& cx, const Paragraph& p);

// Where the narrative reader is: the heading it is under, the base of the
// shares that follow, the project being described.
struct Section {
    std::string heading;        // current top-level heading and subheading, match_key form
    std::optional<Decimal> base;
    std::optional<Decimal> base_by_table;   // the base as the tables give it, where the text misstates it
    std::string project;        // current 项目名称 (match_key)
    std::optional<Decimal> project_budget;
};

// Names of the "X（类）Y（款）Z（项）" path a sentence states (the last one
// in it), in match_key form, enumeration prefix dropped; empty if none.
std::vector<std::string> class_path(const std::string& sentence);

// Reports a narrative figure at text/<line>/<figure> if it is not `expected`.
void report_figure(CheckContext& cx, const std::string& rule, LineNo line, const Figure& f, Decimal expected, int terms,
                   const std::string& why);

// A whole stated with its exhaustive breakdown must be their sum (narrative_parts.cpp).
void check_parts(CheckContext& cx, LineNo line, const FigureLine& fl, std::size_t skip);

// 项目名称 / 预算安排规模 / 资金分配情况 of a project described in the narrative.
void check_project_lines(CheckContext& cx, Section& sec, LineNo line, const FigureLine& fl);

}  // namespace yusuan
