#include "cli/CliApp.h"

#include "cli/BackupCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CliRuntime.h"
#include "cli/DemoCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InitCommand.h"
#include "cli/PayrollCommand.h"
#include "cli/PoolCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/TaxCommand.h"
#include "common/Clock.h"
#include "db/DefaultPaths.h"

#include <QCommandLineParser>

#include <cstdio>
#include <exception>

#ifdef Q_OS_WIN
#include <io.h>
#define TL_ISATTY _isatty
#define TL_FILENO _fileno
#else
#include <unistd.h>
#define TL_ISATTY isatty
#define TL_FILENO fileno
#endif

namespace tl::core {

namespace {

const QString kProgram = QStringLiteral("teamledger-cli");

struct GlobalOptionSet
{
    QCommandLineOption db{QStringLiteral("db"),
                          CliApp::tr("Database file (default: %1).").arg(defaultDatabasePath()),
                          QStringLiteral("PATH")};
    QCommandLineOption user{QStringLiteral("user"), CliApp::tr("User name (default: admin)."),
                            QStringLiteral("NAME")};
    QCommandLineOption passwordFile{
        QStringLiteral("password-file"),
        CliApp::tr("Read the password from the first line of FILE (otherwise from the "
                   "environment variable %1).")
            .arg(QString::fromLatin1(CliRuntime::kPasswordVariable)),
        QStringLiteral("FILE")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            CliApp::tr("Show this help, or a command's help after the command.")};
    QCommandLineOption version{QStringLiteral("version"), CliApp::tr("Show the version.")};

    QList<QCommandLineOption> all() const { return {db, user, passwordFile, help, version}; }

    // Takes the global options given to the parser (before or after the command) into `globals`.
    void apply(const QCommandLineParser& parser, CliGlobalOptions& globals) const
    {
        if (parser.isSet(db))
            globals.databasePath = parser.value(db);
        if (parser.isSet(user))
            globals.user = parser.value(user);
        if (parser.isSet(passwordFile))
            globals.passwordFile = parser.value(passwordFile);
    }
};

QString optionSyntax(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

QString optionTable(const QList<QCommandLineOption>& options)
{
    QString text;
    for (const QCommandLineOption& option : options)
        text += QStringLiteral("  %1  %2\n").arg(optionSyntax(option), -22).arg(option.description());
    return text;
}

} // namespace

struct CliApp::Streams
{
    QTextStream out{stdout};
    QTextStream err{stderr};
    SystemClock clock;
};

CliApp::CliApp()
    : m_ownStreams(std::make_unique<Streams>()), m_out(m_ownStreams->out), m_err(m_ownStreams->err),
      m_clock(m_ownStreams->clock), m_interactive(TL_ISATTY(TL_FILENO(stderr)) != 0)
{
    registerCommands();
}

CliApp::CliApp(QTextStream& out, QTextStream& err, const Clock& clock)
    : m_out(out), m_err(err), m_clock(clock)
{
    registerCommands();
}

CliApp::~CliApp() = default;

void CliApp::registerCommands()
{
    addCommand(std::make_unique<InitCommand>());
    addCommand(std::make_unique<DemoCommand>());
    addCommand(std::make_unique<ImportCommand>());
    addCommand(std::make_unique<ExportCommand>());
    addCommand(std::make_unique<PoolCommand>());
    addCommand(std::make_unique<TaxCommand>());
    addCommand(std::make_unique<PayrollCommand>());
    addCommand(std::make_unique<BackupCommand>());
    addCommand(std::make_unique<RestoreCommand>());
    addCommand(std::make_unique<CheckCommand>());
}

void CliApp::addCommand(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

const CliCommand* CliApp::command(const QString& name) const
{
    for (const auto& c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

QString CliApp::usageLine()
{
    return tr("Usage: %1 [--db PATH] [--user NAME] [--password-file FILE] COMMAND ...").arg(kProgram);
}

QString CliApp::help() const
{
    QString text = usageLine() + QStringLiteral("\n\n");
    text +=
        tr("TeamLedger on the command line: the same data, permissions and audit trail as the application.") +
        QStringLiteral("\n\n");
    text += tr("Options:") + QLatin1Char('\n') + optionTable(GlobalOptionSet().all()) + QLatin1Char('\n');
    text += tr("Commands:") + QLatin1Char('\n');
    for (const auto& c : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(c->name(), -10).arg(c->description());
    text += QLatin1Char('\n') + tr("Run '%1 COMMAND --help' for the options of a command.").arg(kProgram) +
            QLatin1Char('\n');
    text +=
        tr("Exit codes: 0 ok, 1 usage, 2 invalid input, 3 permission denied or wrong password, 4 not found, "
           "5 locked or conflicting state, 10 internal error.") +
        QLatin1Char('\n');
    return text;
}

QString CliApp::commandHelp(const CliCommand& command) const
{
    QString text =
        tr("Usage: %1 [global options] %2 %3").arg(kProgram, command.name(), command.synopsis()).trimmed();
    text += QStringLiteral("\n\n") + command.description() + QLatin1Char('\n');
    if (!command.details().isEmpty())
        text += QLatin1Char('\n') + command.details() + QLatin1Char('\n');
    const QList<QCommandLineOption> options = command.options();
    if (!options.isEmpty())
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + optionTable(options);
    text +=
        QLatin1Char('\n') +
        tr("Global options: --db PATH, --user NAME, --password-file FILE (see '%1 --help').").arg(kProgram) +
        QLatin1Char('\n');
    return text;
}

int CliApp::run(const QStringList& arguments)
{
    try {
        const GlobalOptionSet globalOptions;
        QCommandLineParser parser;
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        parser.addOptions(globalOptions.all());
        const QStringList args = arguments.isEmpty() ? QStringList{kProgram} : arguments;
        if (!parser.parse(args))
            return CliRuntime(m_out, m_err, m_clock, {}, m_interactive)
                .usageError(parser.errorText(), usageLine());
        if (parser.isSet(globalOptions.version)) {
            m_out << kProgram << ' ' << QStringLiteral(TL_VERSION) << '\n' << Qt::flush;
            return 0;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty() && parser.isSet(globalOptions.help)) {
            m_out << help() << Qt::flush;
            return 0;
        }
        CliGlobalOptions globals;
        globalOptions.apply(parser, globals);
        CliRuntime runtime(m_out, m_err, m_clock, globals, m_interactive);
        if (positional.isEmpty())
            return runtime.usageError(tr("No command given."),
                                      usageLine() + QLatin1Char('\n') +
                                          tr("Run '%1 --help' for the commands.").arg(kProgram));
        for (const auto& c : m_commands)
            if (c->name() == positional.first())
                return runCommand(*c, positional.mid(1), globals);
        return runtime.usageError(tr("Unknown command '%1'.").arg(positional.first()),
                                  usageLine() + QLatin1Char('\n') +
                                      tr("Run '%1 --help' for the commands.").arg(kProgram));
    } catch (const std::exception& e) {
        m_err << tr("Internal error: %1").arg(QString::fromUtf8(e.what())) << '\n' << Qt::flush;
        return 10;
    }
}

int CliApp::runCommand(CliCommand& command, const QStringList& arguments, const CliGlobalOptions& globals)
{
    const GlobalOptionSet globalOptions;
    QCommandLineParser parser;
    parser.addOptions(command.options());
    parser.addOptions({globalOptions.db, globalOptions.user, globalOptions.passwordFile, globalOptions.help});
    const QString usage =
        tr("Usage: %1 [global options] %2 %3").arg(kProgram, command.name(), command.synopsis()).trimmed();
    CliGlobalOptions effective = globals;
    if (!parser.parse(QStringList{kProgram} + arguments))
        return CliRuntime(m_out, m_err, m_clock, effective, m_interactive)
            .usageError(parser.errorText(), usage);
    if (parser.isSet(globalOptions.help)) {
        m_out << commandHelp(command) << Qt::flush;
        return 0;
    }
    globalOptions.apply(parser, effective);
    CliRuntime runtime(m_out, m_err, m_clock, effective, m_interactive);
    runtime.setUsageLine(usage);
    return command.run(runtime, parser);
}

} // namespace tl::core
