#include "cli/CliApp.h"
#include "db/DefaultPaths.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tl::core::applyApplicationIdentity(); // same data folder and settings as the GUI
    QCoreApplication::setApplicationVersion(QStringLiteral(TL_VERSION));
    return tl::core::CliApp().run(QCoreApplication::arguments());
}
