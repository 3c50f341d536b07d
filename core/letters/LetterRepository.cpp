#include "letters/LetterRepository.h"

#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace tl::core {

namespace {

QDate dateOf(const SqlQuery& q, int column)
{
    return QDate::fromString(q.text(column), Qt::ISODate);
}

std::optional<qint64> optionalInteger(const SqlQuery& q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return q.integer(column);
}

} // namespace

QString LetterRepository::selectSql()
{
    return QStringLiteral(
        "SELECT l.id, l.letter_no, l.customer_id, c.code, c.name, l.salesperson_id, s.code, s.name, l.as_of, "
        "l.balance, l.pay_by, l.reply_by, l.status, l.created_at, l.sent_on, l.sent_method, l.tracking_no, "
        "l.confirmed_on, l.confirmed_balance, l.difference_amount, l.difference_note, l.scan_name, "
        "l.scan_mime, l.note "
        "FROM letters l JOIN customers c ON c.id = l.customer_id "
        "LEFT JOIN employees s ON s.id = l.salesperson_id");
}

Letter LetterRepository::fromRow(const SqlQuery& q)
{
    Letter l;
    l.id = q.integer(0);
    l.letterNo = q.text(1);
    l.customerId = q.integer(2);
    l.customerCode = q.text(3);
    l.customerName = q.text(4);
    l.salespersonId = q.isNull(5) ? 0 : q.integer(5);
    l.salespersonCode = q.text(6);
    l.salespersonName = q.text(7);
    l.asOf = dateOf(q, 8);
    l.balance = q.integer(9);
    l.payBy = dateOf(q, 10);
    l.replyBy = dateOf(q, 11);
    l.status = letterStatusFromKey(q.text(12)).value_or(LetterStatus::Draft);
    l.createdAt = QDateTime::fromString(q.text(13), Qt::ISODate);
    l.letterDate = l.createdAt.date();
    l.sentOn = dateOf(q, 14);
    l.sentMethod = q.text(15);
    l.trackingNo = q.text(16);
    l.confirmedOn = dateOf(q, 17);
    l.confirmedBalance = optionalInteger(q, 18);
    l.differenceAmount = optionalInteger(q, 19);
    l.differenceNote = q.text(20);
    l.scanName = q.text(21);
    l.scanMime = q.text(22);
    l.note = q.text(23);
    return l;
}

std::optional<Letter> LetterRepository::load(qint64 id) const
{
    SqlQuery q(m_db, selectSql() + QStringLiteral(" WHERE l.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<qint64> LetterRepository::idForNo(const QString& letterNo) const
{
    const QVariant id =
        SqlQuery::scalar(m_db, QStringLiteral("SELECT id FROM letters WHERE letter_no = ?"), {letterNo});
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

QList<LetterItem> LetterRepository::items(qint64 letterId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, installment_id, contract_no, seq, due_on, amount, paid, balance "
                              "FROM letter_items WHERE letter_id = ? ORDER BY due_on, contract_no, seq, id"));
    q.bind(letterId).exec();
    QList<LetterItem> items;
    while (q.next()) {
        LetterItem item;
        item.id = q.integer(0);
        item.installmentId = q.integer(1);
        item.contractNo = q.text(2);
        item.seq = int(q.integer(3));
        item.dueOn = dateOf(q, 4);
        item.amount = q.integer(5);
        item.paid = q.integer(6);
        item.balance = q.integer(7);
        items << item;
    }
    return items;
}

bool LetterRepository::inScope(const Session& session, const Letter& letter) const
{
    const OpportunityScope scope(session);
    if (scope.all())
        return true;
    if (letter.salespersonId > 0 && scope.includes(m_db, letter.salespersonId))
        return true;
    SqlQuery q(m_db,
               QStringLiteral("SELECT DISTINCT i.collector_id FROM letter_items li "
                              "JOIN installments i ON i.id = li.installment_id WHERE li.letter_id = ?"));
    q.bind(letter.id).exec();
    while (q.next())
        if (scope.includes(m_db, q.integer(0)))
            return true;
    return false;
}

QString LetterRepository::scopeCondition(const Session& session, const QString& letterAlias,
                                         QVariantList& args)
{
    const OpportunityScope scope(session);
    if (scope.all())
        return QStringLiteral("1");
    // The letters of the people in scope: a set read through letters_salesperson and installments_collector,
    // then letter_items_installment; the list checks its rows against it.
    QString sql = QStringLiteral("%1.id IN (SELECT l2.id FROM letters l2 JOIN employees e ON e.id = "
                                 "l2.salesperson_id WHERE ")
                      .arg(letterAlias);
    sql += scope.condition(QStringLiteral("e.id"), QStringLiteral("e.department_id"), args);
    sql +=
        QStringLiteral(" UNION SELECT li.letter_id FROM employees e JOIN installments i ON i.collector_id = "
                       "e.id JOIN letter_items li ON li.installment_id = i.id WHERE ");
    sql += scope.condition(QStringLiteral("e.id"), QStringLiteral("e.department_id"), args);
    return sql + QLatin1Char(')');
}

QString LetterRepository::salespersonCondition(qint64 employeeId, const QString& letterAlias,
                                               QVariantList& args)
{
    args << employeeId << employeeId;
    return QStringLiteral(
               "%1.id IN (SELECT l2.id FROM letters l2 WHERE l2.salesperson_id = ? UNION "
               "SELECT li.letter_id FROM installments i JOIN letter_items li ON li.installment_id = "
               "i.id WHERE i.collector_id = ?)")
        .arg(letterAlias);
}

QString LetterRepository::dateTimeText(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

} // namespace tl::core
