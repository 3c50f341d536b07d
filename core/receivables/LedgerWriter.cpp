#include "receivables/LedgerWriter.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <algorithm>

namespace tl::core {

namespace {

const QString kTargetSql = QStringLiteral(
    "SELECT i.id, i.contract_id, i.customer_id, i.collector_id, c.contract_no, c.status, i.seq, i.due_on, "
    "c.signed_on, i.amount, i.paid_total, i.written_off_total, "
    "(SELECT coalesce(sum(d.amount), 0) FROM disputes d WHERE d.installment_id = i.id AND d.status = 'open') "
    "FROM installments i JOIN contracts c ON c.id = i.contract_id ");

LedgerWriter::Target readTarget(const SqlQuery& q)
{
    LedgerWriter::Target t;
    t.installmentId = q.integer(0);
    t.contractId = q.integer(1);
    t.customerId = q.integer(2);
    t.collectorId = q.integer(3);
    t.contractNo = q.text(4);
    t.contractStatus = q.text(5);
    t.seq = int(q.integer(6));
    t.dueOn = QDate::fromString(q.text(7), Qt::ISODate);
    t.signedOn = QDate::fromString(q.text(8), Qt::ISODate);
    t.amount = q.integer(9);
    t.paid = q.integer(10);
    t.writtenOff = q.integer(11);
    t.disputed = q.integer(12);
    return t;
}

} // namespace

std::optional<LedgerWriter::Target> LedgerWriter::target(qint64 installmentId) const
{
    SqlQuery q(m_ctx.db, kTargetSql + QStringLiteral("WHERE i.id = ?"));
    q.bind(installmentId).exec();
    if (!q.next())
        return std::nullopt;
    return readTarget(q);
}

QList<LedgerWriter::Target> LedgerWriter::autoTargets(qint64 customerId, qint64 contractId,
                                                      const QDate& on) const
{
    QString sql =
        kTargetSql + QStringLiteral("WHERE i.customer_id = ? AND c.status = 'active' AND c.signed_on <= ? "
                                    "AND i.paid_total + i.written_off_total < i.amount");
    QVariantList args{customerId, on.toString(Qt::ISODate)};
    if (contractId > 0) {
        sql += QStringLiteral(" AND i.contract_id = ?");
        args << contractId;
    }
    sql += QStringLiteral(" ORDER BY i.due_on, c.signed_on, c.contract_no, i.seq");
    SqlQuery q(m_ctx.db, sql);
    for (const QVariant& arg : args)
        q.bind(arg);
    q.exec();
    QList<Target> list;
    while (q.next()) {
        Target t = readTarget(q);
        if (t.collectable() > 0)
            list << t;
    }
    return list;
}

qint64 LedgerWriter::append(qint64 paymentId, const QString& paymentNo, const Target& target, qint64 amount,
                            const QDate& on, const QString& kind)
{
    SqlQuery q(
        m_ctx.db,
        QStringLiteral("INSERT INTO allocations (payment_id, installment_id, amount, on_date, kind, at, "
                       "user_id) VALUES (?,?,?,?,?,?,?)"));
    q.bind(paymentId)
        .bind(target.installmentId)
        .bind(amount)
        .bind(on.toString(Qt::ISODate))
        .bind(kind)
        .bind(m_ctx.clock.now().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")))
        .bind(SqlQuery::nullableId(m_ctx.session.userId))
        .exec();
    const qint64 id = q.lastInsertId();
    m_audit.record(QStringLiteral("allocations"), id, paymentNo + QStringLiteral(" > ") + target.label(),
                   QStringLiteral("create"), {},
                   AuditLog::snapshot(m_ctx.db, QStringLiteral("allocations"), id));
    m_installments.insert(target.installmentId);
    m_payments.insert(paymentId);
    return id;
}

void LedgerWriter::refresh()
{
    for (qint64 id : std::as_const(m_installments)) {
        SqlQuery(
            m_ctx.db,
            QStringLiteral("UPDATE installments SET "
                           "paid_total = (SELECT coalesce(sum(a.amount), 0) FROM allocations a WHERE "
                           "a.installment_id = ?), "
                           "written_off_total = (SELECT coalesce(sum(w.amount), 0) FROM write_offs w "
                           "  WHERE w.installment_id = ? AND w.status = 'approved'), "
                           "last_paid_on = (SELECT max(p.last_on) FROM (SELECT max(CASE WHEN a.amount > 0 "
                           "THEN a.on_date END) "
                           "  AS last_on, sum(a.amount) AS net FROM allocations a WHERE a.installment_id = ? "
                           "  GROUP BY a.payment_id) p WHERE p.net > 0) "
                           "WHERE id = ?"))
            .bind(id)
            .bind(id)
            .bind(id)
            .bind(id)
            .exec();
    }
    for (qint64 id : std::as_const(m_payments)) {
        SqlQuery(m_ctx.db,
                 QStringLiteral("UPDATE payments SET allocated_total = (SELECT coalesce(sum(a.amount), 0) "
                                "FROM allocations a WHERE a.payment_id = ?) WHERE id = ?"))
            .bind(id)
            .bind(id)
            .exec();
    }
}

QList<qint64> LedgerWriter::touchedInstallments() const
{
    QList<qint64> ids(m_installments.begin(), m_installments.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 LedgerWriter::openDisputes(const Database& db, qint64 installmentId)
{
    return SqlQuery::scalar(
               db,
               QStringLiteral("SELECT coalesce(sum(amount), 0) FROM disputes WHERE installment_id = ? "
                              "AND status = 'open'"),
               {installmentId})
        .toLongLong();
}

} // namespace tl::core
