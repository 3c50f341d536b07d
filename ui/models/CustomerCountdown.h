#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace tl::core {
struct CustomerRow;
}

namespace tl::ui {

// The pool countdown of an owned customer as shown on list rows and in the customer detail
// (DESIGN §2.2: "还剩 5 天进入公海"): far, within the level's warning window, due today, overdue (the sweep
// has not run yet), or exempt (open receivables: never reclaimed automatically).
class CustomerCountdown
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::CustomerCountdown)

public:
    enum class State
    {
        None,
        Far,
        Warned,
        Today,
        Overdue,
        Exempt
    };

    // daysLeft from the as-of date (negative = overdue); warnDays of the customer's level.
    static State state(bool owned, bool hasDueDate, int daysLeft, int warnDays, bool exempt);
    static State state(const core::CustomerRow& row, int warnDays);

    static QString text(State state, int daysLeft);
    static QString toolTip(State state, int daysLeft, const QString& reclaimOnIso);
    // Foreground colour for the state (invalid = the default text colour).
    static QColor colour(State state);
    // Whether the text should stand out (bold): due today or overdue.
    static bool emphasised(State state) { return state == State::Today || state == State::Overdue; }
};

} // namespace tl::ui
