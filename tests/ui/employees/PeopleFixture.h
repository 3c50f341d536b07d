#pragma once

#include "common/Context.h"
#include "org/Employee.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QString>

// REQUIRE that a Result/Status is ok, showing the error otherwise.
#define TL_REQUIRE_OK(expr)                                                                                  \
    do {                                                                                                     \
        const auto& tlResult_ = (expr);                                                                      \
        INFO((tlResult_.ok() ? QString() : tlResult_.error().fullText()).toStdString());                     \
        REQUIRE(tlResult_.ok());                                                                             \
    } while (false)

namespace tl::test {

// People data for the UI tests of the employees pages, written through the org services.
class PeopleFixture
{
public:
    PeopleFixture();

    TestDatabase& db() { return m_db; }
    core::Context context() { return m_db.context(); }
    core::Context context(const core::Session& session) { return m_db.context(session); }

    qint64 department(const QString& name, qint64 parentId = 0);
    // code E0001.., name "Name-NNN" counting down, hire dates one day apart from 2020-01-01.
    qint64 employee(int number, qint64 departmentId,
                    core::EmployeeStatus status = core::EmployeeStatus::Active);
    qint64 employee(const core::Employee& employee);
    qint64 contract(qint64 employeeId, core::ContractType type, const QDate& start, const QDate& end,
                    const QDate& probationEnd = {});

    static QString code(int number) { return QStringLiteral("E%1").arg(number, 4, 10, QLatin1Char('0')); }
    static core::Session session(core::Role role);

private:
    TestDatabase m_db;
};

} // namespace tl::test
