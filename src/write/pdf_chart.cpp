#include "write/pdf_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "write/pdf_style.hpp"

namespace yusuan {

namespace st = pdf_style;

namespace {

constexpr float title_size = 10.5f;
constexpr float label_size = 8.0f;
constexpr float bar_row = 15.0f;
// Beyond this many units p * 2000 could overflow; such shares are computed in double.
constexpr std::int64_t limit = 4'000'000'000'000'000;

Rgb series_color(size_t i) { return st::series[i % std::size(st::series)]; }

Decimal sum_of(const std::vector<ChartItem>& items) {
    Decimal total;
    for (const ChartItem& it : items) total += it.value;
    return total;
}

std::string amount_text(Decimal d) { return d.to_grouped(d.scale()); }

void chart_title(Flow& flow, std::string_view title, float keep) {
    flow.ensure(title_size * 2 + keep);
    flow.move_down(title_size + 4);
    flow.canvas().text(flow.page(), flow.left(), flow.y(), title, title_size, st::ink, true);
    flow.move_down(8);
}

}  // namespace

std::string share_text(Decimal part, Decimal whole) {
    if (whole.units() <= 0) return "—";
    const int scale = std::max(part.scale(), whole.scale());
    const std::int64_t p = part.rescaled(scale).units();
    const std::int64_t w = whole.rescaled(scale).units();
    std::int64_t permille = 0;
    if (p > -limit && p < limit)
        permille = (p * 2000 + (p >= 0 ? w : -w)) / (2 * w);  // half away from zero
    else
        permille = static_cast<std::int64_t>(std::llround(part.to_double() / whole.to_double() * 1000));
    const bool neg = permille < 0;
    if (neg) permille = -permille;
    return fmt::format("{}{}.{}%", neg ? "-" : "", permille / 10, permille % 10);
}

void draw_bar_chart(Flow& flow, std::string_view title, const std::vector<ChartItem>& items, std::string_view unit) {
    Canvas& cv = flow.canvas();
    chart_title(flow, title, bar_row * static_cast<float>(std::min<size_t>(items.size(), 3)));
    const Decimal total = sum_of(items);
    double max = 0;
    for (const ChartItem& it : items) max = std::max(max, it.value.to_double());
    std::vector<std::string> values;
    float value_w = 0;
    for (const ChartItem& it : items) {
        values.push_back(it.stated
                             ? fmt::format("{} {}（{}）", amount_text(it.value), unit, share_text(it.value, total))
                             : std::string("—（未列数）"));
        value_w = std::max(value_w, cv.width(values.back(), label_size));
    }
    const float label_w = flow.width() * 0.36f;
    const float bar_x = flow.left() + label_w + 6;
    const float bar_max = std::max(20.0f, flow.right() - bar_x - value_w - 8);
    for (size_t i = 0; i < items.size(); ++i) {
        flow.ensure(bar_row);
        flow.move_down(bar_row);
        const float base = flow.y() + 4;
        cv.text(flow.page(), flow.left() + label_w, base, cv.fit(items[i].label, label_size, label_w), label_size,
                st::ink, false, Align::right);
        const double v = items[i].value.to_double();
        const float len = max > 0 && v > 0 ? static_cast<float>(v / max) * bar_max : 0;
        if (len > 0) cv.rect(flow.page(), bar_x, base - 2.5f, std::max(len, 0.8f), 10, series_color(0), std::nullopt);
        cv.text(flow.page(), bar_x + len + 5, base, values[i], label_size, st::muted);
    }
    flow.move_down(12);
}

void draw_split_bar(Flow& flow, std::string_view title, const std::vector<ChartItem>& items, std::string_view unit) {
    Canvas& cv = flow.canvas();
    const float bar_h = 20;
    const float legend_row = 14;
    chart_title(flow, title, bar_h + 6 + legend_row * static_cast<float>(items.size()));
    const Decimal total = sum_of(items);
    const double t = total.to_double();
    flow.move_down(bar_h);
    float x = flow.left();
    for (size_t i = 0; i < items.size(); ++i) {
        const double v = items[i].value.to_double();
        if (t <= 0 || v <= 0) continue;
        const float w = static_cast<float>(v / t) * flow.width();
        cv.rect(flow.page(), x, flow.y(), w, bar_h, series_color(i), std::nullopt);
        const std::string share = share_text(items[i].value, total);
        if (cv.width(share, label_size) + 8 < w)
            cv.text(flow.page(), x + w / 2, flow.y() + 7, share, label_size, st::white, true, Align::center);
        x += w;
    }
    if (t <= 0) cv.rect(flow.page(), flow.left(), flow.y(), flow.width(), bar_h, std::nullopt, st::rule);
    flow.move_down(6);
    for (size_t i = 0; i < items.size(); ++i) {
        flow.move_down(legend_row);
        cv.rect(flow.page(), flow.left(), flow.y(), 9, 9, series_color(i), std::nullopt);
        cv.text(flow.page(), flow.left() + 14, flow.y() + 1.5f,
                fmt::format("{}  {} {}（{}）", items[i].label, amount_text(items[i].value), unit,
                            share_text(items[i].value, total)),
                label_size + 0.5f, st::ink);
    }
    flow.move_down(12);
}

}  // namespace yusuan
