#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace tl::core {

class BulkAuditWriter;
class Database;

// The audit fingerprints (AuditLog::rowFingerprint of the canonical snapshot) of rows a bulk import creates,
// built from the values it binds instead of reading every row back (BulkAuditWriter::addCreated(table, id)
// does a SELECT per row), and hashed on a helper thread while the caller goes on inserting. finish() hands
// them to BulkAuditWriter::addCreated(table, id, fingerprint): the audit records are the same.
//
// The snapshot is exact only when the caller gives every column of the row: valid() is false unless the
// columns named are exactly the table's columns other than id and the derived ones
// (AuditLog::isDerivedColumn), and texts must be valid UTF-8 (the caller's are ASCII: dates, keys). Callers
// fall back to BulkAuditWriter::addCreated(table, id) when it is not valid (e.g. a later migration added a
// column).
class CreatedRowFingerprints
{
public:
    struct Value
    {
        enum Kind
        {
            Integer,
            Text,
            Null
        };
        Kind kind = Null;
        qint64 integer = 0;
        QByteArrayView text;

        static Value of(qint64 v) { return Value{Integer, v, {}}; }
        static Value of(QByteArrayView v) { return Value{Text, 0, v}; }
        static Value null() { return Value{}; }
    };

    // columns: the names of the values add() gets for each row, in that order (not id). Throws DbException.
    CreatedRowFingerprints(const Database& db, const QString& table, const QList<QByteArray>& columns);
    ~CreatedRowFingerprints();
    CreatedRowFingerprints(const CreatedRowFingerprints&) = delete;
    CreatedRowFingerprints& operator=(const CreatedRowFingerprints&) = delete;

    bool valid() const { return m_valid; }
    const QString& table() const { return m_table; }

    // The row just inserted with this id; values in the constructor's column order.
    void add(qint64 id, const Value* values);
    // Waits for the helper thread and passes every fingerprint to the writer, in the order added.
    void finish(BulkAuditWriter& audit);

    // The canonical snapshot text of one row (for tests and the helper).
    QByteArray snapshot(qint64 id, const Value* values) const;

private:
    struct Worker;
    void appendRow(QByteArray& out, qint64 id, const Value* values) const;

    QString m_table;
    bool m_valid = false;
    // The snapshot's keys in canonical order: the index of the value (-1 = id) and `"name":`.
    QList<int> m_order;
    QList<QByteArray> m_prefixes;
    std::unique_ptr<Worker> m_worker;
};

} // namespace tl::core
