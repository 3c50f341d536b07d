#include "payroll/PayslipCalculator.h"

#include "common/TrText.h"
#include "money/MoneyFormat.h"
#include "payroll/Contributions.h"
#include "payroll/WageRules.h"
#include "settings/CityProfile.h"

namespace tl::core {

namespace {

QString m(Money amount)
{
    return formatMoney(amount);
}

QString percent(int ppm)
{
    return Rate::fromPpm(ppm).percentText() + QLatin1Char('%');
}

// A line's explanation, translated when it is shown (TrText).
TrText text(const char* source)
{
    return TrText("tl::core::PayslipCalculator", source);
}

} // namespace

Money PayResult::amount(const QString& code) const
{
    for (const PayLine& line : lines)
        if (line.code == code)
            return line.amount;
    return {};
}

PayResult PayslipCalculator::calculate(const PayInputs& in, const CityProfile& city)
{
    PayResult r;
    auto add = [&r](const QString& code, Money amount, const TrText& explanation, bool employer = false) {
        if (!amount.isZero())
            r.lines.append({code, amount, explanation, employer});
    };

    // Pay.
    const QDate first(in.year, in.month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    const bool partial = (in.employedFrom.isValid() && in.employedFrom > first) ||
                         (in.employedTo.isValid() && in.employedTo < last);
    Money base = in.baseSalary;
    if (partial) {
        base = WageRules::proRated(in.baseSalary, in.year, in.month, in.employedFrom, in.employedTo);
        const QDate from = in.employedFrom.isValid() && in.employedFrom > first ? in.employedFrom : first;
        const QDate to = in.employedTo.isValid() && in.employedTo < last ? in.employedTo : last;
        add(QStringLiteral("base"), base,
            text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator",
                                   "%1 × %2 working days employed ÷ %3 working days in the month"))
                .arg(m(in.baseSalary))
                .arg(QString::number(WageRules::workingDays(from, to)))
                .arg(QString::number(WageRules::workingDays(first, last))));
    } else {
        add(QStringLiteral("base"), base,
            text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "monthly base salary")));
    }
    add(QStringLiteral("performance"), in.performancePay,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "performance pay of the month")));
    add(QStringLiteral("commission"), in.commission,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "commission of the month")));
    const Money bonus = in.bonus + in.annualBonus;
    if (in.annualBonus.isPositive())
        add(QStringLiteral("bonus"), bonus,
            in.annualBonusSeparately
                ? text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator",
                                         "bonus %1 and the annual one-off bonus %2, taxed separately"))
                      .arg(m(in.bonus), m(in.annualBonus))
                : text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator",
                                         "bonus %1 and the annual one-off bonus %2, taxed with the wage"))
                      .arg(m(in.bonus), m(in.annualBonus)));
    else
        add(QStringLiteral("bonus"), bonus,
            text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "bonus of the month")));
    add(QStringLiteral("allowance"), in.allowance,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "fixed allowance")));
    add(QStringLiteral("visit_allowance"), in.visitAllowance,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "allowance for effective field visits")));
    const Money absence = WageRules::absenceDeduction(in.baseSalary, in.absentHalfDays);
    if (absence.isPositive())
        add(QStringLiteral("absence_deduction"), absence,
            text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "%1 ÷ 21.75 × %2 day(s) of unpaid absence"))
                .arg(m(in.baseSalary))
                .arg(QString::number(in.absentHalfDays / 2.0, 'f', in.absentHalfDays % 2 ? 1 : 0)));

    add(QStringLiteral("adjustment"), in.adjustment,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator",
                               "adjustments of the month (the month corrected in brackets): %1"))
            .arg(in.adjustmentDetail));

    r.gross = base + in.performancePay + in.commission + bonus + in.allowance + in.visitAllowance - absence +
              in.adjustment;
    const Money separateBonus = in.annualBonusSeparately ? in.annualBonus : Money();

    // Contributions (employee and employer).
    const Contributions c = ContributionCalculator::compute(city, in.siBase, in.hfBase, in.hfRatePpm);
    const TrText siBaseText =
        c.siBaseClamped ? text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator",
                                                 "base %1 (declared %2, limited to %3–%4)"))
                              .arg(m(c.siBase), m(in.siBase), m(Money::fromFen(city.siBaseMin)),
                                   m(Money::fromFen(city.siBaseMax)))
                        : text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "base %1")).arg(m(c.siBase));
    const TrText hfBaseText =
        c.hfBaseClamped ? text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator",
                                                 "base %1 (declared %2, limited to %3–%4)"))
                              .arg(m(c.hfBase), m(in.hfBase), m(Money::fromFen(city.hfBaseMin)),
                                   m(Money::fromFen(city.hfBaseMax)))
                        : text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "base %1")).arg(m(c.hfBase));
    const int hfPpm = in.hfRatePpm > 0 ? in.hfRatePpm : city.hfRatePpm;
    add(QStringLiteral("pension"), c.pension,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "%1 × %2"))
            .arg(siBaseText, percent(city.pensionEmployeePpm)));
    add(QStringLiteral("medical"), c.medical,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "%1 × %2"))
            .arg(siBaseText, percent(city.medicalEmployeePpm)));
    add(QStringLiteral("unemployment"), c.unemployment,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "%1 × %2"))
            .arg(siBaseText, percent(city.unemploymentEmployeePpm)));
    add(QStringLiteral("housing_fund"), c.housingFund,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "%1 × %2")).arg(hfBaseText, percent(hfPpm)));
    r.employeeContributions = c.employeeTotal();

    // Income tax: cumulative withholding on this month's taxable pay.
    r.monthsEmployed = std::min(in.monthsEmployedBefore + 1, in.month);
    r.taxableThisMonth = r.gross - separateBonus;
    IncomeTax::Cumulative ytd;
    ytd.income = in.ytdIncome + r.taxableThisMonth;
    ytd.specialDeduction = in.ytdSpecialDeduction + r.employeeContributions;
    ytd.specialAdditional = in.ytdSpecialAdditional + in.specialAdditional;
    ytd.basicDeduction = IncomeTax::basicDeduction(in.month, r.monthsEmployed, in.deductionRule);
    ytd.withheldBefore = in.ytdWithheld;
    r.withholding = IncomeTax::withhold(ytd);
    TrText iitText =
        text(QT_TRANSLATE_NOOP(
                 "tl::core::PayslipCalculator",
                 "cumulative taxable %1 = income %2 − basic deduction %3 − social insurance and housing "
                 "fund %4 − special additional deductions %5; tax to date %6 − withheld before %7"))
            .arg(m(r.withholding.taxable), m(ytd.income), m(ytd.basicDeduction), m(ytd.specialDeduction),
                 m(ytd.specialAdditional), m(r.withholding.cumulativeTax), m(ytd.withheldBefore));
    Money iit = r.withholding.thisMonth;
    if (separateBonus.isPositive()) {
        r.bonusTax = IncomeTax::bonusSeparately(separateBonus);
        r.annualBonusTax = r.bonusTax.tax;
        iit += r.annualBonusTax;
        iitText = text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator",
                                         "%1; plus %2 on the annual bonus taxed separately"))
                      .arg(iitText, m(r.annualBonusTax));
    }
    add(QStringLiteral("iit"), iit, iitText);

    // Loss deduction (Art. 16), on the month's wage.
    if (in.lossOutstanding.isPositive()) {
        const auto loss =
            WageRules::lossDeduction(in.lossOutstanding, r.gross, r.gross - r.employeeContributions,
                                     Money::fromFen(city.minimumWage), in.minimumExcludesOwnSi);
        r.lossDeducted = loss.deducted;
        r.lossCarried = loss.carried;
        add(QStringLiteral("loss_deduction"), loss.deducted,
            text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator",
                                   "at most 20% of the wage (%1) and leaving at least the minimum wage %2 "
                                   "(room %3); %4 carried "
                                   "forward"))
                .arg(m(loss.twentyPercentCap), m(Money::fromFen(city.minimumWage)), m(loss.minimumWageCap),
                     m(loss.carried)));
    }

    r.net = r.gross - r.employeeContributions - iit - r.lossDeducted;

    add(QStringLiteral("employer_pension"), c.employerPension,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "%1 × %2"))
            .arg(siBaseText, percent(city.pensionEmployerPpm)),
        true);
    add(QStringLiteral("employer_medical"), c.employerMedical,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "%1 × %2"))
            .arg(siBaseText, percent(city.medicalEmployerPpm)),
        true);
    add(QStringLiteral("employer_unemployment"), c.employerUnemployment,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "%1 × %2"))
            .arg(siBaseText, percent(city.unemploymentEmployerPpm)),
        true);
    add(QStringLiteral("employer_injury"), c.employerInjury,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "%1 × %2"))
            .arg(siBaseText, percent(city.injuryEmployerPpm)),
        true);
    add(QStringLiteral("employer_housing_fund"), c.employerHousingFund,
        text(QT_TRANSLATE_NOOP("tl::core::PayslipCalculator", "%1 × %2")).arg(hfBaseText, percent(hfPpm)),
        true);
    r.employerCost = c.employerTotal();

    r.ytdIncome = ytd.income;
    r.ytdSpecialDeduction = ytd.specialDeduction;
    r.ytdSpecialAdditional = ytd.specialAdditional;
    r.ytdWithheld = in.ytdWithheld + r.withholding.thisMonth;
    return r;
}

} // namespace tl::core
