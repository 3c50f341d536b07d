#include "printing/cli/LettersCommand.h"

#include "cli/CliProgress.h"
#include "cli/CliRuntime.h"
#include "db/Database.h"
#include "letters/LetterDocument.h"
#include "letters/LetterService.h"
#include "printing/LetterHtml.h"
#include "printing/PdfExporter.h"
#include "printing/cli/CliLookup.h"

namespace tl::ui {

namespace {

const QString kCustomer = QStringLiteral("customer");
const QString kSalesperson = QStringLiteral("salesperson");
const QString kAll = QStringLiteral("all");
const QString kAsOf = QStringLiteral("as-of");
const QString kOut = QStringLiteral("out");

} // namespace

QString LettersCommand::description() const
{
    return tr("Reconciliation letters: generate drafts and print them into one PDF.");
}

QString LettersCommand::details() const
{
    return tr("'generate' creates a draft letter for each customer with an open balance as of the date: one "
              "customer, the customers of one salesperson (only the instalments that salesperson collects) "
              "or all customers. The letters get their numbers, payment and reply deadlines from the "
              "company's settings and are written into one PDF, each on its own pages. The as-of date may "
              "not be after today.");
}

QList<QCommandLineOption> LettersCommand::options() const
{
    return {{kCustomer, tr("The letter of one customer (its code)."), QStringLiteral("CODE")},
            {kSalesperson, tr("The letters of a salesperson's customers (employee code)."),
             QStringLiteral("CODE")},
            {kAll, tr("The letters of every customer with a balance.")},
            {kAsOf, tr("The day the balances are confirmed for (required)."), QStringLiteral("DATE")},
            {kOut, tr("The PDF file to write (required)."), QStringLiteral("FILE")}};
}

int LettersCommand::run(core::CliRuntime& cli, const QCommandLineParser& args)
{
    const QStringList positional = args.positionalArguments();
    if (positional.isEmpty())
        return cli.usageError(tr("Give the letters command: generate."));
    if (positional.first() != QLatin1String("generate"))
        return cli.usageError(tr("Unknown letters command '%1': use generate.").arg(positional.first()));
    if (positional.size() > 1)
        return cli.usageError(tr("Unexpected argument '%1'.").arg(positional.at(1)));
    const int subjects = int(args.isSet(kCustomer)) + int(args.isSet(kSalesperson)) + int(args.isSet(kAll));
    if (subjects != 1)
        return cli.usageError(tr("Give exactly one of --customer CODE, --salesperson CODE and --all."));
    if (!args.isSet(kAsOf))
        return cli.usageError(tr("Give the as-of date: --as-of DATE."));
    if (!args.isSet(kOut))
        return cli.usageError(tr("Give the PDF file to write: --out FILE.pdf."));
    const QString out = args.value(kOut);
    if (const core::Result<QString> kind = CliLookup::outputKind(out, {QStringLiteral("pdf")}); !kind)
        return cli.fail(kind.error());
    const core::Result<QDate> asOf = CliLookup::date(kAsOf, args.value(kAsOf));
    if (!asOf)
        return cli.fail(asOf.error());

    auto connection = cli.connect();
    if (!connection)
        return cli.fail(connection.error());
    const core::Context ctx = cli.context(connection.value());
    core::LetterSubject subject = core::LetterSubject::all();
    if (args.isSet(kCustomer)) {
        const core::Result<qint64> id = CliLookup::customerId(ctx, args.value(kCustomer));
        if (!id)
            return cli.fail(id.error());
        subject = core::LetterSubject::customer(*id);
    } else if (args.isSet(kSalesperson)) {
        const core::Result<qint64> id = CliLookup::employeeId(ctx, args.value(kSalesperson));
        if (!id)
            return cli.fail(id.error());
        subject = core::LetterSubject::salesperson(*id);
    }

    const core::Result<core::LetterService::Generated> generated = [&] {
        core::CliProgress progress(cli.err(), cli.interactive());
        return core::LetterService(ctx).generate(*asOf, subject, progress);
    }();
    if (!generated)
        return cli.fail(generated.error());
    if (generated->letterIds.isEmpty()) {
        cli.out() << tr("No customer has an open balance as of %1: no letters generated, nothing written.")
                         .arg(asOf->toString(Qt::ISODate))
                  << '\n'
                  << Qt::flush;
        return 0;
    }

    const core::Result<QList<core::LetterDocument>> documents =
        core::LetterDocument::build(ctx, generated->letterIds);
    if (!documents)
        return cli.fail(documents.error());
    const core::Result<int> pages =
        PdfExporter::write(out, letterPrintDocuments(*documents),
                           tr("Reconciliation letters as of %1").arg(asOf->toString(Qt::ISODate)));
    if (!pages) {
        cli.err() << tr("The letters were generated as drafts (%1) but the PDF could not be written.")
                         .arg(generated->letterNos.join(QStringLiteral(", ")))
                  << '\n';
        return cli.fail(pages.error());
    }

    QTextStream& stream = cli.out();
    for (const core::LetterDocument& letter : *documents)
        stream << letter.letterNo << ' ' << letter.customerCode << ' ' << letter.customerName << ' '
               << letter.balanceFigures << '\n';
    stream << tr("Generated %n letter(s) as of %1, written to %2 (%3).", nullptr, int(documents->size()))
                  .arg(asOf->toString(Qt::ISODate), out, tr("%n page(s)", nullptr, *pages))
           << '\n'
           << Qt::flush;
    return 0;
}

} // namespace tl::ui
