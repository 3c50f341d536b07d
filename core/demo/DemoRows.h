#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

namespace tl::core {
class BulkAuditWriter;
class Database;
class NativeStatement;
} // namespace tl::core

namespace tl::core::demo {

// Bulk rows of the demo company, planned on a worker thread and inserted by the writing thread.
//
// A planned row holds every column of its table (the id first, explicit), so the planning thread can
// compute the row's audit snapshot and fingerprint (what BulkAuditWriter::addCreated would read back
// after the insert: AuditLog's canonical JSON, derived columns left out, BLOBs as "sha256:..."). The
// writing thread then only binds values into multi-row INSERT statements and appends the fingerprints to
// the audit log. Multi-row statements matter: SQLite evaluates a CHECK (x IN (...)) constraint through a
// temporary table built once per statement run, which costs more than the insert of a single row.

// The columns of one table as the demo writes them, and its next id (planning thread only).
class RowTable
{
public:
    RowTable(const char* name, std::initializer_list<const char*> columns);
    ~RowTable();
    RowTable(const RowTable&) = delete;
    RowTable& operator=(const RowTable&) = delete;

    const QString& name() const { return m_name; }
    const QList<QByteArray>& columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }

    // Checks that the table has exactly these columns (throws DbException naming the difference) and
    // starts the ids after the largest one in the table.
    void prepare(const Database& db);
    qint64 takeId() { return m_nextId++; }
    qint64 nextId() const { return m_nextId; }

    // The audit snapshot's columns in its key order, each with its `"name":` prefix.
    const QList<int>& snapshotColumns() const { return m_snapshotColumns; }
    const QList<QByteArray>& snapshotPrefixes() const { return m_snapshotPrefixes; }

private:
    QString m_name;
    QList<QByteArray> m_columns;
    QList<int> m_snapshotColumns;
    QList<QByteArray> m_snapshotPrefixes;
    qint64 m_nextId = 1;
};

struct RowValue
{
    enum Kind : quint8
    {
        Null,
        Integer,
        Text, // UTF-8 in the batch's bytes
        Blob
    };
    Kind kind = Null;
    quint32 offset = 0;
    quint32 length = 0;
    qint64 number = 0;
};

// Rows of one table, in id order. Build a row with add...() calls in column order, then end().
class RowBatch
{
public:
    explicit RowBatch(const RowTable& table);

    const RowTable& table() const { return *m_table; }
    qsizetype rowCount() const { return qsizetype(m_fingerprints.size()); }
    bool isEmpty() const { return m_fingerprints.empty(); }
    const RowValue& value(qsizetype row, int column) const
    {
        return m_values[size_t(row) * size_t(m_table->columnCount()) + size_t(column)];
    }
    const char* bytes(const RowValue& v) const { return m_bytes.data() + v.offset; }
    qsizetype byteCount() const { return qsizetype(m_bytes.size()); }
    void reserve(qsizetype rows, qsizetype bytes);
    qint64 id(qsizetype row) const { return value(row, 0).number; }
    quint64 fingerprint(qsizetype row) const { return m_fingerprints[size_t(row)]; }

    RowBatch& add(qint64 number);
    RowBatch& addId(qint64 id); // NULL when id <= 0
    RowBatch& add(const QString& text);
    RowBatch& addLatin1(const char* text, qsizetype length);
    RowBatch& addText(const QString& text); // NULL when empty
    RowBatch& addDate(const QDate& date);   // ISO date, NULL when invalid
    // Local ISO date-time without an offset ("2026-03-15T10:30:00"), as the services store times; NULL
    // when invalid.
    RowBatch& addTime(const QDateTime& at);
    RowBatch& addNull();
    RowBatch& addBlob(const QByteArray& bytes);
    // Completes the row (all columns given) and computes its audit fingerprint. Throws DbException on a
    // wrong number of values.
    void end();

private:
    RowValue& push(RowValue::Kind kind);
    void appendSnapshot(qsizetype row);

    const RowTable* m_table;
    std::vector<RowValue> m_values;
    std::vector<char> m_bytes;
    std::vector<quint64> m_fingerprints;
    QByteArray m_json; // scratch
};

// The batches of one step of a stream, one per table, in insertion order (parents first).
class RowSet
{
public:
    explicit RowSet(const QList<const RowTable*>& tables);
    // Rows and bytes of each batch; reserve() makes room for a little more than such sizes.
    std::vector<std::pair<qsizetype, qsizetype>> sizes() const;
    void reserve(const std::vector<std::pair<qsizetype, qsizetype>>& sizes);
    RowBatch& operator[](const RowTable& table);
    std::vector<RowBatch>& batches() { return m_batches; }
    qsizetype rowCount() const;

private:
    std::vector<RowBatch> m_batches;
};

// Inserts row batches through reused multi-row statements and audits every row with its fingerprint
// (BulkAuditWriter::addCreated). Runs inside the caller's transaction; throws DbException.
class RowInserter
{
public:
    RowInserter(const Database& db, BulkAuditWriter& audit);
    ~RowInserter();
    RowInserter(const RowInserter&) = delete;
    RowInserter& operator=(const RowInserter&) = delete;

    void insert(const RowBatch& batch);
    static constexpr int kRowsPerStatement = 64;

private:
    struct Statements;
    Statements& statements(const RowTable& table);
    void bindRow(NativeStatement& statement, const RowBatch& batch, qsizetype row, int firstParameter);

    const Database& m_db;
    BulkAuditWriter& m_audit;
    std::map<QString, std::unique_ptr<Statements>> m_statements;
};

// Secondary indexes filled in random order are dropped before a bulk load and created again after it:
// building an index from sorted rows is several times faster than millions of random b-tree inserts
// that miss the page cache. Every index of the tables is deferred (later migrations add indexes too) but
// those in `keep`, which the load fills in order; UNIQUE constraints stay. Inside the caller's
// transaction (a rollback restores them). Throws DbException.
class DeferredIndexes
{
public:
    DeferredIndexes(Database& db, const QStringList& tables, const QStringList& keep);
    ~DeferredIndexes();
    DeferredIndexes(const DeferredIndexes&) = delete;
    DeferredIndexes& operator=(const DeferredIndexes&) = delete;

    // Creates the dropped indexes again (once).
    void restore();

private:
    Database& m_db;
    QStringList m_definitions;
};

// While the demo company is written into a new database in one transaction of millions of rows: foreign
// keys are not checked row by row (the rows are consistent by construction; the tests and `check` verify
// them), and the database leaves WAL for a rollback journal when this is its only connection, so that the
// transaction's pages go straight to the file instead of through a WAL as large as the database that the
// commit's checkpoint copies again (the journal only holds the few pages the empty database had). Temporary
// files go to disk: the statement journals of nested savepoints (the payroll runs of the history) are then
// truncated in constant time, where SQLite's in-memory journal walks its whole chunk list on every
// statement (quadratic over a transaction this large). The settings are restored when the object goes.
// Create it before the transaction.
class BulkLoadMode
{
public:
    explicit BulkLoadMode(Database& db);
    ~BulkLoadMode();
    BulkLoadMode(const BulkLoadMode&) = delete;
    BulkLoadMode& operator=(const BulkLoadMode&) = delete;

private:
    Database& m_db;
    QString m_journalMode;
    bool m_foreignKeys = false;
    QString m_tempStore;
};

} // namespace tl::core::demo
