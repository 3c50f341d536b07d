#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "customers/Customer.h"

#include <QCoreApplication>
#include <QVariant>

namespace tl::core {

// One row of a customer list, with the pool countdown (DESIGN §2.2: "还剩 5 天进入公海").
struct CustomerRow
{
    Customer customer;     // contacts not filled; contact phone of the primary contact in `phone`
    QString phone;         // primary contact's phone; empty when hidden
    QDate reclaimOn;       // the date the sweep would reclaim it (owned customers; invalid in the pool)
    int daysToReclaim = 0; // from the as-of date; negative = overdue
    bool exempt = false;   // open receivables: never reclaimed automatically
};

// Paged customer lists for tables (keyset paging, filters and sort in indexed SQL, separate count).
//
// Orders (descending reverses everything; rows of one order are told apart by the last key):
//   Code; Name, id; Level, code;
//   Owner: owned customers by the owner's employee code, then code; then the pool by code;
//   ReclaimOn: owned customers by the reclaim date (ReclaimClock), then id; then the pool by id;
//   PoolSince: pool customers by the date they entered the pool, then id; pool customers without that
//     date by id; then owned customers by id.
class CustomerQuery
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CustomerQuery)

public:
    enum class Scope
    {
        Mine, // owned by the session's employee
        Pool, // in the pool
        Team, // owned by people in the session's scope (manager) or everyone (ViewAllCustomers)
        All,  // everything the session may see
    };
    enum class SortKey
    {
        Code,
        Name,
        Level,
        Owner,
        ReclaimOn,
        PoolSince
    };

    struct Filter
    {
        Scope scope = Scope::All;
        QString search;             // code, name, region or industry contains
        qint64 ownerId = 0;         // 0 = any
        QString level;              // "" = any
        QString type;               // "" = any
        int reclaimWithinDays = -1; // >= 0: only owned customers reclaimed within N days of asOf
        QDate asOf;                 // invalid = the clock's today
    };

    struct Cursor
    {
        QVariant key;
        qint64 id = 0;
        bool valid() const { return id != 0; }
    };
    struct Page
    {
        QList<CustomerRow> rows;
        Cursor next;
    };

    CustomerQuery(const Context& ctx, const Filter& filter, SortKey sort = SortKey::Code,
                  bool ascending = true);

    Result<qint64> count() const;
    Result<Page> page(const Cursor& after, int limit) const;

    // Lists whose indexable filters leave at most this many rows (default 5,000) are read filter-first
    // and sorted; bigger ones by walking the sort order's index. Tests lower it to run both ways on
    // small data.
    static int smallListRows();
    static void setSmallListRows(int rows);

private:
    Context m_ctx;
    Filter m_filter;
    SortKey m_sort;
    bool m_ascending;
};

} // namespace tl::core
