#include "org/EmployeeService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "org/EmployeeRepository.h"
#include "org/EmployeeValidator.h"

namespace tl::core {

namespace {

const QString kTable = QStringLiteral("employees");

// A session that may not see a sensitive field cannot overwrite it either (it only has the mask);
// a value equal to the mask of the stored one is the mask coming back, not a new value.
void keepProtectedFields(Employee& e, const Employee& stored, const Session& session)
{
    if (!session.can(Permission::ViewIdNumber) ||
        (e.idNumber.contains(QLatin1Char('*')) && e.idNumber == maskIdNumber(stored.idNumber)))
        e.idNumber = stored.idNumber;
    if (!session.can(Permission::ViewBankAccount) ||
        (e.bankAccount.contains(QLatin1Char('*')) && e.bankAccount == maskBankAccount(stored.bankAccount)))
        e.bankAccount = stored.bankAccount;
}

// Qt binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

void bindFields(SqlQuery& q, const Employee& e)
{
    q.bind(notNull(e.code))
        .bind(notNull(e.name))
        .bind(SqlQuery::nullableId(e.departmentId))
        .bind(notNull(e.position))
        .bind(notNull(e.role))
        .bind(SqlQuery::nullableId(e.managerId))
        .bind(e.hireDate.toString(Qt::ISODate))
        .bind(employeeStatusKey(e.status))
        .bind(SqlQuery::nullable(e.leaveDate))
        .bind(notNull(e.idNumber))
        .bind(notNull(e.gender))
        .bind(SqlQuery::nullable(e.birthDate))
        .bind(notNull(e.phone))
        .bind(notNull(e.email))
        .bind(notNull(e.bankName))
        .bind(notNull(e.bankAccount))
        .bind(notNull(e.city))
        .bind(notNull(e.note));
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, qint64 id)
{
    tx.afterCommit([notifier, id] {
        if (notifier)
            notifier->notify(QStringLiteral("employees"), {id});
    });
}

} // namespace

Result<Employee> EmployeeService::get(qint64 id) const
{
    return guarded([&]() -> Result<Employee> {
        if (!m_ctx.session.can(Permission::ViewEmployees))
            return Error::denied(tr("You may not view employee records."));
        auto e = EmployeeRepository(m_ctx.db).load(id);
        if (!e)
            return Error::notFound(tr("Employee %1 does not exist.").arg(id),
                                   QStringLiteral("employee:%1").arg(id));
        if (!m_ctx.session.canSeeEmployee(e->id, e->departmentId))
            return Error::denied(tr("You may not view the record of %1 (%2).").arg(e->name, e->code));
        EmployeeRepository::mask(*e, m_ctx.session);
        return *e;
    });
}

Result<Employee> EmployeeService::getByCode(const QString& code) const
{
    const auto id = guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ViewEmployees))
            return Error::denied(tr("You may not view employee records."));
        const auto found = EmployeeRepository(m_ctx.db).idForCode(code.trimmed());
        if (!found)
            return Error::notFound(tr("Employee %1 does not exist.").arg(code),
                                   QStringLiteral("employee:%1").arg(code));
        return *found;
    });
    if (!id)
        return id.error();
    return get(*id);
}

QList<FieldProblem> EmployeeService::validate(const Employee& employee) const
{
    const auto result = guarded([&]() -> Result<QList<FieldProblem>> {
        Employee e = employee;
        EmployeeValidator::normalize(e);
        if (e.id != 0) {
            if (const auto stored = EmployeeRepository(m_ctx.db).load(e.id))
                keepProtectedFields(e, *stored, m_ctx.session);
        }
        return EmployeeValidator(m_ctx.db, m_ctx.clock.today()).check(e);
    });
    if (!result)
        return {FieldProblem{0, {}, {}, result.error().message}};
    return *result;
}

Result<qint64> EmployeeService::create(const Employee& employee)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not edit employee records."));
        Employee e = employee;
        e.id = 0;
        EmployeeValidator::normalize(e);
        Transaction tx(m_ctx.db);
        const QList<FieldProblem> problems = EmployeeValidator(m_ctx.db, m_ctx.clock.today()).check(e);
        if (!problems.isEmpty())
            return Error::invalid(
                tr("The record of employee %1 has %n problem(s).", nullptr, int(problems.size())).arg(e.code),
                problems);

        const QString now = m_ctx.clock.now().toString(Qt::ISODate);
        SqlQuery q(
            m_ctx.db,
            QStringLiteral("INSERT INTO employees (code, name, department_id, position, role, manager_id, "
                           "hire_date, status, leave_date, id_number, gender, birth_date, phone, email, "
                           "bank_name, bank_account, city, note, created_at, updated_at) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        bindFields(q, e);
        q.bind(now).bind(now).exec();
        const qint64 id = q.lastInsertId();

        AuditLog(m_ctx).record(kTable, id, e.code, QStringLiteral("create"), {},
                               AuditLog::snapshot(m_ctx.db, kTable, id));
        notifyAfterCommit(tx, m_ctx.notifier, id);
        tx.commit();
        return id;
    });
}

Status EmployeeService::update(const Employee& employee)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not edit employee records."));
        Transaction tx(m_ctx.db);
        const auto stored = EmployeeRepository(m_ctx.db).load(employee.id);
        if (!stored)
            return Error::notFound(tr("Employee %1 does not exist.").arg(employee.id),
                                   QStringLiteral("employee:%1").arg(employee.id));
        if (!m_ctx.session.canSeeEmployee(stored->id, stored->departmentId))
            return Error::denied(
                tr("You may not edit the record of %1 (%2).").arg(stored->name, stored->code));

        Employee e = employee;
        EmployeeValidator::normalize(e);
        keepProtectedFields(e, *stored, m_ctx.session);
        const QList<FieldProblem> problems = EmployeeValidator(m_ctx.db, m_ctx.clock.today()).check(e);
        if (!problems.isEmpty())
            return Error::invalid(
                tr("The record of employee %1 has %n problem(s).", nullptr, int(problems.size())).arg(e.code),
                problems);

        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, e.id);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("UPDATE employees SET code = ?, name = ?, department_id = ?, position = ?, "
                                  "role = ?, manager_id = ?, hire_date = ?, status = ?, leave_date = ?, "
                                  "id_number = ?, gender = ?, birth_date = ?, phone = ?, email = ?, "
                                  "bank_name = ?, bank_account = ?, city = ?, note = ?, updated_at = ? "
                                  "WHERE id = ?"));
        bindFields(q, e);
        q.bind(m_ctx.clock.now().toString(Qt::ISODate)).bind(e.id).exec();

        AuditLog(m_ctx).record(kTable, e.id, e.code, QStringLiteral("update"), before,
                               AuditLog::snapshot(m_ctx.db, kTable, e.id));
        notifyAfterCommit(tx, m_ctx.notifier, e.id);
        tx.commit();
        return {};
    });
}

Status EmployeeService::setStatus(qint64 id, EmployeeStatus status, const QDate& leaveDate)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not edit employee records."));
        Transaction tx(m_ctx.db);
        const auto stored = EmployeeRepository(m_ctx.db).load(id);
        if (!stored)
            return Error::notFound(tr("Employee %1 does not exist.").arg(id),
                                   QStringLiteral("employee:%1").arg(id));
        if (!m_ctx.session.canSeeEmployee(stored->id, stored->departmentId))
            return Error::denied(
                tr("You may not edit the record of %1 (%2).").arg(stored->name, stored->code));

        const bool leaving = status == EmployeeStatus::Leaving || status == EmployeeStatus::Left;
        const QDate date = leaving ? leaveDate : QDate();
        if (status == EmployeeStatus::Left && !date.isValid())
            return Error::invalid(
                tr("A leave date is required to mark %1 (%2) as left.").arg(stored->name, stored->code),
                {FieldProblem{0, QStringLiteral("leave_date"), {}, tr("leave date is required")}});
        if (date.isValid() && date < stored->hireDate)
            return Error::invalid(
                tr("The leave date of %1 (%2) cannot be before the hire date.")
                    .arg(stored->name, stored->code),
                {FieldProblem{0, QStringLiteral("leave_date"), date.toString(Qt::ISODate),
                              tr("leave date %1 is before the hire date %2")
                                  .arg(date.toString(Qt::ISODate), stored->hireDate.toString(Qt::ISODate))}});

        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, id);
        SqlQuery q(
            m_ctx.db,
            QStringLiteral("UPDATE employees SET status = ?, leave_date = ?, updated_at = ? WHERE id = ?"));
        q.bind(employeeStatusKey(status))
            .bind(SqlQuery::nullable(date))
            .bind(m_ctx.clock.now().toString(Qt::ISODate))
            .bind(id)
            .exec();
        AuditLog(m_ctx).record(kTable, id, stored->code, QStringLiteral("status"), before,
                               AuditLog::snapshot(m_ctx.db, kTable, id));
        notifyAfterCommit(tx, m_ctx.notifier, id);
        tx.commit();
        return {};
    });
}

Status EmployeeService::remove(qint64 id)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not edit employee records."));
        Transaction tx(m_ctx.db);
        const auto stored = EmployeeRepository(m_ctx.db).load(id);
        if (!stored)
            return Error::notFound(tr("Employee %1 does not exist.").arg(id),
                                   QStringLiteral("employee:%1").arg(id));
        const QString entity = QStringLiteral("employee:%1").arg(stored->code);
        auto count = [&](const char* sql) {
            return SqlQuery::scalar(m_ctx.db, QString::fromLatin1(sql), {id}).toLongLong();
        };
        if (count("SELECT count(*) FROM labour_contracts WHERE employee_id = ?") > 0)
            return Error::conflict(
                tr("%1 (%2) has labour contracts and cannot be deleted; mark the employee as left "
                   "instead.")
                    .arg(stored->name, stored->code),
                entity);
        if (count("SELECT count(*) FROM users WHERE employee_id = ?") > 0)
            return Error::conflict(tr("%1 (%2) is linked to a user account and cannot be deleted.")
                                       .arg(stored->name, stored->code),
                                   entity);
        if (const qint64 reports = count("SELECT count(*) FROM employees WHERE manager_id = ?"); reports > 0)
            return Error::conflict(tr("%n employee(s) report to %1 (%2); assign them another manager first.",
                                      nullptr, int(reports))
                                       .arg(stored->name, stored->code),
                                   entity);
        if (count("SELECT count(*) FROM departments WHERE manager_id = ?") > 0)
            return Error::conflict(tr("%1 (%2) manages a department; choose another manager for it first.")
                                       .arg(stored->name, stored->code),
                                   entity);

        AuditLog audit(m_ctx);
        QList<qint64> attachments;
        {
            SqlQuery q(m_ctx.db, QStringLiteral("SELECT id FROM employee_attachments WHERE employee_id = ?"));
            q.bind(id).exec();
            while (q.next())
                attachments << q.integer(0);
        }
        for (qint64 attachment : attachments) {
            const QJsonObject before =
                AuditLog::snapshot(m_ctx.db, QStringLiteral("employee_attachments"), attachment);
            SqlQuery(m_ctx.db, QStringLiteral("DELETE FROM employee_attachments WHERE id = ?"))
                .bind(attachment)
                .exec();
            audit.record(QStringLiteral("employee_attachments"), attachment, stored->code,
                         QStringLiteral("delete"), before, {});
        }
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, id);
        SqlQuery(m_ctx.db, QStringLiteral("DELETE FROM employees WHERE id = ?")).bind(id).exec();
        audit.record(kTable, id, stored->code, QStringLiteral("delete"), before, {});
        notifyAfterCommit(tx, m_ctx.notifier, id);
        tx.commit();
        return {};
    });
}

} // namespace tl::core
