#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// The sales funnel (DESIGN §2.2): for opportunities created in [from, to] (per person, team or all in
// scope), how many reached each stage (an opportunity that reached a later stage counts as having passed
// the earlier ones), their amounts, and the stage-to-stage conversion.
class FunnelReport
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::FunnelReport)

public:
    struct Stage
    {
        QString stage;         // contact, research, proposal, negotiation, won
        int reached = 0;       // opportunities that reached this stage
        Money amount;          // their amounts
        int conversionPpm = 0; // reached / reached of the previous stage, parts per million, half-up
                               // (first: 1,000,000; 0 when the previous stage has none)
    };
    struct Funnel
    {
        QDate from;
        QDate to;
        QList<Stage> stages; // in stage order, won last
        int lost = 0;
        Money lostAmount;
    };

    explicit FunnelReport(const Context& ctx) : m_ctx(ctx) {}

    // employeeId > 0: one person; departmentId > 0: that team (subtree); both 0: everything in scope.
    Result<Funnel> compute(const QDate& from, const QDate& to, qint64 employeeId = 0,
                           qint64 departmentId = 0) const;

private:
    Context m_ctx;
};

} // namespace tl::core
