#include "reminders/ReceivableDueReminders.h"

#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "money/Money.h"
#include "money/MoneyFormat.h"
#include "receivables/ReceivableSql.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace tl::core {

namespace {

// Overdue for this many days or more is critical.
constexpr int kCriticalOverdueDays = 30;

QString dateArray(const QList<QDate>& dates)
{
    QJsonArray array;
    for (const QDate& d : dates)
        array.append(d.toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The instalments due on one of `dates` with a collectable balance, in scope and not hidden by a mark.
// Columns: id, due_on, seq, contract_no, customer_id, customer code, customer name, collector_id,
// collectable (forCount: only id). The ledger caches give today's balance (a ledger entry dated after today
// would already count); open disputes as of today come off it.
// Index: sessions seeing everything read the due dates from the partial index installments_open (in due-date
// order, so a page stops early); scoped sessions seek (collector, due date) pairs in installments_collector
// (measured on 2,000,000 instalments: 0.1 ms instead of 100 ms for one salesperson's overdue dates).
QString candidates(const Context& ctx, const QString& kind, const QDate& today, const QList<QDate>& dates,
                   ReminderProvider::Marks marks, bool forCount, QVariantList& args)
{
    // Balance from the caches minus the open disputes (ReceivableSql's fragments, as of today).
    const QString disputed = ReceivableSql::disputed(today, args);
    const bool all = ReceivableSql::seesAll(ctx.session);
    QString sql =
        QStringLiteral(
            "SELECT * FROM (SELECT i.id AS id, i.amount - i.paid_total - i.written_off_total - %1 AS "
            "collectable")
            .arg(disputed);
    if (!forCount)
        sql += QStringLiteral(
            ", i.due_on AS due_on, i.seq AS seq, c.contract_no AS contract_no, "
            "i.customer_id AS customer_id, cu.code AS customer_code, cu.name AS customer_name, "
            "i.collector_id AS collector_id");
    sql += QStringLiteral(" FROM installments i INDEXED BY %1 JOIN contracts c ON c.id = i.contract_id")
               .arg(all ? QStringLiteral("installments_open") : QStringLiteral("installments_collector"));
    if (!forCount)
        sql += QStringLiteral(" JOIN customers cu ON cu.id = i.customer_id");
    sql += QStringLiteral(
        " WHERE i.due_on IN (SELECT value FROM json_each(?)) AND "
        "i.paid_total + i.written_off_total < i.amount AND c.status IN ('active', 'closed') AND ");
    args << dateArray(dates);
    sql += ReceivableSql::collectorScope(ctx.session, QStringLiteral("i.collector_id"), args);
    sql += QStringLiteral(") WHERE collectable > 0 AND ");
    args << QStringLiteral("%1:").arg(kind) << QStringLiteral(":%1").arg(today.toString(Qt::ISODate));
    sql += ReminderProvider::markCondition(QStringLiteral("(? || id || ?)"), ctx, marks, args);
    return sql;
}

} // namespace

QStringList ReceivableDueReminders::kinds() const
{
    return {kDue, kOverdue};
}

QString ReceivableDueReminders::kindName(const QString& kind) const
{
    if (kind == kDue)
        return tr("Receivables due");
    if (kind == kOverdue)
        return tr("Receivables overdue");
    return kind;
}

Result<ReminderProvider::Batch> ReceivableDueReminders::collect(const Context& ctx, const QDate& today,
                                                                int limitPerKind, Marks marks) const
{
    return guarded([&]() -> Result<Batch> {
        Batch batch;
        batch.totals.insert(kDue, 0);
        batch.totals.insert(kOverdue, 0);
        if (!ctx.session.can(Permission::ViewReceivables))
            return batch;
        const CompanyService company(ctx);
        const auto offsets = company.intListSetting(QString(SettingKey::ReminderOffsets));
        if (!offsets)
            return offsets.error();
        const auto repeat = company.intSetting(QString(SettingKey::OverdueRepeatDays));
        if (!repeat)
            return repeat.error();

        // Due dates that fire today: today + each offset (before and on the due date) ...
        QList<QDate> dueDates;
        for (int offset : *offsets)
            if (offset >= 0)
                dueDates << today.addDays(offset);
        // ... and today - k × repeat for k >= 1 (overdue), down to the earliest open due date.
        QList<QDate> overdueDates;
        const QDate earliest = QDate::fromString(
            SqlQuery::scalar(ctx.db,
                             QStringLiteral("SELECT min(due_on) FROM installments INDEXED BY "
                                            "installments_open WHERE paid_total + written_off_total < "
                                            "amount"))
                .toString(),
            Qt::ISODate);
        if (earliest.isValid() && *repeat > 0)
            for (QDate d = today.addDays(-*repeat); d >= earliest; d = d.addDays(-*repeat))
                overdueDates << d;

        for (const bool overdue : {false, true}) {
            const QString& kind = overdue ? kOverdue : kDue;
            const QList<QDate>& dates = overdue ? overdueDates : dueDates;
            if (dates.isEmpty())
                continue;
            QVariantList countArgs;
            const QString countSql = candidates(ctx, kind, today, dates, marks, true, countArgs);
            batch.totals[kind] = ReceivableSql::scalarInteger(
                ctx.db, QStringLiteral("SELECT count(*) FROM (%1)").arg(countSql), countArgs);
            if (limitPerKind <= 0 || batch.totals.value(kind) == 0)
                continue;
            QVariantList args;
            const QString sql = candidates(ctx, kind, today, dates, marks, false, args);
            args << limitPerKind;
            ReceivableSql::Reader q(ctx.db, sql + QStringLiteral(" ORDER BY due_on, id LIMIT ?"), args);
            while (q.next()) {
                Reminder r;
                r.kind = kind;
                r.entityType = QStringLiteral("installment");
                r.entityId = q.integer(0);
                r.dueDate = q.date(2);
                r.triggerDate = today;
                r.amount = q.integer(1);
                r.customerId = q.integer(5);
                r.employeeId = q.integer(8);
                const QString amount = formatMoney(Money::fromFen(r.amount));
                const QString instalment = tr("%1 instalment %2").arg(q.text(4)).arg(q.integer(3));
                r.title = QStringLiteral("%1 %2 · %3").arg(q.text(6), q.text(7), instalment);
                const int days = int(today.daysTo(r.dueDate));
                if (!overdue) {
                    r.severity = days <= 1 ? ReminderSeverity::Warning : ReminderSeverity::Info;
                    r.detail = days == 0 ? tr("Due today: %1 to collect.").arg(amount)
                                         : tr("Due in %n day(s), on %1: %2 to collect.", nullptr, days)
                                               .arg(r.dueDate.toString(Qt::ISODate), amount);
                } else {
                    const int late = -days;
                    r.severity =
                        late >= kCriticalOverdueDays ? ReminderSeverity::Critical : ReminderSeverity::Warning;
                    r.detail = tr("Overdue by %n day(s) since %1: %2 still to collect.", nullptr, late)
                                   .arg(r.dueDate.toString(Qt::ISODate), amount);
                }
                r.key = Reminder::makeKey(kind, r.entityId, r.triggerDate);
                batch.reminders << r;
            }
        }
        return batch;
    });
}

} // namespace tl::core
