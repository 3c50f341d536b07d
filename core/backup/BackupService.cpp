#include "backup/BackupService.h"

#include "audit/AuditLog.h"
#include "backup/DatabaseCheck.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

namespace tl::core {

namespace {

const QRegularExpression& backupNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^teamledger-(\\d{8}-\\d{6})(-\\d+)?\\.db$"));
    return pattern;
}

QString timestamp(const Clock& clock)
{
    return clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// stem + extension, or stem-2 + extension, stem-3 ... when taken.
QString unusedPath(const QString& stem, const QString& extension)
{
    QString path = stem + extension;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(extension);
    return path;
}

// Lets a long VACUUM INTO be cancelled: SQLite calls this every few thousand VM steps.
int progressHandler(void* data)
{
    return static_cast<Progress*>(data)->isCancelled() ? 1 : 0;
}

void removeWithSidecars(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

// Copies a database file (and an uncheckpointed -wal beside it, if any) to target.
Status copyDatabaseFile(const QString& source, const QString& target)
{
    removeWithSidecars(target);
    if (!QFile::copy(source, target))
        return Error::internal(BackupService::tr("Cannot copy %1 to %2.").arg(source, target));
    const QString wal = source + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::copy(wal, target + QStringLiteral("-wal")))
        return Error::internal(BackupService::tr("Cannot copy %1.").arg(wal));
    return {};
}

// What a file says about itself, read without migrating it.
struct FileHeader
{
    int schemaVersion = 0;
    bool hasAuditLog = false;
};

// Nothing when the file is not a readable SQLite database.
std::optional<FileHeader> readHeader(const QString& path)
{
    sqlite3* handle = nullptr;
    std::optional<FileHeader> header;
    if (sqlite3_open_v2(path.toUtf8().constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        const auto number = [&](const char* sql) -> std::optional<int> {
            sqlite3_stmt* stmt = nullptr;
            std::optional<int> value;
            if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) == SQLITE_OK &&
                sqlite3_step(stmt) == SQLITE_ROW)
                value = sqlite3_column_int(stmt, 0);
            sqlite3_finalize(stmt);
            return value;
        };
        const auto version = number("PRAGMA user_version");
        const auto auditLog =
            number("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'");
        if (version && auditLog)
            header = FileHeader{*version, *auditLog == 1};
    }
    sqlite3_close(handle);
    return header;
}

// Opens a working copy of a backup (it may be migrated) and lists what makes it unfit for a restore.
// When it is fit and `onFit` is given, onFit runs with the open database.
Result<QStringList> inspectCopy(const QString& copy, const QString& shownName,
                                const std::function<Status(Database&)>& onFit = {})
{
    const std::optional<FileHeader> header = readHeader(copy);
    if (!header)
        return QStringList{BackupService::tr("%1 is not an SQLite database or is damaged.").arg(shownName)};
    if (header->schemaVersion == 0 || !header->hasAuditLog)
        return QStringList{BackupService::tr("%1 is not a TeamLedger database.").arg(shownName)};
    if (header->schemaVersion > Database::latestSchemaVersion())
        return QStringList{BackupService::tr("%1 has schema version %2, newer than this program knows (%3).")
                               .arg(shownName)
                               .arg(header->schemaVersion)
                               .arg(Database::latestSchemaVersion())};

    auto opened = Database::open(copy, Database::OpenMode::OpenExisting);
    if (!opened)
        return QStringList{
            BackupService::tr("%1 cannot be opened: %2").arg(shownName, opened.error().fullText())};
    Database& db = *opened.value();
    auto issues = DatabaseCheck::runOn(db);
    if (!issues)
        return QStringList{
            BackupService::tr("%1 cannot be checked: %2").arg(shownName, issues.error().fullText())};
    QStringList problems;
    for (const AuditLog::Issue& issue : issues.value())
        problems << issue.what;
    if (problems.isEmpty() && onFit) {
        if (Status s = onFit(db); !s)
            return s.error();
    }
    return problems;
}

} // namespace

Result<qint64> BackupService::backup(const QString& targetFile, Progress& progress)
{
    if (!m_ctx.session.can(Permission::BackupRestore))
        return Error::denied(tr("Your role may not make backups."));
    const QFileInfo target(targetFile);
    if (target.exists())
        return Error::conflict(tr("%1 already exists; a backup never overwrites a file.").arg(targetFile));
    if (!QDir().mkpath(target.absolutePath()))
        return Error::invalid(tr("Cannot create the folder %1.").arg(target.absolutePath()));
    if (m_ctx.db.transactionDepth() > 0)
        return Error::internal(tr("A backup cannot run inside a transaction."));

    progress.setTotal(0);
    progress.setText(tr("Copying the database to %1").arg(targetFile));
    sqlite3_progress_handler(m_ctx.db.nativeHandle(), 10000, &progressHandler, &progress);
    auto copied = guarded([&]() -> Status {
        SqlQuery(m_ctx.db, QStringLiteral("VACUUM INTO ?")).bind(target.absoluteFilePath()).exec();
        return {};
    });
    sqlite3_progress_handler(m_ctx.db.nativeHandle(), 0, nullptr, nullptr);
    if (progress.isCancelled()) {
        removeWithSidecars(target.absoluteFilePath());
        return Error::conflict(tr("The backup was cancelled."));
    }
    if (!copied) {
        removeWithSidecars(target.absoluteFilePath());
        return copied.error();
    }

    const qint64 size = QFileInfo(target.absoluteFilePath()).size();
    auto audited = guarded([&]() -> Status {
        Transaction tx(m_ctx.db);
        AuditLog audit(m_ctx);
        audit.event(
            QStringLiteral("backup"), target.fileName(),
            QJsonObject{{QStringLiteral("file"), target.absoluteFilePath()}, {QStringLiteral("size"), size}});
        tx.commit();
        return {};
    });
    if (!audited)
        return audited.error();
    progress.setTotal(1);
    progress.setDone(1);
    return size;
}

Result<QString> BackupService::backupToFolder(const QString& folder, int keep, Progress& progress)
{
    if (keep < 1)
        return Error::invalid(tr("At least one backup must be kept."));
    const QString path = unusedPath(
        QDir(folder).filePath(QStringLiteral("teamledger-") + timestamp(m_ctx.clock)), QStringLiteral(".db"));
    auto made = backup(path, progress);
    if (!made)
        return made.error();
    const QList<BackupFile> all = listBackups(folder);
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all[i].path);
    return path;
}

QList<BackupService::BackupFile> BackupService::listBackups(const QString& folder)
{
    QList<BackupFile> files;
    const QFileInfoList entries =
        QDir(folder).entryInfoList({QStringLiteral("teamledger-*.db")}, QDir::Files);
    for (const QFileInfo& info : entries)
        if (backupNamePattern().match(info.fileName()).hasMatch())
            files.append({info.absoluteFilePath(), info.lastModified(), info.size()});
    // The name carries the time of the backup (and a counter for several in one second), so it orders them
    // even where file times were changed by copying.
    const auto order = [](const BackupFile& file) {
        const auto m = backupNamePattern().match(QFileInfo(file.path).fileName());
        return std::make_pair(m.captured(1), m.captured(2).isEmpty() ? 1 : m.captured(2).mid(1).toInt());
    };
    std::sort(files.begin(), files.end(),
              [&](const BackupFile& a, const BackupFile& b) { return order(a) > order(b); });
    return files;
}

Result<QStringList> BackupService::inspect(const QString& backupFile)
{
    if (!QFileInfo(backupFile).isFile())
        return Error::notFound(tr("The backup file %1 does not exist.").arg(backupFile), backupFile);
    QTemporaryDir work;
    if (!work.isValid())
        return Error::internal(tr("Cannot create a temporary folder."));
    const QString copy = work.filePath(QStringLiteral("inspect.db"));
    if (Status s = copyDatabaseFile(backupFile, copy); !s)
        return s.error();
    return inspectCopy(copy, QFileInfo(backupFile).fileName());
}

Status BackupService::restore(const QString& databasePath, const QString& backupFile, const Session& session,
                              const Clock& clock)
{
    if (!session.can(Permission::BackupRestore))
        return Error::denied(tr("Your role may not restore backups."));
    if (!QFileInfo(backupFile).isFile())
        return Error::notFound(tr("The backup file %1 does not exist.").arg(backupFile), backupFile);
    const QFileInfo target(databasePath);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(backupFile).canonicalFilePath())
        return Error::invalid(tr("A database cannot be restored from itself."));
    if (!QDir().mkpath(target.absolutePath()))
        return Error::invalid(tr("Cannot create the folder %1.").arg(target.absolutePath()));

    // 1. A working copy beside the target (same file system, so the final rename is a rename).
    const QString temp = target.absoluteFilePath() + QStringLiteral(".restore-tmp");
    if (Status s = copyDatabaseFile(backupFile, temp); !s)
        return s.error();

    // 2. Inspect it; when fit, record the restore in it and leave it self-contained (no -wal).
    auto problems = inspectCopy(temp, QFileInfo(backupFile).fileName(), [&](Database& db) -> Status {
        return guarded([&]() -> Status {
            const Context ctx{db, clock, session, nullptr};
            Transaction tx(db);
            AuditLog(ctx).event(
                QStringLiteral("restore"), QFileInfo(backupFile).fileName(),
                QJsonObject{{QStringLiteral("backup"), QFileInfo(backupFile).absoluteFilePath()},
                            {QStringLiteral("database"), target.absoluteFilePath()}});
            tx.commit();
            db.execScript(QStringLiteral("PRAGMA journal_mode = DELETE"));
            return {};
        });
    });
    if (!problems || !problems->isEmpty()) {
        removeWithSidecars(temp);
        if (!problems)
            return problems.error();
        QList<FieldProblem> list;
        for (const QString& p : problems.value())
            list.append(FieldProblem{0, {}, {}, p});
        Error error = Error::conflict(tr("The backup %1 is not fit for a restore; nothing was changed.")
                                          .arg(QFileInfo(backupFile).fileName()));
        error.problems = list;
        return error;
    }

    // 3. Keep the replaced database (with its -wal, so the kept copy is complete), then move the copy in.
    QString kept;
    if (target.exists()) {
        kept =
            unusedPath(target.absoluteFilePath() + QStringLiteral(".before-restore-") + timestamp(clock), {});
        if (!QFile::rename(target.absoluteFilePath(), kept)) {
            removeWithSidecars(temp);
            return Error::conflict(tr("Cannot move %1 aside; is it still open?").arg(databasePath));
        }
        const QString wal = target.absoluteFilePath() + QStringLiteral("-wal");
        if (QFileInfo::exists(wal))
            QFile::rename(wal, kept + QStringLiteral("-wal"));
        QFile::remove(target.absoluteFilePath() + QStringLiteral("-shm"));
        QFile::remove(target.absoluteFilePath() + QStringLiteral("-journal"));
    }
    if (!QFile::rename(temp, target.absoluteFilePath())) {
        if (!kept.isEmpty()) {
            QFile::rename(kept, target.absoluteFilePath());
            QFile::rename(kept + QStringLiteral("-wal"), target.absoluteFilePath() + QStringLiteral("-wal"));
        }
        removeWithSidecars(temp);
        return Error::internal(tr("Cannot move the restored database into place at %1.").arg(databasePath));
    }
    return {};
}

} // namespace tl::core
