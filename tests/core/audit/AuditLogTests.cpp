#include <catch2/catch.hpp>

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "auth/UserService.h"
#include "db/SqlQuery.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"
#include "settings/SetupService.h"
#include "support/TestDatabase.h"

#include <sqlite3.h>

using namespace tl::core;
using tl::test::TestDatabase;

namespace {

// A company with a few service writes behind it: setup, a user, a changed rule, a changed profile, logins.
struct AuditFixture
{
    TestDatabase t;
    qint64 liId = 0;

    AuditFixture()
    {
        const Status s = SetupService::initialize(t.db(), t.clock(), QStringLiteral("审计测试公司"),
                                                  QStringLiteral("shanghai"), QStringLiteral("admin"),
                                                  QStringLiteral("admin-pass-1"), QString());
        if (!s)
            FAIL(s.error().fullText().toStdString());
        const Context sys = t.context();
        auto li = UserService(sys).create(QStringLiteral("li"), {QStringLiteral("李四"), Role::Sales, 0},
                                          QStringLiteral("li-password"));
        REQUIRE(li.ok());
        liId = *li;
        REQUIRE(UserService(sys).update(liId, {QStringLiteral("李四"), Role::SalesManager, 0}).ok());
        REQUIRE(CompanyService(sys).setSetting(SettingKey::ReminderOffsets, QStringLiteral("14,7,0")).ok());
        CityProfile p =
            *CompanyService(sys).effectiveCityProfile(QStringLiteral("shanghai"), QDate(2026, 1, 1));
        p.effectiveFrom = QDate(2026, 7, 1);
        REQUIRE(CompanyService(sys).addCityProfile(p).ok());
        REQUIRE(AuthService(sys).login(QStringLiteral("li"), QStringLiteral("li-password")).ok());
        REQUIRE_FALSE(AuthService(sys).login(QStringLiteral("li"), QStringLiteral("wrong-password")).ok());
    }

    // What someone with the sqlite3 shell could do while the application is closed.
    void shell(const char* sql)
    {
        t.close();
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open(t.path().toUtf8().constData(), &handle) == SQLITE_OK);
        char* message = nullptr;
        const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, &message);
        INFO((message ? message : ""));
        sqlite3_free(message);
        sqlite3_close(handle);
        REQUIRE(rc == SQLITE_OK);
        t.reopen();
    }

    qint64 settingId(const char* key)
    {
        return SqlQuery::scalar(t.db(), QStringLiteral("SELECT id FROM settings WHERE key = ?"),
                                {QString::fromLatin1(key)})
            .toLongLong();
    }

    qint64 lastAuditId()
    {
        return SqlQuery::scalar(t.db(), QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
    }
};

} // namespace

TEST_CASE_METHOD(AuditFixture, "the audit chain verifies after service writes", "[audit]")
{
    CHECK(AuditLog::verify(t.db()).isEmpty());
    // 18 setup records (8 of them settings), create + update of li, one rule, one profile, a login and a
    // failed login.
    CHECK(lastAuditId() == 24);
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE prev_hash = '' "))
              .toInt() == 1);
}

TEST_CASE_METHOD(AuditFixture, "a users row changed with SQL is reported with table, id and column",
                 "[audit]")
{
    shell("UPDATE users SET role = 'admin' WHERE username = 'li';");
    const auto issues = AuditLog::verify(t.db());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].table == QStringLiteral("users"));
    CHECK(issues[0].id == liId);
    CHECK(issues[0].label == QStringLiteral("li"));
    CHECK(issues[0].what ==
          QStringLiteral("row %1 of users (li) was changed outside the application: role").arg(liId));
}

TEST_CASE_METHOD(AuditFixture, "a settings row changed with SQL is reported", "[audit]")
{
    const qint64 id = settingId("reminders.offsets");
    shell("UPDATE settings SET value = '30' WHERE key = 'reminders.offsets';");
    const auto issues = AuditLog::verify(t.db());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].table == QStringLiteral("settings"));
    CHECK(issues[0].id == id);
    CHECK(issues[0].what ==
          QStringLiteral("row %1 of settings (reminders.offsets) was changed outside the application: value")
              .arg(id));
}

TEST_CASE_METHOD(AuditFixture, "a row deleted with SQL is reported", "[audit]")
{
    const qint64 id = settingId("letters.reply_days");
    shell("DELETE FROM settings WHERE key = 'letters.reply_days';");
    const auto issues = AuditLog::verify(t.db());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].table == QStringLiteral("settings"));
    CHECK(issues[0].id == id);
    CHECK(issues[0].what ==
          QStringLiteral("row %1 of settings (letters.reply_days) was deleted outside the application")
              .arg(id));
}

TEST_CASE_METHOD(AuditFixture, "a row inserted with SQL is reported", "[audit]")
{
    shell("INSERT INTO users (id, username, display_name, role, password_hash, created_at) "
          "VALUES (77, 'backdoor', 'x', 'admin', 'x', '2026-03-15T09:00:00');");
    const auto issues = AuditLog::verify(t.db());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].table == QStringLiteral("users"));
    CHECK(issues[0].id == 77);
    CHECK(issues[0].what == QStringLiteral("row 77 of users was added outside the application"));
}

TEST_CASE_METHOD(AuditFixture, "an audit record altered after dropping the append-only trigger is reported",
                 "[audit]")
{
    shell("DROP TRIGGER audit_log_no_update;"
          "UPDATE audit_log SET username = 'someone_else' WHERE id = 14;");
    const auto issues = AuditLog::verify(t.db());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].table == QStringLiteral("audit_log"));
    CHECK(issues[0].id == 14);
    CHECK(issues[0].what == QStringLiteral("audit record 14 was altered after it was written"));
}

TEST_CASE_METHOD(AuditFixture, "the trigger keeps the audit log append-only for ordinary SQL", "[audit]")
{
    CHECK_THROWS(SqlQuery(t.db(), QStringLiteral("UPDATE audit_log SET username = 'x' WHERE id = 1")).exec());
    CHECK_THROWS(SqlQuery(t.db(), QStringLiteral("DELETE FROM audit_log WHERE id = 1")).exec());
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(AuditFixture, "an audit record deleted after dropping the trigger is reported", "[audit]")
{
    shell("DROP TRIGGER audit_log_no_delete;"
          "DELETE FROM audit_log WHERE id = 10;");
    const auto issues = AuditLog::verify(t.db());
    REQUIRE_FALSE(issues.isEmpty());
    CHECK(issues[0].table == QStringLiteral("audit_log"));
    CHECK(issues[0].id == 11);
    CHECK(issues[0].what == QStringLiteral("audit records 10 to 10 are missing"));
}

TEST_CASE_METHOD(AuditFixture, "deleting the newest audit record exposes the row it described", "[audit]")
{
    // The newest record is li's failed login; without it li's row no longer matches its audited state.
    const qint64 last = lastAuditId();
    shell("DROP TRIGGER audit_log_no_delete;"
          "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log);");
    REQUIRE(lastAuditId() == last - 1);
    const auto issues = AuditLog::verify(t.db());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].table == QStringLiteral("users"));
    CHECK(issues[0].id == liId);
    CHECK(issues[0].what.contains(QStringLiteral("failed_logins")));
}
