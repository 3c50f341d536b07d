#include "printing/cli/PayslipsCommand.h"

#include "cli/CliRuntime.h"
#include "db/Database.h"
#include "money/MoneyFormat.h"
#include "payroll/BankFile.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/PayrollSummary.h"
#include "payroll/PayslipDocument.h"
#include "payroll/TaxWithholdingList.h"
#include "printing/PayslipHtml.h"
#include "printing/PdfExporter.h"
#include "printing/cli/CliLookup.h"

namespace tl::ui {

namespace {

const QString kOut = QStringLiteral("out");
const QString kEmployee = QStringLiteral("employee");
const QString kLayout = QStringLiteral("layout");
const QString kEmployerCosts = QStringLiteral("employer-costs");
const QString kSummary = QStringLiteral("summary");
const QString kBankFile = QStringLiteral("bank-file");
const QString kTaxList = QStringLiteral("tax-list");

} // namespace

QString PayslipsCommand::synopsis() const
{
    return QStringLiteral("YYYY-MM --out FILE.pdf [--employee CODE] [--layout a4|strips] [--employer-costs]\n"
                          "       payslips YYYY-MM --summary FILE.pdf|.csv|.xlsx\n"
                          "       payslips YYYY-MM --bank-file FILE.csv|.xlsx\n"
                          "       payslips YYYY-MM --tax-list FILE.xlsx|.csv");
}

QString PayslipsCommand::description() const
{
    return tr("Payroll documents: payslips, the summary by department, the bank file and the tax withholding "
              "list.");
}

QString PayslipsCommand::details() const
{
    return tr("Each call writes one document of the month's payroll run (its current calculation):\n"
              "--out FILE.pdf: the payslips, one A4 page per person with every line explained (--layout a4, "
              "the default) or pay strips to cut apart, %1 per landscape page (--layout strips); --employee "
              "prints one person's only, --employer-costs adds the employer's contributions to the A4 "
              "payslip. HR and auditors print anyone's payslip; everyone else only their own, once the run "
              "is approved.\n"
              "--summary FILE: the payroll summary by department (headcount, gross pay, each contribution, "
              "income tax, net pay, employer costs, totals) as PDF, CSV or XLSX.\n"
              "--bank-file FILE: the bank batch file of net pay (employee code, name, account, bank, amount) "
              "with a total row, as CSV or XLSX; payslips without a bank account are left out and listed. "
              "Only for an approved or locked run.\n"
              "--tax-list FILE: the income-tax withholding list in the columns of the tax client's import "
              "(工号, 姓名, 证件类型, 证件号码, 本期收入, … 本期应预扣预缴税额), as XLSX or CSV. Only for an "
              "approved or locked run; an annual bonus taxed separately is listed for its own declaration.\n"
              "Exit codes: 1 usage, 2 invalid output file, 3 not allowed, 4 no run for the month, unknown "
              "employee or no payslip, 5 the run is not approved yet.")
        .arg(PayslipHtml::kStripsPerPage);
}

QList<QCommandLineOption> PayslipsCommand::options() const
{
    return {
        {kOut, tr("The PDF file of the payslips."), QStringLiteral("FILE")},
        {kEmployee, tr("With --out: one employee's payslip only (employee code)."), QStringLiteral("CODE")},
        {kLayout, tr("With --out: a4 (one payslip per page, default) or strips."), QStringLiteral("LAYOUT")},
        {kEmployerCosts, tr("With --out --layout a4: add the employer's contributions.")},
        {kSummary, tr("The payroll summary by department (.pdf, .csv or .xlsx)."), QStringLiteral("FILE")},
        {kBankFile, tr("The bank batch file of net pay (.csv or .xlsx)."), QStringLiteral("FILE")},
        {kTaxList, tr("The income-tax withholding list (.xlsx or .csv)."), QStringLiteral("FILE")}};
}

int PayslipsCommand::run(core::CliRuntime& cli, const QCommandLineParser& args)
{
    const QStringList positional = args.positionalArguments();
    if (positional.isEmpty())
        return cli.usageError(tr("Give the month (YYYY-MM)."));
    if (positional.size() > 1)
        return cli.usageError(tr("Unexpected argument '%1'.").arg(positional.at(1)));
    const auto period = core::PayrollPeriod::parse(positional.first());
    if (!period)
        return cli.usageError(tr("The month must be YYYY-MM: '%1'.").arg(positional.first()));
    const QString key = period->key();

    const int outputs = int(args.isSet(kOut)) + int(args.isSet(kSummary)) + int(args.isSet(kBankFile)) +
                        int(args.isSet(kTaxList));
    if (outputs != 1)
        return cli.usageError(tr("Give exactly one of --out FILE.pdf, --summary FILE, --bank-file FILE and "
                                 "--tax-list FILE."));
    if (!args.isSet(kOut))
        for (const QString& option : {kEmployee, kLayout, kEmployerCosts})
            if (args.isSet(option))
                return cli.usageError(
                    tr("The option --%1 applies to the payslips (--out) only.").arg(option));
    PayslipHtml::Layout layout = PayslipHtml::Layout::A4;
    if (args.isSet(kLayout)) {
        const QString value = args.value(kLayout);
        if (value == QLatin1String("strips"))
            layout = PayslipHtml::Layout::Strips;
        else if (value != QLatin1String("a4"))
            return cli.usageError(tr("Unknown layout '%1': use a4 or strips.").arg(value));
    }
    if (args.isSet(kEmployerCosts) && layout != PayslipHtml::Layout::A4)
        return cli.usageError(tr("--employer-costs applies to the A4 layout only."));

    // The output file, checked before anything is read.
    QString out;
    QStringList accepted;
    if (args.isSet(kOut)) {
        out = args.value(kOut);
        accepted = {QStringLiteral("pdf")};
    } else if (args.isSet(kSummary)) {
        out = args.value(kSummary);
        accepted = {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("xlsx")};
    } else if (args.isSet(kBankFile)) {
        out = args.value(kBankFile);
        accepted = {QStringLiteral("csv"), QStringLiteral("xlsx")};
    } else {
        out = args.value(kTaxList);
        accepted = {QStringLiteral("xlsx"), QStringLiteral("csv")};
    }
    const core::Result<QString> kind = CliLookup::outputKind(out, accepted);
    if (!kind)
        return cli.fail(kind.error());

    auto connection = cli.connect();
    if (!connection)
        return cli.fail(connection.error());
    const core::Context ctx = cli.context(connection.value());
    QTextStream& stream = cli.out();

    if (args.isSet(kOut)) {
        const auto payslips = core::PayslipDocument::build(ctx, key, args.value(kEmployee));
        if (!payslips)
            return cli.fail(payslips.error());
        const PrintDocuments documents =
            PayslipHtml::documents(*payslips, layout, args.isSet(kEmployerCosts));
        const core::Result<int> pages = PdfExporter::write(
            out, documents,
            QStringLiteral("%1 %2").arg(layout == PayslipHtml::Layout::Strips ? PayslipHtml::stripsTitle()
                                                                              : PayslipHtml::title(),
                                        key));
        if (!pages)
            return cli.fail(pages.error());
        for (const core::PayslipDocument& p : *payslips)
            stream << p.employeeCode << ' ' << p.employeeName << ' ' << core::formatMoney(p.net) << '\n';
        stream << tr("Payslips of %1: %n payslip(s) written to %2 (%3).", nullptr, int(payslips->size()))
                      .arg(key, out, tr("%n page(s)", nullptr, *pages))
               << '\n'
               << Qt::flush;
        return 0;
    }

    if (args.isSet(kSummary)) {
        const core::PayrollSummary summary(ctx);
        core::Result<core::PayrollSummary::Data> data =
            *kind == QLatin1String("pdf") ? summary.build(key) : summary.exportFile(key, out);
        if (!data)
            return cli.fail(data.error());
        if (*kind == QLatin1String("pdf")) {
            const core::Result<int> pages = PdfExporter::write(out, PayslipHtml::summaryDocument(*data));
            if (!pages)
                return cli.fail(pages.error());
        }
        stream
            << tr("Payroll summary of %1: %n department(s), %2 payslip(s), gross %3, net %4, employer costs "
                  "%5; written to %6.",
                  nullptr, int(data->rows.size()))
                   .arg(key)
                   .arg(data->total.headcount)
                   .arg(core::formatMoney(data->total.gross), core::formatMoney(data->total.net),
                        core::formatMoney(data->total.employerCost), out)
            << '\n'
            << Qt::flush;
        return 0;
    }

    if (args.isSet(kBankFile)) {
        const auto data = core::BankFile(ctx).exportFile(key, out);
        if (!data)
            return cli.fail(data.error());
        for (const core::BankFile::Skipped& s : data->skipped)
            cli.err() << tr("warning: %1 %2 is not in the bank file (%3): %4")
                             .arg(s.employeeCode, s.employeeName, s.reason, core::formatMoney(s.amount))
                      << '\n';
        cli.err().flush();
        stream << tr("Bank file of %1: %n transfer(s), total %2; written to %3.", nullptr,
                     int(data->transfers.size()))
                      .arg(key, core::formatMoney(data->total), out)
               << '\n'
               << Qt::flush;
        return 0;
    }

    const auto data = core::TaxWithholdingList(ctx).exportFile(key, out);
    if (!data)
        return cli.fail(data.error());
    for (const QString& warning : data->warnings)
        cli.err() << tr("warning: %1").arg(warning) << '\n';
    for (const core::TaxWithholdingList::SeparateBonus& b : data->bonuses)
        cli.err() << tr("note: %1 %2 has an annual bonus of %3 taxed separately (tax %4); declare it as "
                        "全年一次性奖金收入.")
                         .arg(b.employeeCode, b.employeeName, core::formatMoney(b.bonus),
                              core::formatMoney(b.tax))
                  << '\n';
    cli.err().flush();
    stream << tr("Withholding list of %1: %n row(s), income %2, tax withheld %3; written to %4.", nullptr,
                 int(data->rows.size()))
                  .arg(key, core::formatMoney(data->totalIncome), core::formatMoney(data->totalTax), out)
           << '\n'
           << Qt::flush;
    return 0;
}

} // namespace tl::ui
