#include "LedgerBuilder.h"

#include "receivables/InterestCalculator.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"

using namespace tl::core;
using namespace tl::test;

namespace {

InterestCalculator::Line line(const Context& ctx, qint64 installmentId, const QDate& asOf)
{
    auto l = InterestCalculator(ctx).forInstallment(installmentId, asOf);
    if (!l)
        FAIL(l.error().fullText().toStdString());
    return l.value();
}

} // namespace

TEST_CASE("Interest fen-days, piecewise over the balance", "[interest]")
{
    using C = InterestCalculator::BalanceChange;
    const QDate due(2025, 1, 31);
    int days = -1;
    // Not overdue yet, or due on the as-of date.
    CHECK(InterestCalculator::fenDays(1000000, due, {}, QDate(2025, 1, 31), &days) == 0);
    CHECK(days == 0);
    // One day late: 1,000,000 fen-days.
    CHECK(InterestCalculator::fenDays(1000000, due, {}, QDate(2025, 2, 1), &days) == 1000000);
    CHECK(days == 1);
    // 3,000.00 paid before the due date: 10 days (02-01 … 02-10) on 7,000.00.
    CHECK(InterestCalculator::fenDays(1000000, due, {C{QDate(2025, 1, 20), -300000}}, QDate(2025, 2, 10),
                                      &days) == 7000000);
    CHECK(days == 10);
    // A payment on day p still bears day p: 02-01 … 02-10 on 10,000.00, then 02-11 … 02-15 on 6,000.00.
    CHECK(InterestCalculator::fenDays(1000000, due, {C{QDate(2025, 2, 10), -400000}}, QDate(2025, 2, 15)) ==
          10 * 1000000 + 5 * 600000);
    // Changes after the as-of date are ignored; unordered input is fine.
    CHECK(InterestCalculator::fenDays(1000000, due,
                                      {C{QDate(2025, 3, 1), -1000000}, C{QDate(2025, 2, 10), -400000}},
                                      QDate(2025, 2, 15)) == 10 * 1000000 + 5 * 600000);
    // Rounded once: 3,827,167 fen-days at 4.5% = 172,222,515,000 / 365,000,000 = 471.84 → 472 fen.
    CHECK(InterestCalculator::interestFor(3827167, 45000) == 472);
    // Half-up at exactly half a fen: 500 fen-days at 36.5% = 182,500,000 / 365,000,000 = 0.5 → 1;
    // 499 fen-days = 0.499 → 0.
    CHECK(InterestCalculator::interestFor(500, 365000) == 1);
    CHECK(InterestCalculator::interestFor(499, 365000) == 0);
}

TEST_CASE("Interest on an instalment paid in two parts, then settled partly", "[interest]")
{
    ReceivablesFixture s;
    // 3.65% a year = 0.01% a day: 1.00 (100 fen) a day on 10,000.00.
    const qint64 k = s.ledger.contract(QStringLiteral("KI1"), s.c1, s.e1, QDate(2025, 1, 1),
                                       {{QDate(2025, 1, 31), 1000000}}, QStringLiteral("active"), 36500);
    const qint64 i = s.ledger.installment(k, 1);
    s.ledger.pay(QStringLiteral("P1"), i, 400000, QDate(2025, 2, 10));
    s.ledger.pay(QStringLiteral("P2"), i, 600000, QDate(2025, 3, 2));

    // 02-01 … 02-10: 10 days × 10,000.00 → 10.00; 02-11 … 03-02: 20 days × 6,000.00 → 12.00; total 22.00.
    auto l = line(s.sys, i, QDate(2025, 3, 31));
    CHECK(l.ratePpm == 36500);
    CHECK(l.contractRate);
    CHECK(l.fenDays == 22000000);
    CHECK(l.overdueDays == 30);
    CHECK(l.accrued == 2200);
    CHECK(l.principal == 0);
    CHECK(l.settled == 0);
    CHECK(l.outstanding == 2200);
    // Before the second payment: 10 days on 10,000.00 and 8 days (02-11 … 02-18) on 6,000.00 = 14.80.
    CHECK(line(s.sys, i, QDate(2025, 2, 18)).accrued == 1480);

    s.ledger.settleInterest(i, QDate(2025, 4, 1), 1000);
    CHECK(line(s.sys, i, QDate(2025, 3, 31)).settled == 0);
    l = line(s.sys, i, QDate(2025, 4, 30));
    CHECK(l.accrued == 2200);
    CHECK(l.settled == 1000);
    CHECK(l.outstanding == 1200);
    // Still reported for the contract although the principal is paid.
    auto lines = InterestCalculator(s.sys).forContract(k, QDate(2025, 4, 30));
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 1);
    CHECK(InterestCalculator::total(lines.value()).outstanding == 1200);
    // Settled in full (the rest waived): no longer listed.
    s.ledger.settleInterest(i, QDate(2025, 5, 1), 1200, QStringLiteral("waived"));
    CHECK(InterestCalculator(s.sys).forContract(k, QDate(2025, 5, 31))->isEmpty());
    CHECK(line(s.sys, i, QDate(2025, 5, 31)).outstanding == 0);
}

TEST_CASE("Interest at the contract rate or the default rate", "[interest]")
{
    ReceivablesFixture s;
    const qint64 k = s.ledger.contract(QStringLiteral("KI2"), s.c2, s.e2, QDate(2025, 1, 1),
                                       {{QDate(2025, 6, 30), 123457}});
    const qint64 i = s.ledger.installment(k, 1);
    // Default 4.5%: 31 days × 1,234.57 = 3,827,167 fen-days × 45,000 / 365,000,000 = 471.84 → 4.72
    // (rounding each day instead would give 31 × 0.15 = 4.65).
    auto l = line(s.sys, i, QDate(2025, 7, 31));
    CHECK_FALSE(l.contractRate);
    CHECK(l.ratePpm == 45000);
    CHECK(l.fenDays == 3827167);
    CHECK(l.accrued == 472);
    CHECK(l.principal == 123457);
    // The company's default changed to 3.65%: 3,827,167 × 36,500 / 365,000,000 = 382.72 → 3.83.
    REQUIRE(CompanyService(s.sys)
                .setSetting(QString(SettingKey::DefaultInterestRatePpm), QStringLiteral("36500"))
                .ok());
    CHECK(line(s.sys, i, QDate(2025, 7, 31)).accrued == 383);
    // A contract rate of 12%: 3,827,167 × 120,000 / 365,000,000 = 1,258.25 → 12.58.
    const qint64 k2 = s.ledger.contract(QStringLiteral("KI3"), s.c2, s.e2, QDate(2025, 1, 1),
                                        {{QDate(2025, 6, 30), 123457}}, QStringLiteral("active"), 120000);
    CHECK(line(s.sys, s.ledger.installment(k2, 1), QDate(2025, 7, 31)).accrued == 1258);
    CHECK(InterestCalculator::methodText(45000).contains(QStringLiteral("4.5%")));
}

TEST_CASE("Interest over a leap year counts every calendar day over 365", "[interest]")
{
    ReceivablesFixture s;
    const qint64 k = s.ledger.contract(QStringLiteral("KL"), s.c1, s.e1, QDate(2027, 1, 1),
                                       {{QDate(2027, 12, 31), 1000000}, {QDate(2028, 2, 1), 1000000}},
                                       QStringLiteral("active"), 36500);
    // 2028-02-02 … 2028-03-01: 28 days of February 2028 + 1 = 29 days × 1.00 = 29.00.
    const auto feb = line(s.sys, s.ledger.installment(k, 2), QDate(2028, 3, 1));
    CHECK(feb.overdueDays == 29);
    CHECK(feb.accrued == 2900);
    // 2028-01-01 … 2028-12-31: 366 days × 1.00 = 366.00 (366/365 of the annual 365.00).
    const auto year = line(s.sys, s.ledger.installment(k, 1), QDate(2028, 12, 31));
    CHECK(year.overdueDays == 366);
    CHECK(year.accrued == 36600);
}

TEST_CASE("Interest follows reversals and approved write-offs", "[interest]")
{
    ReceivablesFixture s;
    const qint64 k = s.ledger.contract(QStringLiteral("KW"), s.c3, s.e3, QDate(2025, 1, 1),
                                       {{QDate(2025, 1, 31), 1000000}}, QStringLiteral("active"), 36500);
    const qint64 i = s.ledger.installment(k, 1);
    const qint64 p = s.ledger.pay(QStringLiteral("P1"), i, 500000, QDate(2025, 2, 10));
    s.ledger.reverse(p, QDate(2025, 2, 20));
    s.ledger.writeOff(i, 1000000, QDate(2025, 3, 1), QDate(2025, 3, 2));
    s.ledger.writeOff(i, 1, QDate(2025, 3, 1)); // pending: no effect
    // 02-01 … 02-10 on 10,000.00 (10.00); 02-11 … 02-20 on 5,000.00 (5.00); 02-21 … 03-02 on 10,000.00
    // (10.00); written off from 03-03: 25.00.
    const auto l = line(s.sys, i, QDate(2025, 3, 31));
    CHECK(l.fenDays == 25000000);
    CHECK(l.accrued == 2500);
    CHECK(l.principal == 0);
    CHECK(l.overdueDays == 30);
}

TEST_CASE("Interest per customer and collector, and its scope", "[interest]")
{
    ReceivablesFixture s;
    const qint64 k = s.ledger.contract(
        QStringLiteral("KC"), s.c1, s.e1, QDate(2025, 1, 1),
        {{QDate(2025, 1, 31), 1000000}, {QDate(2025, 12, 31), 2000000}, {QDate(2026, 6, 30), 1000000}},
        QStringLiteral("active"), 36500);
    // As of 2026-03-15: #1 408 days × 1.00 = 408.00; #2 74 days × 2.00 = 148.00; #3 not due (not listed).
    auto lines = InterestCalculator(s.sys).forCustomer(s.c1, QDate(2026, 3, 15));
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 2);
    CHECK(lines->at(0).accrued == 40800);
    CHECK(lines->at(1).accrued == 14800);
    const auto totals = InterestCalculator::total(lines.value());
    CHECK(totals.accrued == 55600);
    CHECK(totals.principal == 3000000);
    CHECK(InterestCalculator(s.sys).forCollector(s.e1, QDate(2026, 3, 15))->size() == 2);
    CHECK(InterestCalculator(s.as(s.sales(s.e1))).forCustomer(s.c1, QDate(2026, 3, 15))->size() == 2);
    CHECK(InterestCalculator(s.as(s.sales(s.e2))).forCustomer(s.c1, QDate(2026, 3, 15))->isEmpty());
    CHECK(InterestCalculator(s.as(s.sales(s.e2)))
              .forInstallment(s.ledger.installment(k, 1), QDate(2026, 3, 15))
              .error()
              .code == ErrorCode::PermissionDenied);
    CHECK(InterestCalculator(s.as(s.sales(s.e2))).forCollector(s.e1, QDate(2026, 3, 15)).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(InterestCalculator(s.sys).forInstallment(999999, QDate(2026, 3, 15)).error().code ==
          ErrorCode::NotFound);
}
