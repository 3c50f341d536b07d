#pragma once

#include "reminders/ReminderProvider.h"

#include <QCoreApplication>

namespace tl::core {

// Limitation deadlines (诉讼时效, domain-facts §5.2) inside the warning window or passed while a balance is
// still open, from LimitationWatch (deadline = max(last instalment due, last interruption) + 3 years; warned
// from deadline - LimitationWarnDays). Trigger date = the first day of the warning window; one reminder per
// contract and deadline. ViewReceivables; scope as LimitationWatch.
class LimitationReminders final : public ReminderProvider
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::LimitationReminders)

public:
    static inline const QString kDeadline = QStringLiteral("limitation_deadline");

    QStringList kinds() const override;
    QString kindName(const QString& kind) const override;
    using ReminderProvider::collect;
    Result<Batch> collect(const Context& ctx, const QDate& today, int limitPerKind,
                          Marks marks) const override;
};

} // namespace tl::core
