#include "cli/CheckCommand.h"

#include "backup/DatabaseCheck.h"
#include "cli/CliRuntime.h"
#include "db/Database.h"

namespace tl::core {

QString CheckCommand::description() const
{
    return tr("Verify the database: integrity, foreign keys and the audit trail.");
}

QString CheckCommand::details() const
{
    return tr("Prints every problem with its table and row. Finds rows changed, added or deleted outside the "
              "application and altered audit records. Exit code 0 when clean, 5 when anything is wrong.");
}

int CheckCommand::run(CliRuntime& cli, const QCommandLineParser& args)
{
    if (!args.positionalArguments().isEmpty())
        return cli.usageError(tr("Unexpected argument '%1'.").arg(args.positionalArguments().first()));
    auto connection = cli.connect();
    if (!connection) {
        // A file too damaged to open is a failed check, not bad input.
        if (connection.error().code == ErrorCode::Invalid) {
            cli.fail(connection.error());
            return 5;
        }
        return cli.fail(connection.error());
    }
    const Context ctx = cli.context(connection.value());
    auto issues = DatabaseCheck(ctx).run();
    if (!issues)
        return cli.fail(issues.error());
    for (const AuditLog::Issue& issue : issues.value())
        cli.out() << issue.what << '\n';
    if (issues->isEmpty()) {
        cli.out() << tr("The database is sound: integrity, foreign keys and the audit trail check out.")
                  << '\n'
                  << Qt::flush;
        return 0;
    }
    cli.out() << Qt::flush;
    cli.err() << tr("%n problem(s) found.", nullptr, int(issues->size())) << '\n' << Qt::flush;
    return 5;
}

} // namespace tl::core
