#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace tl::core {

class Clock;
struct CliGlobalOptions;

// teamledger-cli (DESIGN §4): global options, a registry of commands, help, version and exit codes.
// A later module adds its command by writing a CliCommand and registering it in registerCommands().
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CliApp)
public:
    CliApp(); // stdout, stderr and the system clock
    CliApp(QTextStream& out, QTextStream& err, const Clock& clock);
    ~CliApp();

    // arguments[0] is the program. Returns the exit code.
    int run(const QStringList& arguments);

    void addCommand(std::unique_ptr<CliCommand> command);
    const CliCommand* command(const QString& name) const;

    static QString usageLine();

private:
    void registerCommands();
    QString help() const;
    QString commandHelp(const CliCommand& command) const;
    int runCommand(CliCommand& command, const QStringList& arguments, const CliGlobalOptions& globals);

    struct Streams;
    std::unique_ptr<Streams> m_ownStreams;
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    bool m_interactive = false;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace tl::core
