#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace tl::core {

// `check`: SQLite integrity, foreign keys and the audit trail; exit 0 when clean, 5 otherwise.
class CheckCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override { return {}; }
    QString description() const override;
    QString details() const override;
    int run(CliRuntime& cli, const QCommandLineParser& args) override;
};

} // namespace tl::core
