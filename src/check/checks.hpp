// The rule families of the discrepancy engine, each in its own file.
// Each appends its findings to cx.out; the engine merges and sorts them.
#pragma once
#include "check/context.hpp"

namespace yusuan {

void check_hierarchy(CheckContext& cx);       // hierarchy.cpp: parent = Σ children, rows.missing
void check_row_identities(CheckContext& cx);  // identities.cpp: 合计 = Σ parts per row
void check_balances(CheckContext& cx);        // identities.cpp: 收入总计 = 支出总计
void check_cross_tables(CheckContext& cx);    // cross_table.cpp
void check_forms(CheckContext& cx);           // forms.cpp: weights, budget identities
void check_names(CheckContext& cx);           // names.cpp: one code, different names
void check_narrative(CheckContext& cx);       // narrative.cpp: stated figures vs tables
void check_narrative_names(CheckContext& cx); // narrative_names.cpp: 类/款/项 names vs tables
void check_comparisons(CheckContext& cx);     // text_comparison.cpp: 大于/小于/等于 vs the figures
void check_text(CheckContext& cx);            // text_rules.cpp: words, years, placeholders, tables
void check_unreadable_amounts(CheckContext& cx);  // unreadable.cpp: figures too long to read exactly

}  // namespace yusuan
