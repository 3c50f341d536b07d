#include "CustomerFixture.h"

#include "customers/CustomerService.h"
#include "customers/FollowUpService.h"
#include "org/DepartmentService.h"
#include "org/EmployeeService.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

#include <stdexcept>

namespace tl::test {

namespace {

template <typename R> auto valueOrThrow(R result)
{
    if (!result)
        throw std::runtime_error(result.error().fullText().toStdString());
    return std::move(result).value();
}

} // namespace

CustomerFixture::CustomerFixture()
{
    // Header and splitter states go to Qt's test locations, never to the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TeamLedgerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tl_test_ui_customers"));
    east = valueOrThrow(core::DepartmentService(context()).create(QStringLiteral("Sales East"), 0));
    west = valueOrThrow(core::DepartmentService(context()).create(QStringLiteral("Sales West"), 0));
    manager =
        employee(QStringLiteral("M001"), QStringLiteral("赵经理"), east, QStringLiteral("sales_manager"));
    s1 = employee(QStringLiteral("S001"), QStringLiteral("张三"), east, QStringLiteral("sales"), manager);
    s2 = employee(QStringLiteral("S002"), QStringLiteral("李四"), east, QStringLiteral("sales"), manager);
    s3 = employee(QStringLiteral("S003"), QStringLiteral("王五"), west, QStringLiteral("sales"));
}

qint64 CustomerFixture::employee(const QString& code, const QString& name, qint64 departmentId,
                                 const QString& role, qint64 managerId)
{
    core::Employee e;
    e.code = code;
    e.name = name;
    e.departmentId = departmentId;
    e.position = QStringLiteral("Sales");
    e.role = role;
    e.managerId = managerId;
    e.hireDate = QDate(2024, 1, 1);
    e.status = core::EmployeeStatus::Active;
    e.city = QStringLiteral("shanghai");
    return valueOrThrow(core::EmployeeService(context()).create(e));
}

core::Session CustomerFixture::salesSession(qint64 employeeId) const
{
    core::Session s;
    s.userId = 90;
    s.username = QStringLiteral("sales");
    s.displayName = QStringLiteral("Sales");
    s.role = core::Role::Sales;
    s.employeeId = employeeId;
    return s;
}

core::Session CustomerFixture::managerSession() const
{
    core::Session s;
    s.userId = 91;
    s.username = QStringLiteral("manager");
    s.displayName = QStringLiteral("Manager");
    s.role = core::Role::SalesManager;
    s.employeeId = manager;
    s.departmentScope = {east};
    return s;
}

core::Session CustomerFixture::session(core::Role role) const
{
    core::Session s;
    s.userId = 92;
    s.username = QStringLiteral("user");
    s.displayName = QStringLiteral("User");
    s.role = role;
    return s;
}

qint64 CustomerFixture::customer(const QString& code, const QString& name, qint64 ownerId,
                                 const QDate& ownedSince, const QString& level, const QString& type,
                                 const QString& region)
{
    core::Customer c;
    c.code = code;
    c.name = name;
    c.level = level;
    c.type = type;
    c.region = region;
    c.ownerId = ownerId;
    c.ownedSince = ownerId != 0 ? ownedSince : QDate();
    c.createdOn = ownerId != 0 ? ownedSince : QDate(2026, 1, 1);
    return valueOrThrow(core::CustomerService(context()).create(c));
}

qint64 CustomerFixture::contact(qint64 customerId, const QString& name, const QString& phone, bool primary)
{
    core::CustomerContact c;
    c.customerId = customerId;
    c.name = name;
    c.phone = phone;
    c.primary = primary;
    return valueOrThrow(core::CustomerService(context()).addContact(c));
}

qint64 CustomerFixture::followUp(qint64 customerId, qint64 employeeId, const QDateTime& at,
                                 const QString& content, const QString& method, const QDate& nextOn)
{
    core::FollowUp f;
    f.customerId = customerId;
    f.employeeId = employeeId;
    f.at = at;
    f.content = content;
    f.method = method;
    f.nextOn = nextOn;
    return valueOrThrow(core::FollowUpService(context()).log(f));
}

std::unique_ptr<ui::AppContext> CustomerFixture::app(const core::Session& session)
{
    auto db = core::Database::open(m_db.path(), core::Database::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    return std::make_unique<ui::AppContext>(std::move(db).value(), session,
                                            std::make_unique<core::FixedClock>(m_db.clock().now()));
}

} // namespace tl::test
