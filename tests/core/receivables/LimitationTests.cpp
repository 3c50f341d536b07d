#include "LedgerBuilder.h"

#include "receivables/LimitationWatch.h"

using namespace tl::core;
using namespace tl::test;

namespace {

LimitationWatch::Item item(const Context& ctx, qint64 contractId, const QDate& asOf)
{
    auto i = LimitationWatch(ctx).forContract(contractId, asOf);
    if (!i)
        FAIL(i.error().fullText().toStdString());
    return i.value();
}

QStringList describe(const Result<QList<LimitationWatch::Item>>& items)
{
    if (!items)
        FAIL(items.error().fullText().toStdString());
    QStringList lines;
    for (const LimitationWatch::Item& i : items.value())
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(i.contractNo, i.deadline.toString(Qt::ISODate), LimitationWatch::stateKey(i.state))
                     .arg(i.daysLeft)
                     .arg(i.balance);
    return lines;
}

} // namespace

TEST_CASE("The limitation period runs from the last instalment and warns 180 days before", "[limitation]")
{
    ReceivablesFixture s;
    const qint64 k = s.ledger.contract(QStringLiteral("L1"), s.c1, s.e1, QDate(2022, 12, 1),
                                       {{QDate(2023, 1, 10), 500000}, {QDate(2023, 4, 10), 500000}});
    // A payment before the last due date does not move the start (民法典 Art. 189).
    s.ledger.pay(QStringLiteral("LP1"), s.ledger.installment(k, 1), 100000, QDate(2022, 12, 20));

    // Last due 2023-04-10 + 3 years = 2026-04-10; warning from 2026-04-10 − 180 days = 2025-10-12.
    auto i = item(s.sys, k, QDate(2025, 10, 11));
    CHECK(i.lastDueOn == QDate(2023, 4, 10));
    CHECK(i.lastInterruption == QDate(2022, 12, 20));
    CHECK(i.basis == LimitationWatch::Basis::LastDue);
    CHECK(i.deadline == QDate(2026, 4, 10));
    CHECK(i.warnFrom == QDate(2025, 10, 12));
    CHECK(i.state == LimitationWatch::State::Running);
    CHECK(i.daysLeft == 181);
    CHECK(i.balance == 900000);
    CHECK(i.reason == QStringLiteral("Last instalment due on 2023-04-10"));
    i = item(s.sys, k, QDate(2025, 10, 12));
    CHECK(i.state == LimitationWatch::State::Warning);
    CHECK(i.daysLeft == 180);
    CHECK(item(s.sys, k, QDate(2026, 4, 10)).state == LimitationWatch::State::Warning);
    i = item(s.sys, k, QDate(2026, 4, 11));
    CHECK(i.state == LimitationWatch::State::Expired);
    CHECK(i.daysLeft == -1);
}

TEST_CASE("Payments, confirmed letters and demands interrupt the limitation period", "[limitation]")
{
    ReceivablesFixture s;
    const qint64 k = s.ledger.contract(QStringLiteral("L1"), s.c1, s.e1, QDate(2022, 12, 1),
                                       {{QDate(2023, 1, 10), 500000}, {QDate(2023, 4, 10), 500000}});
    const qint64 other = s.ledger.contract(QStringLiteral("L9"), s.c1, s.e1, QDate(2022, 12, 1),
                                           {{QDate(2023, 2, 1), 300000}});
    const qint64 i1 = s.ledger.installment(k, 1);
    const qint64 i2 = s.ledger.installment(k, 2);

    // A partial payment on 2024-05-20: 2027-05-20.
    s.ledger.pay(QStringLiteral("LP2"), i1, 100000, QDate(2024, 5, 20));
    auto i = item(s.sys, k, QDate(2024, 12, 31));
    CHECK(i.basis == LimitationWatch::Basis::Payment);
    CHECK(i.reference == QStringLiteral("LP2"));
    CHECK(i.deadline == QDate(2027, 5, 20));
    CHECK(i.reason == QStringLiteral("Payment LP2 received on 2024-05-20"));

    // A payment of 2024-06-01 reversed on 2024-06-05 counts only while it stands.
    const qint64 bounced = s.ledger.pay(QStringLiteral("LP3"), i2, 50000, QDate(2024, 6, 1));
    s.ledger.reverse(bounced, QDate(2024, 6, 5));
    CHECK(item(s.sys, k, QDate(2024, 6, 3)).deadline == QDate(2027, 6, 1));
    CHECK(item(s.sys, k, QDate(2024, 12, 31)).deadline == QDate(2027, 5, 20));

    // A letter confirmed on 2024-08-01 listing #2: 2027-08-01. A sent letter and a letter on another contract
    // do not count.
    s.ledger.letter(QStringLiteral("DZ-1"), s.c1, QDate(2024, 7, 1), QStringLiteral("confirmed"),
                    QDate(2024, 7, 20), {i2}, QDate(2024, 7, 2), QDate(2024, 8, 1));
    s.ledger.letter(QStringLiteral("DZ-2"), s.c1, QDate(2024, 8, 20), QStringLiteral("sent"),
                    QDate(2024, 9, 5), {i1}, QDate(2024, 9, 1));
    s.ledger.letter(QStringLiteral("DZ-3"), s.c1, QDate(2024, 9, 20), QStringLiteral("difference"),
                    QDate(2024, 10, 5), {s.ledger.installment(other, 1)}, QDate(2024, 9, 21),
                    QDate(2024, 10, 1));
    i = item(s.sys, k, QDate(2024, 12, 31));
    CHECK(i.basis == LimitationWatch::Basis::Letter);
    CHECK(i.reference == QStringLiteral("DZ-1"));
    CHECK(i.deadline == QDate(2027, 8, 1));
    CHECK(item(s.sys, other, QDate(2024, 12, 31)).deadline == QDate(2027, 10, 1)); // difference counts too

    // A demand for another contract does not count; one for all the customer's receivables does.
    s.ledger.demand(s.c1, other, QDate(2025, 2, 1));
    CHECK(item(s.sys, k, QDate(2025, 12, 31)).deadline == QDate(2027, 8, 1));
    s.ledger.demand(s.c1, 0, QDate(2025, 1, 15), QStringLiteral("demand"), QStringLiteral("EMS"));
    i = item(s.sys, k, QDate(2025, 12, 31));
    CHECK(i.basis == LimitationWatch::Basis::Demand);
    CHECK(i.deadline == QDate(2028, 1, 15));
    CHECK(i.reason == QStringLiteral("Payment demand (EMS) on 2025-01-15"));
    // The later demand on the other contract wins there: 2028-02-01.
    CHECK(item(s.sys, other, QDate(2025, 12, 31)).deadline == QDate(2028, 2, 1));
    // Nothing dated after the as-of date counts.
    CHECK(item(s.sys, k, QDate(2024, 5, 19)).deadline == QDate(2026, 4, 10));
}

TEST_CASE("Contracts whose limitation deadline is near or past", "[limitation]")
{
    ReceivablesFixture s;
    const qint64 l2 = s.ledger.contract(QStringLiteral("L2"), s.c2, s.e2, QDate(2022, 1, 1),
                                        {{QDate(2022, 3, 31), 100000}, {QDate(2022, 6, 30), 200000}});
    s.ledger.contract(QStringLiteral("L3"), s.c3, s.e3, QDate(2023, 1, 1), {{QDate(2023, 9, 1), 300000}});
    const qint64 l4 =
        s.ledger.contract(QStringLiteral("L4"), s.c3, s.e3, QDate(2021, 6, 1), {{QDate(2022, 1, 1), 400000}});
    s.ledger.pay(QStringLiteral("P4"), s.ledger.installment(l4, 1), 400000, QDate(2022, 1, 5));
    s.ledger.contract(QStringLiteral("L5"), s.c3, s.e3, QDate(2023, 1, 1), {{QDate(2023, 10, 1), 500000}});
    s.ledger.contract(QStringLiteral("L6"), s.c1, s.e1, QDate(2022, 1, 1), {{QDate(2022, 2, 1), 600000}},
                      QStringLiteral("draft"));
    s.ledger.pay(QStringLiteral("P2"), s.ledger.installment(l2, 1), 100000, QDate(2022, 3, 31));
    const QDate asOf(2026, 3, 15);
    const LimitationWatch watch(s.sys);

    // Horizon 2026-03-15 + 180 = 2026-09-11. L2: 2022-06-30 + 3 years = 2025-06-30, expired 258 days ago (the
    // payment of 2022-03-31 is before the last due date); L3: 2026-09-01, warned from 2026-03-05, 170 days
    // left; L4 paid; L5 2026-10-01 beyond the horizon; L6 a draft.
    CHECK(describe(watch.expiring(asOf)) == QStringList{QStringLiteral("L2 2025-06-30 expired -258 200000"),
                                                        QStringLiteral("L3 2026-09-01 warning 170 300000")});
    CHECK(describe(watch.expiring(asOf, 180, false)) ==
          QStringList{QStringLiteral("L3 2026-09-01 warning 170 300000")});
    // Within a year: L5 too, running until 2026-04-04.
    CHECK(describe(watch.expiring(asOf, 365)) ==
          QStringList{QStringLiteral("L2 2025-06-30 expired -258 200000"),
                      QStringLiteral("L3 2026-09-01 warning 170 300000"),
                      QStringLiteral("L5 2026-10-01 running 200 500000")});
    CHECK(describe(watch.expiring(asOf, -1, true, s.e3)) ==
          QStringList{QStringLiteral("L3 2026-09-01 warning 170 300000")});
    CHECK(describe(watch.expiring(asOf, -1, true, 0, s.c2)) ==
          QStringList{QStringLiteral("L2 2025-06-30 expired -258 200000")});
    // Scope: E003 sees L3 only; E001 none.
    CHECK(describe(LimitationWatch(s.as(s.sales(s.e3))).expiring(asOf)) ==
          QStringList{QStringLiteral("L3 2026-09-01 warning 170 300000")});
    CHECK(describe(LimitationWatch(s.as(s.sales(s.e1))).expiring(asOf)).isEmpty());
    CHECK(LimitationWatch(s.as(s.sales(s.e1))).forContract(l2, asOf).error().code == ErrorCode::NotFound);
}

TEST_CASE("Limitation deadlines over 29 February", "[limitation]")
{
    CHECK(LimitationWatch::deadlineFor(QDate(2024, 2, 29), {}) == QDate(2027, 2, 28));
    CHECK(LimitationWatch::deadlineFor(QDate(2023, 1, 1), QDate(2024, 2, 29)) == QDate(2027, 2, 28));
    CHECK(LimitationWatch::deadlineFor(QDate(2023, 1, 1), QDate(2022, 2, 1)) == QDate(2026, 1, 1));
}
