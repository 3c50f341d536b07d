#include "customers/FollowUpService.h"

#include "customers/CheckinService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "customers/CustomerRepository.h"
#include "customers/FollowUpValidator.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace tl::core {

namespace {

const QString kFollowUps = QStringLiteral("followups");

// f.*, the customer and the employee, for the alias f joined with c (customers) and e (employees).
const char* const kColumns =
    "SELECT f.id, f.customer_id, c.code, c.name, f.employee_id, e.name, f.at, f.method, "
    "f.content, f.next_on, f.promised_payment_on ";

FollowUp fromRow(const SqlQuery& q)
{
    FollowUp f;
    f.id = q.integer(0);
    f.customerId = q.integer(1);
    f.customerCode = q.text(2);
    f.customerName = q.text(3);
    f.employeeId = q.integer(4);
    f.employeeName = q.text(5);
    f.at = CustomerRepository::dateTimeFromText(q.text(6));
    f.method = q.text(7);
    f.content = q.text(8);
    f.nextOn = QDate::fromString(q.text(9), Qt::ISODate);
    f.promisedPaymentOn = QDate::fromString(q.text(10), Qt::ISODate);
    return f;
}

bool seesAll(const Session& s)
{
    return s.system || s.can(Permission::ViewAllCustomers);
}

qint64 departmentOf(const Database& db, qint64 employeeId)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT department_id FROM employees WHERE id = ?"),
                            {employeeId})
        .toLongLong();
}

// Whether the session may act for / read the lists of this employee.
bool employeeInScope(const Database& db, const Session& s, qint64 employeeId)
{
    if (seesAll(s) || (s.employeeId != 0 && employeeId == s.employeeId))
        return true;
    return s.role == Role::SalesManager && s.departmentScope.contains(departmentOf(db, employeeId));
}

} // namespace

QList<FieldProblem> FollowUpService::validate(const FollowUp& followUp) const
{
    const auto result = guarded([&]() -> Result<QList<FieldProblem>> {
        FollowUp f = followUp;
        if (f.employeeId == 0)
            f.employeeId = m_ctx.session.employeeId;
        FollowUpValidator::normalize(f);
        return FollowUpValidator(m_ctx.db, m_ctx.clock.today()).check(f);
    });
    if (!result)
        return {FieldProblem{0, {}, {}, result.error().message}};
    return *result;
}

Result<qint64> FollowUpService::log(const FollowUp& followUp)
{
    return guarded([&]() -> Result<qint64> {
        const Session& s = m_ctx.session;
        if (!s.can(Permission::EditCustomers))
            return Error::denied(tr("You may not log follow-ups."));
        FollowUp f = followUp;
        f.id = 0;
        if (f.employeeId == 0)
            f.employeeId = s.employeeId;
        FollowUpValidator::normalize(f);
        Transaction tx(m_ctx.db);
        const QList<FieldProblem> problems = FollowUpValidator(m_ctx.db, m_ctx.clock.today()).check(f);
        if (!problems.isEmpty())
            return Error::invalid(tr("The follow-up has %n problem(s).", nullptr, int(problems.size())),
                                  problems);

        const auto customer = CustomerRepository(m_ctx.db).load(f.customerId);
        if (!customer)
            return Error::notFound(tr("Customer %1 does not exist.").arg(f.customerId));
        if (!employeeInScope(m_ctx.db, s, f.employeeId))
            return Error::denied(tr("You may not log follow-ups for %1.").arg(f.employeeName));
        // A salesperson's customers are the ones they own; a manager's those of the team; pool customers
        // are claimed before they are followed up.
        if (!CustomerRepository::isEditable(s, customer->ownerId, customer->ownerDepartmentId))
            return Error::denied(tr("You may not log follow-ups for customer %1 (%2): it is not yours.")
                                     .arg(customer->name, customer->code));

        SqlQuery q(m_ctx.db,
                   QStringLiteral("INSERT INTO followups (customer_id, employee_id, at, method, content, "
                                  "next_on, promised_payment_on) VALUES (?,?,?,?,?,?,?)"));
        q.bind(f.customerId)
            .bind(f.employeeId)
            .bind(CustomerRepository::dateTimeText(f.at))
            .bind(f.method)
            .bind(f.content.isNull() ? QStringLiteral("") : f.content)
            .bind(SqlQuery::nullable(f.nextOn))
            .bind(SqlQuery::nullable(f.promisedPaymentOn))
            .exec();
        const qint64 id = q.lastInsertId();
        AuditLog(m_ctx).record(kFollowUps, id, customer->code, QStringLiteral("create"), {},
                               AuditLog::snapshot(m_ctx.db, kFollowUps, id));

        // The pool's no-follow-up clock: the current owner's latest follow-up since the ownership started
        // (derived from the audited follow-ups, so not audited itself; never moved backwards).
        if (f.employeeId == customer->ownerId && customer->ownedSince.isValid() &&
            f.at.date() >= customer->ownedSince) {
            const QString at = CustomerRepository::dateTimeText(f.at);
            SqlQuery(m_ctx.db,
                     QStringLiteral("UPDATE customers SET last_owner_followup_at = ? WHERE id = ? AND "
                                    "(last_owner_followup_at IS NULL OR last_owner_followup_at < ?)"))
                .bind(at)
                .bind(f.customerId)
                .bind(at)
                .exec();
        }
        // A follow-up can turn that day's check-ins near the customer into effective visits (DESIGN §2.1).
        const Result<int> rematched = CheckinService(m_ctx).rematch(f.at.date(), f.at.date());
        if (!rematched)
            return rematched.error();
        ChangeNotifier* notifier = m_ctx.notifier;
        const qint64 customerId = f.customerId;
        tx.afterCommit([notifier, id, customerId] {
            if (notifier) {
                notifier->notify(kFollowUps, {id});
                notifier->notify(QStringLiteral("customers"), {customerId});
            }
        });
        tx.commit();
        return id;
    });
}

Result<QList<FollowUp>> FollowUpService::timeline(qint64 customerId) const
{
    return guarded([&]() -> Result<QList<FollowUp>> {
        const Session& s = m_ctx.session;
        if (!s.can(Permission::ViewCustomers))
            return Error::denied(tr("You may not view customers."));
        const auto customer = CustomerRepository(m_ctx.db).load(customerId);
        if (!customer)
            return Error::notFound(tr("Customer %1 does not exist.").arg(customerId),
                                   QStringLiteral("customer:%1").arg(customerId));
        if (!CustomerRepository::isVisible(s, customer->ownerId, customer->ownerDepartmentId))
            return Error::denied(
                tr("You may not view customer %1 (%2).").arg(customer->name, customer->code));
        const bool contents =
            CustomerRepository::contactsVisible(s, customer->ownerId, customer->ownerDepartmentId);
        SqlQuery q(m_ctx.db, QString::fromLatin1(kColumns) +
                                 QStringLiteral("FROM followups f JOIN customers c ON c.id = f.customer_id "
                                                "JOIN employees e ON e.id = f.employee_id "
                                                "WHERE f.customer_id = ? ORDER BY f.at DESC, f.id DESC"));
        q.bind(customerId).exec();
        QList<FollowUp> list;
        while (q.next()) {
            FollowUp f = fromRow(q);
            if (!contents)
                f.content.clear();
            list << f;
        }
        return list;
    });
}

namespace {

// Customers (in the owner condition) whose latest follow-up plans the next contact as `comparison`.
QList<FollowUp> nextContacts(const Database& db, const CustomerRepository::Condition& owners,
                             const QString& comparison, const QDate& day)
{
    QString sql = QString::fromLatin1(kColumns) +
                  QStringLiteral("FROM customers c JOIN followups f ON f.id = (SELECT g.id FROM followups g "
                                 "WHERE g.customer_id = c.id ORDER BY g.at DESC, g.id DESC LIMIT 1) "
                                 "JOIN employees e ON e.id = f.employee_id "
                                 "WHERE c.owner_id IS NOT NULL AND f.next_on %1 ?")
                      .arg(comparison);
    if (!owners.sql.isEmpty())
        sql += QStringLiteral(" AND ") + owners.sql;
    sql += QStringLiteral(" ORDER BY f.next_on, c.code");
    SqlQuery q(db, sql);
    q.bind(day.toString(Qt::ISODate));
    for (const QVariant& arg : owners.args)
        q.bind(arg);
    q.exec();
    QList<FollowUp> list;
    while (q.next())
        list << fromRow(q);
    return list;
}

// The next-contact lists of dueOn() and overdue().
Result<QList<FollowUp>> nextContactList(const Context& ctx, qint64 employeeId, const QString& comparison,
                                        const QDate& day)
{
    return guarded([&]() -> Result<QList<FollowUp>> {
        const Session& s = ctx.session;
        if (!s.can(Permission::ViewCustomers))
            return Error::denied(
                QCoreApplication::translate("tl::core::FollowUpService", "You may not view customers."));
        const qint64 who = employeeId == 0 ? s.employeeId : employeeId;
        if (who == 0)
            return QList<FollowUp>{}; // a session without an employee owns no customers
        if (who > 0 && !employeeInScope(ctx.db, s, who))
            return Error::denied(QCoreApplication::translate(
                "tl::core::FollowUpService", "You may not view the follow-ups of this employee."));
        const auto owners = who > 0 ? CustomerRepository::Condition{QStringLiteral("c.owner_id = ?"), {who}}
                                    : CustomerRepository::ownerScope(s, QStringLiteral("c.owner_id"));
        return nextContacts(ctx.db, owners, comparison, day);
    });
}

} // namespace

Result<QList<FollowUp>> FollowUpService::dueOn(const QDate& day, qint64 employeeId) const
{
    return nextContactList(m_ctx, employeeId, QStringLiteral("="), day);
}

Result<QList<FollowUp>> FollowUpService::overdue(const QDate& asOf, qint64 employeeId) const
{
    return nextContactList(m_ctx, employeeId, QStringLiteral("<"), asOf);
}

} // namespace tl::core
