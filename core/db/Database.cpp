#include "db/Database.h"

#include "db/DbException.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <map>

namespace tl::core {

namespace {

QAtomicInt g_connectionCounter;

QString tr(const char* text)
{
    return QCoreApplication::translate("tl::core::Database", text);
}

// Migration scripts embedded as resources, by version number ("0001_foundation.sql" -> 1).
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(entry);
        if (m.hasMatch())
            files.emplace(m.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

} // namespace

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const bool memory = path == QLatin1String(":memory:");
    const bool exists = !memory && QFileInfo::exists(path);
    if (mode == OpenMode::OpenExisting && !exists)
        return Error::notFound(tr("Database file %1 does not exist.").arg(path), path);
    if (mode == OpenMode::CreateNew && exists)
        return Error::conflict(tr("Database file %1 already exists; it is not overwritten.").arg(path), path);
    if (!memory && !exists) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error::invalid(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connectionName = QStringLiteral("tl-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    conn.setDatabaseName(path);
    conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!conn.open())
        return Error::internal(tr("Cannot open database %1.").arg(path), conn.lastError().text());

    const QVariant handle = conn.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        db->m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (!db->m_handle)
        return Error::internal(tr("The SQLite driver gave no native handle."));

    if (exists) {
        // Not a database at all (or corrupt) shows up on the first read.
        QSqlQuery probe(conn);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
            return Error::invalid(tr("%1 is not a TeamLedger database.").arg(path), {});
    }
    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = db->migrate(); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return open(QStringLiteral(":memory:"), OpenMode::OpenOrCreate);
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_path, OpenMode::OpenExisting);
}

Database::~Database()
{
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        if (conn.isOpen())
            conn.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

void Database::execScript(const QString& sql)
{
    char* message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_handle, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        const int primary = rc & 0xff;
        throw DbException(text, sql.left(200), primary == SQLITE_CONSTRAINT);
    }
}

Status Database::configure()
{
    try {
        execScript(QStringLiteral("PRAGMA foreign_keys = ON;"
                                  "PRAGMA busy_timeout = 10000;"
                                  "PRAGMA synchronous = NORMAL;"
                                  "PRAGMA temp_store = MEMORY;"
                                  "PRAGMA cache_size = -32000;"));
        if (m_path != QLatin1String(":memory:"))
            execScript(QStringLiteral("PRAGMA journal_mode = WAL;"));
    } catch (const DbException& e) {
        return Error::internal(tr("Cannot configure the database."), e.message());
    }
    return {};
}

Status Database::migrate()
{
    const int current = schemaVersion();
    const auto files = migrationFiles();
    const int latest = files.empty() ? 0 : files.rbegin()->first;
    if (current > latest)
        return Error::conflict(tr("This database has schema version %1, newer than this program knows (%2). "
                                  "Use a newer TeamLedger.")
                                   .arg(current)
                                   .arg(latest));
    if (current == latest)
        return {};
    try {
        execScript(QStringLiteral("BEGIN IMMEDIATE"));
        for (const auto& [version, file] : files) {
            if (version <= current)
                continue;
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                throw DbException(tr("Cannot read migration %1").arg(file), {}, false);
            execScript(QString::fromUtf8(f.readAll()));
            execScript(QStringLiteral("PRAGMA user_version = %1").arg(version));
        }
        execScript(QStringLiteral("COMMIT"));
    } catch (const DbException& e) {
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return Error::internal(tr("Cannot upgrade the database schema."), e.message());
    }
    return {};
}

} // namespace tl::core
