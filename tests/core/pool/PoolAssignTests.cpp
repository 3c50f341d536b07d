#include "PoolTestSupport.h"

#include "customers/PoolPlanner.h"
#include "customers/PoolRandom.h"
#include "customers/PoolService.h"
#include "db/SqlQuery.h"
#include "org/EmployeeService.h"
#include "support/Builders.h"

using namespace tl::core;
using namespace tl::test;

namespace {

using Strategy = PoolService::Strategy;

// "C001->E001" per move, or "C001: reason" when it cannot be placed.
QStringList describe(PoolFixture& f, const QList<PoolService::Move>& moves)
{
    QStringList list;
    for (const PoolService::Move& m : moves) {
        if (m.toOwnerId == 0) {
            list << m.customerCode + QStringLiteral(": ") + m.reason;
            continue;
        }
        const QString code =
            SqlQuery::scalar(f.t.db(), QStringLiteral("SELECT code FROM employees WHERE id = ?"),
                             {m.toOwnerId})
                .toString();
        list << m.customerCode + QStringLiteral("->") + code;
    }
    return list;
}

QStringList owners(PoolFixture& f, const QList<qint64>& customers)
{
    QStringList list;
    for (qint64 c : customers)
        list << f.ownerCodeOf(c);
    return list;
}

QList<qint64> poolCustomers(PoolFixture& f, int n, int first = 1)
{
    QList<qint64> ids;
    for (int i = first; i < first + n; ++i)
        ids << f.customer(QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')));
    return ids;
}

} // namespace

TEST_CASE("PoolRandom is SplitMix64 and draws without modulo bias", "[pool][assign][random]")
{
    // Reference values of SplitMix64 (Vigna's splitmix64.c) for the seed 1234567.
    PoolRandom r(1234567);
    CHECK(r.next() == 6457827717110365317ULL);
    CHECK(r.next() == 3203168211198807973ULL);
    CHECK(r.next() == 9817491932198370423ULL);
    PoolRandom zero(0);
    CHECK(zero.next() == 16294208416658607535ULL);
    PoolRandom one(5);
    CHECK(one.below(1) == 0);
    for (int i = 0; i < 100; ++i)
        CHECK(one.below(3) < 3);
}

TEST_CASE_METHOD(PoolFixture,
                 "round robin deals in the members' order, skipping full ones; assign does the preview",
                 "[pool][assign]")
{
    salesLimit(3, false, 5, 30);
    customer(QStringLiteral("X01"), QStringLiteral("C"), e2);
    customer(QStringLiteral("X02"), QStringLiteral("C"), e2); // 王二 owns 2 of 3
    const QList<qint64> selection = poolCustomers(*this, 8);
    NotificationLog log;
    Context ctx = as(managerOfTeamOne());
    ctx.notifier = &log.notifier;
    PoolService pool(ctx, facts);

    const QStringList expected{
        QStringLiteral("P01->E001"),
        QStringLiteral("P02->E002"),
        QStringLiteral("P03->E003"),
        QStringLiteral("P04->E001"),
        QStringLiteral("P05->E003"), // 王二 is full
        QStringLiteral("P06->E001"),
        QStringLiteral("P07->E003"),
        QStringLiteral("P08: every member who could take it has reached the cap of owned customers")};
    const auto preview = pool.preview(selection, Strategy::RoundRobin, {e1, e2, e3});
    REQUIRE(preview.ok());
    CHECK(describe(*this, *preview) == expected);
    CHECK(count(QStringLiteral("SELECT count(*) FROM customer_ownership WHERE reason = 'assigned'")) == 0);

    const auto done =
        pool.assign(selection, Strategy::RoundRobin, {e1, e2, e3}, 1, QStringLiteral("月初分配"));
    REQUIRE(done.ok());
    CHECK(describe(*this, *done) == expected);
    CHECK(owners(*this, selection) == QStringList{QStringLiteral("E001"), QStringLiteral("E002"),
                                                  QStringLiteral("E003"), QStringLiteral("E001"),
                                                  QStringLiteral("E003"), QStringLiteral("E001"),
                                                  QStringLiteral("E003"), QString()});
    CHECK(history(selection[1]) == QStringList{QStringLiteral("assigned:->E002")});
    CHECK(count(QStringLiteral(
              "SELECT count(*) FROM customer_ownership WHERE reason = 'assigned' AND note = '月初分配'")) ==
          7);
    QStringList ids;
    for (int i = 0; i < 7; ++i)
        ids << QString::number(selection[i]);
    CHECK(log.seen == QStringList{QStringLiteral("customers:") + ids.join(QLatin1Char(','))});
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(PoolFixture,
                 "to a person: pool and team customers move, the cap and the current owner are respected",
                 "[pool][assign]")
{
    salesLimit(2, false, 5, 30);
    const qint64 mine = customer(QStringLiteral("C001"), QStringLiteral("A"), e1);
    const qint64 fromColleague = customer(QStringLiteral("C002"), QStringLiteral("B"), e2);
    const QList<qint64> fresh = poolCustomers(*this, 2);
    PoolService pool(as(managerOfTeamOne()), facts);

    const QList<qint64> selection{mine, fromColleague, fresh[0], fresh[1]};
    const QStringList expected{QStringLiteral("C001: already owned by 王一"), QStringLiteral("C002->E001"),
                               QStringLiteral("P01: 王一 has reached the cap of 2 owned customer(s)"),
                               QStringLiteral("P02: 王一 has reached the cap of 2 owned customer(s)")};
    CHECK(describe(*this, *pool.preview(selection, Strategy::ToPerson, {e1})) == expected);
    const auto done = pool.assign(selection, Strategy::ToPerson, {e1});
    REQUIRE(done.ok());
    CHECK(describe(*this, *done) == expected);
    CHECK(history(fromColleague) ==
          QStringList{QStringLiteral("created:->E002"), QStringLiteral("assigned:E002->E001")});
    CHECK(owners(*this, fresh) == QStringList{QString(), QString()});

    // With a deal customer not counted, one more fits.
    facts.deals.insert(mine, QDate(2025, 8, 1));
    CHECK(describe(*this, *pool.preview(fresh, Strategy::ToPerson, {e1})) ==
          QStringList{QStringLiteral("P01->E001"),
                      QStringLiteral("P02: 王一 has reached the cap of 2 owned customer(s)")});
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(PoolFixture, "by ranking: the best of the last 90 days are served first", "[pool][assign]")
{
    const qint64 old = customer(QStringLiteral("X01"), QStringLiteral("C"), e2);
    // 王三 won 50,000.00 on 2026-02-01; 王一 10,000.00 exactly 90 days ago (2025-12-15, still counted);
    // 王二 900,000.00 91 days ago (2025-12-14, too old).
    wonOpportunity(old, e3, 50000, QDate(2026, 2, 1));
    wonOpportunity(old, e1, 10000, QDate(2025, 12, 15));
    wonOpportunity(old, e2, 900000, QDate(2025, 12, 14));
    const QList<qint64> selection = poolCustomers(*this, 4);
    PoolService pool(as(managerOfTeamOne()), facts);

    const QStringList expected{QStringLiteral("P01->E003"), QStringLiteral("P02->E001"),
                               QStringLiteral("P03->E002"), QStringLiteral("P04->E003")};
    CHECK(describe(*this, *pool.preview(selection, Strategy::ByRanking, {e1, e2, e3})) == expected);
    CHECK(describe(*this, *pool.assign(selection, Strategy::ByRanking, {e1, e2, e3})) == expected);
    CHECK(owners(*this, selection) == QStringList{QStringLiteral("E003"), QStringLiteral("E001"),
                                                  QStringLiteral("E002"), QStringLiteral("E003")});
    CHECK(auditIssues().isEmpty());
}

TEST_CASE("the ranking breaks ties by fewer owned customers, then by code", "[pool][assign]")
{
    auto member = [](const char* code, qint64 wonFen, int owned) {
        PoolMember m;
        m.code = QString::fromLatin1(code);
        m.wonFen = wonFen;
        m.owned = owned;
        return m;
    };
    const QList<PoolMember> ranked = PoolPlanner::ranked(
        {member("E001", 0, 2), member("E004", 0, 0), member("E003", 0, 0), member("E002", 100, 9)});
    QStringList codes;
    for (const PoolMember& m : ranked)
        codes << m.code;
    CHECK(codes == QStringList{QStringLiteral("E002"), QStringLiteral("E003"), QStringLiteral("E004"),
                               QStringLiteral("E001")});
}

TEST_CASE_METHOD(PoolFixture, "at random: reproducible from the seed, within the caps",
                 "[pool][assign][random]")
{
    const QList<qint64> selection = poolCustomers(*this, 6);
    PoolService pool(as(managerOfTeamOne()), facts);
    // Draws of SplitMix64(42) below 3: 1, 1, 0, 0, 1, 0 (worked out with a separate implementation).
    const QStringList expected{QStringLiteral("P01->E002"), QStringLiteral("P02->E002"),
                               QStringLiteral("P03->E001"), QStringLiteral("P04->E001"),
                               QStringLiteral("P05->E002"), QStringLiteral("P06->E001")};
    CHECK(describe(*this, *pool.preview(selection, Strategy::Random, {e1, e2, e3}, 42)) == expected);
    CHECK(describe(*this, *pool.preview(selection, Strategy::Random, {e1, e2, e3}, 42)) == expected);
    CHECK(describe(*this, *pool.assign(selection, Strategy::Random, {e1, e2, e3}, 42)) == expected);
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(PoolFixture, "at random with caps: full members leave the draw", "[pool][assign][random]")
{
    salesLimit(2, false, 5, 30);
    const QList<qint64> selection = poolCustomers(*this, 7);
    PoolService pool(as(managerOfTeamOne()), facts);
    // SplitMix64(7): below 3, 3, 3, 3 -> 0, 0, 1, 2; then 王一 is full: below 2, 2 -> 王二, 王三; then
    // nobody.
    const QStringList expected{
        QStringLiteral("P01->E001"),
        QStringLiteral("P02->E001"),
        QStringLiteral("P03->E002"),
        QStringLiteral("P04->E003"),
        QStringLiteral("P05->E002"),
        QStringLiteral("P06->E003"),
        QStringLiteral("P07: every member who could take it has reached the cap of owned customers")};
    const auto preview = pool.preview(selection, Strategy::Random, {e1, e2, e3}, 7);
    CHECK(describe(*this, *preview) == expected);
    CHECK(describe(*this, *pool.assign(selection, Strategy::Random, {e1, e2, e3}, 7)) == expected);
    CHECK(count(QStringLiteral("SELECT count(*) FROM customers WHERE owner_id IS NOT NULL")) == 6);
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(PoolFixture, "assignment permissions and bad input", "[pool][assign][permissions]")
{
    const QList<qint64> selection = poolCustomers(*this, 2);
    const qint64 outside = customer(QStringLiteral("C004"), QStringLiteral("C"), e4);

    for (Role role : {Role::Sales, Role::Finance, Role::Auditor, Role::Hr}) {
        PoolService pool(as(sessionFor(role, e1)), facts);
        CHECK(pool.preview(selection, Strategy::ToPerson, {e1}).error().code == ErrorCode::PermissionDenied);
        CHECK(pool.assign(selection, Strategy::ToPerson, {e1}).error().code == ErrorCode::PermissionDenied);
    }
    PoolService boss(as(managerOfTeamOne()), facts);
    CHECK(boss.assign(selection, Strategy::ToPerson, {e4}).error().code == ErrorCode::PermissionDenied);
    CHECK(boss.assign(selection, Strategy::RoundRobin, {e1, e4}).error().code == ErrorCode::PermissionDenied);
    CHECK(boss.assign({outside}, Strategy::ToPerson, {e1}).error().code == ErrorCode::PermissionDenied);
    CHECK(boss.assign(selection, Strategy::ToPerson, {e1, e2}).error().code == ErrorCode::Invalid);
    CHECK(boss.assign({}, Strategy::ToPerson, {e1}).error().code == ErrorCode::Invalid);
    CHECK(boss.assign(selection, Strategy::RoundRobin, {}).error().code == ErrorCode::Invalid);
    CHECK(boss.assign({9999}, Strategy::ToPerson, {e1}).error().code == ErrorCode::NotFound);
    CHECK(boss.assign(selection, Strategy::ToPerson, {9999}).error().code == ErrorCode::NotFound);
    REQUIRE(EmployeeService(sys).setStatus(e3, EmployeeStatus::Left, QDate(2026, 3, 1)).ok());
    const auto left = boss.assign(selection, Strategy::RoundRobin, {e1, e3});
    CHECK(left.error().code == ErrorCode::Invalid);
    CHECK(left.error().message ==
          QStringLiteral("王三 (E003) has left or is leaving and cannot take customers."));
    CHECK(count(QStringLiteral("SELECT count(*) FROM customers WHERE owner_id IS NOT NULL")) == 1);

    // The administrator sees every team.
    PoolService admin(as(sessionFor(Role::Admin, 0)), facts);
    const auto moved = admin.assign({outside, selection[0]}, Strategy::ToPerson, {e1});
    REQUIRE(moved.ok());
    CHECK(describe(*this, *moved) == QStringList{QStringLiteral("C004->E001"), QStringLiteral("P01->E001")});
    CHECK(auditIssues().isEmpty());
}
