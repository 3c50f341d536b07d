#include "cli/DemoCommand.h"

#include "cli/CliProgress.h"
#include "cli/CliRuntime.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"

#include <QElapsedTimer>
#include <QFile>

namespace tl::core {

QString DemoCommand::description() const
{
    return tr("Create a new database filled with a reproducible demo company.");
}

QString DemoCommand::details() const
{
    return tr(
        "Scales: small (about 60 employees and 300 customers), medium (about 1,000 employees and 10,000 "
        "customers), large (10,000 employees, 8,000 of them in sales, 200,000 customers with about 2,000,000 "
        "follow-ups). Customers come with contacts, ownership history, a share in the pool, follow-ups, "
        "field check-ins and opportunities. The same seed gives the same company. Users: admin, hr, finance, "
        "manager, sales and auditor, all with the given password. An existing file is never overwritten "
        "(exit code 5).");
}

QList<QCommandLineOption> DemoCommand::options() const
{
    return {{QStringLiteral("scale"), tr("small (default), medium or large."), QStringLiteral("SCALE")},
            {QStringLiteral("seed"), tr("Random seed (default: 20260101)."), QStringLiteral("N")}};
}

int DemoCommand::run(CliRuntime& cli, const QCommandLineParser& args)
{
    if (!args.positionalArguments().isEmpty())
        return cli.usageError(tr("Unexpected argument '%1'.").arg(args.positionalArguments().first()));
    DemoGenerator::Options options;
    if (args.isSet(QStringLiteral("scale"))) {
        const auto scale = DemoGenerator::scaleFromKey(args.value(QStringLiteral("scale")));
        if (!scale)
            return cli.usageError(tr("Unknown scale '%1': use small, medium or large.")
                                      .arg(args.value(QStringLiteral("scale"))));
        options.scale = *scale;
    }
    if (args.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return cli.usageError(
                tr("The seed must be a whole number: '%1'.").arg(args.value(QStringLiteral("seed"))));
    }
    auto password = cli.password();
    if (!password)
        return cli.fail(password.error());
    options.adminPassword = password.value();

    const QString path = cli.databasePath();
    auto opened = Database::open(path, Database::OpenMode::CreateNew);
    if (!opened)
        return cli.fail(opened.error());
    QElapsedTimer timer;
    timer.start();
    Status done;
    qint64 employees = 0;
    qint64 customers = 0;
    {
        CliProgress progress(cli.err(), cli.interactive());
        done = DemoGenerator::generate(*opened.value(), cli.clock(), options, progress);
        if (done) {
            employees = SqlQuery::scalar(*opened.value(), QStringLiteral("SELECT count(*) FROM employees"))
                            .toLongLong();
            customers = SqlQuery::scalar(*opened.value(), QStringLiteral("SELECT count(*) FROM customers"))
                            .toLongLong();
        }
    }
    opened.value().reset();
    if (!done) {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
        return cli.fail(done.error());
    }
    cli.out() << tr("Created the demo company in %1: %n employee(s) and %2 customers in %3 s.", nullptr,
                    int(employees))
                     .arg(path)
                     .arg(customers)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
              << '\n'
              << tr("Users: admin, hr, finance, manager, sales, auditor (all with the given password).")
              << '\n'
              << Qt::flush;
    return 0;
}

} // namespace tl::core
