#include "payroll/WageRules.h"

#include "money/Rate.h"
#include "money/Rounding.h"

#include <algorithm>

namespace tl::core {

Money WageRules::absenceDeduction(Money monthlyWage, int halfDays)
{
    if (halfDays <= 0)
        return {};
    // days × wage ÷ 21.75 = halfDays × wage × 100 ÷ (2 × 2175) = halfDays × wage × 2 ÷ 87
    return applyRatio(monthlyWage, qint64(halfDays) * 2, 87, Rounding::HalfUpFen);
}

int WageRules::workingDays(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    int days = 0;
    for (QDate d = from; d <= to; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            ++days;
    return days;
}

Money WageRules::proRated(Money monthlyWage, int year, int month, const QDate& employedFrom,
                          const QDate& employedTo)
{
    const QDate first(year, month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    const QDate from = employedFrom.isValid() ? std::max(first, employedFrom) : first;
    const QDate to = employedTo.isValid() ? std::min(last, employedTo) : last;
    const int total = workingDays(first, last);
    const int worked = workingDays(from, to);
    if (total == 0 || worked >= total)
        return worked >= total ? monthlyWage : Money();
    return applyRatio(monthlyWage, worked, total, Rounding::HalfUpFen);
}

WageRules::LossDeduction WageRules::lossDeduction(Money outstanding, Money monthWage, Money payAfterOwnSi,
                                                  Money minimumWage, bool minimumExcludesOwnSi)
{
    LossDeduction r;
    // 20% of the month's wage, rounded down to the fen so that the bound is never exceeded.
    r.twentyPercentCap = applyRate(monthWage, Rate::fromPpm(200'000), Rounding::DownFen);
    const Money compared = minimumExcludesOwnSi ? payAfterOwnSi : monthWage;
    const Money room = compared - minimumWage;
    r.minimumWageCap = room.isNegative() ? Money() : room;
    Money d = std::min({outstanding, r.twentyPercentCap, r.minimumWageCap});
    if (d.isNegative())
        d = Money();
    r.deducted = d;
    r.carried = outstanding - d;
    return r;
}

} // namespace tl::core
