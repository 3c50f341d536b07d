#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "sales/Contract.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace tl::core {

// One row of the contract list. Amounts in fen.
struct ContractRow
{
    Contract contract;        // header only (no schedule)
    qint64 collected = 0;     // Σ paid of its instalments
    int collectedBp = 0;      // collected × 10,000 ÷ amount, rounded down (10,000 = fully collected)
    int paidInstallments = 0; // instalments paid in full (write-offs do not count as paid)
    int totalInstallments = 0;
    QDate nextDueOn; // earliest due date of an instalment with a balance; invalid = none open
};

// Paged contract lists for tables (keyset paging; filters and sort in indexed SQL; the count is a
// separate query). The aggregates are computed only for the rows of the page. Needs ViewReceivables;
// rows are limited to the session's scope (LedgerScope: credited salesperson or a collector in scope).
//
// Orders (ties broken by id; descending reverses everything): SignedOn (default, newest first),
// ContractNo, Amount.
class ContractQuery
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ContractQuery)

public:
    enum class SortKey
    {
        SignedOn,
        ContractNo,
        Amount
    };

    struct Filter
    {
        QString search;           // contract number or customer name contains
        qint64 salespersonId = 0; // credited salesperson; 0 = any
        qint64 customerId = 0;    // 0 = any
        std::optional<ContractStatus> status;
        QString kind;               // "" = any
        QDate signedFrom, signedTo; // inclusive; invalid = open
    };

    struct Cursor
    {
        QVariant key;
        qint64 id = 0;
        bool valid() const { return id != 0; }
    };
    struct Page
    {
        QList<ContractRow> rows;
        Cursor next; // invalid when this was the last page
    };

    explicit ContractQuery(const Context& ctx);
    ContractQuery(const Context& ctx, Filter filter, SortKey sort = SortKey::SignedOn,
                  bool ascending = false);

    Result<qint64> count() const;
    Result<Page> page(const Cursor& after, int limit) const;

    // One contract's schedule with, per instalment, paid, written off, disputed, pending write-offs,
    // balance and the collector (the filter does not apply).
    Result<QList<Installment>> contractInstallments(qint64 contractId) const;

    // A search over the whole list (no salesperson, customer or scope limit) first tests this many rows of
    // the sort order in place (default 25,000); when they do not fill the page, the rest comes from the set
    // of matching ids. Tests lower it to run both ways on small data.
    static int searchChunkRows();
    static void setSearchChunkRows(int rows);

private:
    // A filter that leaves few rows (salesperson, customer, scope): searched row by row.
    bool narrow() const;

    const Context m_ctx;
    Filter m_filter;
    SortKey m_sort;
    bool m_ascending;
};

} // namespace tl::core
