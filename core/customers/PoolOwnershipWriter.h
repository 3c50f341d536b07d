#pragma once

#include "audit/AuditLog.h"
#include "common/Context.h"
#include "db/SqlQuery.h"

#include <QDateTime>
#include <QString>

namespace tl::core {

// Writes one change of owner inside the caller's transaction: the conditional UPDATE of the customer
// (only while its owner is still the expected one, so that the first of two concurrent claimers wins),
// the customer_ownership row, and the audit of both. On a change of owner the ownership start is the
// change's date, the derived last_owner_followup_at is cleared, and pool_since is set when the customer
// enters the pool (NULL while owned). Throws DbException.
class PoolOwnershipWriter
{
public:
    explicit PoolOwnershipWriter(const Context& ctx);

    struct Change
    {
        qint64 customerId = 0;
        QString customerCode;   // audit label
        qint64 fromOwnerId = 0; // the owner expected now (0 = the pool)
        qint64 toOwnerId = 0;   // 0 = back to the pool
        QString reason;         // customer_ownership.reason key: claimed, assigned, released, reclaimed_...
        QDateTime at;
        QString note;
    };
    // False (and nothing written) when the customer's owner is no longer fromOwnerId.
    bool apply(const Change& change);

private:
    Context m_ctx;
    AuditLog m_audit;
    SqlQuery m_update; // prepared once: a sweep moves many customers
    SqlQuery m_insert;
};

} // namespace tl::core
