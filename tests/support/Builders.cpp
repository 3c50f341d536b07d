#include "support/Builders.h"

#include "customers/CheckinService.h"
#include "customers/CustomerService.h"
#include "customers/FollowUpService.h"
#include "customers/OpportunityService.h"
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

qint64 makeCheckin(const core::Context& ctx, qint64 employeeId, const QDateTime& at, qint64 latitudeE6,
                   qint64 longitudeE6, const QString& address)
{
    core::Checkin c;
    c.employeeId = employeeId;
    c.at = at;
    c.location = core::GeoPoint{latitudeE6, longitudeE6};
    c.address = address;
    return orThrow(core::CheckinService(ctx).add(c), "makeCheckin");
}

qint64 makeOpportunity(const core::Context& ctx, qint64 customerId, qint64 ownerId, const QString& name,
                       qint64 amountYuan, const QStringList& stages, const QDate& createdOn)
{
    core::Opportunity o;
    o.customerId = customerId;
    o.ownerId = ownerId;
    o.name = name;
    o.amount = core::Money::fromYuan(amountYuan);
    o.createdOn = createdOn;
    core::OpportunityService service(ctx);
    const qint64 id = orThrow(service.create(o), "makeOpportunity");
    for (const QString& stage : stages)
        if (const core::Status moved = service.moveTo(id, stage); !moved)
            throw std::runtime_error("makeOpportunity: " + moved.error().fullText().toStdString());
    return id;
}

core::Customer customerSpec(const QString& code, const QString& name, qint64 ownerId)
{
    core::Customer c;
    c.code = code;
    c.name = name;
    c.ownerId = ownerId;
    return c;
}

qint64 makeCustomer(const core::Context& ctx, const core::Customer& customer)
{
    return orThrow(core::CustomerService(ctx).create(customer), "makeCustomer");
}

qint64 makeCustomer(const core::Context& ctx, const QString& code, const QString& name, qint64 ownerId,
                    const QString& level, const QDate& ownedSince)
{
    core::Customer c = customerSpec(code, name, ownerId);
    c.level = level;
    c.ownedSince = ownedSince;
    if (ownedSince.isValid())
        c.createdOn = ownedSince;
    return makeCustomer(ctx, c);
}

qint64 makeCustomerContact(const core::Context& ctx, qint64 customerId, const QString& name,
                           const QString& phone)
{
    core::CustomerContact c;
    c.customerId = customerId;
    c.name = name;
    c.phone = phone;
    return orThrow(core::CustomerService(ctx).addContact(c), "makeCustomerContact");
}

qint64 logFollowUp(const core::Context& ctx, qint64 customerId, const QDateTime& at, qint64 employeeId,
                   const QDate& nextOn, const QString& method)
{
    core::FollowUp f;
    f.customerId = customerId;
    f.employeeId = employeeId;
    f.at = at;
    f.nextOn = nextOn;
    f.method = method;
    f.content = QStringLiteral("test");
    return orThrow(core::FollowUpService(ctx).log(f), "logFollowUp");
}

} // namespace tl::test
