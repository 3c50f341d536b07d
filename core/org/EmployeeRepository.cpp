#include "org/EmployeeRepository.h"

#include "db/SqlQuery.h"

#include <QStringList>

namespace tl::core {

QString EmployeeRepository::selectSql()
{
    return QStringLiteral("SELECT e.id, e.code, e.name, e.department_id, d.name, e.position, e.role, "
                          "e.manager_id, m.code, m.name, "
                          "e.hire_date, e.status, e.leave_date, e.id_number, e.gender, e.birth_date, "
                          "e.phone, e.email, e.bank_name, "
                          "e.bank_account, e.city, e.note "
                          "FROM employees e LEFT JOIN departments d ON d.id = e.department_id "
                          "LEFT JOIN employees m ON m.id = e.manager_id");
}

Employee EmployeeRepository::fromRow(const SqlQuery& q)
{
    Employee e;
    e.id = q.integer(0);
    e.code = q.text(1);
    e.name = q.text(2);
    e.departmentId = q.integer(3);
    e.departmentName = q.text(4);
    e.position = q.text(5);
    e.role = q.text(6);
    e.managerId = q.integer(7);
    e.managerCode = q.text(8);
    e.managerName = q.text(9);
    e.hireDate = QDate::fromString(q.text(10), Qt::ISODate);
    e.status = employeeStatusFromKey(q.text(11)).value_or(EmployeeStatus::Active);
    e.leaveDate = QDate::fromString(q.text(12), Qt::ISODate);
    e.idNumber = q.text(13);
    e.gender = q.text(14);
    e.birthDate = QDate::fromString(q.text(15), Qt::ISODate);
    e.phone = q.text(16);
    e.email = q.text(17);
    e.bankName = q.text(18);
    e.bankAccount = q.text(19);
    e.city = q.text(20);
    e.note = q.text(21);
    return e;
}

std::optional<Employee> EmployeeRepository::load(qint64 id) const
{
    SqlQuery q(m_db, selectSql() + QStringLiteral(" WHERE e.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<Employee> EmployeeRepository::loadByCode(const QString& code) const
{
    SqlQuery q(m_db, selectSql() + QStringLiteral(" WHERE e.code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<qint64> EmployeeRepository::idForCode(const QString& code) const
{
    const QVariant id =
        SqlQuery::scalar(m_db, QStringLiteral("SELECT id FROM employees WHERE code = ?"), {code});
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

EmployeeRepository::Condition EmployeeRepository::scope(const Session& session)
{
    if (session.system)
        return {};
    if (!session.can(Permission::ViewEmployees))
        return {QStringLiteral("0"), {}};
    switch (session.role) {
    case Role::Sales:
        return {QStringLiteral("e.id = ?"), {session.employeeId}};
    case Role::SalesManager:
        return {QStringLiteral("(e.id = ? OR e.department_id IN (SELECT value FROM json_each(?)))"),
                {session.employeeId, idArray(session.departmentScope)}};
    default:
        return {};
    }
}

void EmployeeRepository::mask(Employee& employee, const Session& session)
{
    if (!session.can(Permission::ViewIdNumber)) {
        employee.idNumber = maskIdNumber(employee.idNumber);
        employee.birthDate = QDate(); // it is part of the ID number
        employee.masked = true;
    }
    if (!session.can(Permission::ViewBankAccount)) {
        employee.bankAccount = maskBankAccount(employee.bankAccount);
        employee.masked = true;
    }
}

QString EmployeeRepository::idArray(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace tl::core
