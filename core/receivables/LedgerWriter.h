#pragma once

#include "common/Context.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace tl::core {

class AuditLog;

// The allocation ledger's writer, shared by the receivables services inside their transaction: appends
// audited allocation rows and keeps the caches equal to the ledger (installments.paid_total, last_paid_on,
// written_off_total; payments.allocated_total). Throws DbException.
//
// Cache definitions (recomputed from the ledger for every touched row, never incremented):
//   paid_total        = Σ allocations.amount of the instalment (reversal and unallocate rows are negative);
//   last_paid_on      = the latest date of a positive allocation by a payment whose net allocation to the
//                       instalment is still positive (NULL when none);
//   written_off_total = Σ approved write-offs of the instalment;
//   allocated_total   = Σ allocations.amount of the payment.
class LedgerWriter
{
public:
    // An instalment as allocation sees it. Amounts in fen.
    struct Target
    {
        qint64 installmentId = 0;
        qint64 contractId = 0;
        qint64 customerId = 0;
        qint64 collectorId = 0;
        QString contractNo;
        QString contractStatus;
        int seq = 0;
        QDate dueOn;
        QDate signedOn;
        qint64 amount = 0;
        qint64 paid = 0;
        qint64 writtenOff = 0;
        qint64 disputed = 0; // open disputes

        qint64 balance() const { return amount - paid - writtenOff; }
        qint64 collectable() const { return balance() - disputed > 0 ? balance() - disputed : 0; }
        QString label() const { return contractNo + QLatin1Char('#') + QString::number(seq); }
    };

    LedgerWriter(const Context& ctx, AuditLog& audit) : m_ctx(ctx), m_audit(audit) {}

    std::optional<Target> target(qint64 installmentId) const;
    // Automatic allocation order (oldest due first): instalments with something collectable of the
    // customer's active contracts signed on or before `on` (only contractId's when it is not 0), by due
    // date, the contract's signing date, contract number, then seq.
    QList<Target> autoTargets(qint64 customerId, qint64 contractId, const QDate& on) const;

    // Appends one audited allocation row (kind: auto, manual, reversal, unallocate) and remembers the
    // instalment and payment for refresh().
    qint64 append(qint64 paymentId, const QString& paymentNo, const Target& target, qint64 amount,
                  const QDate& on, const QString& kind);
    // Recomputes the caches of every instalment and payment touched so far (and those added here).
    void touchInstallment(qint64 installmentId) { m_installments.insert(installmentId); }
    void touchPayment(qint64 paymentId) { m_payments.insert(paymentId); }
    void refresh();

    QList<qint64> touchedInstallments() const;

    static qint64 openDisputes(const Database& db, qint64 installmentId);

private:
    const Context& m_ctx;
    AuditLog& m_audit;
    QSet<qint64> m_installments;
    QSet<qint64> m_payments;
};

} // namespace tl::core
