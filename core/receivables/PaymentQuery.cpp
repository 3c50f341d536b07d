#include "receivables/PaymentQuery.h"

#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "org/EmployeeRepository.h"
#include "receivables/LedgerScope.h"

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

const QString kNotReversed =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id)");

// "FROM payments p [INDEXED BY ...]": payments with credit are read from a partial index (one customer's
// from payments_unallocated, everyone's by date from payments_credit).
QString fromClause(const PaymentQuery::Filter& filter)
{
    if (!filter.onlyWithCredit)
        return QStringLiteral(" FROM payments p");
    return filter.customerId != 0 ? QStringLiteral(" FROM payments p INDEXED BY payments_unallocated")
                                  : QStringLiteral(" FROM payments p INDEXED BY payments_credit");
}

// withoutReversed: leave out the "not reversed" term (count() subtracts the reversed ones instead).
Where filterWhere(const Context& ctx, const PaymentQuery::Filter& filter, bool withoutReversed = false)
{
    Where where;
    QVariantList scopeArgs;
    const QString scope = LedgerScope(ctx).customerCondition(QStringLiteral("p.customer_id"), scopeArgs);
    if (scope != QLatin1String("1"))
        where.add(scope, scopeArgs);
    if (filter.customerId != 0)
        where.add(QStringLiteral("p.customer_id = ?"), {filter.customerId});
    if (filter.receivedFrom.isValid())
        where.add(QStringLiteral("p.received_on >= ?"), {filter.receivedFrom.toString(Qt::ISODate)});
    if (filter.receivedTo.isValid())
        where.add(QStringLiteral("p.received_on <= ?"), {filter.receivedTo.toString(Qt::ISODate)});
    if (!filter.method.isEmpty())
        where.add(QStringLiteral("p.method = ?"), {filter.method});
    if (filter.onlyWithCredit)
        where.add(QStringLiteral("p.allocated_total < p.amount"));
    if ((filter.onlyWithCredit || !filter.includeReversed) && !withoutReversed)
        where.add(kNotReversed);
    return where;
}

QString sortColumn(PaymentQuery::SortKey sort)
{
    return sort == PaymentQuery::SortKey::PaymentNo ? QStringLiteral("p.payment_no")
                                                    : QStringLiteral("p.received_on");
}

} // namespace

PaymentQuery::PaymentQuery(const Context& ctx) : PaymentQuery(ctx, Filter{}) {}

PaymentQuery::PaymentQuery(const Context& ctx, Filter filter, SortKey sort, bool ascending)
    : m_ctx(ctx), m_filter(std::move(filter)), m_sort(sort), m_ascending(ascending)
{}

Result<qint64> PaymentQuery::count() const
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view payments."));
        if (m_filter.onlyWithCredit || m_filter.includeReversed) {
            const Where where = filterWhere(m_ctx, m_filter);
            return SqlQuery::scalar(m_ctx.db,
                                    QStringLiteral("SELECT count(*)") + fromClause(m_filter) + where.sql(),
                                    where.args)
                .toLongLong();
        }
        // All matching payments less the few reversed ones: cheaper than a NOT EXISTS per payment.
        const Where where = filterWhere(m_ctx, m_filter, true);
        const qint64 all =
            SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT count(*) FROM payments p") + where.sql(),
                             where.args)
                .toLongLong();
        const qint64 reversed =
            SqlQuery::scalar(
                m_ctx.db,
                QStringLiteral("SELECT count(*) FROM payment_reversals r CROSS JOIN payments p ON "
                               "p.id = r.payment_id") +
                    where.sql(),
                where.args)
                .toLongLong();
        return all - reversed;
    });
}

Result<PaymentQuery::Page> PaymentQuery::page(const Cursor& after, int limit) const
{
    return guarded([&]() -> Result<Page> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view payments."));
        limit = std::max(limit, 1);
        Where where = filterWhere(m_ctx, m_filter);
        const QString column = sortColumn(m_sort);
        const QString direction = m_ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
        if (after.valid())
            where.add(QStringLiteral("(%1, p.id) %2 (?, ?)")
                          .arg(column, m_ascending ? QStringLiteral(">") : QStringLiteral("<")),
                      {after.key, after.id});
        SqlQuery keys(m_ctx.db,
                      QStringLiteral("SELECT p.id, %1").arg(column) + fromClause(m_filter) + where.sql() +
                          QStringLiteral(" ORDER BY %1 %2, p.id %2 LIMIT ?").arg(column, direction));
        for (const QVariant& arg : where.args)
            keys.bind(arg);
        keys.bind(limit + 1).exec();
        QList<qint64> ids;
        QVariantList keyValues;
        while (keys.next()) {
            ids << keys.integer(0);
            keyValues << keys.value(1);
        }
        Page page;
        if (ids.size() > limit) {
            ids.resize(limit);
            page.next = Cursor{keyValues.at(limit - 1), ids.last()};
        }
        if (ids.isEmpty())
            return page;

        SqlQuery q(
            m_ctx.db,
            QStringLiteral(
                "SELECT p.id, p.payment_no, p.customer_id, cu.code, cu.name, p.received_on, p.amount, "
                "p.method, p.reference, p.contract_id, c.contract_no, p.allocated_total, r.reversed_on "
                "FROM payments p JOIN customers cu ON cu.id = p.customer_id "
                "LEFT JOIN contracts c ON c.id = p.contract_id "
                "LEFT JOIN payment_reversals r ON r.payment_id = p.id "
                "WHERE p.id IN (SELECT value FROM json_each(?))"));
        q.bind(EmployeeRepository::idArray(ids)).exec();
        QHash<qint64, PaymentRow> rows;
        while (q.next()) {
            PaymentRow r;
            r.id = q.integer(0);
            r.paymentNo = q.text(1);
            r.customerId = q.integer(2);
            r.customerCode = q.text(3);
            r.customerName = q.text(4);
            r.receivedOn = QDate::fromString(q.text(5), Qt::ISODate);
            r.amount = q.integer(6);
            r.method = q.text(7);
            r.reference = q.text(8);
            r.contractId = q.isNull(9) ? 0 : q.integer(9);
            r.contractNo = q.text(10);
            r.allocated = q.integer(11);
            r.reversedOn = QDate::fromString(q.text(12), Qt::ISODate);
            r.unallocated = r.reversedOn.isValid() ? 0 : r.amount - r.allocated;
            rows.insert(r.id, r);
        }
        for (qint64 id : ids)
            if (rows.contains(id))
                page.rows << rows.value(id);
        return page;
    });
}

} // namespace tl::core
