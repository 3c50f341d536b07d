#pragma once

#include <QString>

namespace tl::ui {

// The interface language: Chinese (zh_CN) by default, English (en) when chosen in Settings. The choice is
// stored in UiSettings::language and applied at start-up.
//
// Installs the application's translation (":/i18n/teamledger_<language>.qm") and Qt's own, replacing
// those installed before. Unknown languages fall back to Chinese. Returns false when the application's
// translation could not be loaded (the interface then shows the English source texts).
bool installTranslations(const QString& language);
// The language installed by installTranslations() ("zh_CN" before any call).
QString currentLanguage();

} // namespace tl::ui
