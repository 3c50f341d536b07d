#include "reminders/LetterReplyReminders.h"

#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "letters/LetterRepository.h"
#include "money/Money.h"
#include "money/MoneyFormat.h"

namespace tl::core {

namespace {

// Unanswered for this many days after the deadline or more is critical.
constexpr int kCriticalDays = 30;

} // namespace

QStringList LetterReplyReminders::kinds() const
{
    return {kNoReply};
}

QString LetterReplyReminders::kindName(const QString& kind) const
{
    return kind == kNoReply ? tr("Letters without reply") : kind;
}

Result<ReminderProvider::Batch> LetterReplyReminders::collect(const Context& ctx, const QDate& today,
                                                              int limitPerKind, Marks marks) const
{
    return guarded([&]() -> Result<Batch> {
        Batch batch;
        batch.totals.insert(kNoReply, 0);
        if (!ctx.session.can(Permission::ViewReceivables))
            return batch;
        // letters_status (status, reply_by) gives the sent letters past their deadline.
        QVariantList args{today.toString(Qt::ISODate)};
        QString where = QStringLiteral(" WHERE l.status = 'sent' AND l.reply_by < ? AND ");
        where += LetterRepository::scopeCondition(ctx.session, QStringLiteral("l"), args);
        where += QStringLiteral(" AND ");
        args << kNoReply + QLatin1Char(':');
        where += markCondition(QStringLiteral("(? || l.id || ':' || date(l.reply_by, '+1 day'))"), ctx, marks,
                               args);
        const QString from = QStringLiteral(" FROM letters l JOIN customers c ON c.id = l.customer_id");
        batch.totals[kNoReply] =
            SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*)") + from + where, args).toLongLong();
        if (limitPerKind <= 0 || batch.totals.value(kNoReply) == 0)
            return batch;
        SqlQuery q(ctx.db,
                   QStringLiteral("SELECT l.id, l.letter_no, l.customer_id, c.code, c.name, l.reply_by, "
                                  "l.balance, l.salesperson_id, l.sent_on") +
                       from + where + QStringLiteral(" ORDER BY l.reply_by, l.id LIMIT ?"));
        for (const QVariant& arg : args)
            q.bind(arg);
        q.bind(limitPerKind).exec();
        while (q.next()) {
            Reminder r;
            r.kind = kNoReply;
            r.entityType = QStringLiteral("letter");
            r.entityId = q.integer(0);
            r.customerId = q.integer(2);
            r.dueDate = QDate::fromString(q.text(5), Qt::ISODate);
            r.triggerDate = r.dueDate.addDays(1);
            r.amount = q.integer(6);
            r.employeeId = q.isNull(7) ? 0 : q.integer(7);
            const int late = int(r.dueDate.daysTo(today));
            r.severity = late >= kCriticalDays ? ReminderSeverity::Critical : ReminderSeverity::Warning;
            r.title = QStringLiteral("%1 %2 · %3").arg(q.text(3), q.text(4), q.text(1));
            r.detail =
                tr("Sent on %1; no reply %n day(s) after the deadline of %2 (balance %3).", nullptr, late)
                    .arg(q.text(8), r.dueDate.toString(Qt::ISODate), formatMoney(Money::fromFen(r.amount)));
            r.key = Reminder::makeKey(kNoReply, r.entityId, r.triggerDate);
            batch.reminders << r;
        }
        return batch;
    });
}

} // namespace tl::core
