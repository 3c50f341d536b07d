#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace tl::core {

// One instalment (receivable) of the Receivables list, current state (the cached ledger columns), as of
// the clock's today for days past due, bucket and probability.
struct ReceivableRow
{
    qint64 installmentId = 0;
    qint64 contractId = 0;
    QString contractNo;
    int seq = 0;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    qint64 collectorId = 0;
    QString collectorCode;
    QString collectorName;
    QDate dueOn;
    qint64 amount = 0;     // fen
    qint64 paid = 0;       // allocations (net of reversals)
    qint64 writtenOff = 0; // approved write-offs
    qint64 balance = 0;    // amount − paid − writtenOff
    qint64 disputed = 0;   // open disputes (0..balance)
    int daysPastDue = 0;   // 0 when not overdue or nothing is open
    QString bucketKey;     // AgingBuckets key by days past due ("not_due" … "365+"); empty when balance = 0
    QDate lastPaidOn;      // invalid when nothing was paid
    QString letterStatus;  // letters.status of the customer's latest letter (not cancelled); empty = none
    int collectionBp = 0;  // estimated probability of collecting the balance (RiskScore), basis points;
                           // 0 when the balance is 0
};

// The paged list of all instalments for the Receivables page (DESIGN §2.3, §6: 2,000,000 rows, first page
// ≤ 100 ms, later pages ≤ 50 ms at any depth). Keyset paging; filters and sorts in indexed SQL; count() and
// totals() over every matching row. Needs ViewReceivables; without ViewAllReceivables only instalments whose
// collector is in the session's scope (OpportunityScope).
//
// Orders (descending reverses everything; ties broken by the instalment id):
//   DueOn (default): due_on, id;  Balance: amount − paid − written off, id;  Customer: customer code, due_on,
//   id;  ContractNo: contract no, seq.
class ReceivableQuery
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ReceivableQuery)

public:
    enum class Status
    {
        All,
        Open,       // balance > 0
        Overdue,    // balance > 0 and due before today
        Paid,       // fully paid: balance 0, nothing written off
        Disputed,   // with an open dispute
        WrittenOff, // with an approved write-off
    };
    static QString statusKey(Status status); // all, open, overdue, paid, disputed, written_off
    static std::optional<Status> statusFromKey(const QString& key);
    static QString statusName(Status status); // translated

    enum class SortKey
    {
        DueOn,
        Balance,
        Customer,
        ContractNo
    };

    struct Filter
    {
        qint64 collectorId = 0;  // salesperson; 0 = any
        qint64 departmentId = 0; // team: collectors in the department or below it; 0 = any
        qint64 customerId = 0;   // 0 = any
        QString bucket;          // AgingBuckets key as of today (implies balance > 0); "" = any
        Status status = Status::All;
        QDate dueFrom;  // invalid = open
        QDate dueTo;    // invalid = open
        QString search; // contract no or customer name contains
    };

    struct Cursor
    {
        QVariantList key; // the sort values of the last row
        qint64 id = 0;    // its instalment id
        bool valid() const { return id != 0; }
    };
    struct Page
    {
        QList<ReceivableRow> rows;
        Cursor next; // invalid at the end
    };
    struct Totals
    {
        qint64 count = 0;
        qint64 amount = 0;
        qint64 paid = 0;
        qint64 writtenOff = 0;
        qint64 balance = 0;
        qint64 disputed = 0; // open disputes
        qint64 overdue = 0;  // balance of instalments due before today
    };

    ReceivableQuery(const Context& ctx, const Filter& filter, SortKey sort = SortKey::DueOn,
                    bool ascending = true);

    Result<qint64> count() const;
    Result<Totals> totals() const; // count included
    Result<Page> page(const Cursor& after, int limit) const;

    // Lists whose indexable filters leave at most this many rows (default 5,000) are read filter-first and
    // sorted; bigger ones by walking the sort order's index. Tests lower it to run both ways on small data.
    static int smallListRows();
    static void setSmallListRows(int rows);

private:
    Context m_ctx;
    Filter m_filter;
    SortKey m_sort;
    bool m_ascending;
};

} // namespace tl::core
