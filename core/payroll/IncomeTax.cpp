#include "payroll/IncomeTax.h"

#include "money/Rounding.h"

#include <algorithm>

namespace tl::core {

namespace {

TaxBracket bracket(qint64 upToYuan, qint64 percent, qint64 quickYuan)
{
    return {Money::fromYuan(upToYuan), Rate::fromPpm(percent * Rate::PpmPerPercent),
            Money::fromYuan(quickYuan)};
}

} // namespace

const QList<TaxBracket>& IncomeTax::cumulativeTable()
{
    // domain-facts §1.2 (预扣率表一)
    static const QList<TaxBracket> table{
        bracket(36'000, 3, 0),        bracket(144'000, 10, 2'520),  bracket(300'000, 20, 16'920),
        bracket(420'000, 25, 31'920), bracket(660'000, 30, 52'920), bracket(960'000, 35, 85'920),
        bracket(0, 45, 181'920),
    };
    return table;
}

const QList<TaxBracket>& IncomeTax::monthlyTable()
{
    // domain-facts §1.5 (按月换算后的综合所得税率表)
    static const QList<TaxBracket> table{
        bracket(3'000, 3, 0),       bracket(12'000, 10, 210),   bracket(25'000, 20, 1'410),
        bracket(35'000, 25, 2'660), bracket(55'000, 30, 4'410), bracket(80'000, 35, 7'160),
        bracket(0, 45, 15'160),
    };
    return table;
}

int IncomeTax::bracketIndex(const QList<TaxBracket>& table, Money taxable)
{
    for (int i = 0; i < table.size(); ++i) {
        if (table[i].upTo.isZero() || taxable <= table[i].upTo)
            return i;
    }
    return int(table.size()) - 1;
}

Money IncomeTax::taxOn(const QList<TaxBracket>& table, Money taxable)
{
    if (!taxable.isPositive())
        return {};
    const TaxBracket& b = table[bracketIndex(table, taxable)];
    const Money tax = applyRate(taxable, b.rate, Rounding::HalfUpFen) - b.quickDeduction;
    return tax.isNegative() ? Money() : tax;
}

IncomeTax::Withholding IncomeTax::withhold(const Cumulative& ytd)
{
    Withholding w;
    const Money taxable = ytd.income - ytd.taxFree - ytd.basicDeduction - ytd.specialDeduction -
                          ytd.specialAdditional - ytd.otherDeductions;
    w.taxable = taxable.isNegative() ? Money() : taxable;
    w.bracket = bracketIndex(cumulativeTable(), w.taxable);
    w.cumulativeTax = taxOn(cumulativeTable(), w.taxable);
    const Money due = w.cumulativeTax - ytd.taxReduction - ytd.withheldBefore;
    w.thisMonth = due.isNegative() ? Money() : due; // 余额为负值时，暂不退税
    return w;
}

Money IncomeTax::basicDeduction(int month, int monthsEmployed, DeductionRule rule)
{
    month = std::clamp(month, 1, 12);
    switch (rule) {
    case DeductionRule::FirstJobInYear:
        return Money::fromYuan(MonthlyBasicDeductionYuan * month);
    case DeductionRule::LowEarnerPreviousYear:
        return Money::fromYuan(std::max<qint64>(
            LowEarnerAnnualDeductionYuan, MonthlyBasicDeductionYuan * std::clamp(monthsEmployed, 0, 12)));
    case DeductionRule::Standard:
        break;
    }
    return Money::fromYuan(MonthlyBasicDeductionYuan * std::clamp(monthsEmployed, 0, month));
}

IncomeTax::BonusTax IncomeTax::bonusSeparately(Money bonus)
{
    BonusTax result;
    if (!bonus.isPositive())
        return result;
    const QList<TaxBracket>& table = monthlyTable();
    // The bracket is found with bonus ÷ 12, compared exactly: bonus <= 12 × upTo.
    int index = int(table.size()) - 1;
    for (int i = 0; i < table.size(); ++i) {
        if (table[i].upTo.isZero() || bonus <= table[i].upTo * 12) {
            index = i;
            break;
        }
    }
    const TaxBracket& b = table[index];
    const Money tax = applyRate(bonus, b.rate, Rounding::HalfUpFen) - b.quickDeduction;
    result.tax = tax.isNegative() ? Money() : tax;
    result.bracket = index;
    if (index > 0) {
        const Money cliff = table[index - 1].upTo * 12;
        const BonusTax atCliff = bonusSeparately(cliff);
        const Money loss = (cliff - atCliff.tax) - (bonus - result.tax);
        if (loss.isPositive()) {
            result.cliffBonus = cliff;
            result.netLoss = loss;
        }
    }
    return result;
}

QList<IncomeTax::Month> IncomeTax::equalMonths(Money monthlyIncome, Money monthlyInsurance,
                                               Money monthlySpecial, int months, DeductionRule rule)
{
    QList<Month> result;
    Cumulative ytd;
    for (int m = 1; m <= std::clamp(months, 0, 12); ++m) {
        ytd.income += monthlyIncome;
        ytd.specialDeduction += monthlyInsurance;
        ytd.specialAdditional += monthlySpecial;
        ytd.basicDeduction = basicDeduction(m, m, rule);
        const Withholding w = withhold(ytd);
        result.append({m, w});
        ytd.withheldBefore += w.thisMonth;
    }
    return result;
}

} // namespace tl::core
