#include "reminders/LimitationReminders.h"

#include "money/Money.h"
#include "money/MoneyFormat.h"
#include "receivables/LimitationWatch.h"

namespace tl::core {

QStringList LimitationReminders::kinds() const
{
    return {kDeadline};
}

QString LimitationReminders::kindName(const QString& kind) const
{
    return kind == kDeadline ? tr("Limitation deadlines") : kind;
}

Result<ReminderProvider::Batch> LimitationReminders::collect(const Context& ctx, const QDate& today,
                                                             int limitPerKind, Marks marks) const
{
    Batch batch;
    batch.totals.insert(kDeadline, 0);
    if (!ctx.session.can(Permission::ViewReceivables))
        return batch;
    // Contracts with an open balance whose deadline is within the LimitationWarnDays window, or passed.
    const auto items = LimitationWatch(ctx).expiring(today);
    if (!items)
        return items.error();
    const QHash<QString, bool> marked = markedKeys(ctx, kDeadline);
    for (const LimitationWatch::Item& item : *items) {
        Reminder r;
        r.kind = kDeadline;
        r.entityType = QStringLiteral("contract");
        r.entityId = item.contractId;
        r.customerId = item.customerId;
        r.employeeId = item.salespersonId;
        r.dueDate = item.deadline;
        r.triggerDate = item.warnFrom;
        r.amount = item.balance;
        r.key = Reminder::makeKey(kDeadline, r.entityId, r.triggerDate);
        if (hidden(marked, r.key, marks))
            continue;
        const QString balance = formatMoney(Money::fromFen(item.balance));
        if (item.state == LimitationWatch::State::Expired) {
            r.severity = ReminderSeverity::Critical;
            r.detail =
                tr("The limitation period ended on %1 (%2); %3 open. Only the customer's acknowledgement "
                   "can revive the claim now.")
                    .arg(item.deadline.toString(Qt::ISODate), item.reason, balance);
        } else {
            r.severity = ReminderSeverity::Warning;
            r.detail = tr("The limitation period ends in %n day(s), on %1 (%2); %3 open. Get a confirmed "
                          "letter, a payment or a documented demand before then.",
                          nullptr, item.daysLeft)
                           .arg(item.deadline.toString(Qt::ISODate), item.reason, balance);
        }
        r.title = QStringLiteral("%1 %2 · %3").arg(item.customerCode, item.customerName, item.contractNo);
        ++batch.totals[kDeadline];
        if (batch.totals.value(kDeadline) <= limitPerKind)
            batch.reminders << r;
    }
    return batch;
}

} // namespace tl::core
