#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "org/Employee.h"

#include <QCoreApplication>

namespace tl::core {

// Employee records: validation, permissions, scope, masking, audit.
class EmployeeService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::EmployeeService)

public:
    explicit EmployeeService(const Context& ctx) : m_ctx(ctx) {}

    // Reads respect the session's scope and mask ID number / bank account without the permission.
    // (Birth date is cleared with a masked ID number, as it is part of it.)
    Result<Employee> get(qint64 id) const;
    Result<Employee> getByCode(const QString& code) const;

    // Every problem with the record (column names as in the import template: code, name, id_number,
    // phone, hire_date, manager_code, ...). Empty list = valid. Checks unique code, existing manager,
    // no manager cycle, ID number check character and birth date, mobile number, dates.
    QList<FieldProblem> validate(const Employee& employee) const;

    Result<qint64> create(const Employee& employee);
    // A session that may not see the ID number or bank account keeps the stored values, and a masked
    // value sent back unchanged (e.g. from a record read by such a session) never replaces the real one.
    Status update(const Employee& employee);
    // leaveDate: required for Left, the planned last day for Leaving (may be empty), ignored otherwise
    // (active and probation clear it). Not before the hire date.
    Status setStatus(qint64 id, EmployeeStatus status, const QDate& leaveDate = {});
    // Deletes a record entered by mistake (no labour contracts, no user linked, nobody reporting to it).
    Status remove(qint64 id);

private:
    const Context m_ctx; // a copy: services may be built from a temporary context
};

} // namespace tl::core
