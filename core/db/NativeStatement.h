#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace tl::core {

// A prepared statement on the connection's native sqlite3 handle, for hot bulk paths where Qt Sql's
// per-row cost dominates (DESIGN §3). Reused across rows: bind, step, and it resets itself.
// Throws DbException like SqlQuery. Positional parameters count from 1.
class NativeStatement
{
public:
    NativeStatement(sqlite3* handle, const char* sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    NativeStatement& bind(int index, qint64 value);
    NativeStatement& bind(int index, const QString& text);
    NativeStatement& bindNull(int index);
    NativeStatement& bindId(int index, qint64 id);             // NULL for id <= 0
    NativeStatement& bindDate(int index, const QDate& date);   // ISO text, NULL when invalid
    NativeStatement& bindText(int index, const QString& text); // NULL when empty

    // Runs an INSERT/UPDATE to completion and resets; returns the last insert rowid.
    qint64 execute();
    // For queries: true while there is a row; reset() when done early.
    bool step();
    void reset();

    sqlite3_stmt* raw() const { return m_stmt; }

private:
    [[noreturn]] void fail(int rc) const;
    sqlite3* m_handle;
    sqlite3_stmt* m_stmt = nullptr;
    QByteArray m_sql;
};

} // namespace tl::core
