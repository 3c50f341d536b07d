#include "cli/CliApp.h"
#include "db/DefaultPaths.h"
#include "printing/cli/LettersCommand.h"
#include "printing/cli/PayslipsCommand.h"
#include "printing/cli/ReportCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace {

// The command word of the command line: the first argument that is neither a global option nor the value of
// one (--db PATH, --user NAME, --password-file FILE; also written --db=PATH). Empty when there is none.
const char* commandWord(int argc, char* argv[])
{
    static const char* const withValue[] = {"--db", "--user", "--password-file"};
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            return i + 1 < argc ? argv[i + 1] : "";
        bool takesValue = false;
        for (const char* option : withValue)
            takesValue = takesValue || std::strcmp(arg, option) == 0;
        if (takesValue) {
            ++i;
            continue;
        }
        if (arg[0] == '-')
            continue;
        return arg;
    }
    return "";
}

QtMessageHandler g_defaultHandler = nullptr;

// Qt Gui warns on stderr when a machine has no desktop session (no XDG_RUNTIME_DIR: cron, CI, ssh). That is
// not the command's output; stderr stays for the command's own errors.
void quietHeadlessWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_defaultHandler(type, context, message);
}

// Only the commands that render documents need Qt Gui (fonts, QTextDocument, QPdfWriter); they run without a
// display on the offscreen platform. Every other command stays a plain QCoreApplication, headless.
bool needsGui(const char* command)
{
    return std::strcmp(command, "report") == 0 || std::strcmp(command, "letters") == 0 ||
           std::strcmp(command, "payslips") == 0;
}

// Messages and printed documents in the user's language: TEAMLEDGER_LANG (zh_CN or en) if set, else Chinese
// when the system locale is Chinese (LANG=zh_CN.UTF-8), else English (the source language, no translator).
// JSON and CSV output do not depend on it.
void installTranslator(QCoreApplication& app)
{
    QString lang = qEnvironmentVariable("TEAMLEDGER_LANG");
    if (lang.isEmpty())
        lang =
            QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (lang == QLatin1String("en"))
        return;
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/teamledger_") + lang + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(translator);
        QLocale::setDefault(QLocale(lang));
    }
    // Qt's own messages (the command-line parser's "Unknown option", ...) from qt6-translations-l10n.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(commandWord(argc, argv))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_defaultHandler = qInstallMessageHandler(quietHeadlessWarnings);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    tl::core::applyApplicationIdentity(); // same data folder and settings as the GUI
    installTranslator(*app);
    QCoreApplication::setApplicationVersion(QStringLiteral(TL_VERSION));
    tl::core::CliApp cli;
    cli.addCommand(std::make_unique<tl::ui::ReportCommand>());
    cli.addCommand(std::make_unique<tl::ui::LettersCommand>());
    cli.addCommand(std::make_unique<tl::ui::PayslipsCommand>());
    return cli.run(QCoreApplication::arguments());
}
