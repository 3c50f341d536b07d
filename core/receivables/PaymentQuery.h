#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

namespace tl::core {

// One row of the payment list. Amounts in fen.
struct PaymentRow
{
    qint64 id = 0;
    QString paymentNo;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QDate receivedOn;
    qint64 amount = 0;
    QString method;
    QString reference;
    qint64 contractId = 0;
    QString contractNo;
    qint64 allocated = 0;
    qint64 unallocated = 0; // customer credit left (0 once reversed)
    QDate reversedOn;       // invalid = not reversed
};

// Paged payment lists for tables (keyset paging; filters and sort in indexed SQL; separate count). Needs
// ViewReceivables; without ViewAllReceivables only the payments of customers whose instalments someone in
// the session's scope collects.
//
// Orders (ties broken by id; descending reverses everything): ReceivedOn (default, newest first), PaymentNo.
class PaymentQuery
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PaymentQuery)

public:
    enum class SortKey
    {
        ReceivedOn,
        PaymentNo
    };

    struct Filter
    {
        qint64 customerId = 0;          // 0 = any
        QDate receivedFrom, receivedTo; // inclusive; invalid = open
        QString method;                 // "" = any
        bool onlyWithCredit = false;    // only payments with an unallocated remainder (not reversed)
        bool includeReversed = false;
    };

    struct Cursor
    {
        QVariant key;
        qint64 id = 0;
        bool valid() const { return id != 0; }
    };
    struct Page
    {
        QList<PaymentRow> rows;
        Cursor next; // invalid when this was the last page
    };

    explicit PaymentQuery(const Context& ctx);
    PaymentQuery(const Context& ctx, Filter filter, SortKey sort = SortKey::ReceivedOn,
                 bool ascending = false);

    Result<qint64> count() const;
    Result<Page> page(const Cursor& after, int limit) const;

private:
    const Context m_ctx;
    Filter m_filter;
    SortKey m_sort;
    bool m_ascending;
};

} // namespace tl::core
