#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "letters/Letter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariant>

namespace tl::core {

// Paged letter lists for tables (keyset paging, filters in indexed SQL, separate count) and the status board.
// Needs ViewReceivables; rows are limited to the session's scope as in LetterService.
class LetterQuery
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::LetterQuery)

public:
    enum class SortKey
    {
        LetterNo, // letter_no (a serial: the order of generation within a year)
        AsOf,     // as_of, id
        ReplyBy,  // reply_by, id
        Balance,  // balance, id
        Customer  // customer code, id
    };

    struct Filter
    {
        QList<LetterStatus> statuses; // empty = any
        qint64 customerId = 0;        // 0 = any
        qint64 salespersonId = 0;     // 0 = any: letters generated for that collector or listing an
                                      // instalment that employee collects now
        QDate asOfFrom;               // as_of between (inclusive; invalid = open)
        QDate asOfTo;
        bool overdueReply = false; // only sent letters whose reply deadline has passed (reply_by < today)
        QString search;            // letter no or customer code/name contains
    };

    struct Cursor
    {
        QVariant key;
        qint64 id = 0;
        bool valid() const { return id != 0; }
    };
    struct Page
    {
        QList<Letter> rows; // without items
        Cursor next;        // invalid at the end
    };

    LetterQuery(const Context& ctx, const Filter& filter, SortKey sort = SortKey::LetterNo,
                bool ascending = false);

    Result<qint64> count() const;
    Result<Page> page(const Cursor& after, int limit) const;

    // The status board (DESIGN §2.4) over the letters of the filter (its status and overdue filters are
    // ignored): counts and balances per column. The columns partition the letters: Sent counts the letters
    // still within their reply deadline, AwaitingPastDeadline the sent ones past it.
    enum class BoardColumn
    {
        Draft,
        Sent,
        AwaitingPastDeadline,
        Confirmed,
        Difference,
        NoReply,
        Cancelled
    };
    struct BoardEntry
    {
        BoardColumn column = BoardColumn::Draft;
        QString key;  // draft, sent, overdue, confirmed, difference, no_reply, cancelled
        QString name; // translated
        qint64 count = 0;
        qint64 balance = 0; // fen, Σ letter balances
    };
    Result<QList<BoardEntry>> statusBoard() const; // every column, in the order of the enum
    static QString boardColumnKey(BoardColumn column);
    static QString boardColumnName(BoardColumn column); // translated

private:
    Context m_ctx;
    Filter m_filter;
    SortKey m_sort;
    bool m_ascending;
};

} // namespace tl::core
