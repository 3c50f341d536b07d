#include "customers/PoolOwnershipWriter.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace tl::core {

namespace {

const QString kCustomers = QStringLiteral("customers");
const QString kOwnership = QStringLiteral("customer_ownership");

} // namespace

PoolOwnershipWriter::PoolOwnershipWriter(const Context& ctx)
    : m_ctx(ctx), m_audit(m_ctx),
      m_update(m_ctx.db, QStringLiteral("UPDATE customers SET owner_id = ?, owned_since = ?, pool_since = ?, "
                                        "last_owner_followup_at = NULL WHERE id = ? AND owner_id IS ?")),
      m_insert(m_ctx.db,
               QStringLiteral("INSERT INTO customer_ownership (customer_id, from_owner_id, to_owner_id, "
                              "at, reason, note, user_id) VALUES (?,?,?,?,?,?,?)"))
{}

bool PoolOwnershipWriter::apply(const Change& change)
{
    const QJsonObject before = AuditLog::snapshot(m_ctx.db, kCustomers, change.customerId);
    const QDate day = change.at.date();
    m_update.bind(SqlQuery::nullableId(change.toOwnerId))
        .bind(change.toOwnerId > 0 ? SqlQuery::nullable(day) : SqlQuery::nullable(QDate()))
        .bind(change.toOwnerId > 0 ? SqlQuery::nullable(QDate()) : SqlQuery::nullable(day))
        .bind(change.customerId)
        .bind(SqlQuery::nullableId(change.fromOwnerId))
        .exec();
    if (m_update.rowsAffected() != 1)
        return false;
    m_audit.record(kCustomers, change.customerId, change.customerCode, change.reason, before,
                   AuditLog::snapshot(m_ctx.db, kCustomers, change.customerId));

    m_insert.bind(change.customerId)
        .bind(SqlQuery::nullableId(change.fromOwnerId))
        .bind(SqlQuery::nullableId(change.toOwnerId))
        .bind(change.at.toString(Qt::ISODate))
        .bind(change.reason)
        .bind(change.note.isNull() ? QStringLiteral("") : change.note)
        .bind(SqlQuery::nullableId(m_ctx.session.userId))
        .exec();
    const qint64 rowId = m_insert.lastInsertId();
    m_audit.record(kOwnership, rowId, change.customerCode, QStringLiteral("create"), {},
                   AuditLog::snapshot(m_ctx.db, kOwnership, rowId));
    return true;
}

} // namespace tl::core
