#include "cli/RestoreCommand.h"

#include "backup/BackupService.h"
#include "cli/CliRuntime.h"
#include "db/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace tl::core {

QString RestoreCommand::description() const
{
    return tr("Replace the database with a backup after checking the backup.");
}

QString RestoreCommand::details() const
{
    return tr(
        "The backup must pass the same check as 'check' (integrity, foreign keys, audit trail) and must not "
        "come from a newer version; otherwise nothing changes (exit code 5). The replaced database is kept "
        "beside it as NAME.before-restore-TIMESTAMP. Without a usable database the user logs in to the "
        "backup.");
}

Result<Session> RestoreCommand::authenticate(CliRuntime& cli, const QString& backupFile)
{
    if (QFileInfo::exists(cli.databasePath())) {
        auto connection = cli.connect();
        if (connection)
            return connection->session;
        if (connection.error().code != ErrorCode::Invalid && connection.error().code != ErrorCode::Internal)
            return connection.error();
    }
    // No usable database: the user logs in to the backup, which must be fit for that first.
    auto problems = BackupService::inspect(backupFile);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        Error error = Error::conflict(tr("The backup %1 is not fit for a restore; nothing was changed.")
                                          .arg(QFileInfo(backupFile).fileName()));
        for (const QString& p : problems.value())
            error.problems.append(FieldProblem{0, {}, {}, p});
        return error;
    }
    QTemporaryDir work; // a scratch copy: the login is recorded in the copy only
    if (!work.isValid())
        return Error::internal(tr("Cannot create a temporary folder."));
    const QString copy = work.filePath(QStringLiteral("login.db"));
    if (!QFile::copy(backupFile, copy))
        return Error::internal(tr("Cannot copy %1.").arg(backupFile));
    auto opened = Database::open(copy, Database::OpenMode::OpenExisting);
    if (!opened)
        return opened.error();
    return cli.login(*opened.value());
}

int RestoreCommand::run(CliRuntime& cli, const QCommandLineParser& args)
{
    if (args.positionalArguments().size() != 1)
        return cli.usageError(tr("Give exactly one backup file."));
    const QString backupFile = args.positionalArguments().first();

    if (!QFileInfo(backupFile).isFile())
        return cli.fail(
            Error::notFound(tr("The backup file %1 does not exist.").arg(backupFile), backupFile));
    auto session = authenticate(cli, backupFile);
    if (!session)
        return cli.fail(session.error());
    // The backup is inspected before anything is replaced; an unfit one is refused with its problems (5).
    if (Status s = BackupService::restore(cli.databasePath(), backupFile, session.value(), cli.clock()); !s)
        return cli.fail(s.error());
    cli.out() << tr("Restored %1 from %2.").arg(cli.databasePath(), backupFile) << '\n' << Qt::flush;
    return 0;
}

} // namespace tl::core
