#include "reminders/LabourContractReminders.h"

#include "org/ContractRules.h"
#include "org/Employee.h"
#include "org/LabourContractService.h"

#include <algorithm>

namespace tl::core {

QStringList LabourContractReminders::kinds() const
{
    return {kContractEnding, kProbationEnding};
}

QString LabourContractReminders::kindName(const QString& kind) const
{
    if (kind == kContractEnding)
        return tr("Labour contracts ending");
    if (kind == kProbationEnding)
        return tr("Probations ending");
    return kind;
}

Result<ReminderProvider::Batch> LabourContractReminders::collect(const Context& ctx, const QDate& today,
                                                                 int limitPerKind, Marks marks) const
{
    Batch batch;
    batch.totals.insert(kContractEnding, 0);
    batch.totals.insert(kProbationEnding, 0);
    if (!ctx.session.can(Permission::ViewLabourContracts))
        return batch;
    // The org module's alerts (ContractRules) for everyone in the session's employee scope.
    const auto alerts = LabourContractService(ctx).alerts(today);
    if (!alerts)
        return alerts.error();
    const QHash<QString, bool> endingMarks = markedKeys(ctx, kContractEnding);
    const QHash<QString, bool> probationMarks = markedKeys(ctx, kProbationEnding);
    for (const ContractAlert& alert : *alerts) {
        const bool ending = alert.kind == ContractAlert::Kind::EndingSoon;
        if (!ending && alert.kind != ContractAlert::Kind::ProbationEnding)
            continue;
        const QString& kind = ending ? kContractEnding : kProbationEnding;
        Reminder r;
        r.kind = kind;
        r.entityType = QStringLiteral("labour_contract");
        r.entityId = alert.contractId;
        r.employeeId = alert.employeeId;
        r.dueDate = alert.date;
        r.triggerDate = alert.date.addDays(
            -(ending ? ContractRules::kEndingWindowDays : ContractRules::kProbationWindowDays));
        r.key = Reminder::makeKey(kind, r.entityId, r.triggerDate);
        if (hidden(ending ? endingMarks : probationMarks, r.key, marks))
            continue;
        r.severity = alert.daysLeft < 0    ? ReminderSeverity::Critical
                     : alert.daysLeft <= 7 ? ReminderSeverity::Warning
                                           : ReminderSeverity::Info;
        r.title = QStringLiteral("%1 %2").arg(alert.employeeCode, alert.employeeName);
        r.detail = alert.message;
        ++batch.totals[kind];
        if (batch.totals.value(kind) <= limitPerKind)
            batch.reminders << r;
    }
    std::stable_sort(batch.reminders.begin(), batch.reminders.end(),
                     [](const Reminder& a, const Reminder& b) { return a.dueDate < b.dueDate; });
    return batch;
}

} // namespace tl::core
