// Golden tests of the income-tax engine. Expected values come from domain-facts §1 (the official example
// and its 12-month extension, the bonus table) and from hand calculation in the comments; data files are
// tests/data/payroll/*.csv.
#include "money/MoneyParse.h"
#include "payroll/IncomeTax.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringList>

using namespace tl::core;

namespace {

Money yuan(const char* text)
{
    auto m = parseMoney(QString::fromLatin1(text));
    REQUIRE(m.ok());
    return *m;
}

Money money(const QString& text)
{
    auto m = parseMoney(text);
    INFO(text.toStdString());
    REQUIRE(m.ok());
    return *m;
}

// Rows of a data file, comment lines (#) left out.
QList<QStringList> rows(const QString& file)
{
    QFile f(tl::test::testDataPath(QStringLiteral("payroll/") + file));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<QStringList> result;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1Char('#')))
            result.append(text.split(QLatin1Char(',')));
    }
    return result;
}

} // namespace

TEST_CASE("cumulative withholding: the official example and its 12-month extension", "[payroll][iit]")
{
    const auto months = IncomeTax::equalMonths(yuan("30000"), yuan("4500"), yuan("2000"), 12,
                                               IncomeTax::DeductionRule::Standard);
    const auto expected = rows(QStringLiteral("iit_official_12_months.csv"));
    REQUIRE(months.size() == 12);
    REQUIRE(expected.size() == 12);
    Money total;
    for (int i = 0; i < 12; ++i) {
        const QStringList& e = expected[i];
        INFO("month " << e[0].toStdString());
        CHECK(months[i].month == e[0].toInt());
        CHECK(months[i].withholding.taxable == money(e[1]));
        CHECK(IncomeTax::cumulativeTable()[months[i].withholding.bracket].rate.ppm() ==
              e[2].toInt() * 10'000);
        CHECK(IncomeTax::cumulativeTable()[months[i].withholding.bracket].quickDeduction == money(e[3]));
        CHECK(months[i].withholding.cumulativeTax == money(e[4]));
        CHECK(months[i].withholding.thisMonth == money(e[5]));
        total += months[i].withholding.thisMonth;
    }
    // Full-year check (domain-facts §1.3): 222,000 × 20% − 16,920 = 27,480 = the sum of the months.
    CHECK(total == yuan("27480"));
}

TEST_CASE("bracket bounds are left-open and right-closed", "[payroll][iit]")
{
    const auto& t = IncomeTax::cumulativeTable();
    CHECK(IncomeTax::bracketIndex(t, yuan("36000")) == 0);
    CHECK(IncomeTax::bracketIndex(t, yuan("36000.01")) == 1);
    CHECK(IncomeTax::bracketIndex(t, yuan("960000")) == 5);
    CHECK(IncomeTax::bracketIndex(t, yuan("960000.01")) == 6);
    // 36,000 × 3% = 1,080.00; 36,000.01 × 10% − 2,520 = 1,080.001 → 1,080.00 (half up to the fen)
    CHECK(IncomeTax::taxOn(t, yuan("36000")) == yuan("1080"));
    CHECK(IncomeTax::taxOn(t, yuan("36000.01")) == yuan("1080"));
    // 1,000,000 × 45% − 181,920 = 268,080
    CHECK(IncomeTax::taxOn(t, yuan("1000000")) == yuan("268080"));
    // 0.17 × 3% = 0.0051 → 0.01; 0.16 × 3% = 0.0048 → 0.00
    CHECK(IncomeTax::taxOn(t, yuan("0.17")) == yuan("0.01"));
    CHECK(IncomeTax::taxOn(t, yuan("0.16")) == Money());
    CHECK(IncomeTax::taxOn(t, yuan("-100")) == Money());
}

TEST_CASE("a month whose cumulative tax falls is withheld as zero, never refunded", "[payroll][iit]")
{
    // January 20,000 with deductions 5,000 + 3,000: taxable 12,000, tax 360.
    IncomeTax::Cumulative ytd;
    ytd.income = yuan("20000");
    ytd.basicDeduction = yuan("5000");
    ytd.specialDeduction = yuan("3000");
    auto jan = IncomeTax::withhold(ytd);
    CHECK(jan.taxable == yuan("12000"));
    CHECK(jan.thisMonth == yuan("360"));
    // February unpaid leave: income stays 20,000, deduction 10,000 + 3,000: taxable 7,000 → tax 210 < 360
    // already withheld: this month 0, not −150.
    ytd.basicDeduction = yuan("10000");
    ytd.withheldBefore = jan.thisMonth;
    auto feb = IncomeTax::withhold(ytd);
    CHECK(feb.cumulativeTax == yuan("210"));
    CHECK(feb.thisMonth == Money());
    // A tax reduction is taken off the cumulative tax: 210 − 50 − 0 = 160.
    IncomeTax::Cumulative r;
    r.income = yuan("12000");
    r.basicDeduction = yuan("5000");
    r.taxReduction = yuan("50");
    CHECK(IncomeTax::withhold(r).thisMonth == yuan("160"));
}

TEST_CASE("the basic deduction: months employed, first job in the year, the 60,000 rule", "[payroll][iit]")
{
    using R = IncomeTax::DeductionRule;
    // Hired in July, 6 months employed by December: 30,000; a first job counts from January: 12 × 5,000.
    CHECK(IncomeTax::basicDeduction(7, 1, R::Standard) == yuan("5000"));
    CHECK(IncomeTax::basicDeduction(12, 6, R::Standard) == yuan("30000"));
    CHECK(IncomeTax::basicDeduction(7, 1, R::FirstJobInYear) == yuan("35000")); // domain-facts §1.6
    CHECK(IncomeTax::basicDeduction(1, 1, R::LowEarnerPreviousYear) == yuan("60000"));
    CHECK(IncomeTax::basicDeduction(12, 12, R::LowEarnerPreviousYear) == yuan("60000"));

    // The 60,000 rule case: 6,000 a month, 三险一金 600. Cumulative income reaches 60,000 in October, so
    // nothing is withheld through October (taxable = 10 × 6,000 − 60,000 − 6,000 < 0); November: 66,000 −
    // 60,000 − 6,600 = −600 → 0; December: 72,000 − 60,000 − 7,200 = 4,800 → 144.00.
    const auto months =
        IncomeTax::equalMonths(yuan("6000"), yuan("600"), Money(), 12, R::LowEarnerPreviousYear);
    for (int m = 0; m < 11; ++m)
        CHECK(months[m].withholding.thisMonth == Money());
    CHECK(months[11].withholding.taxable == yuan("4800"));
    CHECK(months[11].withholding.thisMonth == yuan("144"));
    // The same person under the standard rule pays from January: 6,000 − 5,000 − 600 = 400 → 12.00 a month.
    const auto standard = IncomeTax::equalMonths(yuan("6000"), yuan("600"), Money(), 12, R::Standard);
    CHECK(standard[0].withholding.thisMonth == yuan("12"));
    CHECK(standard[11].withholding.cumulativeTax == yuan("144"));
}

TEST_CASE("the annual one-off bonus taxed separately, with the cliff warning", "[payroll][iit]")
{
    const auto expected = rows(QStringLiteral("iit_bonus.csv"));
    REQUIRE(expected.size() == 5);
    for (const QStringList& e : expected) {
        INFO("bonus " << e[0].toStdString());
        const auto b = IncomeTax::bonusSeparately(money(e[0]));
        CHECK(b.tax == money(e[1]));
        CHECK(b.cliffBonus == money(e[2]));
        CHECK(b.netLoss == money(e[3]));
        CHECK(b.pastCliff() == money(e[3]).isPositive());
    }
    // The quick deduction is taken once, not × 12: 960,001 is in the top bracket (÷ 12 > 80,000):
    // 960,001 × 45% − 15,160 = 416,840.45.
    CHECK(IncomeTax::bonusSeparately(yuan("960001")).tax == yuan("416840.45"));
    CHECK(IncomeTax::bonusSeparately(Money()).tax == Money());
}
