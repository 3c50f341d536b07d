#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace tl::core {

class CliRuntime;

// One command (or command group) of teamledger-cli. CliApp parses the command's options with a
// QCommandLineParser built from options(), handles --help, and calls run().
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0; // "init"
    virtual QString
    synopsis() const = 0; // what follows the name: "[--company NAME] [--city shanghai|beijing]"
    virtual QString description() const = 0;       // translated, one line for the command list
    virtual QString details() const { return {}; } // translated paragraphs for the command's --help
    virtual QList<QCommandLineOption> options() const { return {}; }

    // Returns the exit code (DESIGN §4).
    virtual int run(CliRuntime& cli, const QCommandLineParser& args) = 0;
};

} // namespace tl::core
