#include "support/Builders.h"

#include "org/DepartmentService.h"
#include "org/EmployeeService.h"
#include "org/LabourContractService.h"
#include "org/Validation.h"

#include <stdexcept>

namespace tl::test {

namespace {

template <typename T> T orThrow(core::Result<T> result, const char* what)
{
    if (!result)
        throw std::runtime_error(std::string(what) + ": " + result.error().fullText().toStdString());
    return std::move(result).value();
}

} // namespace

core::Session sessionFor(core::Role role, qint64 employeeId, const QList<qint64>& departmentScope)
{
    core::Session s;
    s.userId = 0;
    s.username = core::roleKey(role);
    s.displayName = core::roleDisplayName(role);
    s.role = role;
    s.employeeId = employeeId;
    s.departmentScope = departmentScope;
    return s;
}

QString makeIdNumber(const QDate& birthDate, int sequence)
{
    const QString first17 = QStringLiteral("310101") + birthDate.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + core::idNumberCheckChar(first17);
}

core::Employee employeeSpec(const QString& code, const QString& name)
{
    core::Employee e;
    e.code = code;
    e.name = name;
    e.role = QStringLiteral("sales");
    e.hireDate = QDate(2024, 1, 1);
    return e;
}

qint64 makeEmployee(const core::Context& ctx, const core::Employee& employee)
{
    return orThrow(core::EmployeeService(ctx).create(employee), "makeEmployee");
}

qint64 makeEmployee(const core::Context& ctx, const QString& code, const QString& name, qint64 departmentId,
                    const QString& role, qint64 managerId, const QDate& hireDate)
{
    core::Employee e = employeeSpec(code, name);
    e.departmentId = departmentId;
    e.role = role;
    e.managerId = managerId;
    e.hireDate = hireDate;
    return makeEmployee(ctx, e);
}

qint64 makeDepartment(const core::Context& ctx, const QString& path)
{
    return orThrow(core::DepartmentService(ctx).resolvePath(path, true), "makeDepartment");
}

qint64 makeLabourContract(const core::Context& ctx, qint64 employeeId, core::ContractType type,
                          const QDate& start, const QDate& end, const QDate& probationEnd)
{
    core::LabourContract c;
    c.employeeId = employeeId;
    c.type = type;
    c.startDate = start;
    c.endDate = end;
    c.probationEnd = probationEnd;
    c.signedOn = start;
    return orThrow(core::LabourContractService(ctx).add(c), "makeLabourContract");
}

} // namespace tl::test
