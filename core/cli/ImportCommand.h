#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace tl::core {

// `import KIND FILE [--dry-run] [--errors OUT.csv]`: all-or-nothing import of one of ImportKinds::keys().
class ImportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override { return QStringLiteral("KIND FILE [--dry-run] [--errors OUT.csv]"); }
    QString description() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliRuntime& cli, const QCommandLineParser& args) override;
};

} // namespace tl::core
