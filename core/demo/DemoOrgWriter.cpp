#include "demo/DemoOrgWriter.h"

#include "audit/BulkAuditWriter.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/NativeStatement.h"

namespace tl::core::demo {

bool DemoOrgWriter::tick()
{
    if (++m_done % 500 == 0) {
        m_progress.setDone(m_done);
        return !m_progress.isCancelled();
    }
    return true;
}

bool DemoOrgWriter::write(const OrgPlan& plan)
{
    sqlite3* handle = m_ctx.db.nativeHandle();
    const QString now = m_ctx.clock.now().toString(Qt::ISODate);
    const qint64 total = plan.departments.size() * 2 + plan.employees.size() * 2 + plan.contracts.size() * 2;
    m_progress.setTotal(total);

    NativeStatement department(handle,
                               "INSERT INTO departments (name, parent_id, created_at) VALUES (?,?,?)");
    for (const PlannedDepartment& d : plan.departments) {
        department.bind(1, d.name).bindId(2, d.parent >= 0 ? m_departmentIds.at(d.parent) : 0).bind(3, now);
        m_departmentIds.append(department.execute());
        if (!tick())
            return false;
    }

    NativeStatement employee(
        handle, "INSERT INTO employees (code, name, department_id, position, role, manager_id, "
                "hire_date, status, leave_date, id_number, gender, birth_date, phone, bank_name, "
                "bank_account, city, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const PlannedEmployee& e : plan.employees) {
        employee.bind(1, e.code)
            .bind(2, e.name)
            .bind(3, m_departmentIds.at(e.department))
            .bind(4, e.position)
            .bind(5, e.role)
            .bindId(6, e.manager >= 0 ? m_employeeIds.at(e.manager) : 0)
            .bindDate(7, e.hireDate)
            .bind(8, e.status)
            .bindDate(9, e.leaveDate)
            .bind(10, e.idNumber)
            .bind(11, e.gender)
            .bindDate(12, e.birthDate)
            .bind(13, e.phone)
            .bind(14, e.bankName)
            .bind(15, e.bankAccount)
            .bind(16, e.city)
            .bind(17, now)
            .bind(18, now);
        m_employeeIds.append(employee.execute());
        if (!tick())
            return false;
    }

    NativeStatement manager(handle, "UPDATE departments SET manager_id = ? WHERE id = ?");
    for (qsizetype i = 0; i < plan.departments.size(); ++i)
        if (plan.departments.at(i).manager >= 0)
            manager.bind(1, m_employeeIds.at(plan.departments.at(i).manager))
                .bind(2, m_departmentIds.at(i))
                .execute();

    NativeStatement contract(handle,
                             "INSERT INTO labour_contracts (employee_id, seq, type, start_date, end_date, "
                             "probation_end, signed_on, created_at) VALUES (?,?,?,?,?,?,?,?)");
    QList<qint64> contractIds;
    contractIds.reserve(plan.contracts.size());
    for (const PlannedContract& c : plan.contracts) {
        contract.bind(1, m_employeeIds.at(c.employee))
            .bind(2, qint64(c.seq))
            .bind(3, c.type)
            .bindDate(4, c.start)
            .bindDate(5, c.end)
            .bindDate(6, c.probationEnd)
            .bindDate(7, c.signedOn)
            .bind(8, now);
        contractIds.append(contract.execute());
        if (!tick())
            return false;
    }

    // The audit trail of every row in its final state, as the services would have written it.
    BulkAuditWriter audit(m_ctx);
    for (qsizetype i = 0; i < plan.departments.size(); ++i) {
        audit.recordCreate(QStringLiteral("departments"), m_departmentIds.at(i), plan.departments.at(i).name);
        if (!tick())
            return false;
    }
    for (qsizetype i = 0; i < plan.employees.size(); ++i) {
        audit.recordCreate(QStringLiteral("employees"), m_employeeIds.at(i), plan.employees.at(i).code);
        if (!tick())
            return false;
    }
    for (qsizetype i = 0; i < plan.contracts.size(); ++i) {
        const PlannedContract& c = plan.contracts.at(i);
        audit.recordCreate(QStringLiteral("labour_contracts"), contractIds.at(i),
                           QStringLiteral("%1/%2").arg(plan.employees.at(c.employee).code).arg(c.seq));
        if (!tick())
            return false;
    }
    m_progress.setDone(total);
    return true;
}

} // namespace tl::core::demo
