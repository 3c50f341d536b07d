#include "PoolTestSupport.h"

#include "audit/AuditLog.h"
#include "customers/PoolOwnershipWriter.h"
#include "customers/PoolService.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "support/Builders.h"

#include <latch>
#include <memory>
#include <thread>

using namespace tl::core;
using namespace tl::test;

TEST_CASE_METHOD(PoolFixture, "two connections: the second claimer of a customer both saw in the pool loses",
                 "[pool][claim][concurrency]")
{
    const qint64 c = customer(QStringLiteral("C001"));
    auto opened = Database::open(t.path(), Database::OpenMode::OpenExisting);
    REQUIRE(opened.ok());
    std::unique_ptr<Database> other = std::move(opened).value();

    PoolService first(as(sales(e1)), facts);
    PoolService second(Context{*other, t.clock(), sales(e2), nullptr}, facts);
    // Both screens show the customer as claimable.
    CHECK(first.claimRefusal(c).isEmpty());
    CHECK(second.claimRefusal(c).isEmpty());

    REQUIRE(first.claim(c).ok());
    const Status lost = second.claim(c);
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().code == ErrorCode::Conflict);
    CHECK(lost.error().message == QStringLiteral("客户C001 (C001) was already claimed by 王一."));
    CHECK(lost.error().entity == QStringLiteral("customer:C001"));

    CHECK(ownerCodeOf(c) == QStringLiteral("E001"));
    CHECK(history(c) == QStringList{QStringLiteral("claimed:->E001")});
    CHECK(AuditLog::verify(*other).isEmpty());
}

TEST_CASE_METHOD(PoolFixture, "two threads claiming at once: exactly one wins, the other is told who",
                 "[pool][claim][concurrency]")
{
    const qint64 c = customer(QStringLiteral("C001"));
    const QString path = t.path();
    const Session sessions[2] = {sales(e1), sales(e2)};
    Status results[2];
    std::latch start(2);
    auto claimer = [&](int i) {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        if (!db) {
            results[i] = db.error();
            start.count_down();
            return;
        }
        const FakePoolFacts noFacts;
        PoolService pool(Context{**db, t.clock(), sessions[i], nullptr}, noFacts);
        start.arrive_and_wait(); // both connections are open: go
        results[i] = pool.claim(c);
    };
    std::thread a(claimer, 0);
    std::thread b(claimer, 1);
    a.join();
    b.join();

    REQUIRE(results[0].ok() != results[1].ok());
    const int winner = results[0].ok() ? 0 : 1;
    const Status& lost = results[1 - winner];
    CHECK(lost.error().code == ErrorCode::Conflict);
    const QString winnerName = winner == 0 ? QStringLiteral("王一") : QStringLiteral("王二");
    CHECK(lost.error().message ==
          QStringLiteral("客户C001 (C001) was already claimed by %1.").arg(winnerName));
    CHECK(ownerOf(c) == (winner == 0 ? e1 : e2));
    CHECK(count(QStringLiteral("SELECT count(*) FROM customer_ownership WHERE reason = 'claimed'")) == 1);
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(PoolFixture, "the owner change is conditional on the owner still being the expected one",
                 "[pool][claim][concurrency]")
{
    const qint64 c = customer(QStringLiteral("C001"), QStringLiteral("C"), e1);
    const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    {
        Transaction tx(t.db());
        PoolOwnershipWriter writer(sys);
        // Someone decided on a stale screen that C001 was in the pool.
        CHECK_FALSE(
            writer.apply({c, QStringLiteral("C001"), 0, e2, QStringLiteral("claimed"), t.clock().now(), {}}));
        // ...or that it still belonged to 王二.
        CHECK_FALSE(writer.apply(
            {c, QStringLiteral("C001"), e2, 0, QStringLiteral("released"), t.clock().now(), {}}));
        tx.commit();
    }
    CHECK(ownerOf(c) == e1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
    CHECK(history(c) == QStringList{QStringLiteral("created:->E001")});
    CHECK(auditIssues().isEmpty());
}
