#pragma once

#include "auth/Session.h"
#include "common/Context.h"
#include "customers/Customer.h"
#include "org/Employee.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Builders for test data. Modules add helpers here as they need them.
// Builders go through the real services (validated and audited) and throw std::runtime_error on failure.
namespace tl::test {

// A (non-system) session of the given role, e.g. sessionFor(Role::SalesManager, managerId, {deptId}).
core::Session sessionFor(core::Role role, qint64 employeeId = 0, const QList<qint64>& departmentScope = {});

// A valid 18-digit resident ID number: region 310101 (上海市黄浦区), the birth date, a 3-digit sequence
// (odd = male, even = female) and the GB 11643 check character.
QString makeIdNumber(const QDate& birthDate, int sequence = 123);

// An employee record with the required fields: role "sales", hire date 2024-01-01, status active.
core::Employee employeeSpec(const QString& code, const QString& name);

// Creates an employee through EmployeeService (the context's session needs EditEmployees).
qint64 makeEmployee(const core::Context& ctx, const core::Employee& employee);
qint64 makeEmployee(const core::Context& ctx, const QString& code, const QString& name,
                    qint64 departmentId = 0, const QString& role = QStringLiteral("sales"),
                    qint64 managerId = 0, const QDate& hireDate = QDate(2024, 1, 1));

// Finds or creates a department by path ("销售中心/销售一部") through DepartmentService::resolvePath.
qint64 makeDepartment(const core::Context& ctx, const QString& path);

// Adds a labour contract through LabourContractService (next seq).
qint64 makeLabourContract(const core::Context& ctx, qint64 employeeId, core::ContractType type,
                          const QDate& start, const QDate& end = {}, const QDate& probationEnd = {});

// Visits and opportunities (issue 3). A check-in through CheckinService (matched on insert; employeeId 0 =
// the session's employee); coordinates in micro-degrees.
qint64 makeCheckin(const core::Context& ctx, qint64 employeeId, const QDateTime& at, qint64 latitudeE6,
                   qint64 longitudeE6, const QString& address = {});
// An opportunity through OpportunityService (created on createdOn, invalid = today), then moved through
// `stages` in order (e.g. {"research", "proposal", "won"}).
qint64 makeOpportunity(const core::Context& ctx, qint64 customerId, qint64 ownerId, const QString& name,
                       qint64 amountYuan, const QStringList& stages = {}, const QDate& createdOn = {});

// Customers and follow-ups (issue 3). A customer record with the required fields (type sme, level C;
// created today unless set); ownerId 0 = the pool.
core::Customer customerSpec(const QString& code, const QString& name, qint64 ownerId = 0);
// Creates a customer through CustomerService (the session needs EditCustomers and scope).
qint64 makeCustomer(const core::Context& ctx, const core::Customer& customer);
qint64 makeCustomer(const core::Context& ctx, const QString& code, const QString& name, qint64 ownerId = 0,
                    const QString& level = QStringLiteral("C"), const QDate& ownedSince = {});
// Adds a contact through CustomerService (the first contact of a customer is its primary one).
qint64 makeCustomerContact(const core::Context& ctx, qint64 customerId, const QString& name,
                           const QString& phone = {});
// Logs a follow-up through FollowUpService (employeeId 0 = the session's employee).
qint64 logFollowUp(const core::Context& ctx, qint64 customerId, const QDateTime& at, qint64 employeeId = 0,
                   const QDate& nextOn = {}, const QString& method = QStringLiteral("phone"));

} // namespace tl::test
