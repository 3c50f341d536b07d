#pragma once

#include "auth/Session.h"
#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>

namespace tl::core {

class Clock;
class Database;

// The global options of teamledger-cli (DESIGN §4).
struct CliGlobalOptions
{
    QString databasePath; // empty = defaultDatabasePath()
    QString user = QStringLiteral("admin");
    QString passwordFile; // empty = the environment variable TEAMLEDGER_PASSWORD
};

// A database opened by a command and the session logged in to it.
struct CliConnection
{
    std::unique_ptr<Database> db;
    Session session;
};

// What commands share: output streams, the clock, the global options, opening the database, logging in
// and turning errors into exit codes.
class CliRuntime
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CliRuntime)
public:
    static constexpr const char* kPasswordVariable = "TEAMLEDGER_PASSWORD";

    CliRuntime(QTextStream& out, QTextStream& err, const Clock& clock, CliGlobalOptions options,
               bool interactive);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }
    const CliGlobalOptions& options() const { return m_options; }
    bool interactive() const { return m_interactive; } // stderr is a terminal: show progress

    QString databasePath() const;
    // From --password-file (its first line) or TEAMLEDGER_PASSWORD; PermissionDenied when neither is given.
    Result<QString> password() const;

    // Opens the existing database and logs in as --user with the password.
    Result<CliConnection> connect() const;
    // Logs in to an open database.
    Result<Session> login(Database& db) const;
    Context context(const CliConnection& connection) const;

    // Prints the error (message and every problem) on stderr; returns its exit code.
    int fail(const Error& error);
    // Prints a usage error and the usage line on stderr; returns 1.
    int usageError(const QString& message, const QString& usageLine);
    // The same with the usage line of the running command.
    int usageError(const QString& message) { return usageError(message, m_usageLine); }
    void setUsageLine(const QString& line) { m_usageLine = line; }

private:
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    CliGlobalOptions m_options;
    bool m_interactive;
    QString m_usageLine;
};

} // namespace tl::core
