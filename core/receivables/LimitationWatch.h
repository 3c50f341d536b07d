#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// Limitation watch (诉讼时效, DESIGN §2.3, domain-facts §5.2), per contract with an open balance as of a
// date:
//   start         = the due date of the contract's LAST instalment (民法典 Art. 189, instalment debts);
//   interruptions = (Art. 195) on or before asOf:
//                   - payments allocated to the contract's instalments: received_on of each payment that
//                     is not reversed (as of asOf) and has an allocation to the contract dated on or
//                     before asOf (partial payment = 同意履行义务);
//                   - letters confirmed (status confirmed or difference) on confirmed_on, listing any of
//                     the contract's instalments (letter_items);
//                   - payment_demands of the customer with contract_id NULL or this contract, on on_date;
//   deadline      = max(start, latest interruption) + 3 years (QDate::addYears: 29 Feb → 28 Feb), the
//                   last day the claim can be brought;
//   warnFrom      = deadline − LimitationWarnDays (setting, default 180) days;
//   state         = Expired when asOf > deadline; Warning when warnFrom <= asOf <= deadline; else Running.
// Needs ViewReceivables; without ViewAllReceivables only contracts with an instalment collected by someone
// in the session's scope.
class LimitationWatch
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::LimitationWatch)

public:
    enum class State
    {
        Running,
        Warning,
        Expired
    };
    static QString stateKey(State state);  // running, warning, expired
    static QString stateName(State state); // translated

    // What set the deadline.
    enum class Basis
    {
        LastDue, // no interruption after the last due date
        Payment, // a payment received
        Letter,  // a confirmed reconciliation letter
        Demand   // a documented demand (payment_demands: demand, dunning letter, repayment plan, lawsuit)
    };
    static QString basisKey(Basis basis); // last_due, payment, letter, demand

    struct Item
    {
        qint64 contractId = 0;
        QString contractNo;
        qint64 customerId = 0;
        QString customerCode;
        QString customerName;
        qint64 salespersonId = 0; // the contract's credited salesperson
        qint64 balance = 0;       // open balance of the contract as of asOf (fen)
        QDate lastDueOn;          // start
        QDate lastInterruption;   // latest interruption on or before asOf (invalid: none)
        Basis basis = Basis::LastDue;
        QString reference; // payment no, letter no or demand kind of the basis; empty for LastDue
        QDate deadline;
        QDate warnFrom;
        int daysLeft = 0; // deadline − asOf (negative once expired)
        State state = State::Running;
        // "Payment P-001 received on 2026-01-05", "Letter DZ-2026-000001 confirmed on …", "Payment demand
        // (EMS) on …", "Last instalment due on …" (translated).
        QString reason;
    };

    explicit LimitationWatch(const Context& ctx) : m_ctx(ctx) {}

    static QDate deadlineFor(const QDate& lastDueOn, const QDate& lastInterruption);

    // The contract's item as of asOf (also when its balance is 0: balance then says so).
    Result<Item> forContract(qint64 contractId, const QDate& asOf) const;
    // Contracts with an open balance whose deadline is on or before asOf + withinDays (withinDays < 0: the
    // LimitationWarnDays setting), expired ones included unless includeExpired is false; by deadline, then
    // contract no. collectorId / customerId != 0 narrow to contracts with an instalment that employee
    // collects / of that customer.
    Result<QList<Item>> expiring(const QDate& asOf, int withinDays = -1, bool includeExpired = true,
                                 qint64 collectorId = 0, qint64 customerId = 0) const;

private:
    Context m_ctx;
};

} // namespace tl::core
