#include "PoolTestSupport.h"

#include "customers/PoolRules.h"
#include "customers/PoolService.h"
#include "db/SqlQuery.h"
#include "org/EmployeeService.h"
#include "support/Builders.h"

using namespace tl::core;
using namespace tl::test;

TEST_CASE_METHOD(PoolFixture, "a salesperson claims a pool customer: owner, history, audit, notification",
                 "[pool][claim]")
{
    const qint64 c = customer(QStringLiteral("C001"));
    NotificationLog log;
    Context ctx = as(sales(e1));
    ctx.notifier = &log.notifier;
    PoolService pool(ctx, facts);
    CHECK(pool.claimRefusal(c).isEmpty());
    REQUIRE(pool.claim(c).ok());

    CHECK(ownerCodeOf(c) == QStringLiteral("E001"));
    SqlQuery q(
        t.db(),
        QStringLiteral("SELECT owned_since, pool_since, last_owner_followup_at FROM customers WHERE id = ?"));
    q.bind(c).exec();
    REQUIRE(q.next());
    CHECK(q.text(0) == QStringLiteral("2026-03-15"));
    CHECK(q.isNull(1));
    CHECK(q.isNull(2));
    CHECK(history(c) == QStringList{QStringLiteral("claimed:->E001")});
    CHECK(count(QStringLiteral("SELECT count(*) FROM customer_ownership WHERE at = '2026-03-15T09:00:00'")) ==
          1);
    CHECK(log.seen == QStringList{QStringLiteral("customers:%1").arg(c)});
    CHECK(count(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE entity = 'customers' AND action = 'claimed' "
              "AND username = 'sales'")) == 1);
    CHECK(auditIssues().isEmpty());

    // Now it is owned: nobody else can claim it.
    PoolService other(as(sales(e2)), facts);
    CHECK(other.claimRefusal(c) == QStringLiteral("客户C001 (C001) was already claimed by 王一."));
    const Status refused = other.claim(c);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message == QStringLiteral("客户C001 (C001) was already claimed by 王一."));
}

TEST_CASE_METHOD(PoolFixture,
                 "the owned-customer cap counts customers with deals only when the limit says so",
                 "[pool][claim][caps]")
{
    salesLimit(2, false, 5, 30);
    const qint64 owned1 = customer(QStringLiteral("C001"), QStringLiteral("C"), e1);
    customer(QStringLiteral("C002"), QStringLiteral("C"), e1);
    const qint64 free1 = customer(QStringLiteral("C003"));
    const qint64 free2 = customer(QStringLiteral("C004"));
    PoolService pool(as(sales(e1)), facts);

    // Two owned, cap 2: full.
    CHECK(pool.claimRefusal(free1) ==
          QStringLiteral("王一 already owns 2 customer(s) counted against the cap of 2."));
    CHECK(pool.claim(free1).error().code == ErrorCode::Conflict);

    // C001 has a deal: not counted while deal customers do not count.
    facts.deals.insert(owned1, QDate(2025, 6, 1));
    CHECK(pool.claimRefusal(free1).isEmpty());
    REQUIRE(pool.claim(free1).ok());
    CHECK(pool.claimRefusal(free2) ==
          QStringLiteral("王一 already owns 2 customer(s) counted against the cap of 2."));

    // A deal signed after today does not count as a deal yet.
    facts.deals.insert(owned1, QDate(2026, 3, 16));
    CHECK(pool.claimRefusal(free2) ==
          QStringLiteral("王一 already owns 3 customer(s) counted against the cap of 2."));
    facts.deals.insert(owned1, QDate(2025, 6, 1));

    // A pool customer with a deal does not count either, so it may be claimed at the cap.
    facts.deals.insert(free2, QDate(2024, 5, 1));
    CHECK(pool.claimRefusal(free2).isEmpty());

    // When the limit counts deal customers (new version from tomorrow), the cap is reached with 3 owned.
    PoolLimit counting;
    counting.effectiveFrom = QDate(2026, 3, 16);
    counting.employeeRole = QStringLiteral("sales");
    counting.ownedCap = 3;
    counting.dealCustomersCount = true;
    REQUIRE(PoolRules(sys).addLimit(counting).ok());
    CHECK(pool.claimRefusal(free2).isEmpty()); // today the old version is in force
    t.clock().advanceDays(1);
    CHECK(pool.claimRefusal(free2) ==
          QStringLiteral("王一 already owns 3 customer(s) counted against the cap of 3."));
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(PoolFixture, "the daily claim limit counts today's claims and resets the next day",
                 "[pool][claim][daily]")
{
    salesLimit(50, false, 2, 30);
    QList<qint64> c;
    for (int i = 1; i <= 5; ++i)
        c << customer(QStringLiteral("C00%1").arg(i));
    PoolService pool(as(sales(e1)), facts);
    REQUIRE(pool.claim(c[0]).ok());
    t.clock().advanceSecs(3600);
    REQUIRE(pool.claim(c[1]).ok());
    CHECK(pool.claimRefusal(c[2]) ==
          QStringLiteral("王一 has already claimed 2 customer(s) today; the daily limit is 2."));
    CHECK(pool.claim(c[2]).error().code == ErrorCode::Conflict);
    // Another salesperson's claims are not counted against 王一's.
    CHECK(PoolService(as(sales(e2)), facts).claim(c[2]).ok());

    // A customer assigned by a manager is not a claim: still 2 today.
    const Context boss = as(managerOfTeamOne());
    REQUIRE(PoolService(boss, facts).assign({c[3]}, PoolService::Strategy::ToPerson, {e1}).ok());
    CHECK(ownerCodeOf(c[3]) == QStringLiteral("E001"));
    CHECK(pool.claimRefusal(c[4]) ==
          QStringLiteral("王一 has already claimed 2 customer(s) today; the daily limit is 2."));

    // Tomorrow (at 00:30) the count starts again.
    t.clock().set(QDateTime(QDate(2026, 3, 16), QTime(0, 30)));
    CHECK(pool.claimRefusal(c[4]).isEmpty());
    REQUIRE(pool.claim(c[4]).ok());
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(PoolFixture, "a former owner waits out the cooldown before claiming again",
                 "[pool][claim][cooldown]")
{
    salesLimit(50, false, 5, 30);
    const qint64 c = customer(QStringLiteral("C001"));
    PoolService pool(as(sales(e1)), facts);
    REQUIRE(pool.claim(c).ok());
    REQUIRE(pool.release(c, QStringLiteral("客户暂无需求")).ok());
    CHECK(history(c) == QStringList{QStringLiteral("claimed:->E001"), QStringLiteral("released:E001->")});
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT pool_since FROM customers WHERE id = ?"), {c})
              .toString() == QStringLiteral("2026-03-15"));
    CHECK(SqlQuery::scalar(t.db(),
                           QStringLiteral("SELECT note FROM customer_ownership WHERE reason = 'released'"))
              .toString() == QStringLiteral("客户暂无需求"));

    // Released on 2026-03-15: 29 days later one day is left, 30 days later it may be claimed.
    CHECK(pool.claimRefusal(c) ==
          QStringLiteral("王一 gave up 客户C001 on 2026-03-15; it can be claimed again in 30 day(s)."));
    t.clock().advanceDays(29);
    CHECK(pool.claimRefusal(c) ==
          QStringLiteral("王一 gave up 客户C001 on 2026-03-15; it can be claimed again in 1 day(s)."));
    CHECK(pool.claim(c).error().code == ErrorCode::Conflict);
    // Others are not held back.
    CHECK(PoolService(as(sales(e2)), facts).claimRefusal(c).isEmpty());
    t.clock().advanceDays(1);
    CHECK(pool.claimRefusal(c).isEmpty());
    REQUIRE(pool.claim(c).ok());
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(PoolFixture, "someone leaving cannot take customers", "[pool][claim]")
{
    const qint64 c = customer(QStringLiteral("C001"));
    REQUIRE(EmployeeService(sys).setStatus(e1, EmployeeStatus::Leaving, QDate(2026, 3, 31)).ok());
    CHECK(PoolService(as(sales(e1)), facts).claimRefusal(c) ==
          QStringLiteral("王一 (E001) has left or is leaving and cannot take customers."));
    CHECK(PoolService(as(sales(e1)), facts).claim(c).error().code == ErrorCode::Conflict);
    CHECK(ownerOf(c) == 0);
}

TEST_CASE_METHOD(PoolFixture, "claim and release permissions", "[pool][claim][permissions]")
{
    const qint64 c = customer(QStringLiteral("C001"));
    const qint64 d = customer(QStringLiteral("C002"), QStringLiteral("B"), e2);

    // Roles without ClaimCustomers, and users without an employee.
    for (Role role : {Role::Finance, Role::Auditor, Role::Hr}) {
        const Status s = PoolService(as(sessionFor(role, e1)), facts).claim(c);
        CHECK(s.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(PoolService(as(sessionFor(Role::Admin, 0)), facts).claim(c).error().code == ErrorCode::Invalid);
    CHECK(PoolService(as(sales(e1)), facts).claim(9999).error().code == ErrorCode::NotFound);

    // A salesperson cannot claim for someone else or release someone else's customer.
    CHECK(PoolService(as(sales(e1)), facts).claim(c, e2).error().code == ErrorCode::PermissionDenied);
    CHECK(PoolService(as(sales(e1)), facts).claimRefusal(c, e2) ==
          QStringLiteral("You may not claim customers for other people."));
    CHECK(PoolService(as(sales(e1)), facts).release(d).error().code == ErrorCode::PermissionDenied);

    // A manager claims for a member of the team, not for someone outside it.
    const Context boss = as(managerOfTeamOne());
    CHECK(PoolService(boss, facts).claim(c, e4).error().code == ErrorCode::PermissionDenied);
    REQUIRE(PoolService(boss, facts).claim(c, e3).ok());
    CHECK(ownerCodeOf(c) == QStringLiteral("E003"));
    // ...and releases a team member's customer.
    REQUIRE(PoolService(boss, facts).release(d).ok());
    CHECK(ownerOf(d) == 0);
    CHECK(PoolService(boss, facts).release(d).error().code == ErrorCode::Conflict); // already in the pool

    // Outside the team: refused.
    const qint64 e = customer(QStringLiteral("C003"), QStringLiteral("C"), e4);
    CHECK(PoolService(boss, facts).release(e).error().code == ErrorCode::PermissionDenied);
    CHECK(ownerCodeOf(e) == QStringLiteral("E004"));
    CHECK(auditIssues().isEmpty());
}
