#pragma once

#include "money/Money.h"
#include "money/Rate.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace tl::core {

// Where and how an amount is rounded. The Chinese HR names (domain-facts §2.3): 四舍五入到分/到角/到元,
// 见分进角 (UpJiao), 见角进元 (UpYuan), 舍去 (Down*).
//
// Negative amounts are rounded symmetrically, by magnitude: half-up means half AWAY FROM ZERO, "up" means
// away from zero and "down" toward zero, so round(-x) == -round(x). A reversal or a refund therefore
// mirrors the original amount to the fen.
enum class Rounding
{
    HalfUpFen,  // 四舍五入到分: 0.005 → 0.01
    HalfUpJiao, // 四舍五入到角: 12.35 → 12.40, 12.34 → 12.30
    HalfUpYuan, // 四舍五入到元: 12.50 → 13.00, 12.49 → 12.00
    UpFen,      // 见厘进分: any remainder below the fen goes up to the next fen
    UpJiao,     // 见分进角: 12.31 → 12.40
    UpYuan,     // 见角进元: 12.01 → 13.00
    DownFen,    // 舍去到分: truncate below the fen
    DownJiao,   // 舍去到角: 12.39 → 12.30
    DownYuan,   // 舍去到元: 12.99 → 12.00
};

// Rounds a whole-fen amount to the mode's unit. The three *Fen modes leave a Money unchanged (they matter
// only for the exact products of applyRate() and applyRatio()).
Money round(Money amount, Rounding mode);

// base × rate computed exactly in 128-bit integers and rounded ONCE with `mode`: 7,460.00 × 0.16% =
// 11.936 exactly, giving 11.94 (HalfUpFen), 11.90 (HalfUpJiao) or 12.00 (UpJiao). Up modes look at the
// exact product, so 37.30275 with UpJiao is 37.40; round to the fen first (applyRate with HalfUpFen, then
// round()) when a rule says to round twice. Throws std::overflow_error if the result leaves qint64.
Money applyRate(Money base, Rate rate, Rounding mode);

// base × numerator ÷ denominator, exact, rounded once: the day rate "monthly wage ÷ 21.75" is
// applyRatio(wage, 4, 87, …), three days of it applyRatio(wage, 12, 87, …), a pro-rated month
// applyRatio(wage, daysWorked, daysInMonth, …). A negative denominator flips the sign. Throws
// std::domain_error for a zero denominator and std::overflow_error if the result leaves qint64.
Money applyRatio(Money base, qint64 numerator, qint64 denominator, Rounding mode);

// Stable keys for storage (city_profiles.si_rounding, CSV): "half_up_fen", "up_jiao", "down_yuan", …
QString roundingKey(Rounding mode);
std::optional<Rounding> roundingFromKey(QStringView key);

// Translated name for combo boxes and reports, e.g. "Round half up to the fen".
QString roundingName(Rounding mode);

// Every mode, in the order of the enum.
QList<Rounding> allRoundingModes();

} // namespace tl::core
