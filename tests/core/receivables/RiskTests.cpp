#include "LedgerBuilder.h"

#include "receivables/RiskScore.h"
#include "support/Builders.h"

using namespace tl::core;
using namespace tl::test;

TEST_CASE("Collection probability by days past due and score", "[risk]")
{
    CHECK(RiskScore::collectionBp(0, 0) == 9800);
    CHECK(RiskScore::collectionBp(30, 0) == 9500);
    CHECK(RiskScore::collectionBp(31, 0) == 9000);
    CHECK(RiskScore::collectionBp(90, 0) == 8000);
    CHECK(RiskScore::collectionBp(180, 0) == 6000);
    CHECK(RiskScore::collectionBp(365, 0) == 4000);
    CHECK(RiskScore::collectionBp(366, 0) == 1500);
    // 98% × (1 − 24/200) = 98% × 0.88 = 86.24%.
    CHECK(RiskScore::collectionBp(0, 24) == 8624);
    // 15% × (1 − 100/200) = 7.5%.
    CHECK(RiskScore::collectionBp(400, 100) == 750);
    // 95% × (1 − 33/200) = 95% × 0.835 = 79.325% → 7,933 bp (half-up of 7,932.5).
    CHECK(RiskScore::collectionBp(5, 33) == 7933);
    CHECK(RiskScore::levelOf(29) == RiskScore::Level::Low);
    CHECK(RiskScore::levelOf(30) == RiskScore::Level::Medium);
    CHECK(RiskScore::levelOf(59) == RiskScore::Level::Medium);
    CHECK(RiskScore::levelOf(60) == RiskScore::Level::High);
}

TEST_CASE("Risk scores of three hand-built customers", "[risk]")
{
    ReceivablesFixture s;
    const QDate asOf(2026, 3, 15);

    // R1: four instalments paid, two late (10 and 50 days); 2,500.00 overdue of 10,000.00 open; one
    // instalment settled by a write-off (not "paid").
    const qint64 r1 = s.customer(QStringLiteral("R1"), QStringLiteral("风险一"), s.e1);
    const qint64 k1 = s.ledger.contract(QStringLiteral("R1-K"), r1, s.e1, QDate(2025, 1, 1),
                                        {{QDate(2025, 1, 31), 1000000},
                                         {QDate(2025, 2, 28), 1000000},
                                         {QDate(2025, 3, 31), 1000000},
                                         {QDate(2025, 4, 30), 1000000},
                                         {QDate(2026, 1, 31), 250000},
                                         {QDate(2026, 6, 30), 750000},
                                         {QDate(2025, 5, 31), 100000}});
    s.ledger.pay(QStringLiteral("R1-1"), s.ledger.installment(k1, 1), 1000000, QDate(2025, 1, 31));
    s.ledger.pay(QStringLiteral("R1-2"), s.ledger.installment(k1, 2), 1000000, QDate(2025, 2, 20));
    s.ledger.pay(QStringLiteral("R1-3"), s.ledger.installment(k1, 3), 1000000, QDate(2025, 4, 10));
    s.ledger.pay(QStringLiteral("R1-4"), s.ledger.installment(k1, 4), 1000000, QDate(2025, 6, 19));
    s.ledger.writeOff(s.ledger.installment(k1, 7), 100000, QDate(2025, 8, 1), QDate(2025, 8, 2));

    // R2: two instalments paid late (100 days; 200 days, in two parts); 6,000.00 open, all 100 days overdue,
    // disputed; one letter unanswered after its reply date.
    const qint64 r2 = s.customer(QStringLiteral("R2"), QStringLiteral("风险二"), s.e2);
    const qint64 k2 = s.ledger.contract(
        QStringLiteral("R2-K"), r2, s.e2, QDate(2025, 1, 1),
        {{QDate(2025, 1, 31), 500000}, {QDate(2025, 3, 31), 500000}, {QDate(2025, 12, 5), 600000}});
    s.ledger.pay(QStringLiteral("R2-1"), s.ledger.installment(k2, 1), 500000, QDate(2025, 5, 11));
    s.ledger.pay(QStringLiteral("R2-2"), s.ledger.installment(k2, 2), 250000, QDate(2025, 6, 1));
    s.ledger.pay(QStringLiteral("R2-3"), s.ledger.installment(k2, 2), 250000, QDate(2025, 10, 17));
    s.ledger.dispute(s.ledger.installment(k2, 3), 100000, QDate(2026, 1, 10));
    s.ledger.letter(QStringLiteral("DZ-R2"), r2, QDate(2026, 2, 1), QStringLiteral("sent"),
                    QDate(2026, 2, 28), {}, QDate(2026, 2, 2));

    // R3: nothing paid; 5,000.00 of 10,000.00 overdue; three open disputes and a resolved one; letters: one
    // sent and one without reply past their dates, one confirmed, one sent but not yet due, one draft.
    const qint64 r3 = s.customer(QStringLiteral("R3"), QStringLiteral("风险三"), s.e3);
    const qint64 k3 = s.ledger.contract(QStringLiteral("R3-K"), r3, s.e3, QDate(2025, 6, 1),
                                        {{QDate(2025, 12, 31), 500000}, {QDate(2026, 6, 30), 500000}});
    s.ledger.dispute(s.ledger.installment(k3, 1), 10000, QDate(2026, 1, 5));
    s.ledger.dispute(s.ledger.installment(k3, 1), 20000, QDate(2026, 1, 6));
    s.ledger.dispute(s.ledger.installment(k3, 2), 30000, QDate(2026, 1, 7));
    s.ledger.dispute(s.ledger.installment(k3, 2), 40000, QDate(2026, 1, 8), QDate(2026, 2, 1));
    s.ledger.letter(QStringLiteral("DZ-R3a"), r3, QDate(2026, 1, 10), QStringLiteral("sent"),
                    QDate(2026, 2, 1), {}, QDate(2026, 1, 11));
    s.ledger.letter(QStringLiteral("DZ-R3b"), r3, QDate(2025, 12, 20), QStringLiteral("no_reply"),
                    QDate(2026, 1, 15), {}, QDate(2025, 12, 21));
    s.ledger.letter(QStringLiteral("DZ-R3c"), r3, QDate(2025, 11, 1), QStringLiteral("confirmed"),
                    QDate(2025, 11, 20), {}, QDate(2025, 11, 2), QDate(2025, 11, 10));
    s.ledger.letter(QStringLiteral("DZ-R3d"), r3, QDate(2026, 3, 1), QStringLiteral("sent"),
                    QDate(2026, 3, 20), {}, QDate(2026, 3, 2));
    s.ledger.letter(QStringLiteral("DZ-R3e"), r3, QDate(2026, 3, 10), QStringLiteral("draft"),
                    QDate(2026, 3, 25));

    auto risks = RiskScore(s.sys).forCustomers({r1, r2, r3, 999999}, asOf);
    REQUIRE(risks.ok());
    REQUIRE(risks->size() == 4);

    const RiskScore::Risk a = risks->value(r1);
    CHECK(a.paidCount == 4);
    CHECK(a.paidLateCount == 2);
    CHECK(a.daysLateSum == 60);
    CHECK(a.openBalance == 1000000);
    CHECK(a.overdueBalance == 250000);
    CHECK(a.latePoints == 15);    // 30 × 2/4
    CHECK(a.daysLatePoints == 3); // 20 × (60/4 = 15)/90 = 3.33
    CHECK(a.overduePoints == 6);  // 25 × 0.25 = 6.25
    CHECK(a.disputePoints == 0);
    CHECK(a.letterPoints == 0);
    CHECK(a.score == 24);
    CHECK(a.level == RiskScore::Level::Low);

    const RiskScore::Risk b = risks->value(r2);
    CHECK(b.paidCount == 2);
    CHECK(b.paidLateCount == 2);
    CHECK(b.daysLateSum == 300);
    CHECK(b.latePoints == 30);
    CHECK(b.daysLatePoints == 20); // average 150, capped at 90
    CHECK(b.overduePoints == 25);
    CHECK(b.openDisputes == 1);
    CHECK(b.disputePoints == 5);
    CHECK(b.unansweredLetters == 1);
    CHECK(b.letterPoints == 5);
    CHECK(b.score == 85);
    CHECK(b.level == RiskScore::Level::High);
    // Its open instalment, 100 days overdue: 60% × (1 − 85/200) = 34.5%.
    CHECK(RiskScore::collectionBp(100, b.score) == 3450);

    const RiskScore::Risk c = risks->value(r3);
    CHECK(c.paidCount == 0);
    CHECK(c.latePoints == 0);
    CHECK(c.daysLatePoints == 0);
    CHECK(c.overduePoints == 13); // 25 × 0.5 = 12.5, half-up
    CHECK(c.openDisputes == 3);
    CHECK(c.disputePoints == 10); // 15, capped
    CHECK(c.unansweredLetters == 2);
    CHECK(c.letterPoints == 10);
    CHECK(c.score == 33);
    CHECK(c.level == RiskScore::Level::Medium);
    CHECK(c.explain().contains(QStringLiteral("Score 33 of 100: Medium risk.")));
    CHECK(c.explain().contains(QStringLiteral("Open disputes: 3, 10 of 10 points.")));

    CHECK(risks->value(999999).score == 0);

    // As of 2025-06-01: R1 #4 not yet paid (32 days overdue), R2 #2 not yet paid.
    auto earlier = RiskScore(s.sys).forCustomer(r1, QDate(2025, 6, 1));
    REQUIRE(earlier.ok());
    CHECK(earlier->paidCount == 3);
    CHECK(earlier->paidLateCount == 1);
    // Open: #4 10,000.00 overdue, #5 and #6 not due (10,000.00), #7 1,000.00 overdue (written off later).
    CHECK(earlier->openBalance == 2100000);
    CHECK(earlier->overdueBalance == 1100000);

    CHECK(RiskScore(s.as(sessionFor(Role::Hr))).forCustomer(r1, asOf).error().code ==
          ErrorCode::PermissionDenied);
}
