#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace tl::core {

// `demo [--scale small|medium|large] [--seed N]`: a new database filled with the demo company.
class DemoCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString synopsis() const override { return QStringLiteral("[--scale small|medium|large] [--seed N]"); }
    QString description() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliRuntime& cli, const QCommandLineParser& args) override;
};

} // namespace tl::core
