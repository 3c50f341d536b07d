#include "printing/cli/ReportCommand.h"

#include "cli/CliRuntime.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "io/ExportService.h"
#include "money/MoneyFormat.h"
#include "printing/PdfExporter.h"
#include "printing/ReportHtml.h"
#include "printing/cli/AgingOutput.h"
#include "printing/cli/CliLookup.h"
#include "printing/cli/ReceivablesListTable.h"
#include "receivables/InterestCalculator.h"

namespace tl::ui {

namespace {

const QString kAsOf = QStringLiteral("as-of");
const QString kBy = QStringLiteral("by");
const QString kFormat = QStringLiteral("format");
const QString kSalesperson = QStringLiteral("salesperson");
const QString kCustomer = QStringLiteral("customer");
const QString kOut = QStringLiteral("out");

} // namespace

QString ReportCommand::synopsis() const
{
    return QStringLiteral(
        "aging --as-of DATE [--by customer|salesperson|team|customer-type] "
        "[--format text|json|csv]\n"
        "       report receivables (--salesperson CODE [--customer CODE] | --customer CODE) "
        "[--as-of DATE] --out FILE.pdf|.csv|.xlsx");
}

QString ReportCommand::description() const
{
    return tr("Receivables reports: ageing, and the receivables list of a salesperson or a customer.");
}

QString ReportCommand::details() const
{
    return tr("'aging' sums the open balances as of the date by days past due (buckets from the company's "
              "settings) per customer, salesperson (the collector), team or customer type, with a total; "
              "amounts in JSON and CSV are plain numbers with two decimals.\n"
              "'receivables' writes the list of open items of a salesperson (the instalments they collect) "
              "or of a customer as of a date (default: today) with days past due, ageing, late interest and "
              "the latest reconciliation letter: a PDF ready to sign, or a CSV or XLSX table.\n"
              "Exit codes: 1 usage, 2 invalid date or output file, 3 not allowed, 4 unknown salesperson or "
              "customer.");
}

QList<QCommandLineOption> ReportCommand::options() const
{
    return {{kAsOf, tr("The day the balances are taken on (aging: required; receivables: default today)."),
             QStringLiteral("DATE")},
            {kBy, tr("aging: customer, salesperson (default), team or customer-type."), QStringLiteral("BY")},
            {kFormat, tr("aging: text (default), json or csv."), QStringLiteral("FORMAT")},
            {kSalesperson, tr("receivables: the salesperson's employee code."), QStringLiteral("CODE")},
            {kCustomer, tr("receivables: the customer's code."), QStringLiteral("CODE")},
            {kOut, tr("receivables: the file to write (.pdf, .csv or .xlsx)."), QStringLiteral("FILE")}};
}

int ReportCommand::run(core::CliRuntime& cli, const QCommandLineParser& args)
{
    const QStringList positional = args.positionalArguments();
    if (positional.isEmpty())
        return cli.usageError(tr("Give the report: aging or receivables."));
    if (positional.size() > 1)
        return cli.usageError(tr("Unexpected argument '%1'.").arg(positional.at(1)));
    if (positional.first() == QLatin1String("aging"))
        return aging(cli, args);
    if (positional.first() == QLatin1String("receivables"))
        return receivables(cli, args);
    return cli.usageError(tr("Unknown report '%1': use aging or receivables.").arg(positional.first()));
}

int ReportCommand::aging(core::CliRuntime& cli, const QCommandLineParser& args)
{
    for (const QString& option : {kSalesperson, kCustomer, kOut})
        if (args.isSet(option))
            return cli.usageError(tr("The option --%1 does not apply to the ageing report.").arg(option));
    if (!args.isSet(kAsOf))
        return cli.usageError(tr("Give the as-of date: --as-of DATE."));
    const QString byText = args.isSet(kBy) ? args.value(kBy) : QStringLiteral("salesperson");
    const std::optional<core::AgingReport::Dimension> by = core::AgingReport::dimensionFromKey(byText);
    if (!by)
        return cli.usageError(
            tr("Unknown grouping '%1': use customer, salesperson, team or customer-type.").arg(byText));
    // The JSON states the grouping in the CLI's spelling.
    const QString byKey = *by == core::AgingReport::Dimension::CustomerType
                              ? QStringLiteral("customer-type")
                              : core::AgingReport::dimensionKey(*by);
    const QString format = args.isSet(kFormat) ? args.value(kFormat) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv"))
        return cli.usageError(tr("Unknown format '%1': use text, json or csv.").arg(format));
    const core::Result<QDate> asOf = CliLookup::date(kAsOf, args.value(kAsOf));
    if (!asOf)
        return cli.fail(asOf.error());

    auto connection = cli.connect();
    if (!connection)
        return cli.fail(connection.error());
    const core::Context ctx = cli.context(connection.value());
    const core::Result<core::AgingReport::Report> report = core::AgingReport(ctx).run(*asOf, *by);
    if (!report)
        return cli.fail(report.error());

    if (format == QLatin1String("json"))
        cli.out() << AgingOutput::json(*report, byKey) << '\n';
    else if (format == QLatin1String("csv"))
        cli.out() << AgingOutput::csv(*report);
    else
        cli.out() << AgingOutput::text(*report);
    cli.out() << Qt::flush;
    return 0;
}

int ReportCommand::receivables(core::CliRuntime& cli, const QCommandLineParser& args)
{
    for (const QString& option : {kBy, kFormat})
        if (args.isSet(option))
            return cli.usageError(
                tr("The option --%1 does not apply to the receivables list; the format follows the "
                   "extension of --out.")
                    .arg(option));
    if (!args.isSet(kSalesperson) && !args.isSet(kCustomer))
        return cli.usageError(tr("Give whose list to print: --salesperson CODE and/or --customer CODE."));
    if (!args.isSet(kOut))
        return cli.usageError(tr("Give the file to write: --out FILE.pdf, FILE.csv or FILE.xlsx."));
    const QString out = args.value(kOut);
    const core::Result<QString> kind =
        CliLookup::outputKind(out, {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("xlsx")});
    if (!kind)
        return cli.fail(kind.error());
    QDate asOf = cli.clock().today();
    if (args.isSet(kAsOf)) {
        const core::Result<QDate> date = CliLookup::date(kAsOf, args.value(kAsOf));
        if (!date)
            return cli.fail(date.error());
        asOf = *date;
    }

    auto connection = cli.connect();
    if (!connection)
        return cli.fail(connection.error());
    const core::Context ctx = cli.context(connection.value());
    qint64 employeeId = 0, customerId = 0;
    if (args.isSet(kSalesperson)) {
        const core::Result<qint64> id = CliLookup::employeeId(ctx, args.value(kSalesperson));
        if (!id)
            return cli.fail(id.error());
        employeeId = *id;
    }
    if (args.isSet(kCustomer)) {
        const core::Result<qint64> id = CliLookup::customerId(ctx, args.value(kCustomer));
        if (!id)
            return cli.fail(id.error());
        customerId = *id;
    }

    const core::ReceivablesListReport report(ctx);
    core::Result<core::ReceivablesListReport::Data> data =
        employeeId ? report.forCollector(employeeId, asOf) : report.forCustomer(customerId, asOf);
    if (!data)
        return cli.fail(data.error());
    if (employeeId && customerId) {
        // The salesperson's list narrowed to the customer; interest of instalments already paid included.
        const auto lines = core::InterestCalculator(ctx).forCustomer(customerId, asOf);
        if (!lines)
            return cli.fail(lines.error());
        qint64 interest = 0;
        for (const core::InterestCalculator::Line& line : *lines)
            if (line.collectorId == employeeId)
                interest += line.outstanding;
        data = ReceivablesListTable::restrictToCustomer(*data, customerId, interest);
    }

    QString written;
    if (*kind == QLatin1String("pdf")) {
        const core::Result<int> pages = PdfExporter::write(out, ReportHtml::receivablesListDocument(*data));
        if (!pages)
            return cli.fail(pages.error());
        written = tr("%n page(s)", nullptr, *pages);
    } else {
        auto writer = core::ExportService::openWriter(out);
        if (!writer)
            return cli.fail(writer.error());
        if (const core::Status status = ReceivablesListTable::write(*data, *writer.value()); !status)
            return cli.fail(status.error());
        written = tr("%n row(s)", nullptr, int(data->items.size()));
    }
    cli.out() << tr("Receivables list of %1 %2 as of %3: %n open item(s), balance %4, overdue %5; written to "
                    "%6 (%7).",
                    nullptr, int(data->items.size()))
                     .arg(data->subjectCode, data->subjectName, asOf.toString(Qt::ISODate),
                          core::formatMoney(core::Money::fromFen(data->balance)),
                          core::formatMoney(core::Money::fromFen(data->overdue)), out, written)
              << '\n'
              << Qt::flush;
    return 0;
}

} // namespace tl::ui
