#pragma once

#include "reminders/ReminderProvider.h"

#include <QCoreApplication>

namespace tl::core {

// Customers about to be reclaimed into the pool (DESIGN §2.2): owned customers whose reclaim date
// (ReclaimClock, as SQL in CustomerReclaimSql) lies within the warning window of their level's rule
// (today < reclaim date <= today + warnDays); customers with an open receivable are left out (the sweep never
// moves them). Trigger date = reclaim date - warnDays. ViewCustomers; a salesperson sees own customers, a
// manager the team's (OpportunityScope on the owner).
class PoolReclaimReminders final : public ReminderProvider
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PoolReclaimReminders)

public:
    static inline const QString kReclaim = QStringLiteral("pool_reclaim");

    QStringList kinds() const override;
    QString kindName(const QString& kind) const override;
    using ReminderProvider::collect;
    Result<Batch> collect(const Context& ctx, const QDate& today, int limitPerKind,
                          Marks marks) const override;
};

} // namespace tl::core
