#include "app/Language.h"
#include "app/UiSettings.h"
#include "db/DefaultPaths.h"
#include "shell/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QThreadPool>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    tl::core::applyApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(TL_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/teamledger.svg")));
    QApplication::setDesktopFileName(QStringLiteral("teamledger"));

    tl::ui::installTranslations(tl::ui::UiSettings::language.value());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "TeamLedger: sales team ledger for small and medium companies."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringList{QStringLiteral("db")},
        QCoreApplication::translate("main", "Open the database file PATH instead of the default one."),
        QCoreApplication::translate("main", "PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption)
                             ? QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(dbOption)))
                             : tl::core::defaultDatabasePath();
    tl::ui::AppController controller(path);
    if (!controller.start())
        return 0;
    const int code = QApplication::exec();
    // Background reads (counts, reports) may still be running: let them end before the application object
    // and the SQL driver go away.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
