#pragma once

#include "reminders/ReminderProvider.h"

#include <QCoreApplication>

namespace tl::core {

// Labour contracts ending within 30 days and probations ending within 7 days (DESIGN §2.1), the
// EndingSoon and ProbationEnding alerts of LabourContractService::alerts (ContractRules). Trigger date = the
// first day of the window (date - 30 / date - 7). ViewLabourContracts; the employee scope of the service.
class LabourContractReminders final : public ReminderProvider
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::LabourContractReminders)

public:
    static inline const QString kContractEnding = QStringLiteral("labour_contract_ending");
    static inline const QString kProbationEnding = QStringLiteral("probation_ending");

    QStringList kinds() const override;
    QString kindName(const QString& kind) const override;
    using ReminderProvider::collect;
    Result<Batch> collect(const Context& ctx, const QDate& today, int limitPerKind,
                          Marks marks) const override;
};

} // namespace tl::core
