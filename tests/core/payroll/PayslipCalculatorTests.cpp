// Whole payslips worked out by hand (Shanghai from 2025-07-01, DESIGN §5): every line, gross, tax and net.
#include "money/MoneyParse.h"
#include "payroll/PayslipCalculator.h"
#include "settings/BuiltinCityProfiles.h"
#include "settings/CityProfile.h"

#include <catch2/catch.hpp>

using namespace tl::core;

namespace {

Money yuan(const char* text)
{
    auto m = parseMoney(QString::fromLatin1(text));
    REQUIRE(m.ok());
    return *m;
}

CityProfile shanghai()
{
    for (const CityProfile& p : builtinCityProfiles())
        if (p.city == QLatin1String("shanghai") && p.effectiveFrom == QDate(2025, 7, 1))
            return p;
    FAIL("no built-in Shanghai profile");
    return {};
}

} // namespace

TEST_CASE("payslip: the third month of the year with year-to-date figures", "[payroll][payslip]")
{
    // Each month: base 20,000 + performance 3,000 + allowance 500 = 23,500; SI and HF base 15,000:
    // pension 1,200, medical 300, unemployment 75, housing fund 1,050 → 2,625; special additional 2,000.
    // January taxable 23,500 − 5,000 − 2,625 − 2,000 = 13,875 → 416.25; February 27,750 → 832.50 (416.25).
    // March cumulative 41,625 → 10% − 2,520 = 1,642.50; minus 832.50 withheld = 810.00.
    PayInputs in;
    in.year = 2026;
    in.month = 3;
    in.baseSalary = yuan("20000");
    in.performancePay = yuan("3000");
    in.allowance = yuan("500");
    in.siBase = yuan("15000");
    in.hfBase = yuan("15000");
    in.specialAdditional = yuan("2000");
    in.ytdIncome = yuan("47000");
    in.ytdSpecialDeduction = yuan("5250");
    in.ytdSpecialAdditional = yuan("4000");
    in.ytdWithheld = yuan("832.50");
    in.monthsEmployedBefore = 2;
    const PayResult r = PayslipCalculator::calculate(in, shanghai());
    CHECK(r.gross == yuan("23500"));
    CHECK(r.amount(QStringLiteral("base")) == yuan("20000"));
    CHECK(r.amount(QStringLiteral("pension")) == yuan("1200"));
    CHECK(r.amount(QStringLiteral("medical")) == yuan("300"));
    CHECK(r.amount(QStringLiteral("unemployment")) == yuan("75"));
    CHECK(r.amount(QStringLiteral("housing_fund")) == yuan("1050"));
    CHECK(r.withholding.taxable == yuan("41625"));
    CHECK(r.amount(QStringLiteral("iit")) == yuan("810"));
    CHECK(r.net == yuan("20065")); // 23,500 − 2,625 − 810
    // Employer: 2,400 + 1,500 + 75 + 24 (0.16%) + 1,050 = 5,049.
    CHECK(r.amount(QStringLiteral("employer_injury")) == yuan("24"));
    CHECK(r.employerCost == yuan("5049"));
    CHECK(r.ytdWithheld == yuan("1642.50"));
    CHECK(r.ytdIncome == yuan("70500"));
    CHECK(r.monthsEmployed == 3);
    for (const PayLine& line : r.lines)
        CHECK_FALSE(line.explanation.isEmpty());
}

TEST_CASE("payslip: hired mid-month, base at the floor, a loss claim bounded by Art. 16",
          "[payroll][payslip]")
{
    // Hired Monday 16 March 2026: 12 of 22 working days → 11,000 × 12 ÷ 22 = 6,000. Declared base 5,000 is
    // raised to 7,460: 596.80 + 149.20 + 37.30; housing fund 5,000 × 7% = 350 → 1,133.30. Taxable 6,000 −
    // 5,000 − 1,133.30 < 0 → no tax. Loss claim 2,000: 20% of 6,000 = 1,200; 4,866.70 − 2,740 = 2,126.70 of
    // room → 1,200 now, 800 carried. Net 6,000 − 1,133.30 − 1,200 = 3,666.70.
    PayInputs in;
    in.year = 2026;
    in.month = 3;
    in.baseSalary = yuan("11000");
    in.employedFrom = QDate(2026, 3, 16);
    in.siBase = yuan("5000");
    in.hfBase = yuan("5000");
    in.lossOutstanding = yuan("2000");
    const PayResult r = PayslipCalculator::calculate(in, shanghai());
    CHECK(r.amount(QStringLiteral("base")) == yuan("6000"));
    CHECK(r.employeeContributions == yuan("1133.30"));
    CHECK(r.amount(QStringLiteral("iit")) == Money());
    CHECK(r.lossDeducted == yuan("1200"));
    CHECK(r.lossCarried == yuan("800"));
    CHECK(r.amount(QStringLiteral("loss_deduction")) == yuan("1200"));
    CHECK(r.net == yuan("3666.70"));
    CHECK(r.monthsEmployed == 1);
}

TEST_CASE("payslip: the annual bonus taxed separately or with the wage", "[payroll][payslip]")
{
    // January, base 10,000, bases 10,000: 800 + 200 + 50 + 700 = 1,750. Wage taxable 10,000 − 5,000 −
    // 1,750 = 3,250 → 97.50. Bonus 36,001 separately: 3,390.10 (past the 36,000 cliff by 2,309.10 net).
    PayInputs in;
    in.year = 2026;
    in.month = 1;
    in.baseSalary = yuan("10000");
    in.siBase = yuan("10000");
    in.hfBase = yuan("10000");
    in.annualBonus = yuan("36001");
    in.annualBonusSeparately = true;
    const PayResult sep = PayslipCalculator::calculate(in, shanghai());
    CHECK(sep.gross == yuan("46001"));
    CHECK(sep.withholding.thisMonth == yuan("97.50"));
    CHECK(sep.annualBonusTax == yuan("3390.10"));
    CHECK(sep.bonusTax.pastCliff());
    CHECK(sep.bonusTax.netLoss == yuan("2309.10"));
    CHECK(sep.amount(QStringLiteral("iit")) == yuan("3487.60"));
    CHECK(sep.net == yuan("40763.40"));    // 46,001 − 1,750 − 3,487.60
    CHECK(sep.ytdIncome == yuan("10000")); // the separate bonus is not cumulative income

    // With the wage: 46,001 − 5,000 − 1,750 = 39,251 → 10% − 2,520 = 1,405.10.
    in.annualBonusSeparately = false;
    const PayResult with = PayslipCalculator::calculate(in, shanghai());
    CHECK(with.amount(QStringLiteral("iit")) == yuan("1405.10"));
    CHECK(with.net == yuan("42845.90"));
}

TEST_CASE("payslip: unpaid absence at 21.75 days a month", "[payroll][payslip]")
{
    // Base 8,700, 1.5 days absent: 600 → gross 8,100. Bases 8,700: 696 + 174 + 43.50 + 609 = 1,522.50.
    // Taxable 8,100 − 5,000 − 1,522.50 = 1,577.50 → 47.325 → 47.33. Net 8,100 − 1,522.50 − 47.33 = 6,530.17.
    PayInputs in;
    in.year = 2026;
    in.month = 1;
    in.baseSalary = yuan("8700");
    in.absentHalfDays = 3;
    in.siBase = yuan("8700");
    in.hfBase = yuan("8700");
    const PayResult r = PayslipCalculator::calculate(in, shanghai());
    CHECK(r.amount(QStringLiteral("absence_deduction")) == yuan("600"));
    CHECK(r.gross == yuan("8100"));
    CHECK(r.employeeContributions == yuan("1522.50"));
    CHECK(r.amount(QStringLiteral("iit")) == yuan("47.33"));
    CHECK(r.net == yuan("6530.17"));
}
