#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char* argv[])
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // pinned locale
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
