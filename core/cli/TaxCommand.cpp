#include "cli/TaxCommand.h"

#include "cli/CliRuntime.h"
#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"
#include "payroll/IncomeTax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::core {

QString TaxCommand::description() const
{
    return tr("Income tax: cumulative withholding for equal months (a calculator; opens no database).");
}

QString TaxCommand::details() const
{
    return tr(
        "'iit' computes the cumulative withholding of individual income tax month by month from January "
        "for a constant monthly income: the taxable amount to date, the cumulative tax and the tax "
        "withheld in each month, with the 7-bracket table and 5,000 a month of basic deduction. "
        "Amounts are in yuan; --insurance is the employee's own social insurance and housing fund, "
        "--special the special additional deductions per month.");
}

QList<QCommandLineOption> TaxCommand::options() const
{
    return {{QStringLiteral("income"), tr("Monthly income in yuan."), QStringLiteral("A")},
            {QStringLiteral("insurance"), tr("Monthly social insurance and housing fund (employee part)."),
             QStringLiteral("B")},
            {QStringLiteral("special"), tr("Monthly special additional deductions."), QStringLiteral("C")},
            {QStringLiteral("months"), tr("Number of months from January, 1 to 12 (default 12)."),
             QStringLiteral("N")},
            {QStringLiteral("rule"),
             tr("Basic deduction: standard (default), first-job (first job in the year) or low-earner "
                "(60,000 from January)."),
             QStringLiteral("RULE")},
            {QStringLiteral("format"), tr("text (default) or json."), QStringLiteral("FORMAT")}};
}

int TaxCommand::run(CliRuntime& cli, const QCommandLineParser& args)
{
    const QStringList positional = args.positionalArguments();
    if (positional.isEmpty() || positional.first() != QLatin1String("iit"))
        return cli.usageError(tr("Give the tax command: iit."));
    if (positional.size() > 1)
        return cli.usageError(tr("Unexpected argument '%1'.").arg(positional.at(1)));

    Money amounts[3];
    const char* names[3] = {"income", "insurance", "special"};
    for (int i = 0; i < 3; ++i) {
        const QString name = QLatin1String(names[i]);
        if (!args.isSet(name)) {
            if (i == 0)
                return cli.usageError(tr("--income is required."));
            continue;
        }
        auto parsed = parseMoney(args.value(name));
        if (!parsed.ok() || parsed->isNegative())
            return cli.usageError(
                tr("--%1 must be an amount in yuan of zero or more: '%2'.").arg(name, args.value(name)));
        amounts[i] = *parsed;
    }
    int months = 12;
    if (args.isSet(QStringLiteral("months"))) {
        bool ok = false;
        months = args.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || months < 1 || months > 12)
            return cli.usageError(tr("--months must be a whole number from 1 to 12."));
    }
    IncomeTax::DeductionRule rule = IncomeTax::DeductionRule::Standard;
    const QString ruleText = args.value(QStringLiteral("rule"));
    if (ruleText == QLatin1String("first-job"))
        rule = IncomeTax::DeductionRule::FirstJobInYear;
    else if (ruleText == QLatin1String("low-earner"))
        rule = IncomeTax::DeductionRule::LowEarnerPreviousYear;
    else if (!ruleText.isEmpty() && ruleText != QLatin1String("standard"))
        return cli.usageError(tr("Unknown rule '%1': use standard, first-job or low-earner.").arg(ruleText));
    const QString format =
        args.isSet(QStringLiteral("format")) ? args.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return cli.usageError(tr("Unknown format '%1': use text or json.").arg(format));

    const auto result = IncomeTax::equalMonths(amounts[0], amounts[1], amounts[2], months, rule);
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const auto& m : result)
            rows.append(
                QJsonObject{{QStringLiteral("month"), m.month},
                            {QStringLiteral("taxable"), formatPlain(m.withholding.taxable)},
                            {QStringLiteral("cumulative_tax"), formatPlain(m.withholding.cumulativeTax)},
                            {QStringLiteral("withheld"), formatPlain(m.withholding.thisMonth)}});
        cli.out()
            << QJsonDocument(QJsonObject{{QStringLiteral("months"), rows}}).toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        Money total;
        for (const auto& m : result) {
            cli.out() << tr("month %1: taxable to date %2, tax to date %3, withheld %4")
                             .arg(m.month)
                             .arg(formatMoney(m.withholding.taxable),
                                  formatMoney(m.withholding.cumulativeTax),
                                  formatMoney(m.withholding.thisMonth))
                      << '\n';
            total += m.withholding.thisMonth;
        }
        cli.out() << tr("withheld in %n month(s): %1", nullptr, months).arg(formatMoney(total)) << '\n';
    }
    cli.out().flush();
    return 0;
}

} // namespace tl::core
