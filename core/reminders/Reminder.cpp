#include "reminders/Reminder.h"

#include <QCoreApplication>

namespace tl::core {

QString reminderSeverityKey(ReminderSeverity severity)
{
    switch (severity) {
    case ReminderSeverity::Info:
        return QStringLiteral("info");
    case ReminderSeverity::Warning:
        return QStringLiteral("warning");
    case ReminderSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("info");
}

QString reminderSeverityName(ReminderSeverity severity)
{
    switch (severity) {
    case ReminderSeverity::Info:
        return QCoreApplication::translate("tl::core::Reminder", "Upcoming");
    case ReminderSeverity::Warning:
        return QCoreApplication::translate("tl::core::Reminder", "Due now");
    case ReminderSeverity::Critical:
        return QCoreApplication::translate("tl::core::Reminder", "Late");
    }
    return {};
}

} // namespace tl::core
