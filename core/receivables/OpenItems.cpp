#include "receivables/OpenItems.h"

#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "receivables/AgingBuckets.h"
#include "receivables/ReceivableSql.h"

#include <algorithm>

namespace tl::core {

namespace {

namespace R = ReceivableSql;

// The open items matching `where` (values in whereArgs), in `order`. customers: join customers c2 (for an
// order by customer code).
QList<OpenItem> readItems(const Context& ctx, const QDate& asOf, const QString& where,
                          const QVariantList& whereArgs, const QString& order, bool customers)
{
    const bool cache = R::cacheCovers(ctx.db, asOf);
    QVariantList args;
    const QString paid = R::paid(cache, asOf, args);
    const QString writtenOff = R::writtenOff(cache, asOf, args);
    const QString disputed = R::disputed(asOf, args);
    QString sql =
        QStringLiteral("SELECT * FROM (SELECT i.id, i.contract_id, c.contract_no, i.seq, c.signed_on, "
                       "i.due_on, i.amount, %1 AS paid, %2 AS written_off, %3 AS disputed, "
                       "i.customer_id, i.collector_id%4 FROM installments i "
                       "JOIN contracts c ON c.id = i.contract_id%5 WHERE ")
            .arg(paid, writtenOff, disputed,
                 customers ? QStringLiteral(", c2.code AS customer_code") : QString(),
                 customers ? QStringLiteral(" JOIN customers c2 ON c2.id = i.customer_id") : QString());
    sql += R::contractCounts(asOf, args);
    sql += QStringLiteral(" AND ") + R::collectorScope(ctx.session, QStringLiteral("i.collector_id"), args);
    if (cache)
        sql += QStringLiteral(" AND i.paid_total + i.written_off_total < i.amount");
    sql += QStringLiteral(" AND ") + where;
    args << whereArgs;
    sql += QStringLiteral(") WHERE amount - paid - written_off > 0 ORDER BY ") + order;

    QList<OpenItem> items;
    R::Reader r(ctx.db, sql, args);
    while (r.next()) {
        OpenItem item;
        item.installmentId = r.integer(0);
        item.contractId = r.integer(1);
        item.contractNo = r.text(2);
        item.seq = int(r.integer(3));
        item.signedOn = r.date(4);
        item.dueOn = r.date(5);
        item.amount = r.integer(6);
        item.paid = r.integer(7);
        item.writtenOff = r.integer(8);
        item.balance = item.amount - item.paid - item.writtenOff;
        item.disputed = std::clamp<qint64>(r.integer(9), 0, item.balance);
        item.customerId = r.integer(10);
        item.collectorId = r.integer(11);
        item.daysPastDue = AgingBuckets::daysPastDue(item.dueOn, asOf);
        items << item;
    }
    return items;
}

Status checkView(const Context& ctx, const QDate& asOf)
{
    if (!ctx.session.can(Permission::ViewReceivables))
        return Error::denied(OpenItems::tr("You may not view receivables."));
    if (!asOf.isValid())
        return Error::invalid(OpenItems::tr("The as-of date is not a valid date."));
    return {};
}

Status checkCollector(const Context& ctx, qint64 collectorId)
{
    if (collectorId > 0 && !R::seesAll(ctx.session) &&
        !OpportunityScope(ctx.session).includes(ctx.db, collectorId))
        return Error::denied(OpenItems::tr("You may not view the receivables this employee collects."));
    return {};
}

} // namespace

Result<QList<OpenItem>> OpenItems::forCustomer(qint64 customerId, const QDate& asOf, qint64 collectorId) const
{
    return guarded([&]() -> Result<QList<OpenItem>> {
        if (auto ok = checkView(m_ctx, asOf); !ok)
            return ok.error();
        if (auto ok = checkCollector(m_ctx, collectorId); !ok)
            return ok.error();
        QString where = QStringLiteral("i.customer_id = ?");
        QVariantList args{customerId};
        if (collectorId > 0) {
            where += QStringLiteral(" AND i.collector_id = ?");
            args << collectorId;
        }
        return readItems(m_ctx, asOf, where, args, QStringLiteral("due_on, contract_no, seq"), false);
    });
}

Result<QList<OpenItem>> OpenItems::forCollector(qint64 collectorId, const QDate& asOf) const
{
    return guarded([&]() -> Result<QList<OpenItem>> {
        if (auto ok = checkView(m_ctx, asOf); !ok)
            return ok.error();
        if (auto ok = checkCollector(m_ctx, collectorId); !ok)
            return ok.error();
        // By customer code, then as forCustomer.
        return readItems(m_ctx, asOf, QStringLiteral("i.collector_id = ?"), {collectorId},
                         QStringLiteral("customer_code, due_on, contract_no, seq"), true);
    });
}

Result<QList<qint64>> OpenItems::customersWithBalance(const QDate& asOf, qint64 collectorId) const
{
    return guarded([&]() -> Result<QList<qint64>> {
        if (auto ok = checkView(m_ctx, asOf); !ok)
            return ok.error();
        if (auto ok = checkCollector(m_ctx, collectorId); !ok)
            return ok.error();
        const bool cache = R::cacheCovers(m_ctx.db, asOf);
        QVariantList args;
        QString sql = QStringLiteral("SELECT i.customer_id FROM installments i JOIN contracts c ON c.id = "
                                     "i.contract_id WHERE ");
        sql += R::contractCounts(asOf, args);
        sql += QStringLiteral(" AND ") +
               R::collectorScope(m_ctx.session, QStringLiteral("i.collector_id"), args);
        if (collectorId > 0) {
            sql += QStringLiteral(" AND i.collector_id = ?");
            args << collectorId;
        }
        if (cache)
            sql += QStringLiteral(" AND i.paid_total + i.written_off_total < i.amount");
        else
            sql += QStringLiteral(" AND ") + R::balance(false, asOf, args) + QStringLiteral(" > 0");
        const QString outer =
            QStringLiteral("SELECT cu.id FROM customers cu WHERE cu.id IN (%1) ORDER BY cu.code").arg(sql);
        QList<qint64> ids;
        R::Reader r(m_ctx.db, outer, args);
        while (r.next())
            ids << r.integer(0);
        return ids;
    });
}

} // namespace tl::core
