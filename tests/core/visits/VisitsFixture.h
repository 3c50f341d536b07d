#pragma once

#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "db/SqlQuery.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QStringList>

namespace tl::test {

// A small sales organisation for the visits tests:
//   销售中心/销售一部: 赵经理 (manager of the department, scope = 销售一部), 张三 and 李四 (salespeople)
//   销售中心/销售二部: 王五 (salesperson)
// Customers and follow-ups are written as the customer services write them (row + audit record with
// the snapshot), so that AuditLog::verify stays empty.
struct VisitsFixture
{
    TestDatabase t;
    core::Context sys = t.context();
    qint64 dept1 = makeDepartment(sys, QStringLiteral("销售中心/销售一部"));
    qint64 dept2 = makeDepartment(sys, QStringLiteral("销售中心/销售二部"));
    qint64 zhao = makeEmployee(sys, QStringLiteral("M001"), QStringLiteral("赵经理"), dept1,
                               QStringLiteral("sales_manager"));
    qint64 zhang = makeEmployee(sys, QStringLiteral("E001"), QStringLiteral("张三"), dept1);
    qint64 li = makeEmployee(sys, QStringLiteral("E002"), QStringLiteral("李四"), dept1);
    qint64 wang = makeEmployee(sys, QStringLiteral("E003"), QStringLiteral("王五"), dept2);

    core::Session salesSession(qint64 employeeId) const { return sessionFor(core::Role::Sales, employeeId); }
    core::Session managerSession() const { return sessionFor(core::Role::SalesManager, zhao, {dept1}); }

    // A customer at (latitudeE6, longitudeE6) in micro-degrees; owner 0 = in the pool.
    qint64 customer(const QString& code, qint64 latitudeE6, qint64 longitudeE6, qint64 owner = 0)
    {
        core::SqlQuery q(t.db(),
                         QStringLiteral("INSERT INTO customers (code, name, latitude_e6, longitude_e6, "
                                        "owner_id, owned_since, pool_since, created_on) "
                                        "VALUES (?,?,?,?,?,?,?,?)"));
        q.bind(code)
            .bind(QStringLiteral("客户") + code)
            .bind(latitudeE6)
            .bind(longitudeE6)
            .bind(core::SqlQuery::nullableId(owner))
            .bind(owner > 0 ? QVariant(QStringLiteral("2026-01-01"))
                            : QVariant(QMetaType(QMetaType::QString)))
            .bind(owner > 0 ? QVariant(QMetaType(QMetaType::QString))
                            : QVariant(QStringLiteral("2026-01-01")))
            .bind(QStringLiteral("2026-01-01"))
            .exec();
        return audited(QStringLiteral("customers"), q.lastInsertId(), code);
    }

    // A customer without coordinates.
    qint64 customerWithoutLocation(const QString& code, qint64 owner)
    {
        core::SqlQuery q(t.db(), QStringLiteral("INSERT INTO customers (code, name, owner_id, owned_since, "
                                                "created_on) VALUES (?,?,?,?,?)"));
        q.bind(code)
            .bind(QStringLiteral("客户") + code)
            .bind(owner)
            .bind(QStringLiteral("2026-01-01"))
            .bind(QStringLiteral("2026-01-01"))
            .exec();
        return audited(QStringLiteral("customers"), q.lastInsertId(), code);
    }

    qint64 followUp(qint64 customerId, qint64 employeeId, const QDateTime& at)
    {
        core::SqlQuery q(t.db(),
                         QStringLiteral("INSERT INTO followups (customer_id, employee_id, at, method, "
                                        "content) VALUES (?,?,?,'visit','上门拜访')"));
        q.bind(customerId).bind(employeeId).bind(at.toString(Qt::ISODate)).exec();
        return audited(QStringLiteral("followups"), q.lastInsertId(), QStringLiteral("followup"));
    }

    // A user account linked to an employee (the hash is a placeholder: these tests never log in).
    qint64 user(const QString& username, qint64 employeeId, core::Role role = core::Role::Sales)
    {
        core::SqlQuery q(t.db(),
                         QStringLiteral("INSERT INTO users (username, display_name, role, employee_id, "
                                        "password_hash, created_at) VALUES (?,?,?,?,'-',?)"));
        q.bind(username)
            .bind(username)
            .bind(core::roleKey(role))
            .bind(employeeId)
            .bind(QStringLiteral("2026-01-01T00:00:00"))
            .exec();
        return audited(QStringLiteral("users"), q.lastInsertId(), username);
    }

    // Hands a customer over to another owner (as a handover or an assignment would).
    void setOwner(qint64 customerId, qint64 owner)
    {
        const QJsonObject before = core::AuditLog::snapshot(t.db(), QStringLiteral("customers"), customerId);
        core::SqlQuery(t.db(),
                       QStringLiteral("UPDATE customers SET owner_id = ?, owned_since = '2026-03-01', "
                                      "pool_since = NULL WHERE id = ?"))
            .bind(owner)
            .bind(customerId)
            .exec();
        core::AuditLog(sys).record(QStringLiteral("customers"), customerId, QStringLiteral("handover"),
                                   QStringLiteral("update"), before,
                                   core::AuditLog::snapshot(t.db(), QStringLiteral("customers"), customerId));
    }

    QStringList auditIssues()
    {
        QStringList list;
        for (const core::AuditLog::Issue& issue : core::AuditLog::verify(t.db()))
            list << issue.what;
        return list;
    }

private:
    qint64 audited(const QString& table, qint64 id, const QString& label)
    {
        core::AuditLog(sys).record(table, id, label, QStringLiteral("create"), {},
                                   core::AuditLog::snapshot(t.db(), table, id));
        return id;
    }
};

inline QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}

} // namespace tl::test
