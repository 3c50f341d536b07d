#pragma once

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "auth/UserService.h"
#include "db/SqlQuery.h"
#include "settings/SetupService.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

namespace tl::test {

// A company set up with the administrator "admin" / "admin-pass-1", plus helpers that add departments
// and employees directly (the org services are another module's), audited so that the audit check stays
// clean.
struct AuthFixture
{
    static inline const QString kAdminPassword = QStringLiteral("admin-pass-1");

    TestDatabase t;
    core::Context sys = t.context();

    AuthFixture()
    {
        const core::Status s = core::SetupService::initialize(
            t.db(), t.clock(), QStringLiteral("测试贸易公司"), QStringLiteral("shanghai"),
            QStringLiteral("admin"), kAdminPassword, QStringLiteral("管理员"));
        if (!s)
            FAIL(s.error().fullText().toStdString());
    }

    qint64 adminId() { return userId(QStringLiteral("admin")); }

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

    // A session with the role and nothing else (permission checks only).
    static core::Session roleSession(core::Role role)
    {
        core::Session s;
        s.userId = 999;
        s.username = QStringLiteral("someone");
        s.role = role;
        return s;
    }

    qint64 addUser(const QString& username, core::Role role, const QString& password, qint64 employeeId = 0)
    {
        auto id = core::UserService(sys).create(
            username, {username + QStringLiteral(" name"), role, employeeId}, password);
        REQUIRE(id.ok());
        return *id;
    }

    qint64 addDepartment(const QString& name, qint64 parentId = 0)
    {
        core::SqlQuery q(t.db(), QStringLiteral("INSERT INTO departments (name, parent_id, created_at) "
                                                "VALUES (?, ?, '2026-01-01T00:00:00')"));
        q.bind(name).bind(core::SqlQuery::nullableId(parentId)).exec();
        return audited(QStringLiteral("departments"), q.lastInsertId(), name);
    }

    qint64 addEmployee(const QString& code, const QString& name, qint64 departmentId = 0)
    {
        core::SqlQuery q(t.db(),
                         QStringLiteral("INSERT INTO employees (code, name, department_id, hire_date, "
                                        "created_at, updated_at) VALUES (?, ?, ?, '2024-01-01', "
                                        "'2026-01-01T00:00:00', '2026-01-01T00:00:00')"));
        q.bind(code).bind(name).bind(core::SqlQuery::nullableId(departmentId)).exec();
        return audited(QStringLiteral("employees"), q.lastInsertId(), code);
    }

    qint64 audited(const QString& table, qint64 id, const QString& label)
    {
        core::AuditLog(sys).record(table, id, label, QStringLiteral("create"), {},
                                   core::AuditLog::snapshot(t.db(), table, id));
        return id;
    }

    QStringList auditActions(const QString& entity, qint64 id)
    {
        core::SqlQuery q(t.db(),
                         QStringLiteral("SELECT action FROM audit_log WHERE entity = ? AND entity_id = ? "
                                        "ORDER BY id"));
        q.bind(entity).bind(id).exec();
        QStringList actions;
        while (q.next())
            actions << q.text(0);
        return actions;
    }
};

} // namespace tl::test
