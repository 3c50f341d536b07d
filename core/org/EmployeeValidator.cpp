#include "org/EmployeeValidator.h"

#include "db/SqlQuery.h"
#include "org/Validation.h"

#include <QRegularExpression>
#include <QSet>

namespace tl::core {

namespace {

FieldProblem problem(const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{0, QString::fromLatin1(column), value, reason};
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

void EmployeeValidator::normalize(Employee& e)
{
    e.code = e.code.trimmed();
    e.name = e.name.trimmed();
    e.position = e.position.trimmed();
    e.role = e.role.trimmed();
    e.managerCode = e.managerCode.trimmed();
    e.idNumber = normalizeIdNumber(e.idNumber);
    if (!e.phone.trimmed().isEmpty())
        e.phone = normalizeMobile(e.phone);
    else
        e.phone.clear();
    e.email = e.email.trimmed();
    e.bankName = e.bankName.trimmed();
    e.bankAccount = e.bankAccount.trimmed().remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    e.city = e.city.trimmed();
    e.note = e.note.trimmed();
    if (e.status == EmployeeStatus::Active || e.status == EmployeeStatus::Probation)
        e.leaveDate = QDate();
}

QList<FieldProblem> EmployeeValidator::check(Employee& e) const
{
    QList<FieldProblem> problems;

    if (e.code.isEmpty()) {
        problems << problem("code", e.code, tr("code is required"));
    } else {
        const QVariant other = SqlQuery::scalar(
            m_db, QStringLiteral("SELECT id FROM employees WHERE code = ? AND id <> ?"), {e.code, e.id});
        if (other.isValid())
            problems << problem("code", e.code, tr("code %1 is already used").arg(e.code));
    }
    if (e.name.isEmpty())
        problems << problem("name", e.name, tr("name is required"));

    if (e.departmentId != 0 &&
        !SqlQuery::scalar(m_db, QStringLiteral("SELECT 1 FROM departments WHERE id = ?"), {e.departmentId})
             .isValid())
        problems << problem("department", QString::number(e.departmentId),
                            tr("department %1 does not exist").arg(e.departmentId));

    if (!employeeRoleKeys().contains(e.role))
        problems << problem(
            "role", e.role,
            tr("unknown role %1; use sales, sales_manager, hr, finance or other").arg(e.role));

    checkManager(e, problems);

    if (!e.hireDate.isValid())
        problems << problem("hire_date", QString(), tr("hire date is required"));

    if (e.status == EmployeeStatus::Left && !e.leaveDate.isValid())
        problems << problem("leave_date", QString(), tr("leave date is required when the employee has left"));
    if (e.leaveDate.isValid() && e.hireDate.isValid() && e.leaveDate < e.hireDate)
        problems << problem(
            "leave_date", iso(e.leaveDate),
            tr("leave date %1 is before the hire date %2").arg(iso(e.leaveDate), iso(e.hireDate)));

    checkIdNumber(e, problems);

    if (!e.phone.isEmpty()) {
        const QString reason = checkMobile(e.phone);
        if (!reason.isEmpty())
            problems << problem("phone", e.phone, reason);
    }
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (!e.bankAccount.isEmpty() && !digits.match(e.bankAccount).hasMatch())
        problems << problem("bank_account", e.bankAccount, tr("bank account may only contain digits"));
    static const QRegularExpression mail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!e.email.isEmpty() && !mail.match(e.email).hasMatch())
        problems << problem("email", e.email, tr("%1 is not an e-mail address").arg(e.email));
    return problems;
}

void EmployeeValidator::checkManager(Employee& e, QList<FieldProblem>& problems) const
{
    if (e.managerId == 0 && !e.managerCode.isEmpty()) {
        if (e.managerCode == e.code) {
            problems << problem("manager_code", e.managerCode, tr("an employee cannot be their own manager"));
            return;
        }
        const QVariant id = SqlQuery::scalar(m_db, QStringLiteral("SELECT id FROM employees WHERE code = ?"),
                                             {e.managerCode});
        if (!id.isValid()) {
            problems << problem("manager_code", e.managerCode,
                                tr("manager %1 does not exist").arg(e.managerCode));
            return;
        }
        e.managerId = id.toLongLong();
    }
    if (e.managerId == 0)
        return;
    if (e.managerId == e.id) {
        problems << problem("manager_code", e.managerCode, tr("an employee cannot be their own manager"));
        return;
    }
    const QVariant code =
        SqlQuery::scalar(m_db, QStringLiteral("SELECT code FROM employees WHERE id = ?"), {e.managerId});
    if (!code.isValid()) {
        const QString shown = e.managerCode.isEmpty() ? QString::number(e.managerId) : e.managerCode;
        problems << problem("manager_code", shown, tr("manager %1 does not exist").arg(shown));
        return;
    }
    e.managerCode = code.toString();
    if (e.id == 0)
        return; // a new record has nobody reporting to it yet

    // Walk up the chain from the new manager; reaching this employee would close a cycle.
    QSet<qint64> seen;
    qint64 current = e.managerId;
    while (current != 0 && !seen.contains(current)) {
        if (current == e.id) {
            problems << problem(
                "manager_code", e.managerCode,
                tr("manager %1 reports to %2 (directly or indirectly); this would make a cycle")
                    .arg(e.managerCode, e.code));
            return;
        }
        seen.insert(current);
        current =
            SqlQuery::scalar(m_db, QStringLiteral("SELECT manager_id FROM employees WHERE id = ?"), {current})
                .toLongLong();
    }
}

void EmployeeValidator::checkIdNumber(Employee& e, QList<FieldProblem>& problems) const
{
    if (e.idNumber.isEmpty()) {
        e.birthDate = QDate();
        e.gender.clear();
        return;
    }
    QDate birth;
    QString gender;
    const QString reason = tl::core::checkIdNumber(e.idNumber, &birth, &gender, m_today);
    if (!reason.isEmpty()) {
        problems << problem("id_number", e.idNumber, reason);
        return;
    }
    e.birthDate = birth;
    e.gender = gender;
    if (e.hireDate.isValid() && e.hireDate < birth)
        problems << problem("hire_date", iso(e.hireDate),
                            tr("hire date %1 is before the birth date %2").arg(iso(e.hireDate), iso(birth)));

    // One person is not employed twice at the same time.
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT code, name FROM employees WHERE id_number = ? AND id_number <> '' AND id <> ? "
                       "AND status <> 'left' LIMIT 1"));
    q.bind(e.idNumber).bind(e.id).exec();
    if (q.next() && e.status != EmployeeStatus::Left)
        problems << problem("id_number", e.idNumber,
                            tr("ID number is already used by %1 (%2)").arg(q.text(0), q.text(1)));
}

} // namespace tl::core
