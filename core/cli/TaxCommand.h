#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace tl::core {

// `tax iit --income A --insurance B --special C [--months N] [--format json]` (DESIGN §4): cumulative
// withholding of income tax for N equal months from January (domain-facts §1.1): monthly income A,
// the employee's social insurance and housing fund B, special additional deductions C. Optional
// --rule first-job|low-earner for the simplifications of domain-facts §1.6. A calculation only: it opens
// no database. JSON:
// {"months":[{"month":1,"taxable":"18500.00","cumulative_tax":"555.00","withheld":"555.00"},…]}.
class TaxCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::TaxCommand)
public:
    QString name() const override { return QStringLiteral("tax"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "iit --income A --insurance B --special C [--months N] [--rule standard|first-job|"
            "low-earner] [--format text|json]");
    }
    QString description() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliRuntime& cli, const QCommandLineParser& args) override;
};

} // namespace tl::core
