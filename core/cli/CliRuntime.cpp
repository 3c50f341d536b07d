#include "cli/CliRuntime.h"

#include "auth/AuthService.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/DefaultPaths.h"

#include <QFile>
#include <QFileInfo>

namespace tl::core {

CliRuntime::CliRuntime(QTextStream& out, QTextStream& err, const Clock& clock, CliGlobalOptions options,
                       bool interactive)
    : m_out(out), m_err(err), m_clock(clock), m_options(std::move(options)), m_interactive(interactive)
{}

QString CliRuntime::databasePath() const
{
    return m_options.databasePath.isEmpty() ? defaultDatabasePath() : m_options.databasePath;
}

Result<QString> CliRuntime::password() const
{
    if (!m_options.passwordFile.isEmpty()) {
        QFile file(m_options.passwordFile);
        if (!file.exists())
            return Error::notFound(tr("The password file %1 does not exist.").arg(m_options.passwordFile));
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(tr("Cannot read the password file %1.").arg(m_options.passwordFile));
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return Error::denied(tr("The password file %1 is empty.").arg(m_options.passwordFile));
        return QString::fromUtf8(line);
    }
    const QString fromEnvironment = qEnvironmentVariable(kPasswordVariable);
    if (fromEnvironment.isEmpty())
        return Error::denied(tr("No password given: use --password-file FILE or set %1.")
                                 .arg(QString::fromLatin1(kPasswordVariable)));
    return fromEnvironment;
}

Result<Session> CliRuntime::login(Database& db) const
{
    auto secret = password();
    if (!secret)
        return secret.error();
    const Context ctx{db, m_clock, Session::systemSession(), nullptr};
    return AuthService(ctx).login(m_options.user, secret.value());
}

Result<CliConnection> CliRuntime::connect() const
{
    auto opened = Database::open(databasePath(), Database::OpenMode::OpenExisting);
    if (!opened)
        return opened.error();
    auto session = login(*opened.value());
    if (!session)
        return session.error();
    return CliConnection{std::move(opened).value(), std::move(session).value()};
}

Context CliRuntime::context(const CliConnection& connection) const
{
    return Context{*connection.db, m_clock, connection.session, nullptr};
}

int CliRuntime::fail(const Error& error)
{
    m_err << error.fullText() << '\n' << Qt::flush;
    return exitCodeFor(error.code);
}

int CliRuntime::usageError(const QString& message, const QString& usageLine)
{
    m_err << message << '\n' << usageLine << '\n' << Qt::flush;
    return 1;
}

} // namespace tl::core
