// Exact decimal amounts: an integer count of the smallest printed unit.
// Money is never a double in yusuan; this type is how amounts travel.
#pragma once
#include <compare>
#include <cstdint>
#include <climits>
#include <optional>
#include <string>
#include <string_view>

namespace yusuan {

class Decimal {
public:
    static constexpr int max_scale = 6;

    constexpr Decimal() = default;
    // `units` counts 10^-scale; Decimal(16340, 2) is 163.40.
    constexpr Decimal(std::int64_t units, int scale) : units_(units), scale_(scale) {}

    // Parses a plain decimal ("-1229.70", "0", ".5"). No separators, no spaces:
    // normalisation has removed them. Returns nullopt for anything else,
    // including more than 18 significant digits (no silent overflow).
    static std::optional<Decimal> parse(std::string_view text);

    std::int64_t units() const { return units_; }
    int scale() const { return scale_; }
    bool is_zero() const { return units_ == 0; }
    bool negative() const { return units_ < 0; }

    // The value at a larger scale (exact; scale only grows).
    Decimal rescaled(int scale) const;

    // As printed: keeps the scale, so 163.40 stays "163.40".
    std::string to_string() const;
    // With thousands separators, at `scale` decimals (for display in writers).
    std::string to_grouped(int scale) const;
    // Nearest double, for writers that must hand a number to a library (xlsx, charts).
    double to_double() const;

    friend Decimal operator+(Decimal a, Decimal b);
    friend Decimal operator-(Decimal a, Decimal b);
    Decimal operator-() const { return {units_ == INT64_MIN ? INT64_MAX : -units_, scale_}; }
    Decimal abs() const { return units_ < 0 ? -*this : *this; }
    Decimal& operator+=(Decimal b) { return *this = *this + b; }

    friend std::strong_ordering operator<=>(Decimal a, Decimal b);
    friend bool operator==(Decimal a, Decimal b) { return (a <=> b) == 0; }

private:
    std::int64_t units_ = 0;
    int scale_ = 0;
};

}  // namespace yusuan
