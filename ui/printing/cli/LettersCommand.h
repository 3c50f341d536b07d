#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace tl::ui {

// `letters generate (--customer CODE | --salesperson CODE | --all) --as-of DATE --out FILE.pdf` (DESIGN §4,
// §2.4): creates one draft reconciliation letter (对账函) per customer with a balance as of the date through
// LetterService (ManageLetters, the session's scope, audited), writes them all into one PDF, one letter
// after another each starting on a new page, and prints each letter's number, customer and balance and
// then the count. Nothing to write (no balance) creates no file. Exit codes: 1 usage, 2 invalid date or
// output file, 3 not allowed, 4 unknown customer or salesperson.
class LettersCommand final : public core::CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::LettersCommand)

public:
    QString name() const override { return QStringLiteral("letters"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "generate (--customer CODE | --salesperson CODE | --all) --as-of DATE --out FILE.pdf");
    }
    QString description() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    int run(core::CliRuntime& cli, const QCommandLineParser& args) override;
};

} // namespace tl::ui
