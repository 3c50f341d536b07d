#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// One dispute of an instalment (read by DisputeService::forInstallment). Amounts in fen.
struct Dispute
{
    qint64 id = 0;
    qint64 installmentId = 0;
    qint64 amount = 0;
    QString reason;
    QDate openedOn;
    qint64 letterId = 0;
    bool open = true;
    QDate resolvedOn;
    QString resolution; // customer_pays, written_off, credited, withdrawn; empty while open
    QString resolutionNote;
};

// 争议 (DESIGN §2.3): an amount of an instalment locked as disputed, with a reason; excluded from
// reminders, automatic allocation and automatic handover moves until resolved. Needs ManageCollections
// and the instalment in the session's scope; audited ("disputes"); notifies "disputes" and "installments".
class DisputeService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::DisputeService)

public:
    enum class Resolution
    {
        CustomerPays, // the claim stands: the amount is collectable again
        WrittenOff,   // resolved through an (approved) write-off
        Credited,     // resolved by a credit to the customer (a write-off of that amount)
        Withdrawn     // the customer withdrew the objection
    };

    explicit DisputeService(const Context& ctx) : m_ctx(ctx) {}

    // amount: 0 < amount <= the instalment's open balance not already disputed. letterId: the letter whose
    // reply showed the difference (0 = none). Returns the dispute id.
    Result<qint64> open(qint64 installmentId, qint64 amount, const QString& reason, const QDate& on,
                        qint64 letterId = 0);
    Status resolve(qint64 disputeId, Resolution resolution, const QDate& on, const QString& note);

    // The instalment's disputes, open ones first, then by date opened. Needs ViewReceivables and the
    // instalment in the session's scope.
    Result<QList<Dispute>> forInstallment(qint64 installmentId) const;

private:
    Context m_ctx;
};

} // namespace tl::core
