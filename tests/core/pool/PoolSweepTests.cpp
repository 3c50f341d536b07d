#include "PoolTestSupport.h"

#include "customers/PoolRules.h"
#include "customers/PoolService.h"
#include "customers/PoolSweep.h"
#include "db/SqlQuery.h"
#include "support/Builders.h"

#include <atomic>

using namespace tl::core;
using namespace tl::test;

namespace {

QStringList codes(const QList<PoolSweep::Item>& items)
{
    QStringList list;
    for (const PoolSweep::Item& item : items)
        list << item.customerCode + QLatin1Char(':') + item.reason + QLatin1Char(':') +
                    item.dueOn.toString(Qt::ISODate) + QLatin1Char(':') + QString::number(item.daysLeft);
    return list;
}

// The scenario of the sweep tests, as of 2026-03-15 under the default rules (30 / 90 / 7 days).
struct SweepScenario : PoolFixture
{
    qint64 c1, c2, c3, c4, c5, c6, c7, c8, c9, c10;

    SweepScenario()
    {
        // Owned 30 days, no follow-up: due today.
        c1 = customer(QStringLiteral("C001"), QStringLiteral("C"), e1, QDate(2026, 2, 13));
        // Owned 29 days: due tomorrow, warned with 1 day left.
        c2 = customer(QStringLiteral("C002"), QStringLiteral("C"), e1, QDate(2026, 2, 14));
        // Followed up on 2026-03-01, but no deal in the 90 days since 2025-12-01 (due 2026-03-01).
        c3 = customer(QStringLiteral("C003"), QStringLiteral("B"), e2, QDate(2025, 12, 1));
        followUp(c3, e2, QDateTime(QDate(2026, 3, 1), QTime(10, 0)));
        // The same with a contract signed on 2026-01-05: only the follow-up clock (due 2026-03-31).
        c4 = customer(QStringLiteral("C004"), QStringLiteral("B"), e2, QDate(2025, 12, 1));
        followUp(c4, e2, QDateTime(QDate(2026, 3, 1), QTime(10, 0)));
        facts.deals.insert(c4, QDate(2026, 1, 5));
        // A colleague's follow-up does not stop the owner's clock.
        c5 = customer(QStringLiteral("C005"), QStringLiteral("C"), e3, QDate(2026, 2, 13));
        followUp(c5, e1, QDateTime(QDate(2026, 3, 10), QTime(14, 0)));
        // The owner's follow-up from before the ownership does not count: due 2026-03-22, 7 days left.
        c6 = customer(QStringLiteral("C006"), QStringLiteral("C"), e3, QDate(2026, 2, 20));
        followUp(c6, e3, QDateTime(QDate(2026, 2, 10), QTime(9, 0)));
        // Overdue since 2026-03-03 but with open receivables: exempt, never moved.
        c7 = customer(QStringLiteral("C007"), QStringLiteral("A"), e4, QDate(2026, 2, 1));
        facts.openReceivables.insert(c7);
        // In the pool.
        c8 = customer(QStringLiteral("C008"));
        // Followed up yesterday by the owner: due 2026-04-13.
        c9 = customer(QStringLiteral("C009"), QStringLiteral("C"), e1, QDate(2026, 2, 20));
        followUp(c9, e1, QDateTime(QDate(2026, 3, 14), QTime(16, 0)));
        // Within the warning window but exempt: no warning (it will not be moved).
        c10 = customer(QStringLiteral("C010"), QStringLiteral("A"), e4, QDate(2026, 2, 18));
        facts.openReceivables.insert(c10);
    }
};

const QString kExpectedJson = QStringLiteral(
    "{\"as_of\":\"2026-03-15\","
    "\"moved\":[{\"customer\":\"C001\",\"from\":\"E001\",\"reason\":\"no_follow_up\"},"
    "{\"customer\":\"C003\",\"from\":\"E002\",\"reason\":\"no_deal\"},"
    "{\"customer\":\"C005\",\"from\":\"E003\",\"reason\":\"no_follow_up\"}],"
    "\"warned\":[{\"customer\":\"C002\",\"from\":\"E001\",\"reason\":\"no_follow_up\",\"days_left\":1},"
    "{\"customer\":\"C006\",\"from\":\"E003\",\"reason\":\"no_follow_up\",\"days_left\":7}],"
    "\"exempt\":[{\"customer\":\"C007\",\"from\":\"E004\",\"reason\":\"open_receivables\"}]}");

// Cancels once the sweep starts moving and has reported progress there.
class CancelWhileMoving final : public Progress
{
public:
    void setTotal(qint64) override {}
    void setDone(qint64 done) override
    {
        if (m_moving && done > 0)
            m_cancel = true;
    }
    void setText(const QString& text) override { m_moving = text.startsWith(QStringLiteral("Moving")); }
    bool isCancelled() const override { return m_cancel; }

private:
    bool m_moving = false;
    std::atomic<bool> m_cancel{false};
};

} // namespace

TEST_CASE_METHOD(SweepScenario,
                 "a dry run lists what would move, be warned and stay exempt, and writes nothing",
                 "[pool][sweep]")
{
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 ownership = count(QStringLiteral("SELECT count(*) FROM customer_ownership"));
    NullProgress progress;
    const auto outcome = PoolSweep(sys, facts).run(QDate(2026, 3, 15), true, progress);
    REQUIRE(outcome.ok());
    CHECK(outcome->dryRun);
    CHECK(codes(outcome->moved) == QStringList{QStringLiteral("C001:no_follow_up:2026-03-15:0"),
                                               QStringLiteral("C003:no_deal:2026-03-01:-14"),
                                               QStringLiteral("C005:no_follow_up:2026-03-15:0")});
    CHECK(codes(outcome->warned) == QStringList{QStringLiteral("C002:no_follow_up:2026-03-16:1"),
                                                QStringLiteral("C006:no_follow_up:2026-03-22:7")});
    CHECK(codes(outcome->exempt) == QStringList{QStringLiteral("C007:no_follow_up:2026-03-03:-12")});
    CHECK(outcome->moved[1].ownerId == e2);
    CHECK(outcome->moved[1].ownerCode == QStringLiteral("E002"));
    CHECK(outcome->moved[1].customerName == QStringLiteral("客户C003"));
    CHECK(PoolSweep::toJson(*outcome) == kExpectedJson);

    CHECK(count(QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
    CHECK(count(QStringLiteral("SELECT count(*) FROM customer_ownership")) == ownership);
    CHECK(count(QStringLiteral("SELECT count(*) FROM pool_sweeps")) == 0);
    CHECK(ownerOf(c1) == e1);
    CHECK_FALSE(PoolSweep::lastRunDate(t.db()).isValid());
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(SweepScenario,
                 "a real run moves with history, audit and its own record; a second run moves nothing",
                 "[pool][sweep]")
{
    NotificationLog log;
    Context ctx = sys;
    ctx.notifier = &log.notifier;
    NullProgress progress;
    const auto first = PoolSweep(ctx, facts).run(QDate(2026, 3, 15), false, progress);
    REQUIRE(first.ok());
    CHECK_FALSE(first->dryRun);
    CHECK(PoolSweep::toJson(*first) == kExpectedJson); // what moved is what the dry run listed

    for (qint64 c : {c1, c3, c5})
        CHECK(ownerOf(c) == 0);
    for (qint64 c : {c2, c4, c6, c7, c9, c10})
        CHECK(ownerOf(c) != 0);
    CHECK(history(c1) ==
          QStringList{QStringLiteral("created:->E001"), QStringLiteral("reclaimed_no_follow_up:E001->")});
    CHECK(history(c3) ==
          QStringList{QStringLiteral("created:->E002"), QStringLiteral("reclaimed_no_deal:E002->")});
    SqlQuery q(t.db(), QStringLiteral("SELECT c.owned_since, c.pool_since, o.at, o.user_id FROM customers c "
                                      "JOIN customer_ownership o ON o.customer_id = c.id "
                                      "WHERE c.id = ? AND o.reason = 'reclaimed_no_follow_up'"));
    q.bind(c5).exec();
    REQUIRE(q.next());
    CHECK(q.isNull(0));
    CHECK(q.text(1) == QStringLiteral("2026-03-15"));
    CHECK(q.text(2) == QStringLiteral("2026-03-15T09:00:00"));
    CHECK(q.isNull(3)); // the system
    CHECK(count(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE username = 'system' AND entity = 'customers' "
              "AND action LIKE 'reclaimed_%'")) == 3);
    SqlQuery sweep(t.db(),
                   QStringLiteral("SELECT as_of, ran_at, moved, warned, exempt, user_id FROM pool_sweeps"));
    sweep.exec();
    REQUIRE(sweep.next());
    CHECK(sweep.text(0) == QStringLiteral("2026-03-15"));
    CHECK(sweep.text(1) == QStringLiteral("2026-03-15T09:00:00"));
    CHECK(sweep.integer(2) == 3);
    CHECK(sweep.integer(3) == 2);
    CHECK(sweep.integer(4) == 1);
    CHECK(sweep.isNull(5));
    CHECK(log.seen == QStringList{QStringLiteral("customers:%1,%2,%3").arg(c1).arg(c3).arg(c5),
                                  QStringLiteral("pool_sweeps:1")});
    CHECK(PoolSweep::lastRunDate(t.db()) == QDate(2026, 3, 15));
    CHECK(auditIssues().isEmpty());

    // Idempotent: the moved customers are in the pool now; the rest is as it was.
    const qint64 ownership = count(QStringLiteral("SELECT count(*) FROM customer_ownership"));
    t.clock().advanceSecs(600);
    const auto second = PoolSweep(ctx, facts).run(QDate(2026, 3, 15), false, progress);
    REQUIRE(second.ok());
    CHECK(second->moved.isEmpty());
    CHECK(codes(second->warned) == codes(first->warned));
    CHECK(codes(second->exempt) == codes(first->exempt));
    CHECK(count(QStringLiteral("SELECT count(*) FROM customer_ownership")) == ownership);
    CHECK(count(QStringLiteral("SELECT count(*) FROM pool_sweeps")) == 2);
    CHECK(auditIssues().isEmpty());

    // The former owner is held back by the cooldown; others may claim at once.
    CHECK(PoolService(as(sales(e1)), facts).claimRefusal(c1) ==
          QStringLiteral("王一 gave up 客户C001 on 2026-03-15; it can be claimed again in 30 day(s)."));
    CHECK(PoolService(as(sales(e2)), facts).claimRefusal(c1).isEmpty());
}

TEST_CASE_METHOD(PoolFixture, "each level follows the rule version in force on the as-of date",
                 "[pool][sweep][rules]")
{
    PoolRules rules(sys);
    PoolRule a;
    a.level = QStringLiteral("A");
    a.effectiveFrom = QDate(2000, 1, 1);
    a.noFollowUpDays = 60;
    a.noDealDays = 180;
    REQUIRE(rules.addRule(a).ok());
    PoolRule b;
    b.level = QStringLiteral("B");
    b.effectiveFrom = QDate(2026, 3, 10);
    b.noFollowUpDays = 10;
    b.warnDays = 3;
    REQUIRE(rules.addRule(b).ok());

    const qint64 ca =
        customer(QStringLiteral("CA"), QStringLiteral("A"), e1, QDate(2026, 2, 13)); // due 04-14
    const qint64 cb = customer(QStringLiteral("CB"), QStringLiteral("B"), e1, QDate(2026, 3, 1));
    const qint64 cc =
        customer(QStringLiteral("CC"), QStringLiteral("C"), e1, QDate(2026, 2, 13)); // due 03-15
    Q_UNUSED(ca);
    NullProgress progress;
    PoolSweep sweep(sys, facts);

    // As of 2026-03-09 level B still has the default 30 days: CB due 2026-03-31; CC warned (6 days).
    const auto before = sweep.run(QDate(2026, 3, 9), true, progress);
    REQUIRE(before.ok());
    CHECK(before->moved.isEmpty());
    CHECK(codes(before->warned) == QStringList{QStringLiteral("CC:no_follow_up:2026-03-15:6")});

    // From 2026-03-10 level B allows 10 days: CB was due 2026-03-11.
    const auto after = sweep.run(QDate(2026, 3, 15), false, progress);
    REQUIRE(after.ok());
    CHECK(codes(after->moved) == QStringList{QStringLiteral("CB:no_follow_up:2026-03-11:-4"),
                                             QStringLiteral("CC:no_follow_up:2026-03-15:0")});
    CHECK(after->warned.isEmpty());
    CHECK(ownerOf(cb) == 0);
    CHECK(ownerOf(cc) == 0);

    // Level B's 3-day warning window: owned since 2026-03-09, due 2026-03-19 (4 days left) is not warned,
    // owned since 2026-03-08 (3 days left) is.
    customer(QStringLiteral("CB2"), QStringLiteral("B"), e2, QDate(2026, 3, 9));
    customer(QStringLiteral("CB3"), QStringLiteral("B"), e2, QDate(2026, 3, 8));
    const auto warned = sweep.run(QDate(2026, 3, 15), true, progress);
    CHECK(codes(warned->warned) == QStringList{QStringLiteral("CB3:no_follow_up:2026-03-18:3")});
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(PoolFixture,
                 "a sweep as of an earlier date ignores later follow-ups; exemption can be switched off",
                 "[pool][sweep]")
{
    const qint64 c = customer(QStringLiteral("C001"), QStringLiteral("C"), e1, QDate(2026, 1, 1));
    followUp(c, e1, QDateTime(QDate(2026, 3, 1), QTime(10, 0)));
    NullProgress progress;
    PoolSweep sweep(sys, facts);
    CHECK(codes(sweep.run(QDate(2026, 2, 10), true, progress)->moved) ==
          QStringList{QStringLiteral("C001:no_follow_up:2026-01-31:-10")});
    CHECK(sweep.run(QDate(2026, 3, 15), true, progress)->moved.isEmpty());

    // Level C without the open-receivables exemption: moved although receivables are open.
    facts.openReceivables.insert(c);
    PoolRule noExemption;
    noExemption.level = QStringLiteral("C");
    noExemption.effectiveFrom = QDate(2000, 1, 1);
    noExemption.exemptOpenReceivables = false;
    REQUIRE(PoolRules(sys).addRule(noExemption).ok());
    const auto outcome = sweep.run(QDate(2026, 3, 31), true, progress);
    CHECK(codes(outcome->moved) == QStringList{QStringLiteral("C001:no_follow_up:2026-03-31:0")});
    CHECK(outcome->exempt.isEmpty());
}

TEST_CASE_METHOD(SweepScenario, "only pool-rule managers and the system sweep", "[pool][sweep][permissions]")
{
    NullProgress progress;
    for (Role role : {Role::SalesManager, Role::Sales, Role::Finance, Role::Auditor, Role::Hr}) {
        const auto refused = PoolSweep(as(sessionFor(role, manager, {teamOne})), facts)
                                 .run(QDate(2026, 3, 15), true, progress);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    const auto admin =
        PoolSweep(as(sessionFor(Role::Admin, 0)), facts).run(QDate(2026, 3, 15), false, progress);
    REQUIRE(admin.ok());
    CHECK(admin->moved.size() == 3);
    CHECK(count(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE username = 'admin' AND entity = 'pool_sweeps'")) == 1);
    CHECK(PoolSweep(sys, facts).run(QDate(), true, progress).error().code == ErrorCode::Invalid);
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(PoolFixture, "a cancelled sweep changes nothing", "[pool][sweep]")
{
    for (int i = 1; i <= 70; ++i)
        customer(QStringLiteral("C%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("C"), e1,
                 QDate(2026, 1, 1));
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));

    NullProgress cancelledBefore;
    cancelledBefore.cancel();
    const auto early = PoolSweep(sys, facts).run(QDate(2026, 3, 15), false, cancelledBefore);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::Conflict);

    CancelWhileMoving midway; // cancels after the first 64 customers were moved
    const auto late = PoolSweep(sys, facts).run(QDate(2026, 3, 15), false, midway);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == ErrorCode::Conflict);
    CHECK(late.error().message == QStringLiteral("The pool sweep was cancelled; nothing was changed."));

    CHECK(count(QStringLiteral("SELECT count(*) FROM customers WHERE owner_id IS NULL")) == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
    CHECK(count(QStringLiteral("SELECT count(*) FROM pool_sweeps")) == 0);
    CHECK(auditIssues().isEmpty());
}
