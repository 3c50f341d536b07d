#include "audit/BulkAuditWriter.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>

#include <sqlite3.h>

namespace tl::core {

BulkAuditWriter::BulkAuditWriter(const Context& ctx)
    : m_ctx(ctx),
      m_at(ctx.clock.now().toString(Qt::ISODateWithMs)),
      m_insert(ctx.db.nativeHandle(),
               "INSERT INTO audit_log (at, user_id, username, entity, entity_id, label, action, before_json, "
               "after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,NULL,?,?,?)")
{
    const QVariant last = SqlQuery::scalar(ctx.db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    m_lastHash = last.isValid() ? last.toString() : QStringLiteral(""); // not NULL: prev_hash is NOT NULL
}

QString BulkAuditWriter::snapshotText(const QString& table, qint64 id)
{
    auto it = m_snapshots.find(table);
    if (it == m_snapshots.end()) {
        const QByteArray sql = QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table).toUtf8();
        it = m_snapshots.emplace(table, std::make_unique<NativeStatement>(m_ctx.db.nativeHandle(), sql.constData()))
                 .first;
    }
    NativeStatement& q = *it->second;
    q.bind(1, id);
    QJsonObject row;
    if (q.step()) {
        sqlite3_stmt* s = q.raw();
        // Values typed as Qt's SQLite driver types them, stored as AuditLog::snapshot stores them.
        for (int i = 0, n = sqlite3_column_count(s); i < n; ++i) {
            QVariant value;
            switch (sqlite3_column_type(s, i)) {
            case SQLITE_INTEGER: value = qint64(sqlite3_column_int64(s, i)); break;
            case SQLITE_FLOAT: value = sqlite3_column_double(s, i); break;
            case SQLITE_NULL: break;
            case SQLITE_BLOB:
                value = QByteArray(static_cast<const char*>(sqlite3_column_blob(s, i)), sqlite3_column_bytes(s, i));
                break;
            default:
                value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                                          sqlite3_column_bytes(s, i));
            }
            const QString name = QString::fromUtf8(sqlite3_column_name(s, i));
            if (!AuditLog::isDerivedColumn(name))
                row.insert(name, AuditLog::columnJson(name, value));
        }
        q.reset();
    }
    return canonicalJson(row);
}

void BulkAuditWriter::recordCreate(const QString& table, qint64 id, const QString& label)
{
    append(table, id, label, QStringLiteral("create"), snapshotText(table, id));
}

void BulkAuditWriter::addCreated(const QString& table, qint64 id)
{
    Run& run = m_runs[table];
    if (!run.fingerprints.isEmpty() &&
        (run.firstId + run.fingerprints.size() != id || run.fingerprints.size() >= kBulkChunk))
        flushRun(table, run);
    if (run.fingerprints.isEmpty())
        run.firstId = id;
    run.fingerprints.append(AuditLog::rowFingerprint(snapshotText(table, id)));
}

void BulkAuditWriter::flush()
{
    for (auto& [table, run] : m_runs)
        flushRun(table, run);
}

void BulkAuditWriter::flushRun(const QString& table, Run& run)
{
    if (run.fingerprints.isEmpty())
        return;
    append(table, 0, AuditLog::bulkLabel(run.firstId, run.fingerprints.size()), QStringLiteral("bulk_create"),
           canonicalJson(AuditLog::bulkAfter(run.firstId, run.fingerprints)));
    run.fingerprints.clear();
}

void BulkAuditWriter::append(const QString& table, qint64 entityId, const QString& label, const QString& action,
                             const QString& after)
{
    const QString hash = AuditLog::computeHash(m_lastHash, m_at, m_ctx.session.userId, m_ctx.session.username, table,
                                               entityId, label, action, QString(), after);
    m_insert.bind(1, m_at)
        .bindId(2, m_ctx.session.userId)
        .bind(3, m_ctx.session.username)
        .bind(4, table)
        .bindId(5, entityId)
        .bind(6, label)
        .bind(7, action)
        .bindText(8, after)
        .bind(9, m_lastHash)
        .bind(10, hash)
        .execute();
    m_lastHash = hash;
}

} // namespace tl::core
