#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace tl::core {

// `pool sweep [--as-of DATE] [--dry-run] [--format json]` (DESIGN §4): applies the reclaim rules as of a
// date (default today), or with --dry-run only lists what would move. Text prints one line per moved,
// warned and exempt customer and a summary; JSON is exactly PoolSweep::toJson. The CLI never sweeps
// implicitly: only this command does.
class PoolCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PoolCommand)
public:
    QString name() const override { return QStringLiteral("pool"); }
    QString synopsis() const override
    {
        return QStringLiteral("sweep [--as-of DATE] [--dry-run] [--format json]");
    }
    QString description() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliRuntime& cli, const QCommandLineParser& args) override;
};

} // namespace tl::core
