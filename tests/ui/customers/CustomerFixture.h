#pragma once

#include "app/AppContext.h"
#include "auth/Session.h"
#include "common/Context.h"
#include "customers/Customer.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QString>

#include <memory>

// REQUIRE that a Result/Status is ok, showing the error otherwise.
#define TL_REQUIRE_OK(expr)                                                                                  \
    do {                                                                                                     \
        const auto& tlResult_ = (expr);                                                                      \
        INFO((tlResult_.ok() ? QString() : tlResult_.error().fullText()).toStdString());                     \
        REQUIRE(tlResult_.ok());                                                                             \
    } while (false)

namespace tl::test {

// A small sales organisation for the customer UI tests (clock 2026-03-15 09:00):
// department "Sales East" with manager M001 and salespeople S001 (张三) and S002 (李四);
// department "Sales West" with salesperson S003 (王五). Customers, contacts and follow-ups are
// written through the core services (system session).
class CustomerFixture
{
public:
    CustomerFixture();

    TestDatabase& db() { return m_db; }
    core::Context context() { return m_db.context(); }
    core::Context context(const core::Session& session) { return m_db.context(session); }
    QDate today() { return m_db.clock().today(); }

    qint64 east = 0;
    qint64 west = 0;
    qint64 manager = 0; // M001, manages Sales East
    qint64 s1 = 0;      // S001 张三, Sales East
    qint64 s2 = 0;      // S002 李四, Sales East
    qint64 s3 = 0;      // S003 王五, Sales West

    core::Session salesSession(qint64 employeeId) const;
    core::Session managerSession() const;
    core::Session session(core::Role role) const; // no employee (admin, finance, auditor)

    // A customer owned by ownerId since ownedSince (0 = in the pool), created on ownedSince (or
    // 2026-01-01 for pool customers).
    qint64 customer(const QString& code, const QString& name, qint64 ownerId, const QDate& ownedSince,
                    const QString& level = QStringLiteral("C"), const QString& type = QStringLiteral("sme"),
                    const QString& region = QString());
    qint64 contact(qint64 customerId, const QString& name, const QString& phone, bool primary = true);
    qint64 followUp(qint64 customerId, qint64 employeeId, const QDateTime& at, const QString& content,
                    const QString& method = QStringLiteral("phone"), const QDate& nextOn = {});

    // A GUI context on its own connection to the same file, with a clock at the fixture's time.
    std::unique_ptr<ui::AppContext> app(const core::Session& session);

private:
    qint64 employee(const QString& code, const QString& name, qint64 departmentId, const QString& role,
                    qint64 managerId = 0);

    TestDatabase m_db;
};

} // namespace tl::test
