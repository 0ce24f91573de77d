#include "check/figures.hpp"

#include <cctype>

#include "normalise/text.hpp"

namespace yusuan {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string without_copula(std::string clause) {
    for (bool cut = true; cut;) {
        cut = false;
        for (std::string_view w : {"为", "是", "共计", "共"})
            if (clause.size() > w.size() && ends_with(clause, w)) {
                clause.erase(clause.size() - w.size());
                cut = true;
            }
    }
    return clause;
}

bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

int direction_at_end(std::string_view s, std::string* word) {
    static const std::pair<const char*, int> words[] = {{"增加", 1}, {"增长", 1}, {"上升", 1}, {"提高", 1},
                                                        {"减少", -1}, {"下降", -1}, {"降低", -1}};
    for (const auto& [w, d] : words)
        if (ends_with(s, w)) {
            if (word) *word = w;
            return d;
        }
    return 0;
}

std::optional<Decimal> percent_of(Decimal num, Decimal den, int scale) {
    __extension__ typedef __int128 wide;
    const int s = std::max(num.scale(), den.scale());
    const wide n = num.rescaled(s).units(), d = den.rescaled(s).units();
    if (d == 0) return std::nullopt;
    wide factor = 100;
    for (int i = 0; i < scale; ++i) factor *= 10;
    wide q = n * factor * 2 / d;   // twice the quotient, to round half away from zero
    q = q >= 0 ? (q + 1) / 2 : (q - 1) / 2;
    return Decimal(static_cast<std::int64_t>(q), scale);
}

namespace {

bool is_clause_mark(std::string_view text, std::size_t i, std::size_t& len) {
    static const char* marks[] = {"，", "。", "；", "：", "、", "！", ",", ";", ":"};
    for (const char* m : marks) {
        const std::string_view mv(m);
        if (text.substr(i, mv.size()) == mv) {
            len = mv.size();
            return true;
        }
    }
    return false;
}

bool is_sentence_mark(std::string_view text, std::size_t i, std::size_t& len) {
    static const char* marks[] = {"。", "；", ";"};
    for (const char* m : marks) {
        const std::string_view mv(m);
        if (text.substr(i, mv.size()) == mv) {
            len = mv.size();
            return true;
        }
    }
    return false;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

FigureLine read_figures(std::string_view line) {
    FigureLine out;
    out.text = remove_spaces(line);
    const std::string& t = out.text;
    std::size_t clause_start = 0, sentence_start = 0;
    std::size_t i = 0;
    int depth = 0;
    while (i < t.size()) {
        std::size_t len = 0;
        if (t.compare(i, 3, "（") == 0 || t[i] == '(') {
            if (depth >= 0) ++depth;
            i += t[i] == '(' ? 1 : 3;
            continue;
        }
        if (t.compare(i, 3, "）") == 0 || t[i] == ')') {
            depth = depth > 0 ? depth - 1 : -1;
            i += t[i] == ')' ? 1 : 3;
            continue;
        }
        if (is_sentence_mark(t, i, len)) {
            sentence_start = clause_start = i + len;
            i += len;
            continue;
        }
        if (is_clause_mark(t, i, len) && !(t[i] == ',' && i > 0 && digit(t[i - 1]) && i + 1 < t.size() && digit(t[i + 1]))) {
            clause_start = i + len;
            i += len;
            continue;
        }
        if (!digit(t[i]) || (i > 0 && (std::isalpha(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '.'))) {
            ++i;
            continue;
        }
        // A number: digits, thousands groups (",ddd"), one decimal part.
        std::size_t j = i;
        std::string digits;
        while (j < t.size()) {
            if (digit(t[j])) digits += t[j++];
            else if (t[j] == ',' && j + 3 < t.size() + 0 && digit(t[j + 1]) && j + 3 <= t.size() &&
                     digit(t[j + 2]) && digit(t[j + 3]) && (j + 4 >= t.size() || !digit(t[j + 4])))
                ++j;
            else break;
        }
        if (j + 1 < t.size() && t[j] == '.' && digit(t[j + 1])) {
            digits += t[j++];
            while (j < t.size() && digit(t[j])) digits += t[j++];
        }
        Figure f;
        f.begin = i;
        auto v = Decimal::parse(digits);
        if (!v) {
            i = j;
            continue;
        }
        f.value = *v;
        f.printed = digits;
        std::string_view rest = std::string_view(t).substr(j);
        if (rest.substr(0, 6) == "万元") { f.unit = FigureUnit::wan; j += 6; }
        else if (rest.substr(0, 3) == "元") { f.unit = FigureUnit::yuan; j += 3; }
        else if (rest.substr(0, 1) == "%") { f.unit = FigureUnit::percent; j += 1; f.printed += "%"; }
        else if (rest.substr(0, 3) == "％") { f.unit = FigureUnit::percent; j += 3; f.printed += "%"; }
        f.end = j;
        f.clause = t.substr(clause_start, i - clause_start);
        f.sentence = t.substr(sentence_start, i - sentence_start);
        f.after = t.substr(j, 12);
        f.depth = depth;
        out.figures.push_back(std::move(f));
        i = j;
    }
    return out;
}

}  // namespace yusuan
