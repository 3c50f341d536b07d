#pragma once

#include "auth/AuthService.h"
#include "auth/UserService.h"
#include "db/SqlQuery.h"
#include "settings/SetupService.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

namespace tl::test {

// A company set up with the administrator "admin" / kAdminPassword (clock: 2026-03-15 09:00). QSettings
// and standard paths are redirected to Qt's test locations so that tests never touch the user's settings.
struct ShellFixture
{
    static inline const QString kAdminPassword = QStringLiteral("admin-pass-1");

    ShellFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TeamLedgerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tl_test_ui_shell"));
        const core::Status s = core::SetupService::initialize(
            t.db(), t.clock(), QStringLiteral("测试贸易公司"), QStringLiteral("shanghai"),
            QStringLiteral("admin"), kAdminPassword, QStringLiteral("管理员"));
        if (!s)
            FAIL(s.error().fullText().toStdString());
    }

    qint64 userId(const QString& username)
    {
        return core::SqlQuery::scalar(t.db(), QStringLiteral("SELECT id FROM users WHERE username = ?"),
                                      {username})
            .toLongLong();
    }

    core::Session sessionOf(const QString& username)
    {
        auto s = core::AuthService::sessionFor(t.db(), userId(username));
        REQUIRE(s.ok());
        return *s;
    }

    qint64 addUser(const QString& username, core::Role role, const QString& displayName)
    {
        const core::Context sys = t.context();
        auto id =
            core::UserService(sys).create(username, {displayName, role, 0}, QStringLiteral("user-pass-1"));
        REQUIRE(id.ok());
        return *id;
    }

    TestDatabase t;
};

// Runs the event loop until the condition holds (or 20 s pass): for jobs finishing on other threads.
template <typename F> bool waitUntil(F condition)
{
    return QTest::qWaitFor(condition, 20000);
}

} // namespace tl::test
