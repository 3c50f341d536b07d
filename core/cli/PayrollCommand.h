#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace tl::core {

// `payroll calc|approve|lock YYYY-MM` and `payroll show YYYY-MM [--employee CODE] [--format
// text|json|csv]` (DESIGN §4): the monthly run's lifecycle through PayrollRunService, and its payslips.
// JSON: {"period":"2026-01","status":"calculated","payslips":[{"employee":"E001","name":"…",
// "lines":[{"code":"base","name":"…","amount":"30000.00"},…],"gross":"…","net":"…"}]}: amounts as
// strings with two decimals, the lines in payslip order with the employer's costs (employer_*) last.
// CSV: one row per payslip, a column per line code. Exit code 5 for a change to an approved or locked run.
class PayrollCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PayrollCommand)
public:
    QString name() const override { return QStringLiteral("payroll"); }
    QString synopsis() const override
    {
        return QStringLiteral("calc|approve|lock|show YYYY-MM [--employee CODE] [--format text|json|csv]");
    }
    QString description() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliRuntime& cli, const QCommandLineParser& args) override;
};

} // namespace tl::core
