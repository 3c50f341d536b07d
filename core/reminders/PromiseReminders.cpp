#include "reminders/PromiseReminders.h"

#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "money/Money.h"
#include "money/MoneyFormat.h"

namespace tl::core {

namespace {

// Broken promises are reminded for this many days after the promised date; later on the receivable's own
// overdue reminders carry on (payment_promises_promised keeps the read to this window).
constexpr int kLookbackDays = 90;

} // namespace

QStringList PromiseReminders::kinds() const
{
    return {kBroken};
}

QString PromiseReminders::kindName(const QString& kind) const
{
    return kind == kBroken ? tr("Broken payment promises") : kind;
}

Result<ReminderProvider::Batch> PromiseReminders::collect(const Context& ctx, const QDate& today,
                                                          int limitPerKind, Marks marks) const
{
    return guarded([&]() -> Result<Batch> {
        Batch batch;
        batch.totals.insert(kBroken, 0);
        if (!ctx.session.can(Permission::ViewReceivables))
            return batch;
        const OpportunityScope scope(ctx.session);
        QVariantList args;
        // The customer's payments (not reversed) received from made_on to promised_on, both included.
        QString inner = QStringLiteral(
            "SELECT p.id AS id, p.customer_id AS customer_id, cu.code AS customer_code, cu.name AS "
            "customer_name, "
            "p.made_on AS made_on, p.promised_on AS promised_on, p.amount AS amount, p.employee_id AS "
            "employee_id, "
            "coalesce((SELECT sum(pa.amount) FROM payments pa WHERE pa.customer_id = p.customer_id "
            "AND pa.received_on >= p.made_on AND pa.received_on <= p.promised_on AND NOT EXISTS "
            "(SELECT 1 FROM payment_reversals r WHERE r.payment_id = pa.id)), 0) AS received "
            "FROM payment_promises p JOIN customers cu ON cu.id = p.customer_id "
            "LEFT JOIN employees pe ON pe.id = p.employee_id "
            "WHERE p.promised_on < ? AND p.promised_on >= ? "
            // still open: the promised instalment, or any instalment of the customer
            "AND CASE WHEN p.installment_id IS NOT NULL THEN EXISTS (SELECT 1 FROM installments i "
            "WHERE i.id = p.installment_id AND i.paid_total + i.written_off_total < i.amount) "
            "ELSE EXISTS (SELECT 1 FROM installments i JOIN contracts k ON k.id = i.contract_id "
            "WHERE i.customer_id = p.customer_id AND i.paid_total + i.written_off_total < i.amount "
            "AND k.status IN ('active', 'closed')) END "
            // not superseded by a later promise of the customer
            "AND NOT EXISTS (SELECT 1 FROM payment_promises p2 WHERE p2.customer_id = p.customer_id "
            "AND p2.id <> p.id AND p2.made_on > p.promised_on) ");
        args << today.toString(Qt::ISODate) << today.addDays(-kLookbackDays).toString(Qt::ISODate);
        if (!scope.all()) {
            inner += QStringLiteral("AND ((p.employee_id IS NOT NULL AND ");
            inner += scope.condition(QStringLiteral("pe.id"), QStringLiteral("pe.department_id"), args);
            inner += QStringLiteral(") OR (p.employee_id IS NULL AND EXISTS (SELECT 1 FROM installments i3 "
                                    "JOIN employees e3 ON e3.id = i3.collector_id WHERE i3.customer_id = "
                                    "p.customer_id AND ");
            inner += scope.condition(QStringLiteral("e3.id"), QStringLiteral("e3.department_id"), args);
            inner += QStringLiteral(")))");
        }
        QString sql = QStringLiteral("SELECT * FROM (%1) WHERE received < amount AND ").arg(inner);
        args << kBroken + QLatin1Char(':');
        sql += markCondition(QStringLiteral("(? || id || ':' || date(promised_on, '+1 day'))"), ctx, marks,
                             args);

        batch.totals[kBroken] =
            SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*) FROM (%1)").arg(sql), args).toLongLong();
        if (limitPerKind <= 0 || batch.totals.value(kBroken) == 0)
            return batch;
        SqlQuery q(ctx.db, sql + QStringLiteral(" ORDER BY promised_on, id LIMIT ?"));
        for (const QVariant& arg : args)
            q.bind(arg);
        q.bind(limitPerKind).exec();
        while (q.next()) {
            Reminder r;
            r.kind = kBroken;
            r.entityType = QStringLiteral("promise");
            r.entityId = q.integer(0);
            r.customerId = q.integer(1);
            r.dueDate = QDate::fromString(q.text(5), Qt::ISODate);
            r.triggerDate = r.dueDate.addDays(1);
            const qint64 promised = q.integer(6);
            const qint64 received = q.integer(8);
            r.amount = promised - received;
            r.employeeId = q.isNull(7) ? 0 : q.integer(7);
            r.severity = ReminderSeverity::Warning;
            r.title = QStringLiteral("%1 %2").arg(q.text(2), q.text(3));
            r.detail =
                tr("Promised %1 by %2 (on %3); %4 received: %5 short.")
                    .arg(formatMoney(Money::fromFen(promised)), r.dueDate.toString(Qt::ISODate), q.text(4),
                         formatMoney(Money::fromFen(received)), formatMoney(Money::fromFen(r.amount)));
            r.key = Reminder::makeKey(kBroken, r.entityId, r.triggerDate);
            batch.reminders << r;
        }
        return batch;
    });
}

} // namespace tl::core
