#include "model/document.hpp"

#include <algorithm>

namespace yusuan {

namespace {
template <class Range>
auto find_cell(const Range& cells, std::string_view column) -> const Cell* {
    for (const Cell& c : cells)
        if (c.column == column) return &c;
    return nullptr;
}
}  // namespace

const Cell* Row::cell(std::string_view column) const { return find_cell(cells, column); }

std::optional<Decimal> Row::amount(std::string_view column) const {
    const Cell* c = cell(column);
    return c ? c->amount : std::nullopt;
}

const Row* Table::row(std::string_view key) const {
    for (const Row& r : rows)
        if (r.key == key) return &r;
    return nullptr;
}

const Cell* Indicator::cell(std::string_view column) const { return find_cell(cells, column); }
const Cell* Form::field(std::string_view name) const { return find_cell(info, name); }

const Table* Document::table(std::string_view id) const {
    for (const Table& t : tables)
        if (t.id == id) return &t;
    return nullptr;
}

Table* Document::table(std::string_view id) {
    for (Table& t : tables)
        if (t.id == id) return &t;
    return nullptr;
}

const Form* Document::form(std::string_view id) const {
    for (const Form& f : forms)
        if (f.id == id) return &f;
    return nullptr;
}

}  // namespace yusuan
