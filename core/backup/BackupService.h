#pragma once

#include "common/Context.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tl::core {

// Online backups (VACUUM INTO: a consistent copy while the database is open) and checked restores.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::BackupService)
public:
    explicit BackupService(const Context& ctx) : m_ctx(ctx) {}

    // Writes a consistent copy to targetFile (refuses to overwrite an existing file). Needs BackupRestore.
    // Audited as an event. Returns the size in bytes.
    Result<qint64> backup(const QString& targetFile, Progress& progress);

    // A backup named teamledger-YYYYMMDD-HHMMSS.db in folder, then keeps only the newest `keep` such files.
    Result<QString> backupToFolder(const QString& folder, int keep, Progress& progress);

    struct BackupFile
    {
        QString path;
        QDateTime modified;
        qint64 size = 0;
    };
    static QList<BackupFile> listBackups(const QString& folder); // newest first

    // Checks a backup file before it may replace anything: it opens as SQLite, PRAGMA integrity_check and
    // foreign_key_check pass, its schema version is not newer than this program's, and its audit chain
    // verifies. Returns the problems (empty = fit for restore).
    static Result<QStringList> inspect(const QString& backupFile);

    // Replaces the database at databasePath with backupFile after inspect() found no problem. All
    // connections to databasePath must be closed first (the caller's job). The replaced file is kept
    // beside it as <name>.before-restore-<timestamp>. The restore is audited in the restored database.
    static Status restore(const QString& databasePath, const QString& backupFile, const Session& session,
                          const Clock& clock);

private:
    const Context& m_ctx;
};

} // namespace tl::core
