#include "cli/PoolCommand.h"

#include "cli/CliProgress.h"
#include "cli/CliRuntime.h"
#include "common/Clock.h"
#include "customers/PoolSweep.h"
#include "db/Database.h"
#include "org/Validation.h"
#include "receivables/ReceivablesPoolFacts.h"

namespace tl::core {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QString PoolCommand::description() const
{
    return tr("Customer pool: run the reclaim sweep, or preview it.");
}

QString PoolCommand::details() const
{
    return tr(
        "'sweep' moves owned customers whose reclaim rule fell due on or before the as-of date back to the "
        "pool (no follow-up or no deal for the days of their level's rule), with ownership history and audit "
        "records, and lists the customers in the warning window and those exempt because of open "
        "receivables. Running it again on the same data moves nothing. Needs the right to manage the pool "
        "rules (exit code 3 otherwise).");
}

QList<QCommandLineOption> PoolCommand::options() const
{
    return {{QStringLiteral("as-of"), tr("The day the rules are applied for (default: today)."),
             QStringLiteral("DATE")},
            {QStringLiteral("dry-run"), tr("List what would move; change nothing.")},
            {QStringLiteral("format"), tr("text (default) or json."), QStringLiteral("FORMAT")}};
}

int PoolCommand::run(CliRuntime& cli, const QCommandLineParser& args)
{
    const QStringList positional = args.positionalArguments();
    if (positional.isEmpty())
        return cli.usageError(tr("Give the pool command: sweep."));
    if (positional.first() != QLatin1String("sweep"))
        return cli.usageError(tr("Unknown pool command '%1': use sweep.").arg(positional.first()));
    if (positional.size() > 1)
        return cli.usageError(tr("Unexpected argument '%1'.").arg(positional.at(1)));

    QDate asOf = cli.clock().today();
    if (args.isSet(QStringLiteral("as-of"))) {
        const QString text = args.value(QStringLiteral("as-of"));
        asOf = parseUserDate(text);
        if (!asOf.isValid())
            return cli.usageError(tr("The as-of date must be a date (YYYY-MM-DD): '%1'.").arg(text));
    }
    const QString format =
        args.isSet(QStringLiteral("format")) ? args.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return cli.usageError(tr("Unknown format '%1': use text or json.").arg(format));
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));

    auto connection = cli.connect();
    if (!connection)
        return cli.fail(connection.error());
    const Context ctx = cli.context(connection.value());
    // Deals and open receivables from the contracts and the receivables ledger.
    const ReceivablesPoolFacts facts(ctx.db);
    Result<PoolSweep::Outcome> outcome = [&] {
        CliProgress progress(cli.err(), cli.interactive());
        return PoolSweep(ctx, facts).run(asOf, dryRun, progress);
    }();
    if (!outcome)
        return cli.fail(outcome.error());

    if (format == QLatin1String("json")) {
        cli.out() << PoolSweep::toJson(*outcome) << '\n' << Qt::flush;
        return 0;
    }
    const auto reason = [](const PoolSweep::Item& item) {
        return item.reason == QLatin1String("no_deal") ? tr("no deal (due %1)").arg(iso(item.dueOn))
                                                       : tr("no follow-up (due %1)").arg(iso(item.dueOn));
    };
    QTextStream& out = cli.out();
    for (const PoolSweep::Item& item : outcome->moved)
        out << (dryRun ? tr("would move %1 %2 (owner %3): %4") : tr("moved %1 %2 (owner %3): %4"))
                   .arg(item.customerCode, item.customerName, item.ownerCode, reason(item))
            << '\n';
    for (const PoolSweep::Item& item : outcome->warned)
        out << tr("warned %1 %2 (owner %3): %4, %n day(s) left", nullptr, item.daysLeft)
                   .arg(item.customerCode, item.customerName, item.ownerCode, reason(item))
            << '\n';
    for (const PoolSweep::Item& item : outcome->exempt)
        out << tr("exempt %1 %2 (owner %3): open receivables, flagged to the manager instead of moved")
                   .arg(item.customerCode, item.customerName, item.ownerCode)
            << '\n';
    const qsizetype moved = outcome->moved.size(), warned = outcome->warned.size(),
                    exempt = outcome->exempt.size();
    out << (dryRun ? tr("Pool sweep as of %1 (dry run, nothing changed): %2 to move, %3 warned, %4 exempt.")
                   : tr("Pool sweep as of %1: %2 moved, %3 warned, %4 exempt."))
               .arg(iso(asOf))
               .arg(moved)
               .arg(warned)
               .arg(exempt)
        << '\n'
        << Qt::flush;
    return 0;
}

} // namespace tl::core
