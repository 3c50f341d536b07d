#pragma once

#include "common/Context.h"
#include "db/NativeStatement.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <map>
#include <memory>

struct sqlite3_stmt;

namespace tl::core {

// Writes audit records for many rows through the native handle: the same records (snapshot JSON, hash
// chain) that AuditLog::snapshot + AuditLog::record would write, at bulk speed. All records of one
// writer carry the time it was created. Use inside the caller's transaction, and do not interleave it
// with AuditLog writes (the chain continues from the last record when the writer is created).
class BulkAuditWriter
{
public:
    explicit BulkAuditWriter(const Context& ctx);
    ~BulkAuditWriter();

    // Audits the creation of a row as it is now (after = its snapshot).
    void recordCreate(const QString& table, qint64 id, const QString& label);

    // Compact form for very many rows (follow-ups, instalments...): the row's fingerprint joins the
    // table's current run of consecutive ids; each run of up to kBulkChunk rows becomes one bulk
    // record (AuditLog::recordBulk). Call flush() before the transaction commits.
    void addCreated(const QString& table, qint64 id);
    // Same, with the fingerprint computed by the caller (AuditLog::rowFingerprint of the row's canonical
    // snapshot), for bulk writers that build the snapshot from the values they insert (the demo company).
    void addCreated(const QString& table, qint64 id, quint64 fingerprint);
    void flush();
    static constexpr int kBulkChunk = 2000;

private:
    struct Run
    {
        qint64 firstId = 0;
        QList<quint64> fingerprints;
    };
    void flushRun(const QString& table, Run& run);
    void append(const QString& table, qint64 entityId, const QString& label, const QString& action,
                const QString& after);
    std::map<QString, Run> m_runs;

    // The row's snapshot as canonical JSON (UTF-8), exactly as canonicalJson(AuditLog::snapshot()) has it.
    // Rows of text, integers and NULLs are written directly (the hot path); any other row goes through
    // QJsonObject like AuditLog does.
    struct TableShape;
    QByteArray snapshotText(const QString& table, qint64 id);
    TableShape& shape(const QString& table);
    static QByteArray snapshotThroughQt(sqlite3_stmt* statement);
    static bool appendDirect(sqlite3_stmt* statement, const TableShape& shape, QByteArray& out);
    static quint64 fingerprint(const QByteArray& canonicalUtf8);

    const Context& m_ctx;
    QString m_at;
    QString m_lastHash;
    NativeStatement m_insert;
    std::map<QString, std::unique_ptr<TableShape>> m_shapes;
    QByteArray m_buffer;
};

} // namespace tl::core
