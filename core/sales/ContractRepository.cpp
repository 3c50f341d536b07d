#include "sales/ContractRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace tl::core {

QString ContractRepository::selectSql()
{
    return QStringLiteral(
        "SELECT c.id, c.contract_no, c.customer_id, cu.code, cu.name, c.salesperson_id, s.code, "
        "s.name, c.signed_on, c.amount, c.kind, c.status, c.interest_rate_ppm, c.title, c.note, "
        "c.created_at FROM contracts c JOIN customers cu ON cu.id = c.customer_id "
        "JOIN employees s ON s.id = c.salesperson_id");
}

Contract ContractRepository::fromRow(const SqlQuery& q)
{
    Contract c;
    c.id = q.integer(0);
    c.contractNo = q.text(1);
    c.customerId = q.integer(2);
    c.customerCode = q.text(3);
    c.customerName = q.text(4);
    c.salespersonId = q.integer(5);
    c.salespersonCode = q.text(6);
    c.salespersonName = q.text(7);
    c.signedOn = QDate::fromString(q.text(8), Qt::ISODate);
    c.amount = q.integer(9);
    c.kind = q.text(10);
    c.status = contractStatusFromKey(q.text(11)).value_or(ContractStatus::Active);
    if (!q.isNull(12))
        c.interestRatePpm = int(q.integer(12));
    c.title = q.text(13);
    c.note = q.text(14);
    c.createdAt = QDateTime::fromString(q.text(15), Qt::ISODate);
    return c;
}

QString ContractRepository::nowText(const QDateTime& now)
{
    return now.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

std::optional<Contract> ContractRepository::load(qint64 id) const
{
    SqlQuery q(m_db, selectSql() + QStringLiteral(" WHERE c.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<qint64> ContractRepository::idForNo(const QString& contractNo) const
{
    const QVariant id = SqlQuery::scalar(
        m_db, QStringLiteral("SELECT id FROM contracts WHERE contract_no = ?"), {contractNo});
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

QList<Installment> ContractRepository::installments(qint64 contractId) const
{
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT i.id, i.contract_id, i.seq, i.due_on, i.amount, i.collector_id, e.code, e.name, "
                   "i.paid_total, i.written_off_total, "
                   "(SELECT coalesce(sum(d.amount), 0) FROM disputes d "
                   " WHERE d.installment_id = i.id AND d.status = 'open'), "
                   "(SELECT coalesce(sum(w.amount), 0) FROM write_offs w "
                   " WHERE w.installment_id = i.id AND w.status = 'pending'), "
                   "i.last_paid_on "
                   "FROM installments i JOIN employees e ON e.id = i.collector_id "
                   "WHERE i.contract_id = ? ORDER BY i.seq"));
    q.bind(contractId).exec();
    QList<Installment> list;
    while (q.next()) {
        Installment i;
        i.id = q.integer(0);
        i.contractId = q.integer(1);
        i.seq = int(q.integer(2));
        i.dueOn = QDate::fromString(q.text(3), Qt::ISODate);
        i.amount = q.integer(4);
        i.collectorId = q.integer(5);
        i.collectorCode = q.text(6);
        i.collectorName = q.text(7);
        i.paid = q.integer(8);
        i.writtenOff = q.integer(9);
        i.disputed = q.integer(10);
        i.pendingWriteOff = q.integer(11);
        i.lastPaidOn = QDate::fromString(q.text(12), Qt::ISODate);
        list << i;
    }
    return list;
}

} // namespace tl::core
