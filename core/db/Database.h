#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace tl::core {

// One SQLite connection (WAL, foreign keys, busy timeout, STRICT tables, migrations).
// A Database belongs to the thread that opened it; worker threads open their own with openAnother().
class Database
{
public:
    enum class OpenMode
    {
        OpenExisting, // NotFound if the file does not exist
        CreateNew,    // Conflict if the file exists
        OpenOrCreate,
    };

    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  OpenMode mode = OpenMode::OpenOrCreate);
    // A private in-memory database (tests). Each call gives a fresh one.
    static Result<std::unique_ptr<Database>> openInMemory();
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Another connection to the same file, for a worker thread (open it in that thread).
    Result<std::unique_ptr<Database>> openAnother() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    sqlite3* nativeHandle() const { return m_handle; }

    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs a script of several statements (migrations, triggers) through the native handle. Throws
    // DbException.
    void execScript(const QString& sql);

    // Transactions (see Transaction): depth > 0 while one is open.
    int transactionDepth() const { return m_depth; }

private:
    friend class Transaction;
    Database() = default;
    Status configure();
    Status migrate();

    QString m_connectionName;
    QString m_path;
    sqlite3* m_handle = nullptr;
    int m_depth = 0;
    std::vector<std::function<void()>> m_afterCommit;
};

} // namespace tl::core
