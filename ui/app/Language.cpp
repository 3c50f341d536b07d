#include "app/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace tl::ui {

namespace {

QString g_language = QStringLiteral("zh_CN");
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;

} // namespace

bool installTranslations(const QString& language)
{
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    for (auto* old : {g_app.get(), g_qt.get()})
        if (old)
            QCoreApplication::removeTranslator(old);
    g_app = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();
    g_language = lang;
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                    : QLocale(QLocale::Chinese, QLocale::China));

    // Qt's own strings (standard buttons, dialogs) when the system has them installed.
    if (g_qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    const bool loaded = g_app->load(QStringLiteral(":/i18n/teamledger_") + lang + QStringLiteral(".qm"));
    if (loaded)
        QCoreApplication::installTranslator(g_app.get());
    return loaded;
}

QString currentLanguage()
{
    return g_language;
}

} // namespace tl::ui
