#include "reminders/PoolReclaimReminders.h"

#include "customers/Customer.h"
#include "customers/CustomerReclaimSql.h"
#include "customers/CustomerRepository.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"

#include <QStringList>

#include <algorithm>

namespace tl::core {

namespace {

struct Part
{
    QString sql; // SELECT id, code, name, owner_id, due
    QVariantList args;
};

// A deal (an active or closed contract) signed during the current ownership: it stops the no-deal clock
// (ReclaimClock), so only the no-follow-up clock runs.
const char* const kDeal = "EXISTS (SELECT 1 FROM contracts k WHERE k.customer_id = c.id AND k.signed_on >= "
                          "c.owned_since AND k.signed_on <= ? AND k.status IN ('active', 'closed'))";
// An open receivable: the sweep never moves the customer, so it is not warned either (PoolSweep).
const char* const kOpenReceivable =
    "EXISTS (SELECT 1 FROM installments i JOIN contracts k ON k.id = i.contract_id WHERE i.customer_id = "
    "c.id "
    "AND i.paid_total + i.written_off_total < i.amount AND k.status IN ('active', 'closed'))";

} // namespace

QStringList PoolReclaimReminders::kinds() const
{
    return {kReclaim};
}

QString PoolReclaimReminders::kindName(const QString& kind) const
{
    return kind == kReclaim ? tr("Customers about to return to the pool") : kind;
}

Result<ReminderProvider::Batch> PoolReclaimReminders::collect(const Context& ctx, const QDate& today,
                                                              int limitPerKind, Marks marks) const
{
    return guarded([&]() -> Result<Batch> {
        Batch batch;
        batch.totals.insert(kReclaim, 0);
        if (!ctx.session.can(Permission::ViewCustomers))
            return batch;
        auto rules = CustomerReclaimSql::load(ctx, today);
        if (!rules)
            return rules.error();
        const CustomerRepository::Condition scope =
            CustomerRepository::ownerScope(ctx.session, QStringLiteral("c.owner_id"));
        const QString todayText = today.toString(Qt::ISODate);

        // Per level, three ranges over the reclaim indexes, each in (today, today + warnDays] by its due
        // date: the customers whose no-follow-up rule fires first (due F + N), those whose no-deal rule fires
        // first without a deal (due owned_since + M), and those whose no-deal rule would fire first but who
        // made a deal (due F + N).
        QList<Part> parts;
        for (const QString& level : customerLevels()) {
            const PoolRule& rule = rules->rule(level);
            const QDate windowEnd = today.addDays(rule.warnDays);
            for (int kind = 0; kind < 3; ++kind) {
                const bool followUpClass = kind == 0;
                auto range =
                    rules->classRange(level, followUpClass, followUpClass || kind == 1 ? windowEnd : QDate());
                Part p;
                QString column = range.column;
                QString due = range.due;
                QString index = range.index;
                int shift = range.shift;
                QString where = range.condition.sql;
                p.args = range.condition.args;
                if (kind == 2) {
                    // deal-first class, ranged over the follow-up column
                    const auto followUp = rules->classRange(level, true);
                    column = followUp.column;
                    due = followUp.due;
                    index = followUp.index;
                    shift = followUp.shift;
                    where += QStringLiteral(" AND %1 <= ?").arg(column);
                    p.args << windowEnd.addDays(-shift).toString(Qt::ISODate);
                }
                where += QStringLiteral(" AND %1 > ?").arg(column);
                p.args << today.addDays(-shift).toString(Qt::ISODate);
                if (kind == 1) {
                    where += QStringLiteral(" AND NOT ") + QString::fromLatin1(kDeal);
                    p.args << todayText;
                } else if (kind == 2) {
                    where += QStringLiteral(" AND ") + QString::fromLatin1(kDeal);
                    p.args << todayText;
                }
                if (rule.exemptOpenReceivables)
                    where += QStringLiteral(" AND NOT ") + QString::fromLatin1(kOpenReceivable);
                if (!scope.sql.isEmpty()) {
                    where += QStringLiteral(" AND ") + scope.sql;
                    p.args << scope.args;
                }
                p.sql = QStringLiteral(
                            "SELECT c.id AS id, c.code AS code, c.name AS name, c.owner_id AS owner_id, "
                            "%1 AS due, %2 AS warn_days FROM customers c INDEXED BY %3 WHERE %4")
                            .arg(due, QString::number(rule.warnDays), index, where);
                parts << p;
            }
        }
        QStringList selects;
        QVariantList args;
        for (const Part& p : parts) {
            selects << p.sql;
            args << p.args;
        }
        QString sql =
            QStringLiteral("SELECT * FROM (%1) WHERE ").arg(selects.join(QStringLiteral(" UNION ALL ")));
        args << kReclaim + QLatin1Char(':');
        sql += markCondition(QStringLiteral("(? || id || ':' || date(due, '-' || warn_days || ' days'))"),
                             ctx, marks, args);

        batch.totals[kReclaim] =
            SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*) FROM (%1)").arg(sql), args).toLongLong();
        if (limitPerKind <= 0 || batch.totals.value(kReclaim) == 0)
            return batch;
        SqlQuery q(ctx.db, sql + QStringLiteral(" ORDER BY due, id LIMIT ?"));
        for (const QVariant& arg : args)
            q.bind(arg);
        q.bind(limitPerKind).exec();
        while (q.next()) {
            Reminder r;
            r.kind = kReclaim;
            r.entityType = QStringLiteral("customer");
            r.entityId = q.integer(0);
            r.customerId = r.entityId;
            r.employeeId = q.integer(3);
            r.dueDate = QDate::fromString(q.text(4), Qt::ISODate);
            r.triggerDate = r.dueDate.addDays(-int(q.integer(5)));
            const int left = int(today.daysTo(r.dueDate));
            r.severity = left <= 1 ? ReminderSeverity::Warning : ReminderSeverity::Info;
            r.title = QStringLiteral("%1 %2").arg(q.text(1), q.text(2));
            r.detail = tr("Returns to the pool in %n day(s), on %1, unless it is followed up.", nullptr, left)
                           .arg(r.dueDate.toString(Qt::ISODate));
            r.key = Reminder::makeKey(kReclaim, r.entityId, r.triggerDate);
            batch.reminders << r;
        }
        return batch;
    });
}

} // namespace tl::core
