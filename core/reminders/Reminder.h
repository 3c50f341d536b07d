#pragma once

#include <QDate>
#include <QString>

namespace tl::core {

enum class ReminderSeverity
{
    Info,     // coming up (a due date in a few days)
    Warning,  // act now (due tomorrow or today, a deadline inside its warning window)
    Critical, // late (overdue for a month or more, a deadline passed)
};

QString reminderSeverityKey(ReminderSeverity severity);  // info, warning, critical
QString reminderSeverityName(ReminderSeverity severity); // translated

// One reminder of the reminder centre (DESIGN §2.9). Reminders are computed from the data each time; only
// the marks a user leaves on them (notified, dismissed) are stored, under `key`.
struct Reminder
{
    QString kind; // provider kind key: receivable_due, receivable_overdue, promise_broken, ...
    ReminderSeverity severity = ReminderSeverity::Info;
    QString entityType; // what the reminder is about: installment, promise, letter, contract, customer,
                        // employee
    qint64 entityId = 0;
    QString title;         // translated, short: the subject ("C001 深圳某某科技: HT-2026-001 第2期")
    QString detail;        // translated, a complete sentence ("Due in 3 days: ¥12,000.00.")
    QDate triggerDate;     // the day the reminder fired (part of the key)
    QDate dueDate;         // the date it is about (due date, promised date, reply deadline, ...)
    qint64 amount = 0;     // fen; 0 when no amount applies
    qint64 customerId = 0; // 0 = none (for opening the customer)
    qint64 employeeId = 0; // the responsible employee (collector, owner), 0 = none
    QString key;           // "kind:entityId:triggerDate", e.g. "receivable_due:123:2026-03-15"

    static QString makeKey(const QString& kind, qint64 entityId, const QDate& triggerDate)
    {
        return kind + QLatin1Char(':') + QString::number(entityId) + QLatin1Char(':') +
               triggerDate.toString(Qt::ISODate);
    }
};

} // namespace tl::core
