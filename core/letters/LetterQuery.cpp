#include "letters/LetterQuery.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "letters/LetterRepository.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace tl::core {

namespace {

struct Where
{
    QStringList parts;
    QVariantList args;

    void add(const QString& sql, const QVariantList& values = {})
    {
        parts << sql;
        args << values;
    }
    QString sql() const
    {
        return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
};

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The filter as SQL on letters l joined with customers c; withStatus = false for the status board.
Where filterWhere(const Context& ctx, const LetterQuery::Filter& f, bool withStatus)
{
    Where where;
    QVariantList scopeArgs;
    const QString scope = LetterRepository::scopeCondition(ctx.session, QStringLiteral("l"), scopeArgs);
    if (scope != QLatin1String("1"))
        where.add(scope, scopeArgs);
    if (withStatus && !f.statuses.isEmpty()) {
        QStringList marks;
        QVariantList keys;
        for (LetterStatus s : f.statuses) {
            marks << QStringLiteral("?");
            keys << letterStatusKey(s);
        }
        where.add(QStringLiteral("l.status IN (%1)").arg(marks.join(QLatin1Char(','))), keys);
    }
    if (withStatus && f.overdueReply)
        where.add(QStringLiteral("l.status = 'sent' AND l.reply_by < ?"),
                  {ctx.clock.today().toString(Qt::ISODate)});
    if (f.customerId != 0)
        where.add(QStringLiteral("l.customer_id = ?"), {f.customerId});
    if (f.salespersonId != 0) {
        QVariantList args;
        const QString sql =
            LetterRepository::salespersonCondition(f.salespersonId, QStringLiteral("l"), args);
        where.add(sql, args);
    }
    if (f.asOfFrom.isValid())
        where.add(QStringLiteral("l.as_of >= ?"), {f.asOfFrom.toString(Qt::ISODate)});
    if (f.asOfTo.isValid())
        where.add(QStringLiteral("l.as_of <= ?"), {f.asOfTo.toString(Qt::ISODate)});
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        const QString p = likePattern(search);
        where.add(QStringLiteral("(l.letter_no LIKE ? ESCAPE '\\' OR c.code LIKE ? ESCAPE '\\' "
                                 "OR c.name LIKE ? ESCAPE '\\')"),
                  {p, p, p});
    }
    return where;
}

// The sort expression of a key (the id breaks ties, except for the unique letter number).
QString sortExpression(LetterQuery::SortKey sort)
{
    switch (sort) {
    case LetterQuery::SortKey::LetterNo:
        return QStringLiteral("l.letter_no");
    case LetterQuery::SortKey::AsOf:
        return QStringLiteral("l.as_of");
    case LetterQuery::SortKey::ReplyBy:
        return QStringLiteral("l.reply_by");
    case LetterQuery::SortKey::Balance:
        return QStringLiteral("l.balance");
    case LetterQuery::SortKey::Customer:
        return QStringLiteral("c.code");
    }
    return QStringLiteral("l.letter_no");
}

QVariant sortValue(LetterQuery::SortKey sort, const Letter& l)
{
    switch (sort) {
    case LetterQuery::SortKey::LetterNo:
        return l.letterNo;
    case LetterQuery::SortKey::AsOf:
        return l.asOf.toString(Qt::ISODate);
    case LetterQuery::SortKey::ReplyBy:
        return l.replyBy.toString(Qt::ISODate);
    case LetterQuery::SortKey::Balance:
        return l.balance;
    case LetterQuery::SortKey::Customer:
        return l.customerCode;
    }
    return {};
}

} // namespace

LetterQuery::LetterQuery(const Context& ctx, const Filter& filter, SortKey sort, bool ascending)
    : m_ctx(ctx), m_filter(filter), m_sort(sort), m_ascending(ascending)
{}

Result<qint64> LetterQuery::count() const
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view reconciliation letters."));
        const Where where = filterWhere(m_ctx, m_filter, true);
        return SqlQuery::scalar(m_ctx.db,
                                QStringLiteral("SELECT count(*) FROM letters l JOIN customers c ON c.id = "
                                               "l.customer_id") +
                                    where.sql(),
                                where.args)
            .toLongLong();
    });
}

Result<LetterQuery::Page> LetterQuery::page(const Cursor& after, int limit) const
{
    return guarded([&]() -> Result<Page> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view reconciliation letters."));
        limit = std::max(limit, 1);
        Where where = filterWhere(m_ctx, m_filter, true);
        const QString key = sortExpression(m_sort);
        const QString cmp = m_ascending ? QStringLiteral(">") : QStringLiteral("<");
        const QString dir = m_ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        const bool unique = m_sort == SortKey::LetterNo;
        if (after.valid()) {
            if (unique)
                where.add(QStringLiteral("%1 %2 ?").arg(key, cmp), {after.key});
            else
                where.add(QStringLiteral("(%1, l.id) %2 (?, ?)").arg(key, cmp), {after.key, after.id});
        }
        QString sql = LetterRepository::selectSql() + where.sql() + QStringLiteral(" ORDER BY ") + key + dir;
        if (!unique)
            sql += QStringLiteral(", l.id") + dir;
        sql += QStringLiteral(" LIMIT ?");
        SqlQuery q(m_ctx.db, sql);
        for (const QVariant& arg : where.args)
            q.bind(arg);
        q.bind(limit + 1).exec();
        Page page;
        while (q.next())
            page.rows << LetterRepository::fromRow(q);
        if (page.rows.size() > limit) {
            page.rows.resize(limit);
            const Letter& last = page.rows.last();
            page.next = Cursor{sortValue(m_sort, last), last.id};
        }
        return page;
    });
}

Result<QList<LetterQuery::BoardEntry>> LetterQuery::statusBoard() const
{
    return guarded([&]() -> Result<QList<BoardEntry>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view reconciliation letters."));
        const Where where = filterWhere(m_ctx, m_filter, false);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT CASE WHEN l.status = 'sent' AND l.reply_by < ? THEN 'overdue' "
                                  "ELSE l.status END AS col, count(*), coalesce(sum(l.balance), 0) "
                                  "FROM letters l JOIN customers c ON c.id = l.customer_id") +
                       where.sql() + QStringLiteral(" GROUP BY col"));
        q.bind(m_ctx.clock.today().toString(Qt::ISODate));
        for (const QVariant& arg : where.args)
            q.bind(arg);
        q.exec();
        QHash<QString, std::pair<qint64, qint64>> sums;
        while (q.next())
            sums.insert(q.text(0), {q.integer(1), q.value(2).toLongLong()});
        QList<BoardEntry> board;
        for (BoardColumn column : {BoardColumn::Draft, BoardColumn::Sent, BoardColumn::AwaitingPastDeadline,
                                   BoardColumn::Confirmed, BoardColumn::Difference, BoardColumn::NoReply,
                                   BoardColumn::Cancelled}) {
            BoardEntry e;
            e.column = column;
            e.key = boardColumnKey(column);
            e.name = boardColumnName(column);
            const auto found = sums.value(e.key);
            e.count = found.first;
            e.balance = found.second;
            board << e;
        }
        return board;
    });
}

QString LetterQuery::boardColumnKey(BoardColumn column)
{
    switch (column) {
    case BoardColumn::Draft:
        return QStringLiteral("draft");
    case BoardColumn::Sent:
        return QStringLiteral("sent");
    case BoardColumn::AwaitingPastDeadline:
        return QStringLiteral("overdue");
    case BoardColumn::Confirmed:
        return QStringLiteral("confirmed");
    case BoardColumn::Difference:
        return QStringLiteral("difference");
    case BoardColumn::NoReply:
        return QStringLiteral("no_reply");
    case BoardColumn::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString LetterQuery::boardColumnName(BoardColumn column)
{
    switch (column) {
    case BoardColumn::Draft:
        return tr("Drafts");
    case BoardColumn::Sent:
        return tr("Sent, awaiting reply");
    case BoardColumn::AwaitingPastDeadline:
        return tr("Reply overdue");
    case BoardColumn::Confirmed:
        return tr("Confirmed");
    case BoardColumn::Difference:
        return tr("Confirmed with difference");
    case BoardColumn::NoReply:
        return tr("No reply");
    case BoardColumn::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace tl::core
