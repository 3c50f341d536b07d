#include "PoolTestSupport.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "customers/PoolRules.h"
#include "customers/PoolService.h"
#include "customers/PoolSweep.h"
#include "db/SqlQuery.h"
#include "settings/SetupService.h"
#include "support/Builders.h"

using namespace tl::core;
using namespace tl::test;

namespace {

PoolRule ruleVersion(const QString& level, const QDate& from, int noFollowUpDays, int noDealDays = 90,
                     int warnDays = 7)
{
    PoolRule r;
    r.level = level;
    r.effectiveFrom = from;
    r.noFollowUpDays = noFollowUpDays;
    r.noDealDays = noDealDays;
    r.warnDays = warnDays;
    return r;
}

PoolLimit limitVersion(const QString& role, const QDate& from, int ownedCap)
{
    PoolLimit l;
    l.employeeRole = role;
    l.effectiveFrom = from;
    l.ownedCap = ownedCap;
    return l;
}

QStringList columns(const QList<FieldProblem>& problems)
{
    QStringList list;
    for (const FieldProblem& p : problems)
        list << p.column;
    return list;
}

qint64 scalar(Database& db, const char* sql)
{
    return SqlQuery::scalar(db, QString::fromUtf8(sql)).toLongLong();
}

} // namespace

TEST_CASE("setup writes the DESIGN §5 pool defaults as dated versions, audited", "[pool][rules]")
{
    TestDatabase t;
    REQUIRE(SetupService::initialize(t.db(), t.clock(), QStringLiteral("公海测试公司"),
                                     QStringLiteral("shanghai"), QStringLiteral("admin"),
                                     QStringLiteral("admin-pass-1"), QString())
                .ok());
    const Context ctx = t.context();
    const auto rules = PoolRules(ctx).rules();
    REQUIRE(rules.ok());
    REQUIRE(rules->size() == 3);
    QStringList levels;
    for (const PoolRule& r : *rules) {
        levels << r.level;
        CHECK(r.effectiveFrom == QDate(2000, 1, 1));
        CHECK(r.noFollowUpDays == 30);
        CHECK(r.noDealDays == 90);
        CHECK(r.warnDays == 7);
        CHECK(r.exemptOpenReceivables);
    }
    CHECK(levels == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});

    const auto limits = PoolRules(ctx).limits();
    REQUIRE(limits.ok());
    REQUIRE(limits->size() == 2);
    CHECK((*limits)[0].employeeRole == QStringLiteral("sales"));
    CHECK((*limits)[1].employeeRole == QStringLiteral("sales_manager"));
    for (const PoolLimit& l : *limits) {
        CHECK(l.effectiveFrom == QDate(2000, 1, 1));
        CHECK(l.ownedCap == 50);
        CHECK_FALSE(l.dealCustomersCount);
        CHECK(l.claimsPerDay == 5);
        CHECK(l.cooldownDays == 30);
    }
    CHECK(scalar(t.db(), "SELECT count(*) FROM audit_log WHERE entity IN ('pool_rules', 'pool_limits') "
                         "AND username = 'system' AND action = 'create'") == 5);
    // The flat pool.* settings are gone.
    CHECK(scalar(t.db(), "SELECT count(*) FROM settings WHERE key LIKE 'pool.%'") == 0);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE("without stored versions the built-in defaults are in force", "[pool][rules]")
{
    TestDatabase t;
    const Context ctx = t.context();
    const auto rule = PoolRules(ctx).ruleFor(QStringLiteral("B"), QDate(2026, 3, 15));
    REQUIRE(rule.ok());
    CHECK(rule->id == 0);
    CHECK(rule->level == QStringLiteral("B"));
    CHECK(rule->noFollowUpDays == 30);
    CHECK(rule->noDealDays == 90);
    CHECK(rule->warnDays == 7);
    CHECK(rule->exemptOpenReceivables);
    const auto limit = PoolRules(ctx).limitFor(QStringLiteral("other"), QDate(2026, 3, 15));
    REQUIRE(limit.ok());
    CHECK(limit->employeeRole == QStringLiteral("other"));
    CHECK(limit->ownedCap == 50);
    CHECK(limit->claimsPerDay == 5);
    CHECK(limit->cooldownDays == 30);
    CHECK_FALSE(limit->dealCustomersCount);
}

TEST_CASE("a rule version takes effect on its date, per level; the same date replaces it", "[pool][rules]")
{
    TestDatabase t;
    NotificationLog log;
    Context ctx = t.context();
    ctx.notifier = &log.notifier;
    PoolRules rules(ctx);
    for (const PoolRule& r : PoolRules::defaultRules())
        REQUIRE(rules.addRule(r).ok());
    const auto id = rules.addRule(ruleVersion(QStringLiteral("B"), QDate(2026, 3, 10), 10, 40, 3));
    REQUIRE(id.ok());
    CHECK(log.seen == QStringList{QStringLiteral("pool_rules:1"), QStringLiteral("pool_rules:2"),
                                  QStringLiteral("pool_rules:3"), QStringLiteral("pool_rules:4")});

    CHECK(rules.ruleFor(QStringLiteral("B"), QDate(2026, 3, 9))->noFollowUpDays == 30);
    const auto inForce = rules.ruleFor(QStringLiteral("B"), QDate(2026, 3, 10));
    CHECK(inForce->id == *id);
    CHECK(inForce->noFollowUpDays == 10);
    CHECK(inForce->noDealDays == 40);
    CHECK(inForce->warnDays == 3);
    CHECK(rules.ruleFor(QStringLiteral("B"), QDate(2027, 1, 1))->noFollowUpDays == 10);
    CHECK(rules.ruleFor(QStringLiteral("A"), QDate(2026, 3, 10))->noFollowUpDays == 30);
    CHECK(rules.ruleFor(QStringLiteral("C"), QDate(2026, 3, 10))->noFollowUpDays == 30);

    // The same date and level again: the version is replaced, not duplicated.
    const auto again = rules.addRule(ruleVersion(QStringLiteral("B"), QDate(2026, 3, 10), 12));
    REQUIRE(again.ok());
    CHECK(*again == *id);
    CHECK(rules.ruleFor(QStringLiteral("B"), QDate(2026, 3, 10))->noFollowUpDays == 12);
    CHECK(rules.rules()->size() == 4);
    CHECK(scalar(t.db(),
                 "SELECT count(*) FROM audit_log WHERE entity = 'pool_rules' AND action = 'update'") == 1);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE("rule and limit versions are validated field by field", "[pool][rules]")
{
    PoolRule bad = ruleVersion(QStringLiteral("D"), QDate(), 0, 4000, -1);
    CHECK(columns(PoolRules::validate(bad)) ==
          QStringList{QStringLiteral("effective_from"), QStringLiteral("level"),
                      QStringLiteral("no_follow_up_days"), QStringLiteral("no_deal_days"),
                      QStringLiteral("warn_days")});
    CHECK(PoolRules::validate(ruleVersion(QStringLiteral("A"), QDate(2026, 1, 1), 1, 3650, 0)).isEmpty());

    PoolLimit limit = limitVersion(QStringLiteral("boss"), QDate(2026, 1, 1), -1);
    limit.claimsPerDay = -2;
    limit.cooldownDays = 3651;
    CHECK(columns(PoolRules::validate(limit)) ==
          QStringList{QStringLiteral("employee_role"), QStringLiteral("owned_cap"),
                      QStringLiteral("claims_per_day"), QStringLiteral("cooldown_days")});
    CHECK(PoolRules::validate(limitVersion(QStringLiteral("sales_manager"), QDate(2026, 1, 1), 0)).isEmpty());

    TestDatabase t;
    const Context ctx = t.context();
    const auto refused = PoolRules(ctx).addRule(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK(refused.error().problems.size() == 5);
    CHECK(scalar(t.db(), "SELECT count(*) FROM pool_rules") == 0);
}

TEST_CASE("only pool-rule managers change rules and limits", "[pool][rules][permissions]")
{
    TestDatabase t;
    for (Role role : {Role::SalesManager, Role::Sales, Role::Finance, Role::Auditor, Role::Hr}) {
        const Context ctx = t.context(sessionFor(role, 0));
        CHECK(PoolRules(ctx).addRule(ruleVersion(QStringLiteral("A"), QDate(2026, 4, 1), 20)).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(PoolRules(ctx)
                  .addLimit(limitVersion(QStringLiteral("sales"), QDate(2026, 4, 1), 20))
                  .error()
                  .code == ErrorCode::PermissionDenied);
        CHECK(PoolRules(ctx).ruleFor(QStringLiteral("A"), QDate(2026, 4, 1)).ok()); // reading is open
    }
    const Context admin = t.context(sessionFor(Role::Admin, 0));
    CHECK(PoolRules(admin).addRule(ruleVersion(QStringLiteral("A"), QDate(2026, 4, 1), 20)).ok());
    CHECK(PoolRules(admin).addLimit(limitVersion(QStringLiteral("sales"), QDate(2026, 4, 1), 20)).ok());
    CHECK(scalar(t.db(), "SELECT count(*) FROM audit_log WHERE username = 'admin'") == 2);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(PoolFixture, "versions that would rewrite a swept or claimed past are refused",
                 "[pool][rules]")
{
    PoolRules rules(sys);
    // Nothing swept yet: any date may be set, even in the past.
    REQUIRE(rules.addRule(ruleVersion(QStringLiteral("C"), QDate(2026, 1, 1), 20)).ok());

    NullProgress progress;
    REQUIRE(PoolSweep(sys, facts).run(QDate(2026, 3, 15), false, progress).ok());
    CHECK(PoolSweep::lastRunDate(t.db()) == QDate(2026, 3, 15));
    for (const QDate& date : {QDate(2026, 1, 1), QDate(2026, 3, 15)}) {
        const auto refused = rules.addRule(ruleVersion(QStringLiteral("C"), date, 25));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
    }
    CHECK(rules.ruleFor(QStringLiteral("C"), QDate(2026, 3, 15))->noFollowUpDays == 20);
    CHECK(rules.addRule(ruleVersion(QStringLiteral("C"), QDate(2026, 3, 16), 25)).ok());

    // Limits: before any claim any date; after a claim on 2026-03-15 only later dates.
    REQUIRE(rules.addLimit(limitVersion(QStringLiteral("sales"), QDate(2026, 3, 1), 40)).ok());
    const qint64 c = customer(QStringLiteral("C001"));
    REQUIRE(PoolService(as(sales(e1)), facts).claim(c).ok());
    const auto refused = rules.addLimit(limitVersion(QStringLiteral("sales"), QDate(2026, 3, 15), 45));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(rules.addLimit(limitVersion(QStringLiteral("sales"), QDate(2026, 3, 16), 45)).ok());
    CHECK(rules.limitFor(QStringLiteral("sales"), QDate(2026, 3, 15))->ownedCap == 40);
    CHECK(rules.limitFor(QStringLiteral("sales"), QDate(2026, 3, 16))->ownedCap == 45);
    CHECK(auditIssues().isEmpty());
}
