#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tl::core {

class Database;

// For a bulk insert that more than doubles a table (an initial data load): drops the table's secondary
// indexes before the inserts and builds them again afterwards, in the caller's transaction. Building an
// index once by sorting (on helper threads: PRAGMA threads) is several times faster than hundreds of
// thousands of random index insertions. The rebuilt indexes are exactly the stored definitions
// (sqlite_master.sql); constraint indexes (UNIQUE, PRIMARY KEY) stay. DDL is transactional in SQLite: if the
// transaction rolls back, the indexes are back as they were. Throws DbException.
class BulkIndexRebuild
{
public:
    static constexpr qint64 kMinimumRows = 10000;

    BulkIndexRebuild(Database& db, const QString& table, qint64 rowsToInsert);
    BulkIndexRebuild(const BulkIndexRebuild&) = delete;
    BulkIndexRebuild& operator=(const BulkIndexRebuild&) = delete;

    bool active() const { return !m_definitions.isEmpty(); }
    // Builds the dropped indexes again (call once, after the inserts).
    void rebuild();

private:
    Database& m_db;
    QList<QByteArray> m_definitions;
};

} // namespace tl::core
