#include "cli/CliApp.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("teamledger-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("TeamLedger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TL_VERSION));
    return tl::core::CliApp().run(QCoreApplication::arguments());
}
