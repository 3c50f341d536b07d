#pragma once

#include "money/Money.h"

#include <QCoreApplication>
#include <QDate>

namespace tl::core {

// Wage rules of labour law used by the payroll run (domain-facts §3).
class WageRules
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::WageRules)

public:
    // 月计薪天数 21.75: one day of absence costs monthly wage × 4 / 87 (= ÷ 21.75), computed exactly and
    // rounded half up to the fen once for all the days: days × wage ÷ 21.75. Halves of days allowed
    // (halfDays = 2 × days).
    static Money absenceDeduction(Money monthlyWage, int halfDays);

    // Working days (Monday to Friday) from `from` to `to` inclusive.
    static int workingDays(const QDate& from, const QDate& to);
    // Pay for part of a month: wage × working days employed ÷ working days of the month, half up to the fen.
    // employedFrom/employedTo clip the month (invalid = not clipped).
    static Money proRated(Money monthlyWage, int year, int month, const QDate& employedFrom,
                          const QDate& employedTo);

    // 工资支付暂行规定 第十六条: deduction for a loss caused by the employee this month — at most 20% of the
    // month's wage, and never leaving pay below the minimum wage. In Shanghai and Beijing the minimum wage
    // excludes the employee's own social insurance and housing fund (domain-facts §3.2), so `payAfterOwnSi`
    // (the wage minus those contributions) is compared with it when minimumExcludesOwnSi, else the wage.
    struct LossDeduction
    {
        Money deducted; // this month
        Money carried;  // left for later months
        Money twentyPercentCap;
        Money minimumWageCap;
    };
    static LossDeduction lossDeduction(Money outstanding, Money monthWage, Money payAfterOwnSi,
                                       Money minimumWage, bool minimumExcludesOwnSi = true);
};

} // namespace tl::core
