#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tl::core {

// Payment methods: bank_transfer (default), cash, cheque, acceptance_bill, online, other.
QStringList paymentMethodKeys();
QString paymentMethodName(const QString& key); // translated; the key itself when unknown

// A payment received (回款). Amounts in fen. Never edited once recorded: corrected by a reversal.
struct Payment
{
    qint64 id = 0;
    QString paymentNo;
    qint64 customerId = 0;
    QString customerCode; // read only
    QString customerName; // read only
    QDate receivedOn;
    qint64 amount = 0;
    QString method = QStringLiteral("bank_transfer");
    QString reference;     // bank reference (银行流水号)
    qint64 contractId = 0; // the contract it was paid for, 0 = none named
    QString contractNo;    // read only
    QString note;

    qint64 allocated = 0;   // read only: net allocations
    QDate reversedOn;       // read only: invalid = not reversed
    QString reversalReason; // read only

    bool reversed() const { return reversedOn.isValid(); }
    // Customer credit still to be allocated (0 once reversed).
    qint64 unallocated() const { return reversed() ? 0 : amount - allocated; }
};

// How a payment is allocated to instalments.
enum class AllocationMode
{
    Auto,   // oldest due first (see PaymentService)
    Manual, // the explicit lines given
    None    // all kept as customer credit
};

// One line of a manual allocation: instalment and amount (fen, > 0).
struct AllocationLine
{
    qint64 installmentId = 0;
    qint64 amount = 0;
};

// One row of the allocation ledger (negative for reversal and unallocate rows).
struct Allocation
{
    qint64 id = 0;
    qint64 paymentId = 0;
    QString paymentNo;
    qint64 installmentId = 0;
    qint64 contractId = 0;
    QString contractNo;
    int seq = 0;
    qint64 amount = 0;
    QDate onDate;
    QString kind; // auto, manual, reversal, unallocate
    QDateTime at;
};

// An instalment an allocation editor offers for a payment (read only; PaymentService::allocationCandidates).
struct AllocationCandidate
{
    qint64 installmentId = 0;
    qint64 contractId = 0;
    QString contractNo;
    int seq = 0;
    QDate dueOn;
    qint64 balance = 0;
    qint64 disputed = 0;    // open disputes
    qint64 collectable = 0; // balance − disputed: the most a payment may take
    qint64 autoAmount = 0;  // what automatic allocation would take from the amount asked about
};

// Payments and their allocation to instalments (DESIGN §2.3). Writes need RecordPayments; each call is one
// transaction; payments, reversals and every allocation row are audited; the ledger caches are kept equal
// to the ledger (LedgerWriter); "payments" and "installments" are announced after commit.
//
// Automatic allocation (oldest due first): the instalments of the named contract, else of all the
// customer's active contracts signed on or before the allocation date, ordered by due date, the contract's
// signing date, contract number and seq, each taking up to its collectable part (balance minus open
// disputes); whatever is left stays as unallocated customer credit. A manual allocation names instalments
// of the payment's customer (of the named contract, when there is one) on active contracts, each amount at
// most the instalment's collectable part, the sum at most what is left of the payment.
//
// Reads need ViewReceivables and the customer in scope (ViewAllReceivables, or one of the customer's
// instalments collected by someone in the session's scope).
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PaymentService)

public:
    explicit PaymentService(const Context& ctx) : m_ctx(ctx) {}

    // Problems use the payments import columns: payment_no (required, unique), customer_code, received_on
    // (not after today), amount (> 0), method, contract_no (the customer's, active or closed); manual lines
    // installment / amount with row = the line's position (1-based). Allocations are dated received_on.
    Result<qint64> record(const Payment& payment, AllocationMode mode = AllocationMode::Auto,
                          const QList<AllocationLine>& manual = {});

    // Applies what is left of a payment (its credit) on `on` (received_on <= on <= today); Auto or Manual.
    // Conflict when the payment is reversed, fully allocated, or Auto finds nothing collectable.
    Status allocateCredit(qint64 paymentId, const QDate& on, AllocationMode mode = AllocationMode::Auto,
                          const QList<AllocationLine>& manual = {});

    // Moves `amount` of the payment's net allocation to the instalment back to credit (a negative
    // "unallocate" row dated `on`, not before the pair's latest allocation, not after today).
    Status unallocate(qint64 paymentId, qint64 installmentId, qint64 amount, const QDate& on);

    // Reverses a payment: a payment_reversals row and, per instalment, a negative "reversal" row cancelling
    // its net allocation, dated `on` (not before the received date or the payment's latest allocation, not
    // after today). A reversed payment keeps no credit and cannot be allocated or reversed again.
    Status reverse(qint64 paymentId, const QDate& on, const QString& reason);

    // For an allocation editor, before anything is written: the instalments a payment of the customer (of
    // contractId only, when not 0) may go to on `on`, in the automatic order above, each with what Auto
    // would allocate to it from `amount` (the same rule as record() and allocateCredit()). Needs
    // ViewReceivables and the customer in scope.
    Result<QList<AllocationCandidate>> allocationCandidates(qint64 customerId, qint64 contractId,
                                                            const QDate& on, qint64 amount) const;

    Result<Payment> get(qint64 paymentId) const;
    // Σ unallocated remainders of the customer's payments that are not reversed.
    Result<qint64> customerCredit(qint64 customerId) const;
    Result<QList<Allocation>> allocations(qint64 paymentId) const;                  // by id
    Result<QList<Allocation>> allocationsOfInstallment(qint64 installmentId) const; // by date, id

private:
    Context m_ctx;
};

} // namespace tl::core
