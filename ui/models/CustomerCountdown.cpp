#include "models/CustomerCountdown.h"

#include "customers/CustomerQuery.h"

namespace tl::ui {

CustomerCountdown::State CustomerCountdown::state(bool owned, bool hasDueDate, int daysLeft, int warnDays,
                                                  bool exempt)
{
    if (!owned)
        return State::None;
    if (exempt)
        return State::Exempt;
    if (!hasDueDate)
        return State::None;
    if (daysLeft < 0)
        return State::Overdue;
    if (daysLeft == 0)
        return State::Today;
    return daysLeft <= warnDays ? State::Warned : State::Far;
}

CustomerCountdown::State CustomerCountdown::state(const core::CustomerRow& row, int warnDays)
{
    return state(row.customer.ownerId != 0, row.reclaimOn.isValid(), row.daysToReclaim, warnDays, row.exempt);
}

QString CustomerCountdown::text(State state, int daysLeft)
{
    switch (state) {
    case State::None:
        return {};
    case State::Far:
    case State::Warned:
        //: Reclaim countdown on a customer row; Chinese: 还剩 %n 天进入公海
        return tr("%n day(s) left before the pool", nullptr, daysLeft);
    case State::Today:
        //: Chinese: 今天进入公海
        return tr("Goes to the pool today");
    case State::Overdue:
        //: The reclaim date has passed but the sweep has not run yet; Chinese: 已超期 %n 天，待收回公海
        return tr("%n day(s) overdue for the pool", nullptr, -daysLeft);
    case State::Exempt:
        return tr("Open receivables: not reclaimed");
    }
    return {};
}

QString CustomerCountdown::toolTip(State state, int daysLeft, const QString& reclaimOnIso)
{
    switch (state) {
    case State::None:
        return {};
    case State::Far:
        return tr("Reclaimed to the pool on %1 unless it is followed up.").arg(reclaimOnIso);
    case State::Warned:
        return tr("Within the warning window: reclaimed to the pool on %1 unless it is followed up.")
            .arg(reclaimOnIso);
    case State::Today:
        return tr("The next pool sweep reclaims this customer today (%1).").arg(reclaimOnIso);
    case State::Overdue:
        return tr("Due back to the pool since %1 (%n day(s) ago); the next pool sweep reclaims it.", nullptr,
                  -daysLeft)
            .arg(reclaimOnIso);
    case State::Exempt:
        return tr("This customer has open receivables, so the pool sweep never reclaims it automatically; "
                  "the manager is told instead.");
    }
    return {};
}

QColor CustomerCountdown::colour(State state)
{
    switch (state) {
    case State::Warned:
        return QColor(0xb3, 0x5c, 0x00); // amber, readable on white and on alternating rows
    case State::Today:
    case State::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case State::Exempt:
        return QColor(0x55, 0x55, 0x55);
    default:
        return {};
    }
}

} // namespace tl::ui
