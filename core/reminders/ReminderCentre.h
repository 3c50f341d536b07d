#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "reminders/Reminder.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace tl::core {

class ReminderProvider;

// The reminder centre (DESIGN §2.9): a registry of ReminderProviders with the built-in ones
//   receivable_due, receivable_overdue (ReceivableDueReminders), promise_broken (PromiseReminders),
//   letter_no_reply (LetterReplyReminders), limitation_deadline (LimitationReminders),
//   pool_reclaim (PoolReclaimReminders), labour_contract_ending, probation_ending (LabourContractReminders);
// the reminders of a day for the session, counts per kind for the navigation badge, and the marks the
// session's user leaves (reminder_marks): notified (desktop notification shown) and dismissed.
// "today" defaults to the clock's date.
class ReminderCentre
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ReminderCentre)

public:
    explicit ReminderCentre(const Context& ctx); // with the built-in providers
    ~ReminderCentre();
    ReminderCentre(const ReminderCentre&) = delete;
    ReminderCentre& operator=(const ReminderCentre&) = delete;

    void addProvider(std::unique_ptr<ReminderProvider> provider);

    QStringList kinds() const;                   // in registration order
    QString kindName(const QString& kind) const; // translated; the key itself when unknown

    struct KindCount
    {
        QString kind;
        QString name; // translated
        qint64 count = 0;
    };
    struct Overview
    {
        QDate today;
        QList<Reminder> reminders; // by kind (registration order), then due date, then key
        QList<KindCount> counts;   // every kind, in registration order (not dismissed)
        qint64 total = 0;          // Σ counts
    };

    // Reminders not dismissed by the session's user; at most limitPerKind per kind (counts are complete).
    Result<Overview> collect(int limitPerKind = 500, const QDate& today = {}) const;
    // Only the counts (the navigation badge).
    Result<QList<KindCount>> counts(const QDate& today = {}) const;

    // Reminders neither dismissed nor notified yet (at most limitPerKind per kind), marked notified in the
    // same call: each is returned once, for a desktop notification.
    Result<QList<Reminder>> unnotified(int limitPerKind = 20, const QDate& today = {});
    // Hides a reminder for the session's user (any key of the "kind:id:date" shape of a known kind).
    // dismiss and restore notify "reminder_marks" after commit (badges refresh).
    Status dismiss(const QString& key);
    // Shows a dismissed reminder again.
    Status restore(const QString& key);

private:
    Status checkKey(const QString& key) const;
    Status mark(const QString& key, bool dismissed);
    QDate dayOf(const QDate& today) const;

    Context m_ctx;
    std::vector<std::unique_ptr<ReminderProvider>> m_providers;
};

} // namespace tl::core
