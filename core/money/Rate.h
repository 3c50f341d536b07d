#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <compare>

namespace tl::core {

// A rate as a fixed-point number of parts per million (ppm): 8% = 80,000 ppm, 0.16% = 1,600 ppm,
// 1.1 (a ×1.10 multiplier) = 1,100,000 ppm. Stored in the database as INTEGER ppm (columns *_ppm).
// Apply it to an amount with applyRate() in money/Rounding.h, which rounds once at a named point.
class Rate
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::Rate)

public:
    static constexpr qint64 PpmPerUnit = 1'000'000;
    static constexpr qint64 PpmPerPercent = 10'000;

    constexpr Rate() = default;
    static constexpr Rate fromPpm(qint64 ppm) { return Rate(ppm); }

    // A percentage as typed: "8", "8.5", "0.16", "12%", "１２．５％", "-1.5". Up to four decimals (the
    // resolution of ppm); more are refused, not rounded.
    static Result<Rate> fromPercentText(const QString& text);

    constexpr qint64 ppm() const { return m_ppm; }
    constexpr bool isZero() const { return m_ppm == 0; }

    // The percentage without the % sign and without trailing zeros: 80,000 ppm → "8", 85,000 → "8.5",
    // 1,600 → "0.16". Locale-independent, suitable for CSV and fromPercentText().
    QString percentText() const;

    friend constexpr bool operator==(Rate, Rate) = default;
    friend constexpr auto operator<=>(Rate, Rate) = default;

private:
    constexpr explicit Rate(qint64 ppm) : m_ppm(ppm) {}

    qint64 m_ppm = 0;
};

} // namespace tl::core
