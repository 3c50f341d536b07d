#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// A write-off (坏账核销) request and its decision. Amounts in fen.
struct WriteOff
{
    qint64 id = 0;
    qint64 installmentId = 0;
    qint64 contractId = 0;
    QString contractNo;
    int seq = 0;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    qint64 amount = 0;
    QString reason;
    QString evidenceName;
    QString evidenceMime;
    qint64 evidenceSize = 0; // bytes; 0 = no evidence attached
    QDate requestedOn;
    qint64 requestedBy = 0; // user id, 0 = system
    QString requestedByName;
    QString status; // pending, approved, rejected
    QDate decidedOn;
    qint64 decidedBy = 0;
    QString decidedByName;
    QString decisionNote;
};

// Write-offs with approval (DESIGN §2.3). request() needs RequestWriteOffs and the instalment in scope;
// approve() / reject() need ApproveWriteOffs and a user other than the requester (the system session is
// exempt). Only an approved write-off counts: it adds to the instalment's written_off_total, dated decided_on
// (today). Each call is one transaction, audited ("write_offs"), announced as "write_offs" and
// "installments".
class WriteOffService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::WriteOffService)

public:
    static constexpr qint64 kMaxEvidenceBytes = 20 * 1024 * 1024;

    explicit WriteOffService(const Context& ctx) : m_ctx(ctx) {}

    // amount: 0 < amount <= the instalment's open balance; reason required; evidence optional (file name
    // required with content, at most kMaxEvidenceBytes). Requested today.
    Result<qint64> request(qint64 installmentId, qint64 amount, const QString& reason,
                           const QString& evidenceName = {}, const QString& evidenceMime = {},
                           const QByteArray& evidence = {});
    // Conflict when the request is decided already, or when the amount exceeds what is left of the balance
    // besides open disputes (resolve the dispute first).
    Status approve(qint64 writeOffId, const QString& note = {});
    Status reject(qint64 writeOffId, const QString& note = {});

    Result<QList<WriteOff>> pending() const;                            // oldest first, in scope
    Result<QList<WriteOff>> forInstallment(qint64 installmentId) const; // by id
    Result<QByteArray> evidence(qint64 writeOffId) const;

private:
    Status decide(qint64 writeOffId, bool approve, const QString& note);
    Context m_ctx;
};

} // namespace tl::core
