#include "cli/ImportCommand.h"

#include "cli/CliProgress.h"
#include "cli/CliRuntime.h"
#include "db/Database.h"
#include "io/ImportKinds.h"
#include "io/ImportService.h"
#include "io/ProblemReport.h"

namespace tl::core {

QString ImportCommand::description() const
{
    return tr("Import a CSV or XLSX file, all or nothing.");
}

QString ImportCommand::details() const
{
    return tr("Kinds: %1. Every problem is printed on stderr as 'row N, column C: reason' (the header is row "
              "1) "
              "and nothing is written (exit code 2).")
        .arg(ImportKinds::keys().join(QStringLiteral(", ")));
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {{QStringLiteral("dry-run"), tr("Check everything and report what would change; write nothing.")},
            {QStringLiteral("errors"),
             tr("Also write the problems to a CSV file (only its header when there are none)."),
             QStringLiteral("OUT.csv")}};
}

int ImportCommand::run(CliRuntime& cli, const QCommandLineParser& args)
{
    const QStringList positional = args.positionalArguments();
    if (positional.size() != 2)
        return cli.usageError(tr("Give the kind and the file to import."));
    const QString kind = positional.at(0), file = positional.at(1);
    if (!ImportKinds::keys().contains(kind))
        return cli.usageError(
            tr("Unknown kind '%1': use %2.").arg(kind, ImportKinds::keys().join(QStringLiteral(", "))));

    auto connection = cli.connect();
    if (!connection)
        return cli.fail(connection.error());
    const Context ctx = cli.context(connection.value());
    ImportOptions options;
    options.dryRun = args.isSet(QStringLiteral("dry-run"));
    CliProgress progress(cli.err(), cli.interactive());
    auto result = ImportService(ctx).importFile(kind, file, options, progress);
    if (!result)
        return cli.fail(result.error());

    // The problem report reflects this run: header only when the file is clean.
    if (args.isSet(QStringLiteral("errors"))) {
        const QString report = args.value(QStringLiteral("errors"));
        if (Status s = ProblemReport::writeCsv(result->problems, report, result->problemsOmitted); !s)
            return cli.fail(s.error());
    }
    if (result->hasProblems()) {
        const int code = cli.fail(result->toError());
        if (result->problemsOmitted > 0)
            cli.err() << tr("%n further problem(s) not listed.", nullptr, int(result->problemsOmitted))
                      << '\n'
                      << Qt::flush;
        return code;
    }
    cli.out() << result->summary() << '\n' << Qt::flush;
    return 0;
}

} // namespace tl::core
