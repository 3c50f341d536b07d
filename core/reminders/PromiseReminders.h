#pragma once

#include "reminders/ReminderProvider.h"

#include <QCoreApplication>

namespace tl::core {

// Broken payment promises (承诺回款, DESIGN §2.3): a promise is broken when promised_on < today and the
// customer's payments (not reversed) received from made_on to promised_on total less than the promised amount
// (the rule of CollectionService::promises). It is reminded from promised_on + 1 (the trigger date) while it
// still matters: the promised instalment (or, for a promise without one, any instalment of the customer)
// still has a balance, no later promise of the customer (made after this one's promised date) supersedes it,
// and the promised date lies within the last 90 days (after that the receivable's overdue reminders carry
// on). ViewReceivables; scope on the promise's employee, else the customer's collectors.
class PromiseReminders final : public ReminderProvider
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PromiseReminders)

public:
    static inline const QString kBroken = QStringLiteral("promise_broken");

    QStringList kinds() const override;
    QString kindName(const QString& kind) const override;
    using ReminderProvider::collect;
    Result<Batch> collect(const Context& ctx, const QDate& today, int limitPerKind,
                          Marks marks) const override;
};

} // namespace tl::core
