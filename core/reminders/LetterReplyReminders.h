#pragma once

#include "reminders/ReminderProvider.h"

#include <QCoreApplication>

namespace tl::core {

// Reconciliation letters without a reply after their deadline (DESIGN §2.4): status sent and reply_by <
// today, from reply_by + 1 (the trigger date) until a reply, no_reply or cancellation is recorded.
// ViewReceivables; the letter's scope as in LetterService.
class LetterReplyReminders final : public ReminderProvider
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::LetterReplyReminders)

public:
    static inline const QString kNoReply = QStringLiteral("letter_no_reply");

    QStringList kinds() const override;
    QString kindName(const QString& kind) const override;
    using ReminderProvider::collect;
    Result<Batch> collect(const Context& ctx, const QDate& today, int limitPerKind,
                          Marks marks) const override;
};

} // namespace tl::core
