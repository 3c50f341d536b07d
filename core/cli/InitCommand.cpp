#include "cli/InitCommand.h"

#include "cli/CliRuntime.h"
#include "db/Database.h"
#include "settings/SetupService.h"

#include <QFile>

namespace tl::core {

QString InitCommand::description() const
{
    return tr("Create a new database with the company and the administrator.");
}

QString InitCommand::details() const
{
    return tr("The administrator is the --user (default admin) with the given password. An existing file is "
              "never overwritten (exit code 5).");
}

QList<QCommandLineOption> InitCommand::options() const
{
    return {{QStringLiteral("company"), tr("Company name (default: My company)."), QStringLiteral("NAME")},
            {QStringLiteral("city"), tr("City of the company: shanghai (default) or beijing."),
             QStringLiteral("CITY")}};
}

int InitCommand::run(CliRuntime& cli, const QCommandLineParser& args)
{
    if (!args.positionalArguments().isEmpty())
        return cli.usageError(tr("Unexpected argument '%1'.").arg(args.positionalArguments().first()));
    const QString city =
        args.isSet(QStringLiteral("city")) ? args.value(QStringLiteral("city")) : QStringLiteral("shanghai");
    if (city != QLatin1String("shanghai") && city != QLatin1String("beijing"))
        return cli.usageError(tr("Unknown city '%1': use shanghai or beijing.").arg(city));
    const QString company =
        args.isSet(QStringLiteral("company")) ? args.value(QStringLiteral("company")) : tr("My company");
    auto password = cli.password();
    if (!password)
        return cli.fail(password.error());

    const QString path = cli.databasePath();
    auto opened = Database::open(path, Database::OpenMode::CreateNew);
    if (!opened)
        return cli.fail(opened.error());
    Status done = SetupService::initialize(*opened.value(), cli.clock(), company, city, cli.options().user,
                                           password.value(), {});
    opened.value().reset();
    if (!done) {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
        return cli.fail(done.error());
    }
    cli.out() << tr("Created %1 for %2 with the administrator %3.").arg(path, company, cli.options().user)
              << '\n'
              << Qt::flush;
    return 0;
}

} // namespace tl::core
