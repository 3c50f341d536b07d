#pragma once

#include "customers/PoolRules.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tl::core {

// The two reclaim clocks of one owned customer (DESIGN §2.2), shared by PoolSweep, CustomerQuery and the
// UI countdown:
//  - no follow-up: due noFollowUpDays after the later of the owner's last follow-up (its date) and the
//    ownership start;
//  - no deal: due noDealDays after the ownership start, unless a contract was signed on or after it.
// The customer is reclaimed on the earlier due date; warned from warnDays before it.
struct ReclaimClock
{
    QDate dueOn;    // invalid when neither rule applies
    QString reason; // "no_follow_up" or "no_deal" (the rule that fires first; no_follow_up on a tie)

    static ReclaimClock compute(const PoolRule& rule, const QDate& ownedSince,
                                const QDateTime& lastOwnerFollowUp, const QDate& lastDeal);
    bool isDue(const QDate& asOf) const { return dueOn.isValid() && dueOn <= asOf; }
    bool isWarned(const QDate& asOf, int warnDays) const
    {
        return dueOn.isValid() && dueOn > asOf && asOf.daysTo(dueOn) <= warnDays;
    }
    int daysLeft(const QDate& asOf) const { return dueOn.isValid() ? int(asOf.daysTo(dueOn)) : 0; }
};

} // namespace tl::core
