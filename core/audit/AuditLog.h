#pragma once

#include "common/Context.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tl::core {

class Transaction;

// The audit trail (DESIGN §2.10): who, when, entity, action, before and after, written in the same
// transaction as the change; each record carries the hash of the previous one.
//
// Usage inside a service, within an open Transaction:
//   AuditLog audit(ctx);
//   const QJsonObject before = AuditLog::snapshot(ctx.db, "employees", id);
//   ... UPDATE ...
//   audit.record("employees", id, code, "update", before, AuditLog::snapshot(ctx.db, "employees", id));
class AuditLog
{
public:
    explicit AuditLog(const Context& ctx);

    // The full current row (every column) as canonical JSON; empty object if the row is gone.
    // BLOB columns are stored as their SHA-256. Throws DbException.
    static QJsonObject snapshot(const Database& db, const QString& table, qint64 id);

    // How one column value is stored in a snapshot (BLOBs and secrets as "sha256:..." fingerprints).
    // Bulk writers that build snapshots themselves must use it so that verify() agrees with them.
    static QJsonValue columnJson(const QString& column, const QVariant& value);

    // Appends one record; throws DbException. entityId 0 = not about one row (login, backup...).
    // For a row of an audited table, `after` must be snapshot() of the row after the change
    // (empty for a delete), so that check() can compare the table with its last audited state.
    void record(const QString& entity, qint64 entityId, const QString& label, const QString& action,
                const QJsonObject& before, const QJsonObject& after);
    // Many rows created at once (demo generation, large imports): ONE record for a run of consecutive ids
    // of one table, holding a 64-bit fingerprint of each row's snapshot (rowFingerprint) instead of the
    // snapshots themselves. verify() checks such rows against their fingerprints; a later per-row record
    // supersedes the fingerprint. after = {"bulk": n, "first_id": id, "fingerprints": "hex16 x n"}.
    void recordBulk(const QString& entity, const QString& action, qint64 firstId,
                    const QList<quint64>& fingerprints);
    static quint64 rowFingerprint(const QString& canonicalRow);
    // The `after` object of a bulk record (shared with BulkAuditWriter) and its label ("first-last").
    static QJsonObject bulkAfter(qint64 firstId, const QList<quint64>& fingerprints);
    static QString bulkLabel(qint64 firstId, qsizetype count);

    // Convenience for events without a row.
    void event(const QString& action, const QString& label, const QJsonObject& details = {});

    // Tables whose rows must match their last audited state. Modules add their tables here.
    static QStringList auditedTables();
    // Columns left out of snapshots because services derive them from other audited rows
    // (customers.last_owner_followup_at).
    static bool isDerivedColumn(const QString& column);

    struct Issue
    {
        QString table; // "audit_log" for the chain itself
        qint64 id = 0;
        QString label;
        QString what; // translated description
    };
    // Verifies the hash chain and that every audited table matches its last audited state.
    static QList<Issue> verify(const Database& db);

    // The hash of one record (public for bulk writers that must produce records identical to record()).
    static QString computeHash(const QString& prevHash, const QString& at, qint64 userId,
                               const QString& username, const QString& entity, qint64 entityId,
                               const QString& label, const QString& action, const QString& before,
                               const QString& after);

private:
    const Context& m_ctx;
    QString m_lastHash;
    bool m_haveLastHash = false;
};

QString canonicalJson(const QJsonObject& object);

} // namespace tl::core
