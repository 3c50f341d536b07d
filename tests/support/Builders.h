#pragma once

#include "auth/Session.h"
#include "common/Context.h"
#include "org/Employee.h"

#include <QDate>
#include <QList>
#include <QString>

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

} // namespace tl::test
