#include "payroll/PayAdjustmentService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "money/MoneyFormat.h"
#include "payroll/PayrollPeriod.h"

namespace tl::core {

namespace {

const QString kTable = QStringLiteral("pay_adjustments");

// Conflict when the month's run is approved or locked.
Status checkOpen(const Database& db, const QString& period)
{
    const QString status =
        SqlQuery::scalar(db, QStringLiteral("SELECT status FROM payroll_runs WHERE period = ?"), {period})
            .toString();
    if (status == QLatin1String("approved") || status == QLatin1String("locked"))
        return Error::conflict(PayAdjustmentService::tr("The payroll of %1 is %2: enter the adjustment in a "
                                                        "later month.")
                                   .arg(period, PayrollStatus::name(status)),
                               QStringLiteral("payroll:%1").arg(period));
    return {};
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, qint64 id)
{
    tx.afterCommit([notifier, id] {
        if (notifier)
            notifier->notify(kTable, {id});
    });
}

} // namespace

Result<QList<PayAdjustment>> PayAdjustmentService::forPeriod(const QString& periodText) const
{
    return guarded([&]() -> Result<QList<PayAdjustment>> {
        const Session& s = m_ctx.session;
        if (!s.can(Permission::ViewSalary) && !s.can(Permission::RunPayroll))
            return Error::denied(tr("You may not see pay adjustments."));
        const auto period = PayrollPeriod::parse(periodText);
        if (!period)
            return Error::invalid(tr("'%1' is not a payroll month (YYYY-MM).").arg(periodText));
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT a.id, a.employee_id, e.code, e.name, a.period, a.amount, a.reason, "
                                  "ifnull(a.corrects, ''), a.created_at, "
                                  "ifnull(coalesce(nullif(u.display_name, ''), u.username), '') "
                                  "FROM pay_adjustments a JOIN employees e ON e.id = a.employee_id "
                                  "LEFT JOIN users u ON u.id = a.created_by WHERE a.period = ? "
                                  "ORDER BY e.code, a.id"));
        q.bind(period->key()).exec();
        QList<PayAdjustment> list;
        while (q.next()) {
            PayAdjustment a;
            a.id = q.integer(0);
            a.employeeId = q.integer(1);
            a.employeeCode = q.text(2);
            a.employeeName = q.text(3);
            a.period = q.text(4);
            a.amount = Money::fromFen(q.integer(5));
            a.reason = q.text(6);
            a.corrects = q.text(7);
            a.createdAt = QDateTime::fromString(q.text(8), Qt::ISODate);
            a.createdBy = q.text(9);
            list.append(a);
        }
        return list;
    });
}

Result<qint64> PayAdjustmentService::add(const PayAdjustment& a)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::RunPayroll))
            return Error::denied(tr("You may not adjust pay."));
        QList<FieldProblem> problems;
        auto problem = [&](const char* column, const QString& value, const QString& reason) {
            problems.append({0, QString::fromLatin1(column), value, reason});
        };
        const QString code =
            SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT code FROM employees WHERE id = ?"),
                             {a.employeeId})
                .toString();
        if (code.isEmpty())
            problem("employee_code", QString::number(a.employeeId), tr("the employee does not exist"));
        const auto period = PayrollPeriod::parse(a.period);
        if (!period)
            problem("period", a.period, tr("not a payroll month (YYYY-MM)"));
        if (a.amount.isZero())
            problem("amount", formatPlain(a.amount), tr("the amount must not be zero"));
        if (a.reason.trimmed().isEmpty())
            problem("reason", a.reason, tr("say why the pay is adjusted"));
        if (!a.corrects.isEmpty()) {
            const auto corrected = PayrollPeriod::parse(a.corrects);
            if (!corrected)
                problem("corrects", a.corrects, tr("not a payroll month (YYYY-MM)"));
            else if (period && corrected->key() >= period->key())
                problem("corrects", a.corrects,
                        tr("the corrected month must be earlier than %1").arg(period->key()));
        }
        if (!problems.isEmpty())
            return Error::invalid(tr("The pay adjustment cannot be saved."), problems);

        Transaction tx(m_ctx.db);
        if (Status s = checkOpen(m_ctx.db, period->key()); !s)
            return s.error();
        SqlQuery q(m_ctx.db,
                   QStringLiteral("INSERT INTO pay_adjustments (employee_id, period, amount, reason, "
                                  "corrects, created_at, created_by) VALUES (?,?,?,?,?,?,?)"));
        q.bind(a.employeeId)
            .bind(period->key())
            .bind(a.amount.fen())
            .bind(a.reason.trimmed())
            .bind(a.corrects.isEmpty() ? QVariant() : QVariant(PayrollPeriod::parse(a.corrects)->key()))
            .bind(m_ctx.clock.now().toString(Qt::ISODate))
            .bind(SqlQuery::nullableId(m_ctx.session.userId))
            .exec();
        const qint64 id = q.lastInsertId();
        AuditLog(m_ctx).record(kTable, id, QStringLiteral("%1 %2").arg(code, period->key()),
                               QStringLiteral("create"), {}, AuditLog::snapshot(m_ctx.db, kTable, id));
        notifyAfterCommit(tx, m_ctx.notifier, id);
        tx.commit();
        return id;
    });
}

Status PayAdjustmentService::remove(qint64 id)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::RunPayroll))
            return Error::denied(tr("You may not adjust pay."));
        Transaction tx(m_ctx.db);
        SqlQuery q(m_ctx.db, QStringLiteral("SELECT a.period, e.code FROM pay_adjustments a "
                                            "JOIN employees e ON e.id = a.employee_id WHERE a.id = ?"));
        q.bind(id).exec();
        if (!q.next())
            return Error::notFound(tr("Pay adjustment %1 does not exist.").arg(id),
                                   QStringLiteral("pay_adjustment:%1").arg(id));
        const QString period = q.text(0);
        const QString label = QStringLiteral("%1 %2").arg(q.text(1), period);
        if (Status s = checkOpen(m_ctx.db, period); !s)
            return s;
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, id);
        SqlQuery d(m_ctx.db, QStringLiteral("DELETE FROM pay_adjustments WHERE id = ?"));
        d.bind(id).exec();
        AuditLog(m_ctx).record(kTable, id, label, QStringLiteral("delete"), before, {});
        notifyAfterCommit(tx, m_ctx.notifier, id);
        tx.commit();
        return {};
    });
}

} // namespace tl::core
