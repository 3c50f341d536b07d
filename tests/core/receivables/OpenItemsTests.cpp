#include "AgingScenario.h"

#include "receivables/OpenItems.h"
#include "support/Builders.h"

using namespace tl::core;
using namespace tl::test;

namespace {

// "contract#seq amount/paid/writtenOff/balance/disputed/days" per item.
QStringList describe(const Result<QList<OpenItem>>& items)
{
    if (!items)
        FAIL(items.error().fullText().toStdString());
    QStringList lines;
    for (const OpenItem& i : items.value())
        lines << QStringLiteral("%1#%2 %3/%4/%5/%6/%7/%8")
                     .arg(i.contractNo)
                     .arg(i.seq)
                     .arg(i.amount)
                     .arg(i.paid)
                     .arg(i.writtenOff)
                     .arg(i.balance)
                     .arg(i.disputed)
                     .arg(i.daysPastDue);
    return lines;
}

} // namespace

TEST_CASE("Open items of a customer as of dates around a payment and its reversal", "[openitems]")
{
    AgingScenario s;
    const OpenItems open(s.sys);
    // K2#2 (due 2026-01-14) before K2#1 (2026-02-13); K5 is signed after every date here.
    CHECK(describe(open.forCustomer(s.c2, QDate(2026, 3, 15))) ==
          QStringList{QStringLiteral("K2#2 3000000/0/0/3000000/0/60"),
                      QStringLiteral("K2#1 2000000/0/0/2000000/300000/30")});
    CHECK(describe(open.forCustomer(s.c2, QDate(2026, 3, 5))) ==
          QStringList{QStringLiteral("K2#2 3000000/500000/0/2500000/0/50"),
                      QStringLiteral("K2#1 2000000/0/0/2000000/300000/20")});
    CHECK(describe(open.forCustomer(s.c2, QDate(2026, 2, 28))) ==
          QStringList{QStringLiteral("K2#2 3000000/0/0/3000000/0/45"),
                      QStringLiteral("K2#1 2000000/0/0/2000000/0/15")});
    // K3#2: written off 2,000.00 on 2026-03-01; K3#1 partly paid on 2026-03-05.
    CHECK(describe(open.forCustomer(s.c3, QDate(2026, 3, 15))) ==
          QStringList{QStringLiteral("K3#1 234567/100000/0/134567/0/366"),
                      QStringLiteral("K3#2 1000000/0/200000/800000/0/365")});
    CHECK(describe(open.forCustomer(s.c3, QDate(2026, 2, 28))) ==
          QStringList{QStringLiteral("K3#1 234567/0/0/234567/0/351"),
                      QStringLiteral("K3#2 1000000/0/0/1000000/0/350")});
    // K1#1 was paid in full on 2025-03-20; K1#3 is due on the as-of date (0 days).
    CHECK(describe(open.forCustomer(s.c1, QDate(2026, 3, 15))) ==
          QStringList{QStringLiteral("K1#2 1000000/400000/0/600000/0/186"),
                      QStringLiteral("K1#3 1000000/0/0/1000000/0/0")});
    CHECK(describe(open.forCustomer(s.c1, QDate(2025, 3, 19))) ==
          QStringList{QStringLiteral("K1#1 1000000/0/0/1000000/0/9"),
                      QStringLiteral("K1#2 1000000/0/0/1000000/0/0"),
                      QStringLiteral("K1#3 1000000/0/0/1000000/0/0")});
}

TEST_CASE("Disputes count while open on the as-of date, at most the balance", "[openitems]")
{
    AgingScenario s;
    const qint64 k12 = s.ledger.installment(s.k1, 2);
    s.ledger.dispute(k12, 100000, QDate(2026, 2, 1), QDate(2026, 3, 1));
    const OpenItems open(s.sys);
    const auto disputedOn = [&](const QDate& asOf) {
        const auto items = open.forCustomer(s.c1, asOf);
        REQUIRE(items.ok());
        for (const OpenItem& i : items.value())
            if (i.installmentId == k12)
                return i.disputed;
        return qint64(-1);
    };
    CHECK(disputedOn(QDate(2026, 1, 31)) == 0);
    CHECK(disputedOn(QDate(2026, 2, 1)) == 100000);
    CHECK(disputedOn(QDate(2026, 2, 28)) == 100000);
    CHECK(disputedOn(QDate(2026, 3, 1)) == 0); // resolved that day
    s.ledger.dispute(k12, 5000000, QDate(2026, 3, 2));
    CHECK(disputedOn(QDate(2026, 3, 15)) == 600000); // 50,000.00 disputed, balance 6,000.00
}

TEST_CASE("Open items of a collector and customers with a balance", "[openitems]")
{
    AgingScenario s;
    const OpenItems open(s.sys);
    // E002 collects K1#3 from 2026-01-01: C001's item comes first (customer code).
    s.ledger.setCollector(s.ledger.installment(s.k1, 3), s.e2, QDate(2026, 1, 1));
    CHECK(describe(open.forCollector(s.e2, QDate(2026, 3, 15))) ==
          QStringList{QStringLiteral("K1#3 1000000/0/0/1000000/0/0"),
                      QStringLiteral("K2#2 3000000/0/0/3000000/0/60"),
                      QStringLiteral("K2#1 2000000/0/0/2000000/300000/30")});
    CHECK(describe(open.forCustomer(s.c1, QDate(2026, 3, 15), s.e1)) ==
          QStringList{QStringLiteral("K1#2 1000000/400000/0/600000/0/186")});

    CHECK(open.customersWithBalance(QDate(2026, 3, 15)).value() == QList<qint64>{s.c1, s.c2, s.c3});
    CHECK(open.customersWithBalance(QDate(2026, 3, 15), s.e3).value() == QList<qint64>{s.c3});
    // 2025-01-09: no contract signed yet but K3 (2024-01-05).
    CHECK(open.customersWithBalance(QDate(2025, 1, 9)).value() == QList<qint64>{s.c3});

    // Paying C003 in full removes it from today's list, not from the list as of before the payment.
    s.ledger.pay(QStringLiteral("P9"), s.ledger.installment(s.k3, 1), 134567, QDate(2026, 3, 15));
    s.ledger.pay(QStringLiteral("P10"), s.ledger.installment(s.k3, 2), 800000, QDate(2026, 3, 15));
    CHECK(open.customersWithBalance(QDate(2026, 3, 15)).value() == QList<qint64>{s.c1, s.c2});
    CHECK(open.customersWithBalance(QDate(2026, 3, 14)).value() == QList<qint64>{s.c1, s.c2, s.c3});
}

TEST_CASE("Open items follow the session's scope", "[openitems]")
{
    AgingScenario s;
    const QDate asOf(2026, 3, 15);
    const OpenItems own(s.as(s.sales(s.e1)));
    CHECK(describe(own.forCustomer(s.c1, asOf)).size() == 2);
    CHECK(describe(own.forCustomer(s.c2, asOf)).isEmpty());
    CHECK(own.customersWithBalance(asOf).value() == QList<qint64>{s.c1});
    CHECK(own.forCollector(s.e2, asOf).error().code == ErrorCode::PermissionDenied);
    const OpenItems team(s.as(s.managerOfTeamOne()));
    CHECK(team.customersWithBalance(asOf).value() == QList<qint64>{s.c1, s.c2});
    CHECK(describe(team.forCollector(s.e2, asOf)).size() == 2);
    CHECK(team.forCollector(s.e3, asOf).error().code == ErrorCode::PermissionDenied);
    CHECK(OpenItems(s.as(sessionFor(Role::Hr))).forCustomer(s.c1, asOf).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(OpenItems(s.as(s.finance())).customersWithBalance(asOf).value().size() == 3);
}
