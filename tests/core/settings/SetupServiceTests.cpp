#include <catch2/catch.hpp>

#include "SettingsFixture.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "db/SqlQuery.h"
#include "settings/CompanyService.h"

using namespace tl::core;
using tl::test::SettingsFixture;
using tl::test::TestDatabase;

TEST_CASE("an empty database is not initialised and has no company", "[settings][setup]")
{
    TestDatabase t;
    CHECK_FALSE(SetupService::isInitialized(t.db()));
    const Context ctx = t.context();
    CHECK(CompanyService(ctx).company().error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(SettingsFixture, "setup creates the company, profiles, rules and the administrator",
                 "[settings][setup]")
{
    CHECK(SetupService::isInitialized(t.db()));
    CompanyService company(sys);
    auto c = company.company();
    REQUIRE(c.ok());
    CHECK(c->name == QStringLiteral("测试贸易公司"));
    CHECK(c->legalName == QStringLiteral("测试贸易公司"));
    CHECK(c->city == QStringLiteral("shanghai"));
    CHECK(c->language == QStringLiteral("zh_CN"));
    CHECK(c->createdAt == QDateTime(QDate(2026, 3, 15), QTime(9, 0)));

    auto profiles = company.cityProfiles();
    REQUIRE(profiles.ok());
    REQUIRE(profiles->size() == 3);
    CHECK((*profiles)[0].city == QStringLiteral("beijing"));
    CHECK((*profiles)[0].effectiveFrom == QDate(2025, 7, 1));
    CHECK((*profiles)[1].city == QStringLiteral("beijing"));
    CHECK((*profiles)[1].effectiveFrom == QDate(2025, 9, 1));
    CHECK((*profiles)[2].city == QStringLiteral("shanghai"));
    CHECK((*profiles)[2].effectiveFrom == QDate(2025, 7, 1));

    auto settings = company.settings();
    REQUIRE(settings.ok());
    const QMap<QString, QString> expected{
        {QStringLiteral("reminders.offsets"), QStringLiteral("7,3,1,0")},
        {QStringLiteral("letters.reply_days"), QStringLiteral("15")},
        {QStringLiteral("visits.max_distance_m"), QStringLiteral("500")},
        {QStringLiteral("receivables.aging_buckets"), QStringLiteral("30,60,90,180,365")},
        {QStringLiteral("reminders.overdue_repeat_days"), QStringLiteral("7")},
        {QStringLiteral("receivables.interest_rate_ppm"), QStringLiteral("45000")},
        {QStringLiteral("receivables.limitation_warn_days"), QStringLiteral("180")},
        {QStringLiteral("letters.pay_days"), QStringLiteral("15")},
    };
    CHECK(*settings == expected);
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM settings")).toInt() ==
          8); // stored, not implied
    // The pool defaults are dated versions per level and role (customers/PoolRules), not settings.
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM pool_rules")).toInt() == 3);
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM pool_limits")).toInt() == 2);

    auto admin = AuthService(sys).login(QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    REQUIRE(admin.ok());
    CHECK(admin->role == Role::Admin);
    CHECK(admin->displayName == QStringLiteral("管理员"));

    // Everything is audited as the system: 1 company + 3 profiles + 8 settings + 3 pool rules + 2 pool
    // limits + 1 user, then the login.
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE username = 'system'"))
              .toInt() == 18);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(SettingsFixture, "setup refuses a database that already has a company", "[settings][setup]")
{
    const Status again =
        SetupService::initialize(t.db(), t.clock(), QStringLiteral("另一家公司"), QStringLiteral("beijing"),
                                 QStringLiteral("root"), QStringLiteral("root-password"), QString());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM users")).toInt() == 1);
}

TEST_CASE("setup validates every field and writes nothing when one is bad", "[settings][setup]")
{
    TestDatabase t;
    const Status bad =
        SetupService::initialize(t.db(), t.clock(), QStringLiteral(" "), QStringLiteral("guangzhou"),
                                 QStringLiteral("admin"), QStringLiteral("1234567"), QString());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::Invalid);
    QStringList columns;
    for (const FieldProblem& p : bad.error().problems)
        columns << p.column;
    CHECK(columns ==
          QStringList{QStringLiteral("company"), QStringLiteral("city"), QStringLiteral("password")});
    CHECK_FALSE(SetupService::isInitialized(t.db()));
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 0);
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM city_profiles")).toInt() == 0);
}

TEST_CASE("setup accepts the Chinese city name and uses the display name for the administrator",
          "[settings][setup]")
{
    TestDatabase t;
    REQUIRE(SetupService::initialize(t.db(), t.clock(), QStringLiteral("北京某某科技有限公司"),
                                     QStringLiteral("北京市"), QStringLiteral("boss"),
                                     QStringLiteral("boss-password"), QString())
                .ok());
    const Context ctx = t.context();
    CHECK(CompanyService(ctx).company()->city == QStringLiteral("beijing"));
    auto session = AuthService::sessionFor(
        t.db(), SqlQuery::scalar(t.db(), QStringLiteral("SELECT id FROM users WHERE username = 'boss'"))
                    .toLongLong());
    REQUIRE(session.ok());
    CHECK(session->displayName == QStringLiteral("boss"));
}
