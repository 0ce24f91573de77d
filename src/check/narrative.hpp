// Helpers shared by the narrative and text rules.
#pragma once
#include "check/context.hpp"

namespace yusuan {

// Is the paragraph in the template's narrative part (第三部分)?
bool in_narrative(const CheckContext& cx, const Paragraph& p);

}  // namespace yusuan
