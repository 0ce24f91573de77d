// The figures a line of running text states: each number with its unit and
// the words before it (its subject), read from the line with whitespace
// removed. Used by the narrative and text rules.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/decimal.hpp"

namespace yusuan {

enum class FigureUnit { wan, yuan, percent, other };

struct Figure {
    std::size_t begin = 0, end = 0;   // byte range of the number (and unit) in Line::text
    std::string printed;              // the number as printed, separators removed ("1229.69", "98.91%")
    Decimal value;
    FigureUnit unit = FigureUnit::other;
    std::string clause;               // text since the last clause mark (，。；：、) before it
    std::string sentence;             // text since the last sentence mark (。；) before it
    std::string after;                // up to 12 bytes after it (for "，其中")
    int depth = 0;                    // parentheses open around it; -1 after an unmatched close
};

struct FigureLine {
    std::string text;                 // whitespace removed
    std::vector<Figure> figures;
};

FigureLine read_figures(std::string_view line);

bool ends_with(std::string_view s, std::string_view suffix);

// A figure's clause with the words that only join subject and figure taken
// off its end ("“三公”经费数为" → "“三公”经费数"; 为, 是, 共计, 共).
std::string without_copula(std::string clause);
bool contains(std::string_view s, std::string_view part);

// A direction word at the end of `s`: +1 (增加, 增长, 上升), -1 (减少, 下降, 降低), 0 none.
int direction_at_end(std::string_view s, std::string* word = nullptr);

// num ÷ den × 100 rounded half up to `scale` decimals; nullopt if den is 0.
std::optional<Decimal> percent_of(Decimal num, Decimal den, int scale);

}  // namespace yusuan
