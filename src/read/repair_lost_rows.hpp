// Rows lost at a page break: a 项 row whose 款 row, or a 款 row whose 类 row,
// never appeared, in a table that prints its subtotal rows. The rows are not
// invented: each gap is reported, and the parents whose children are now
// incomplete are listed on the table for the checker (rows.missing).
#pragma once
#include <vector>

#include "model/document.hpp"

namespace yusuan {

std::vector<Repair> find_lost_rows(Table& table);

}  // namespace yusuan
