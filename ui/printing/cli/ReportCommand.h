#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace tl::core {
class CliRuntime;
struct Context;
} // namespace tl::core

namespace tl::ui {

// `report` (DESIGN §4):
//   report aging --as-of DATE [--by customer|salesperson|team|customer-type] [--format text|json|csv]
//       ageing of the open receivables as of the date; JSON and CSV as documented in AgingOutput.h.
//   report receivables (--salesperson CODE [--customer CODE] | --customer CODE) [--as-of DATE]
//       --out FILE.pdf|.csv|.xlsx
//       the receivables list (应收账款明细表) of a salesperson (the instalments they collect; with --customer
//       only that customer's), or of a customer; PDF through ReportHtml, CSV/XLSX as ReceivablesListTable.
// Exit codes: 1 usage (unknown subcommand, option or value, a missing option), 2 invalid input (a date that
// is not one, an output file of another kind or in a missing folder), 3 permission denied, 4 unknown
// salesperson or customer.
class ReportCommand final : public core::CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override;
    QString description() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    int run(core::CliRuntime& cli, const QCommandLineParser& args) override;

private:
    int aging(core::CliRuntime& cli, const QCommandLineParser& args);
    int receivables(core::CliRuntime& cli, const QCommandLineParser& args);
};

} // namespace tl::ui
