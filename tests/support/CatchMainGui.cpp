#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QThreadPool>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // pinned locale
    QApplication app(argc, argv);
    const int failed = Catch::Session().run(argc, argv);
    // Pages read in the background; a read still running must end before the application goes away.
    QThreadPool::globalInstance()->waitForDone();
    return failed;
}
