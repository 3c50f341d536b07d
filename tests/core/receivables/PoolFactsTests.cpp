#include "LedgerBuilder.h"

#include "common/Progress.h"
#include "customers/PoolSweep.h"
#include "db/Database.h"
#include "receivables/ReceivablesPoolFacts.h"

using namespace tl::core;
using namespace tl::test;

namespace {

QStringList codes(const QList<PoolSweep::Item>& items)
{
    QStringList list;
    for (const PoolSweep::Item& i : items)
        list << i.customerCode;
    return list;
}

} // namespace

TEST_CASE("Pool facts: the last deal of each customer", "[poolfacts]")
{
    ReceivablesFixture s;
    s.ledger.contract(QStringLiteral("D1"), s.c1, s.e1, QDate(2025, 6, 1), {{QDate(2025, 7, 1), 100000}},
                      QStringLiteral("closed"));
    s.ledger.contract(QStringLiteral("D2"), s.c1, s.e1, QDate(2026, 1, 5), {{QDate(2026, 4, 1), 100000}});
    s.ledger.contract(QStringLiteral("D3"), s.c1, s.e1, QDate(2026, 2, 1), {{QDate(2026, 4, 1), 100000}},
                      QStringLiteral("draft"));
    s.ledger.contract(QStringLiteral("D4"), s.c1, s.e1, QDate(2026, 2, 10), {{QDate(2026, 4, 1), 100000}},
                      QStringLiteral("cancelled"));
    s.ledger.contract(QStringLiteral("D5"), s.c1, s.e1, QDate(2026, 3, 20), {{QDate(2026, 4, 1), 100000}});
    s.ledger.contract(QStringLiteral("D6"), s.c3, s.e3, QDate(2025, 12, 31), {{QDate(2026, 4, 1), 100000}},
                      QStringLiteral("draft"));
    const ReceivablesPoolFacts facts(s.t.db());
    const auto deals = facts.lastDealDates(QDate(2026, 3, 15));
    CHECK(deals.size() == 1);
    CHECK(deals.value(s.c1) == QDate(2026, 1, 5));
    CHECK(facts.lastDealDates(QDate(2026, 3, 25)).value(s.c1) == QDate(2026, 3, 20));
    CHECK(facts.lastDealDates(QDate(2025, 12, 31)).value(s.c1) == QDate(2025, 6, 1));
    CHECK(facts.lastDealDates(QDate(2025, 5, 31)).isEmpty());
}

TEST_CASE("Pool facts: customers with open receivables as of a date", "[poolfacts]")
{
    ReceivablesFixture s;
    const qint64 k = s.ledger.contract(QStringLiteral("O1"), s.c1, s.e1, QDate(2025, 6, 1),
                                       {{QDate(2025, 9, 1), 300000}, {QDate(2026, 9, 1), 200000}});
    s.ledger.contract(QStringLiteral("O2"), s.c2, s.e2, QDate(2025, 6, 1), {{QDate(2025, 9, 1), 100000}},
                      QStringLiteral("draft"));
    const ReceivablesPoolFacts facts(s.t.db());
    CHECK(facts.customersWithOpenReceivables(QDate(2026, 3, 15)) == QSet<qint64>{s.c1});
    // Not yet signed.
    CHECK(facts.customersWithOpenReceivables(QDate(2025, 5, 31)).isEmpty());
    s.ledger.pay(QStringLiteral("P1"), s.ledger.installment(k, 1), 300000, QDate(2026, 3, 1));
    CHECK(facts.customersWithOpenReceivables(QDate(2026, 3, 15)) == QSet<qint64>{s.c1}); // the second is open
    s.ledger.pay(QStringLiteral("P2"), s.ledger.installment(k, 2), 150000, QDate(2026, 3, 10));
    s.ledger.writeOff(s.ledger.installment(k, 2), 50000, QDate(2026, 3, 10), QDate(2026, 3, 12));
    CHECK(facts.customersWithOpenReceivables(QDate(2026, 3, 15)).isEmpty());
    // As of before the last write-off (ledger sums): still open.
    CHECK(facts.customersWithOpenReceivables(QDate(2026, 3, 11)) == QSet<qint64>{s.c1});
}

TEST_CASE("The pool sweep exempts a customer while a receivable is open, not after it is paid", "[poolfacts]")
{
    ReceivablesFixture s;
    // Every fixture customer is owned since 2024-01-01 without a follow-up: due for reclaim long ago.
    const qint64 k =
        s.ledger.contract(QStringLiteral("S1"), s.c1, s.e1, QDate(2026, 1, 5), {{QDate(2026, 2, 5), 300000}});
    const ReceivablesPoolFacts facts(s.t.db());
    NullProgress progress;
    auto before = PoolSweep(s.sys, facts).run(QDate(2026, 3, 15), true, progress);
    REQUIRE(before.ok());
    CHECK(codes(before->exempt) == QStringList{QStringLiteral("C001")});
    CHECK(codes(before->moved) == QStringList{QStringLiteral("C002"), QStringLiteral("C003")});

    s.ledger.pay(QStringLiteral("P1"), s.ledger.installment(k, 1), 300000, QDate(2026, 3, 14));
    auto after = PoolSweep(s.sys, facts).run(QDate(2026, 3, 15), false, progress);
    REQUIRE(after.ok());
    CHECK(after->exempt.isEmpty());
    CHECK(codes(after->moved) ==
          QStringList{QStringLiteral("C001"), QStringLiteral("C002"), QStringLiteral("C003")});
}

TEST_CASE("Pool facts see changes made through another connection", "[poolfacts]")
{
    ReceivablesFixture s;
    const qint64 k =
        s.ledger.contract(QStringLiteral("O1"), s.c1, s.e1, QDate(2025, 6, 1), {{QDate(2025, 9, 1), 300000}});
    const ReceivablesPoolFacts facts(s.t.db());
    REQUIRE(facts.customersWithOpenReceivables(QDate(2026, 3, 15)) == QSet<qint64>{s.c1});
    REQUIRE(facts.lastDealDates(QDate(2026, 3, 15)).value(s.c1) == QDate(2025, 6, 1));
    // Asked again with nothing changed: the same answer (from the cache).
    CHECK(facts.customersWithOpenReceivables(QDate(2026, 3, 15)) == QSet<qint64>{s.c1});

    auto other = Database::open(s.t.path(), Database::OpenMode::OpenExisting);
    REQUIRE(other.ok());
    LedgerBuilder(*other.value())
        .pay(QStringLiteral("P1"), s.ledger.installment(k, 1), 300000, QDate(2026, 3, 1));
    LedgerBuilder(*other.value())
        .contract(QStringLiteral("O2"), s.c1, s.e1, QDate(2026, 2, 1), {{QDate(2026, 9, 1), 1000}});
    CHECK(facts.lastDealDates(QDate(2026, 3, 15)).value(s.c1) == QDate(2026, 2, 1));
    CHECK(facts.customersWithOpenReceivables(QDate(2026, 3, 15)) == QSet<qint64>{s.c1}); // O2 is open
    LedgerBuilder(*other.value())
        .pay(QStringLiteral("P2"),
             s.ledger.installment(
                 s.ledger.scalar(QStringLiteral("SELECT id FROM contracts WHERE contract_no = 'O2'")), 1),
             1000, QDate(2026, 3, 2));
    CHECK(facts.customersWithOpenReceivables(QDate(2026, 3, 15)).isEmpty());
}
