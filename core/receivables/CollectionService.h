#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tl::core {

// A promised payment (承诺回款). Amounts in fen.
//
// Broken-promise rule: a promise is broken when its date has passed (promisedOn < today) and the
// customer's payments that are not reversed, received between madeOn and promisedOn (both inclusive),
// add up to less than the promised amount. paidInWindow is that sum (whatever the date).
struct PaymentPromise
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 installmentId = 0; // 0 = the customer's receivables in general
    QString installmentLabel; // "HT-001#2" when an instalment is named
    qint64 followupId = 0;
    QDate madeOn;
    QDate promisedOn;
    qint64 amount = 0;
    qint64 employeeId = 0; // who recorded it (0 = no linked employee)
    QString employeeName;
    QString note;
    qint64 paidInWindow = 0;
    bool broken = false;
};

// A documented act that interrupts the limitation period (催款, 催款函, 还款计划, 起诉).
struct PaymentDemand
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 contractId = 0; // 0 = all of the customer's receivables
    QString contractNo;
    QString kind; // demand, dunning_letter, repayment_plan, lawsuit
    QDate onDate;
    QString method;
    QString note;
    QString evidenceName;
    qint64 evidenceSize = 0;
};

// Who collected an instalment from when (append-only history).
struct CollectorChange
{
    qint64 id = 0;
    qint64 installmentId = 0;
    qint64 collectorId = 0;
    QString collectorCode;
    QString collectorName;
    QDate fromOn;
    QString reason; // contract, import, handover, manual
    QString note;
};

QStringList demandKindKeys();               // demand, dunning_letter, repayment_plan, lawsuit
QString demandKindName(const QString& key); // translated

// Collection work (DESIGN §2.3): promises, demands, interest settlements and collector changes. Needs
// ManageCollections and the customer or instalment in the session's scope (LedgerScope: collectors in scope);
// settleInterest needs RecordPayments instead. Every write is one transaction, audited, and announced after
// commit ("promises", "demands", "installments").
class CollectionService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CollectionService)

public:
    enum class CollectorReason
    {
        Manual,
        Handover
    };
    static constexpr qint64 kMaxEvidenceBytes = 20 * 1024 * 1024;

    explicit CollectionService(const Context& ctx) : m_ctx(ctx) {}

    // made on today by the session's employee; promisedOn >= today; amount > 0; the instalment and the
    // follow-up, when given, must be the customer's.
    Result<qint64> recordPromise(qint64 customerId, qint64 installmentId, qint64 followupId,
                                 const QDate& promisedOn, qint64 amount, const QString& note);
    // kind: demand | dunning_letter | repayment_plan | lawsuit; date not after today; contract (0 = none) of
    // the customer; evidence optional (file name required with content).
    Result<qint64> recordDemand(qint64 customerId, qint64 contractId, const QString& kind, const QDate& on,
                                const QString& method, const QString& note, const QString& evidenceName = {},
                                const QString& evidenceMime = {}, const QByteArray& evidence = {});
    // Late interest collected or waived on an instalment; kind: paid | waived; amount > 0; date not after
    // today nor before the due date.
    Result<qint64> settleInterest(qint64 installmentId, const QDate& on, qint64 amount, const QString& kind,
                                  const QString& note);
    // New collector for the instalments from `from` (not before an instalment's latest change, not after
    // today), with a history row each. Instalments already collected by that person are left alone. The new
    // collector must exist, not have left, and be in the session's scope. Used by the handover module.
    Status changeCollector(const QList<qint64>& installmentIds, qint64 collectorId, const QDate& from,
                           CollectorReason reason, const QString& note);

    Result<QList<PaymentPromise>> promises(qint64 customerId) const;             // newest promise date first
    Result<QList<PaymentDemand>> demands(qint64 customerId) const;               // newest first
    Result<QList<CollectorChange>> collectorHistory(qint64 installmentId) const; // oldest first

private:
    Context m_ctx;
};

} // namespace tl::core
