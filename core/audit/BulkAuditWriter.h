#pragma once

#include "common/Context.h"
#include "db/NativeStatement.h"

#include <QString>

#include <map>
#include <memory>

namespace tl::core {

// Writes audit records for many rows through the native handle: the same records (snapshot JSON, hash
// chain) that AuditLog::snapshot + AuditLog::record would write, at bulk speed. All records of one
// writer carry the time it was created. Use inside the caller's transaction, and do not interleave it
// with AuditLog writes (the chain continues from the last record when the writer is created).
class BulkAuditWriter
{
public:
    explicit BulkAuditWriter(const Context& ctx);

    // Audits the creation of a row as it is now (after = its snapshot).
    void recordCreate(const QString& table, qint64 id, const QString& label);

private:
    QString snapshotText(const QString& table, qint64 id);

    const Context& m_ctx;
    QString m_at;
    QString m_lastHash;
    NativeStatement m_insert;
    std::map<QString, std::unique_ptr<NativeStatement>> m_snapshots;
};

} // namespace tl::core
