#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "reminders/Reminder.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace tl::core {

// A source of reminders for the reminder centre (DESIGN §2.9). Later modules add kinds by writing a provider
// and registering it with ReminderCentre::addProvider. A provider:
//  - declares its kind keys (stable, used in reminder keys and marks) and their translated names;
//  - computes its reminders for a day in SQL, limited to the session's scope and permissions (a session that
//    may not see its records gets an empty batch, not an error);
//  - leaves out the reminders the user has dismissed (or, for desktop notifications, also those already
//    notified): reminder_marks rows of the session's user under the reminder's key (markCondition());
//  - returns at most limitPerKind reminders per kind (0 = only the counts) plus the total count per kind
//    over everything that matches, for the navigation badge.
class ReminderProvider
{
public:
    enum class Marks
    {
        HideDismissed, // the reminder centre: everything not dismissed
        HideMarked,    // desktop notifications: neither dismissed nor notified yet
    };

    struct Batch
    {
        QList<Reminder> reminders;
        QHash<QString, qint64> totals; // kind -> count; every kind of the provider present
    };

    virtual ~ReminderProvider() = default;

    virtual QStringList kinds() const = 0;
    virtual QString kindName(const QString& kind) const = 0; // translated

    virtual Result<Batch> collect(const Context& ctx, const QDate& today, int limitPerKind,
                                  Marks marks) const = 0;
    Result<Batch> collect(const Context& ctx, const QDate& today, int limitPerKind) const
    {
        return collect(ctx, today, limitPerKind, Marks::HideDismissed);
    }

    // Helpers for providers.
    // An SQL condition true when the session's user has no mark on the key (dismissed for HideDismissed,
    // any for HideMarked). keySql is an SQL expression giving the reminder's key; its values must already be
    // in args; the condition's own values are appended to args.
    static QString markCondition(const QString& keySql, const Context& ctx, Marks marks, QVariantList& args);
    // The marked keys of the session's user starting with "kind:" (for providers that compute in C++).
    static QHash<QString, bool> markedKeys(const Context& ctx, const QString& kind); // key -> dismissed
    static bool hidden(const QHash<QString, bool>& marked, const QString& key, Marks marks);
};

} // namespace tl::core
