#include "cli/ExportCommand.h"

#include "cli/CliProgress.h"
#include "cli/CliRuntime.h"
#include "db/Database.h"
#include "io/ExportService.h"

namespace tl::core {

QString ExportCommand::description() const
{
    return tr("Export a list to a CSV or XLSX file.");
}

QString ExportCommand::details() const
{
    return tr("Kinds: %1. The format follows the extension: .xlsx for an Excel workbook, otherwise CSV. "
              "Fields the user may not see are masked; the export is recorded in the audit log.")
        .arg(ExportService::keys().join(QStringLiteral(", ")));
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {{QStringLiteral("include-left"), tr("Also export employees who have left.")}};
}

int ExportCommand::run(CliRuntime& cli, const QCommandLineParser& args)
{
    const QStringList positional = args.positionalArguments();
    if (positional.size() != 2)
        return cli.usageError(tr("Give the kind and the file to write."));
    const QString kind = positional.at(0), file = positional.at(1);
    if (!ExportService::keys().contains(kind))
        return cli.usageError(
            tr("Unknown kind '%1': use %2.").arg(kind, ExportService::keys().join(QStringLiteral(", "))));

    auto connection = cli.connect();
    if (!connection)
        return cli.fail(connection.error());
    const Context ctx = cli.context(connection.value());
    ExportOptions options;
    options.includeLeft = args.isSet(QStringLiteral("include-left"));
    CliProgress progress(cli.err(), cli.interactive());
    auto rows = ExportService(ctx).exportFile(kind, file, options, progress);
    if (!rows)
        return cli.fail(rows.error());
    cli.out() << tr("Exported %n row(s) to %1.", nullptr, int(rows.value())).arg(file) << '\n' << Qt::flush;
    return 0;
}

} // namespace tl::core
