#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "sales/Contract.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace tl::core {

// Sales contracts and their payment schedules (DESIGN §2.3).
//
// Reading needs ViewReceivables and the contract in the session's scope (LedgerScope: the credited
// salesperson or a collector of one of its instalments); writing needs EditContracts. Every write is one
// transaction, audited ("contracts", "installments", "installment_collectors", "contract_attachments") and
// announced after commit ("contracts" with the contract id, "installments" with the instalment ids).
//
// Problems use the column names of the import templates: contract_no, customer_code, salesperson_code,
// signed_on, amount, kind, interest_rate_ppm, installments; schedule rows: seq, due_on, amount with row = the
// instalment's position in the list (1-based).
class ContractService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ContractService)

public:
    static constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;

    explicit ContractService(const Context& ctx) : m_ctx(ctx) {}

    // The contract with its schedule (paid, written off, disputed, collector filled in).
    Result<Contract> get(qint64 id) const;
    Result<Contract> getByNo(const QString& contractNo) const;

    // The schedule alone, usable live by an editor: not empty; seq exactly 1..n in list order; every due
    // date valid, not before signedOn (when given) nor before the previous instalment's; every amount > 0;
    // the amounts add up to `amount` (the message states the difference, e.g. "the instalments add up to
    // ¥9,000.00, ¥1,000.00 less than the contract amount").
    static QList<FieldProblem> validateSchedule(qint64 amount, const QList<Installment>& installments,
                                                const QDate& signedOn = {});
    // Every problem of a new or changed contract (header and schedule, number unique, customer and
    // salesperson exist, kind known, amount > 0, signing date not after today unless a draft).
    QList<FieldProblem> validate(const Contract& contract) const;

    // A new contract in status draft or active with its schedule; every instalment's collector is the
    // credited salesperson (an installment_collectors row, reason "contract", from the signing date).
    Result<qint64> create(const Contract& contract);

    // Header fields and the schedule (contract.installments is the whole new schedule: id 0 = a new
    // instalment, a stored id missing from the list = removed). Rules:
    //  - instalments with allocations or write-offs keep their seq, due date and amount and cannot be
    //    removed; an instalment anything else refers to (dispute, promise, letter, interest) cannot be
    //    removed, and its amount cannot drop below its open disputes;
    //  - the customer changes only while no instalment has any allocation, write-off, dispute, promise,
    //    letter or interest record;
    //  - a new credited salesperson takes over, from today, the instalments the previous one collects;
    //  - the status is changed with setStatus(), not here; cancelled contracts cannot be edited.
    Status update(const Contract& contract);

    // draft -> active | cancelled; active -> closed (nothing left to collect) | cancelled (nothing paid,
    // written off, disputed or waiting for a write-off decision); closed -> active (reopened, e.g. after a
    // reversal).
    Status setStatus(qint64 id, ContractStatus status);

    Result<QList<ContractAttachment>> attachments(qint64 contractId) const; // newest first, no content
    Result<QByteArray> attachmentContent(qint64 attachmentId) const;
    // fileName: a path is reduced to its file name; empty mime = application/octet-stream; at most
    // kMaxAttachmentBytes. The audit log keeps the content's SHA-256.
    Result<qint64> addAttachment(qint64 contractId, const QString& fileName, const QString& mimeType,
                                 const QByteArray& content);
    Status removeAttachment(qint64 attachmentId);

private:
    Context m_ctx;
};

} // namespace tl::core
