#pragma once

#include "money/Money.h"
#include "money/Rate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tl::core {

// One bracket of a progressive table: income above the previous bound up to `upTo` (inclusive; brackets are
// left-open, right-closed: exactly 36,000 is in the first) is taxed at `rate` minus `quickDeduction`.
// upTo = 0 marks the last, open-ended bracket.
struct TaxBracket
{
    Money upTo;
    Rate rate;
    Money quickDeduction;
};

// Individual income tax on wages and salaries withheld by the employer (domain-facts §1):
// cumulative withholding (国家税务总局公告2018年第61号 第六条) and the separate taxation of the annual
// one-off bonus (财税〔2018〕164号, extended to 2027-12-31). Amounts are computed to the fen (domain-facts
// §1.7): taxable × rate is exact in integers and rounded half up to the fen once.
class IncomeTax
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::IncomeTax)

public:
    static constexpr qint64 MonthlyBasicDeductionYuan = 5'000;     // 减除费用 per month employed
    static constexpr qint64 LowEarnerAnnualDeductionYuan = 60'000; // 公告2020年第19号

    // 预扣率表一 (domain-facts §1.2) and the table converted to months for the bonus (§1.5).
    static const QList<TaxBracket>& cumulativeTable();
    static const QList<TaxBracket>& monthlyTable();

    // The bracket of `taxable` in `table` (index); taxable <= 0 gives bracket 0.
    static int bracketIndex(const QList<TaxBracket>& table, Money taxable);
    // taxable × rate − quick deduction, half up to the fen, never below zero.
    static Money taxOn(const QList<TaxBracket>& table, Money taxable);

    // Year-to-date figures of one employee with this employer, up to and including the current month.
    struct Cumulative
    {
        Money income;         // 累计收入 (wages, salaries; the bonus only when not taxed separately)
        Money taxFree;        // 累计免税收入
        Money basicDeduction; // 累计减除费用: see basicDeduction()
        Money specialDeduction; // 累计专项扣除: the employee's pension, medical, unemployment, housing fund
        Money specialAdditional; // 累计专项附加扣除
        Money otherDeductions;   // 累计依法确定的其他扣除
        Money taxReduction;      // 累计减免税额
        Money withheldBefore;    // 累计已预扣预缴税额 (earlier months of the year)
    };
    struct Withholding
    {
        Money taxable;       // 累计预扣预缴应纳税所得额 (not below zero)
        int bracket = 0;     // index into cumulativeTable()
        Money cumulativeTax; // 累计应预扣预缴税额 = taxable × rate − quick deduction
        Money thisMonth; // 本期应预扣预缴税额: cumulativeTax − reduction − withheld before, floored at 0
    };
    // 本期应预扣预缴税额; a negative balance is not refunded during the year (暂不退税): it is 0.
    static Withholding withhold(const Cumulative& ytd);

    // 累计减除费用 for the month `month` (1..12) of the tax year: 5,000 × months employed by this employer
    // this year up to this month (monthsEmployed), or 5,000 × month for a first job in the year
    // (公告2020年第13号), or 60,000 from January for a low earner of the previous year (公告2020年第19号).
    enum class DeductionRule
    {
        Standard,
        FirstJobInYear,
        LowEarnerPreviousYear
    };
    static Money basicDeduction(int month, int monthsEmployed, DeductionRule rule);

    // The annual one-off bonus taxed separately: bonus × rate − quick deduction (once), the rate looked up
    // with bonus ÷ 12 in monthlyTable().
    struct BonusTax
    {
        Money tax;
        int bracket = 0;
        // Bracket cliff (临界点): a smaller bonus would leave more after tax. cliffBonus is the top of the
        // lower bracket (36,000, 144,000, …) and netLoss what the extra bonus costs net: (cliffBonus − tax
        // at cliffBonus) − (bonus − tax). Zero when there is no cliff.
        Money cliffBonus;
        Money netLoss;
        bool pastCliff() const { return netLoss.isPositive(); }
    };
    static BonusTax bonusSeparately(Money bonus);

    // `tax iit --income A --insurance B --special C --months N` (DESIGN §4): N equal months from January,
    // standard deduction, every month employed. One row per month.
    struct Month
    {
        int month = 0;
        Withholding withholding;
    };
    static QList<Month> equalMonths(Money monthlyIncome, Money monthlyInsurance, Money monthlySpecial,
                                    int months, DeductionRule rule = DeductionRule::Standard);
};

} // namespace tl::core
