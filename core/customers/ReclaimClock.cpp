#include "customers/ReclaimClock.h"

namespace tl::core {

ReclaimClock ReclaimClock::compute(const PoolRule& rule, const QDate& ownedSince,
                                   const QDateTime& lastOwnerFollowUp, const QDate& lastDeal)
{
    ReclaimClock clock;
    if (!ownedSince.isValid())
        return clock; // in the pool: no clock runs

    // No follow-up: from the later of the ownership start and the owner's last follow-up (its date).
    QDate followUpStart = ownedSince;
    if (lastOwnerFollowUp.isValid() && lastOwnerFollowUp.date() > followUpStart)
        followUpStart = lastOwnerFollowUp.date();
    const QDate noFollowUpDue = followUpStart.addDays(rule.noFollowUpDays);

    // No deal: from the ownership start, unless a contract was signed during the ownership.
    const bool dealDuringOwnership = lastDeal.isValid() && lastDeal >= ownedSince;
    const QDate noDealDue = dealDuringOwnership ? QDate() : ownedSince.addDays(rule.noDealDays);

    if (noDealDue.isValid() && noDealDue < noFollowUpDue) {
        clock.dueOn = noDealDue;
        clock.reason = QStringLiteral("no_deal");
    } else {
        clock.dueOn = noFollowUpDue;
        clock.reason = QStringLiteral("no_follow_up");
    }
    return clock;
}

} // namespace tl::core
