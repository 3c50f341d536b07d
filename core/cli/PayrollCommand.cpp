#include "cli/PayrollCommand.h"

#include "cli/CliProgress.h"
#include "cli/CliRuntime.h"
#include "db/Database.h"
#include "io/CsvWriter.h"
#include "money/MoneyFormat.h"
#include "payroll/PayLines.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/PayrollRunService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::core {

QString PayrollCommand::description() const
{
    return tr("Payroll: calculate, approve and lock a month's run, or show its payslips.");
}

QString PayrollCommand::details() const
{
    return tr("'calc YYYY-MM' calculates the payslips of every employee employed in the month (recalculating "
              "replaces them until the run is approved); 'approve' and 'lock' move the run on, and a locked "
              "run can never change again (exit code 5). 'show' prints the payslips: every one for HR and "
              "auditors, otherwise only your own once the run is approved.");
}

QList<QCommandLineOption> PayrollCommand::options() const
{
    return {{QStringLiteral("employee"), tr("show: one employee's payslip only."), QStringLiteral("CODE")},
            {QStringLiteral("format"), tr("show: text (default), json or csv."), QStringLiteral("FORMAT")}};
}

int PayrollCommand::run(CliRuntime& cli, const QCommandLineParser& args)
{
    const QStringList positional = args.positionalArguments();
    const QStringList actions{QStringLiteral("calc"), QStringLiteral("approve"), QStringLiteral("lock"),
                              QStringLiteral("show")};
    if (positional.isEmpty())
        return cli.usageError(tr("Give the payroll command: calc, approve, lock or show."));
    const QString action = positional.first();
    if (!actions.contains(action))
        return cli.usageError(
            tr("Unknown payroll command '%1': use calc, approve, lock or show.").arg(action));
    if (positional.size() < 2)
        return cli.usageError(tr("Give the month (YYYY-MM)."));
    if (positional.size() > 2)
        return cli.usageError(tr("Unexpected argument '%1'.").arg(positional.at(2)));
    const auto period = PayrollPeriod::parse(positional.at(1));
    if (!period)
        return cli.usageError(tr("The month must be YYYY-MM: '%1'.").arg(positional.at(1)));
    const QString format =
        args.isSet(QStringLiteral("format")) ? args.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv"))
        return cli.usageError(tr("Unknown format '%1': use text, json or csv.").arg(format));
    if (action != QLatin1String("show") &&
        (args.isSet(QStringLiteral("format")) || args.isSet(QStringLiteral("employee"))))
        return cli.usageError(tr("--employee and --format are options of 'show'."));

    auto connection = cli.connect();
    if (!connection)
        return cli.fail(connection.error());
    const Context ctx = cli.context(*connection);
    PayrollRunService service(ctx);
    const QString key = period->key();

    if (action == QLatin1String("calc")) {
        CliProgress progress(cli.err(), cli.interactive());
        const auto calculated = service.calculate(key, progress);
        if (!calculated)
            return cli.fail(calculated.error());
        for (const PayrollIssue& issue : calculated->issues)
            cli.err() << tr("warning: %1").arg(issue.message) << '\n';
        cli.err().flush();
        const PayrollRun& r = calculated->run;
        cli.out()
            << tr("Payroll %1 calculated: %n payslip(s), gross %2, net %3, income tax %4, employer costs %5.",
                  nullptr, r.payslipCount)
                   .arg(key, formatMoney(r.gross), formatMoney(r.net), formatMoney(r.iit),
                        formatMoney(r.employerCost))
            << '\n'
            << Qt::flush;
        return 0;
    }
    if (action == QLatin1String("approve")) {
        if (const Status s = service.approve(key); !s)
            return cli.fail(s.error());
        cli.out() << tr("Payroll %1 approved.").arg(key) << '\n' << Qt::flush;
        return 0;
    }
    if (action == QLatin1String("lock")) {
        if (const Status s = service.lock(key); !s)
            return cli.fail(s.error());
        cli.out() << tr("Payroll %1 locked: it can no longer change.").arg(key) << '\n' << Qt::flush;
        return 0;
    }

    // show
    const auto payslips = service.payslips(key, args.value(QStringLiteral("employee")));
    if (!payslips)
        return cli.fail(payslips.error());
    const auto run = service.run(key);
    if (!run)
        return cli.fail(run.error());
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Payslip& p : *payslips) {
            QJsonArray lines;
            for (const PayslipLine& l : p.lines)
                lines.append(QJsonObject{{QStringLiteral("code"), l.code},
                                         {QStringLiteral("name"), l.name},
                                         {QStringLiteral("amount"), formatPlain(l.amount)}});
            list.append(QJsonObject{{QStringLiteral("employee"), p.employeeCode},
                                    {QStringLiteral("name"), p.employeeName},
                                    {QStringLiteral("lines"), lines},
                                    {QStringLiteral("gross"), formatPlain(p.gross)},
                                    {QStringLiteral("net"), formatPlain(p.net)}});
        }
        cli.out() << QJsonDocument(QJsonObject{{QStringLiteral("period"), key},
                                               {QStringLiteral("status"), run->status},
                                               {QStringLiteral("payslips"), list}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
    } else if (format == QLatin1String("csv")) {
        QStringList header{QStringLiteral("employee"), QStringLiteral("name")};
        header += payLineCodes();
        header << QStringLiteral("gross") << QStringLiteral("net") << QStringLiteral("employer_cost");
        cli.out() << CsvWriter::formatRow(header);
        for (const Payslip& p : *payslips) {
            QStringList row{p.employeeCode, p.employeeName};
            for (const QString& code : payLineCodes())
                row << formatPlain(p.amount(code));
            row << formatPlain(p.gross) << formatPlain(p.net) << formatPlain(p.employerCost);
            cli.out() << CsvWriter::formatRow(row);
        }
    } else {
        cli.out() << tr("Payroll %1 (%2): %n payslip(s).", nullptr, int(payslips->size()))
                         .arg(key, PayrollStatus::name(run->status))
                  << '\n';
        for (const Payslip& p : *payslips) {
            cli.out() << tr("%1 %2: gross %3, net %4")
                             .arg(p.employeeCode, p.employeeName, formatMoney(p.gross), formatMoney(p.net))
                      << '\n';
            for (const PayslipLine& l : p.lines)
                cli.out() << QStringLiteral("  %1 %2  %3\n")
                                 .arg(l.name, -34)
                                 .arg(formatMoney(l.amount), 14)
                                 .arg(l.explanation);
        }
    }
    cli.out().flush();
    return 0;
}

} // namespace tl::core
