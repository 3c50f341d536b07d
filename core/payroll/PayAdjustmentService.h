#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tl::core {

// An amount added to (补发, positive) or taken from (补扣, negative) one employee's pay of one month, taxable
// with that month's wage: how a locked month is corrected (DESIGN §2.7), or a one-off item of the month.
struct PayAdjustment
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString employeeCode; // read only
    QString employeeName; // read only
    QString period;       // "2026-03": the run that pays it
    Money amount;         // never zero
    QString reason;
    QString corrects; // the earlier month it corrects, empty = none
    QDateTime createdAt;
    QString createdBy; // display name, empty = the system
};

// Read with ViewSalary or RunPayroll, written with RunPayroll; audited ("pay_adjustments"). A month whose
// run is approved or locked takes no change (Conflict; the database refuses it too).
class PayAdjustmentService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PayAdjustmentService)

public:
    explicit PayAdjustmentService(const Context& ctx) : m_ctx(ctx) {}

    Result<QList<PayAdjustment>> forPeriod(const QString& period) const; // by employee code, then entry
    // Invalid (columns employee_code, period, amount, reason, corrects): unknown employee, bad month, zero
    // amount, no reason, a corrected month that is not earlier.
    Result<qint64> add(const PayAdjustment& adjustment);
    Status remove(qint64 id);

private:
    Context m_ctx;
};

} // namespace tl::core
