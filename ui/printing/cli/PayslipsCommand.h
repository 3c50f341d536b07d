#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace tl::core {
class CliRuntime;
} // namespace tl::core

namespace tl::ui {

// `payslips` (DESIGN §4): the payroll documents of a month, one output per call.
//   payslips YYYY-MM --out FILE.pdf [--employee CODE] [--layout a4|strips] [--employer-costs]
//       printable payslips: one A4 page per person (default) or 工资条 strips, five per landscape page;
//       --employer-costs adds the employer's contributions to the A4 payslip.
//   payslips YYYY-MM --summary FILE.pdf|.csv|.xlsx   the payroll summary by department
//   payslips YYYY-MM --bank-file FILE.csv|.xlsx      the bank batch file of net pay (approved or locked run)
//   payslips YYYY-MM --tax-list FILE.xlsx|.csv       the income-tax withholding list (approved or locked run)
// Exit codes: 1 usage (bad month, layout or option combination), 2 invalid output file, 3 not allowed,
// 4 no run for the month, unknown employee or no payslip, 5 the run is not approved (bank file, tax list, an
// employee's own payslip).
class PayslipsCommand final : public core::CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::PayslipsCommand)

public:
    QString name() const override { return QStringLiteral("payslips"); }
    QString synopsis() const override;
    QString description() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    int run(core::CliRuntime& cli, const QCommandLineParser& args) override;
};

} // namespace tl::ui
