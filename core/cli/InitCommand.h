#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace tl::core {

// `init [--company NAME] [--city shanghai|beijing]`: a new database with the company and the administrator.
class InitCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override { return QStringLiteral("[--company NAME] [--city shanghai|beijing]"); }
    QString description() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliRuntime& cli, const QCommandLineParser& args) override;
};

} // namespace tl::core
