#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace tl::core {

// `export KIND FILE`: a list as CSV or XLSX, chosen by the file's extension.
class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override { return QStringLiteral("KIND FILE [--include-left]"); }
    QString description() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliRuntime& cli, const QCommandLineParser& args) override;
};

} // namespace tl::core
