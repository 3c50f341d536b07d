#include "PeopleFixture.h"

#include "org/DepartmentService.h"
#include "org/EmployeeService.h"
#include "org/LabourContractService.h"

#include <stdexcept>

namespace tl::test {

PeopleFixture::PeopleFixture() = default;

core::Session PeopleFixture::session(core::Role role)
{
    core::Session s;
    s.userId = 99;
    s.username = QStringLiteral("tester");
    s.displayName = QStringLiteral("Tester");
    s.role = role;
    return s;
}

qint64 PeopleFixture::department(const QString& name, qint64 parentId)
{
    auto id = core::DepartmentService(context()).create(name, parentId);
    if (!id)
        throw std::runtime_error(id.error().fullText().toStdString());
    return *id;
}

qint64 PeopleFixture::employee(int number, qint64 departmentId, core::EmployeeStatus status)
{
    core::Employee e;
    e.code = code(number);
    e.name = QStringLiteral("Name-%1").arg(1000 - number, 3, 10, QLatin1Char('0'));
    e.departmentId = departmentId;
    e.position = QStringLiteral("Sales");
    e.role = QStringLiteral("sales");
    e.hireDate = QDate(2020, 1, 1).addDays(number);
    e.status = status;
    if (status == core::EmployeeStatus::Left || status == core::EmployeeStatus::Leaving)
        e.leaveDate = QDate(2026, 1, 31);
    e.phone = QStringLiteral("139%1").arg(number, 8, 10, QLatin1Char('0'));
    e.city = QStringLiteral("shanghai");
    return employee(e);
}

qint64 PeopleFixture::employee(const core::Employee& e)
{
    auto id = core::EmployeeService(context()).create(e);
    if (!id)
        throw std::runtime_error(id.error().fullText().toStdString());
    return *id;
}

qint64 PeopleFixture::contract(qint64 employeeId, core::ContractType type, const QDate& start,
                               const QDate& end, const QDate& probationEnd)
{
    core::LabourContract c;
    c.employeeId = employeeId;
    c.type = type;
    c.startDate = start;
    c.endDate = end;
    c.probationEnd = probationEnd;
    c.signedOn = start;
    auto id = core::LabourContractService(context()).add(c);
    if (!id)
        throw std::runtime_error(id.error().fullText().toStdString());
    return *id;
}

} // namespace tl::test
