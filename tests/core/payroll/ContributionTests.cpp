// Social insurance, housing fund and wage-rule golden tests. Every expected value is worked out by hand in
// the comment beside it from DESIGN §5 / domain-facts §2–3 (rates, floors, caps, 21.75, Art. 16).
#include "money/MoneyParse.h"
#include "payroll/Contributions.h"
#include "payroll/WageRules.h"
#include "settings/BuiltinCityProfiles.h"

#include <catch2/catch.hpp>

using namespace tl::core;

namespace {

Money yuan(const char* text)
{
    auto m = parseMoney(QString::fromLatin1(text));
    REQUIRE(m.ok());
    return *m;
}

CityProfile shanghai2025()
{
    for (const CityProfile& p : builtinCityProfiles())
        if (p.city == QLatin1String("shanghai") && p.effectiveFrom == QDate(2025, 7, 1))
            return p;
    FAIL("no built-in Shanghai 2025-07-01 profile");
    return {};
}

} // namespace

TEST_CASE("Shanghai 2025: a base below the floor is raised to 7,460", "[payroll][si]")
{
    const Contributions c = ContributionCalculator::compute(shanghai2025(), yuan("5000"), yuan("5000"));
    CHECK(c.siBase == yuan("7460"));
    CHECK(c.siBaseClamped);
    CHECK(c.pension == yuan("596.80"));     // 7,460 × 8%
    CHECK(c.medical == yuan("149.20"));     // × 2%
    CHECK(c.unemployment == yuan("37.30")); // × 0.5%
    CHECK(c.employerPension == yuan("1193.60"));
    CHECK(c.employerMedical == yuan("746.00"));
    CHECK(c.employerUnemployment == yuan("37.30"));
    CHECK(c.employerInjury == yuan("11.94")); // 11.936 half up to the fen
    // The housing-fund floor is 2,740, so 5,000 stands: 5,000 × 7% = 350 (to the yuan).
    CHECK(c.hfBase == yuan("5000"));
    CHECK_FALSE(c.hfBaseClamped);
    CHECK(c.housingFund == yuan("350"));
    CHECK(c.employerHousingFund == yuan("350"));
    CHECK(c.employeeTotal() == yuan("1133.30")); // 596.80 + 149.20 + 37.30 + 350
}

TEST_CASE("Shanghai 2025: a base above the cap is cut to 37,302", "[payroll][si]")
{
    const Contributions c = ContributionCalculator::compute(shanghai2025(), yuan("40000"), yuan("40000"));
    CHECK(c.siBase == yuan("37302"));
    CHECK(c.pension == yuan("2984.16"));     // 37,302 × 8%
    CHECK(c.medical == yuan("746.04"));      // × 2%
    CHECK(c.unemployment == yuan("186.51")); // × 0.5%
    CHECK(c.employerMedical == yuan("3730.20"));
    CHECK(c.employerInjury == yuan("59.68")); // 59.6832
    CHECK(c.hfBase == yuan("37302"));
    CHECK(c.housingFund == yuan("2611")); // 2,611.14 → 2,611
}

TEST_CASE("each rounding mode of a city profile applies per item", "[payroll][si]")
{
    CityProfile p = shanghai2025();
    // Base 12,345.67 inside the range.
    const Contributions fen = ContributionCalculator::compute(p, yuan("12345.67"), yuan("12345.67"));
    CHECK(fen.pension == yuan("987.65"));       // 987.6536
    CHECK(fen.medical == yuan("246.91"));       // 246.9134
    CHECK(fen.unemployment == yuan("61.73"));   // 61.72835
    CHECK(fen.employerInjury == yuan("19.75")); // 19.753072
    CHECK(fen.housingFund == yuan("864"));      // 864.1969 half up to the yuan

    p.siRounding = QStringLiteral("up_jiao"); // 见分进角
    p.hfRounding = QStringLiteral("half_up_fen");
    const Contributions jiao = ContributionCalculator::compute(p, yuan("12345.67"), yuan("12345.67"));
    CHECK(jiao.pension == yuan("987.70"));
    CHECK(jiao.medical == yuan("247.00"));
    CHECK(jiao.unemployment == yuan("61.80"));
    CHECK(jiao.employerInjury == yuan("19.80"));
    CHECK(jiao.housingFund == yuan("864.20")); // 864.1969 half up to the fen

    p.siRounding = QStringLiteral("half_up_jiao");
    p.hfRounding = QStringLiteral("down_yuan");
    const Contributions half = ContributionCalculator::compute(p, yuan("12345.67"), yuan("12345.67"));
    CHECK(half.pension == yuan("987.70"));     // 987.6536 → .7
    CHECK(half.medical == yuan("246.90"));     // 246.9134 → .9
    CHECK(half.unemployment == yuan("61.70")); // 61.72835 → .7
    CHECK(half.housingFund == yuan("864"));

    // An employee's own housing-fund rate (5%) replaces the profile's 7% for both sides: 12,345.67 × 5% =
    // 617.2835 → 617 (half up to the yuan, the default).
    const Contributions five =
        ContributionCalculator::compute(shanghai2025(), yuan("12345.67"), yuan("12345.67"), 50'000);
    CHECK(five.housingFund == yuan("617"));
    CHECK(five.employerHousingFund == yuan("617"));
}

TEST_CASE("absence at monthly wage ÷ 21.75 a day, and pro-rating by working days", "[payroll][attendance]")
{
    // 8,700 ÷ 21.75 = 400 a day exactly.
    CHECK(WageRules::absenceDeduction(yuan("8700"), 2) == yuan("400"));
    CHECK(WageRules::absenceDeduction(yuan("8700"), 3) == yuan("600")); // one and a half days
    // 10,000 × 3 ÷ 21.75 = 1,379.3103… → 1,379.31
    CHECK(WageRules::absenceDeduction(yuan("10000"), 6) == yuan("1379.31"));
    // 10,000 ÷ 21.75 = 459.7701… → 459.77
    CHECK(WageRules::absenceDeduction(yuan("10000"), 2) == yuan("459.77"));
    CHECK(WageRules::absenceDeduction(yuan("10000"), 0) == Money());

    // March 2026 has 22 working days (Mon 2 … Tue 31); hired on Monday 16 March: 12 working days.
    CHECK(WageRules::workingDays(QDate(2026, 3, 1), QDate(2026, 3, 31)) == 22);
    CHECK(WageRules::workingDays(QDate(2026, 3, 16), QDate(2026, 3, 31)) == 12);
    // 11,000 × 12 ÷ 22 = 6,000
    CHECK(WageRules::proRated(yuan("11000"), 2026, 3, QDate(2026, 3, 16), {}) == yuan("6000"));
    // Left on Friday 6 March: 5 working days: 10,000 × 5 ÷ 22 = 2,272.7272… → 2,272.73
    CHECK(WageRules::proRated(yuan("10000"), 2026, 3, {}, QDate(2026, 3, 6)) == yuan("2272.73"));
    CHECK(WageRules::proRated(yuan("10000"), 2026, 3, QDate(2025, 1, 1), {}) == yuan("10000"));
}

TEST_CASE("loss deductions under Art. 16: 20% of the wage, the minimum wage, the rest carried",
          "[payroll][art16]")
{
    // Wage 10,000, own contributions 1,133.30 → 8,866.70; minimum 2,740. 20% = 2,000 binds:
    // a 5,000 claim takes 2,000 now and carries 3,000.
    auto a = WageRules::lossDeduction(yuan("5000"), yuan("10000"), yuan("8866.70"), yuan("2740"));
    CHECK(a.twentyPercentCap == yuan("2000"));
    CHECK(a.deducted == yuan("2000"));
    CHECK(a.carried == yuan("3000"));
    // Wage 3,200, own contributions 815.80 → 2,384.20, already below 2,740: nothing may be deducted.
    auto b = WageRules::lossDeduction(yuan("1000"), yuan("3200"), yuan("2384.20"), yuan("2740"));
    CHECK(b.minimumWageCap == Money());
    CHECK(b.deducted == Money());
    CHECK(b.carried == yuan("1000"));
    // Wage 3,400, after contributions 3,000: 20% = 680 but only 260 above the minimum: 260 now.
    auto c = WageRules::lossDeduction(yuan("1000"), yuan("3400"), yuan("3000"), yuan("2740"));
    CHECK(c.twentyPercentCap == yuan("680"));
    CHECK(c.minimumWageCap == yuan("260"));
    CHECK(c.deducted == yuan("260"));
    CHECK(c.carried == yuan("740"));
    // A small remainder is taken whole: 150 < both caps.
    auto d = WageRules::lossDeduction(yuan("150"), yuan("10000"), yuan("8866.70"), yuan("2740"));
    CHECK(d.deducted == yuan("150"));
    CHECK(d.carried == Money());
    // Where the minimum wage includes own contributions the wage itself is compared: 3,400 − 2,740 = 660.
    auto e = WageRules::lossDeduction(yuan("1000"), yuan("3400"), yuan("3000"), yuan("2740"), false);
    CHECK(e.deducted == yuan("660"));
    // 20% rounds down: 20% of 3,333.33 = 666.666 → 666.66.
    auto f = WageRules::lossDeduction(yuan("5000"), yuan("3333.33"), yuan("3333.33"), yuan("0"));
    CHECK(f.deducted == yuan("666.66"));
}
