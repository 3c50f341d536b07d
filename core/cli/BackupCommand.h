#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace tl::core {

// `backup FILE`: a consistent copy of the open database (never overwrites a file).
class BackupCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::BackupCommand)
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override { return QStringLiteral("FILE"); }
    QString description() const override;
    int run(CliRuntime& cli, const QCommandLineParser& args) override;
};

} // namespace tl::core
