#include "model/decimal.hpp"

#include <cmath>
#include <limits>

namespace yusuan {

namespace {
constexpr std::int64_t pow10(int n) {
    std::int64_t p = 1;
    while (n-- > 0) p *= 10;
    return p;
}
}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view s) {
    bool neg = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        neg = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty()) return std::nullopt;
    std::int64_t units = 0;
    int scale = 0, digits = 0;
    bool dot = false, any = false;
    for (char c : s) {
        if (c == '.') {
            if (dot) return std::nullopt;
            dot = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        any = true;
        if (dot) {
            if (scale == max_scale) return std::nullopt;
            ++scale;
        }
        if (units != 0 || c != '0') ++digits;
        if (digits > 18) return std::nullopt;
        units = units * 10 + (c - '0');
    }
    if (!any) return std::nullopt;
    return Decimal(neg ? -units : units, scale);
}

namespace {
// Arithmetic never overflows silently (that would be undefined behaviour and a
// wrong figure): a result beyond ±9.2·10^18 units saturates. Parsed amounts
// have at most 18 digits, so only absurd inputs get near it; the comparison
// below stays exact for every value.
constexpr std::int64_t saturated(bool negative) {
    return negative ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int64_t>::max();
}
}  // namespace

Decimal Decimal::rescaled(int scale) const {
    if (scale <= scale_) return *this;
    std::int64_t out;
    if (__builtin_mul_overflow(units_, pow10(scale - scale_), &out)) out = saturated(units_ < 0);
    return {out, scale};
}

std::string Decimal::to_string() const {
    const std::uint64_t u = units_ < 0 ? 0 - static_cast<std::uint64_t>(units_) : static_cast<std::uint64_t>(units_);
    std::string digits = std::to_string(u);
    std::string out = units_ < 0 ? "-" : "";
    if (scale_ > 0) {
        const size_t scale = static_cast<size_t>(scale_);
        if (digits.size() <= scale) digits = std::string(scale + 1 - digits.size(), '0') + digits;
        out.append(digits, 0, digits.size() - scale);
        out += '.';
        out.append(digits, digits.size() - scale, scale);
        return out;
    }
    return out + digits;
}

std::string Decimal::to_grouped(int scale) const {
    Decimal d = rescaled(scale);
    // Round half away from zero if we must drop digits.
    std::uint64_t u = d.units_ < 0 ? 0 - static_cast<std::uint64_t>(d.units_) : static_cast<std::uint64_t>(d.units_);
    if (d.scale_ > scale) {
        const std::uint64_t p = static_cast<std::uint64_t>(pow10(d.scale_ - scale));
        u = u / p + (u % p >= p / 2 ? 1 : 0);
    }
    std::string digits = std::to_string(u);
    if (static_cast<int>(digits.size()) <= scale)
        digits = std::string(static_cast<size_t>(scale + 1) - digits.size(), '0') + digits;
    std::string whole = digits.substr(0, digits.size() - static_cast<size_t>(scale));
    std::string frac = digits.substr(digits.size() - static_cast<size_t>(scale));
    std::string grouped;
    for (size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
        grouped += whole[i];
    }
    std::string out = (d.units_ < 0 && u != 0 ? "-" : "") + grouped;
    if (scale > 0) out += "." + frac;
    return out;
}

double Decimal::to_double() const {
    return static_cast<double>(units_) / static_cast<double>(pow10(scale_));
}

Decimal operator+(Decimal a, Decimal b) {
    int s = std::max(a.scale_, b.scale_);
    a = a.rescaled(s);
    b = b.rescaled(s);
    std::int64_t sum;
    if (__builtin_add_overflow(a.units_, b.units_, &sum)) sum = saturated(a.units_ < 0);
    return {sum, s};
}

Decimal operator-(Decimal a, Decimal b) {
    if (b.units_ == std::numeric_limits<std::int64_t>::min()) b.units_ += 1;  // -min overflows
    return a + (-b);
}

std::strong_ordering operator<=>(Decimal a, Decimal b) {
    // Exact for every pair: 10^max_scale × int64 fits in 128 bits.
    const int s = std::max(a.scale_, b.scale_);
    __extension__ using wide = __int128;
    const wide x = static_cast<wide>(a.units_) * pow10(s - a.scale_);
    const wide y = static_cast<wide>(b.units_) * pow10(s - b.scale_);
    return x <=> y;
}

}  // namespace yusuan
