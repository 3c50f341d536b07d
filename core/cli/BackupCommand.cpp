#include "cli/BackupCommand.h"

#include "backup/BackupService.h"
#include "cli/CliProgress.h"
#include "cli/CliRuntime.h"
#include "db/Database.h"

namespace tl::core {

QString BackupCommand::description() const
{
    return tr("Write a consistent copy of the database to FILE.");
}

int BackupCommand::run(CliRuntime& cli, const QCommandLineParser& args)
{
    if (args.positionalArguments().size() != 1)
        return cli.usageError(tr("Give exactly one backup file."));
    auto connection = cli.connect();
    if (!connection)
        return cli.fail(connection.error());
    const Context ctx = cli.context(connection.value());
    CliProgress progress(cli.err(), cli.interactive());
    auto size = BackupService(ctx).backup(args.positionalArguments().first(), progress);
    if (!size)
        return cli.fail(size.error());
    cli.out()
        << tr("Backup written to %1 (%2 bytes).").arg(args.positionalArguments().first()).arg(size.value())
        << '\n'
        << Qt::flush;
    return 0;
}

} // namespace tl::core
