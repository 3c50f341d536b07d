#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// One instalment's position as of a date, from the ledger (DESIGN §2.3):
//   paid       = allocations with on_date <= asOf (reversals included as negative rows)
//   writtenOff = write-offs approved on or before asOf
//   balance    = amount - paid - writtenOff
// Only instalments of active or closed contracts signed on or before asOf count.
struct OpenItem
{
    qint64 installmentId = 0;
    qint64 contractId = 0;
    QString contractNo;
    int seq = 0;
    QDate signedOn;
    QDate dueOn;
    qint64 amount = 0;
    qint64 paid = 0;
    qint64 writtenOff = 0;
    qint64 balance = 0;
    qint64 disputed = 0; // amount of open disputes on it as of asOf (0..balance)
    qint64 customerId = 0;
    qint64 collectorId = 0;
    int daysPastDue = 0; // calendar days after dueOn; 0 when due on or after asOf
};

// Open positions as of a date, scoped by the session (OpportunityScope on the collector); the one
// implementation of the balance formula above that letters, printed lists, reminders and risk share.
class OpenItems
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::OpenItems)

public:
    explicit OpenItems(const Context& ctx) : m_ctx(ctx) {}

    // Instalments of the customer with balance > 0 as of asOf, by due date then contract and seq.
    // collectorId != 0: only those that employee collects. Needs ViewReceivables.
    Result<QList<OpenItem>> forCustomer(qint64 customerId, const QDate& asOf, qint64 collectorId = 0) const;
    // Same for every customer the collector collects from.
    Result<QList<OpenItem>> forCollector(qint64 collectorId, const QDate& asOf) const;
    // Customers with a balance > 0 as of asOf (collectorId != 0: on instalments that employee collects),
    // by customer code.
    Result<QList<qint64>> customersWithBalance(const QDate& asOf, qint64 collectorId = 0) const;

private:
    Context m_ctx;
};

} // namespace tl::core
