// The look of the PDF summary in one place: page size, margins, type sizes
// and the palette (severity colours match the verdict on the cover).
#pragma once
#include "write/pdf_canvas.hpp"

namespace yusuan::pdf_style {

// A4 in points.
inline constexpr float a4_short = 595.28f;
inline constexpr float a4_long = 841.89f;
inline constexpr float margin = 42.0f;
inline constexpr float header_band = 22.0f;  // running header above the body
inline constexpr float footer_band = 26.0f;  // page number below the body

inline constexpr float title_size = 24.0f;
inline constexpr float h1_size = 16.0f;
inline constexpr float h2_size = 12.0f;
inline constexpr float body_size = 9.5f;
inline constexpr float small_size = 7.5f;
inline constexpr float table_size = 7.5f;
inline constexpr float min_table_size = 5.5f;

inline constexpr Rgb ink{0.13f, 0.15f, 0.18f};
inline constexpr Rgb muted{0.42f, 0.45f, 0.50f};
inline constexpr Rgb rule{0.72f, 0.75f, 0.79f};
inline constexpr Rgb navy{0.11f, 0.23f, 0.40f};
inline constexpr Rgb header_fill{0.88f, 0.91f, 0.95f};
inline constexpr Rgb total_fill{0.95f, 0.95f, 0.96f};
inline constexpr Rgb white{1, 1, 1};

inline constexpr Rgb error_ink{0.75f, 0.12f, 0.12f};
inline constexpr Rgb error_fill{0.99f, 0.87f, 0.86f};
inline constexpr Rgb warning_ink{0.70f, 0.45f, 0.00f};
inline constexpr Rgb warning_fill{1.00f, 0.94f, 0.78f};
inline constexpr Rgb info_ink{0.16f, 0.38f, 0.62f};
inline constexpr Rgb info_fill{0.89f, 0.94f, 0.99f};
inline constexpr Rgb ok_ink{0.10f, 0.50f, 0.25f};
inline constexpr Rgb ok_fill{0.87f, 0.96f, 0.89f};

// Chart bars, in order.
inline constexpr Rgb series[] = {
    {0.16f, 0.38f, 0.62f}, {0.93f, 0.55f, 0.17f}, {0.25f, 0.60f, 0.45f}, {0.60f, 0.35f, 0.62f},
    {0.80f, 0.30f, 0.30f}, {0.45f, 0.55f, 0.20f}, {0.35f, 0.55f, 0.75f}, {0.65f, 0.50f, 0.35f},
};

}  // namespace yusuan::pdf_style
