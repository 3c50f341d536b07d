#pragma once

#include "auth/Session.h"
#include "cli/CliCommand.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace tl::core {

class CliRuntime;

// `restore FILE`: inspects the backup, then replaces the database with it (the old file is kept beside it).
class RestoreCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::RestoreCommand)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override { return QStringLiteral("FILE"); }
    QString description() const override;
    QString details() const override;
    int run(CliRuntime& cli, const QCommandLineParser& args) override;

private:
    // Logs in to the current database, or to the backup when there is no usable database yet.
    static Result<Session> authenticate(CliRuntime& cli, const QString& backupFile);
};

} // namespace tl::core
