#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

class QHeaderView;
class QSplitter;
class QWidget;

namespace tl::ui {

// One user-interface setting: a QSettings key with its type and default, declared once below
// (KeePassXC's Config, Tiled's SessionOption<T>). Window and table state live here; company rules
// live in the database.
template <typename T> class UiSetting
{
public:
    UiSetting(const char* key, T defaultValue) : m_key(key), m_default(std::move(defaultValue)) {}

    T value() const;
    void setValue(const T& value) const;
    void reset() const;
    QString key() const { return QString::fromLatin1(m_key); }
    const T& defaultValue() const { return m_default; }

private:
    const char* m_key;
    T m_default;
};

// The registry: every key and default in one place.
namespace UiSettings {

inline const UiSetting<QString> language{"ui/language", QStringLiteral("zh_CN")}; // "zh_CN" or "en"
inline const UiSetting<QString> lastUsername{"login/lastUsername", QString()};
inline const UiSetting<QString> backupFolder{"backup/folder", QString()};
inline const UiSetting<int> backupKeep{"backup/keep", 10};
inline const UiSetting<bool> autoBackup{"backup/automatic", true};          // at exit and once a day
inline const UiSetting<int> idleLockMinutes{"session/idleLockMinutes", 15}; // 0 = never
inline const UiSetting<QByteArray> mainWindowGeometry{"mainWindow/geometry", QByteArray()};
inline const UiSetting<QByteArray> mainWindowState{"mainWindow/state", QByteArray()};
inline const UiSetting<QByteArray> mainSplitter{"mainWindow/splitter", QByteArray()};
inline const UiSetting<QString> lastPage{"mainWindow/lastPage", QString()};

// Per-table and per-splitter state, keyed by a stable name ("users", "audit-log"):
// tables/<name>/header and splitters/<name>.
void restoreHeader(QHeaderView* header, const QString& name);
void saveHeader(const QHeaderView* header, const QString& name);
void restoreSplitter(QSplitter* splitter, const QString& name);
void saveSplitter(const QSplitter* splitter, const QString& name);
// Saves the header/splitter state automatically when the widget is destroyed.
void rememberHeader(QHeaderView* header, const QString& name);
void rememberSplitter(QSplitter* splitter, const QString& name);

} // namespace UiSettings

// Out-of-line accessors (QSettings underneath), instantiated for the types above.
QVariant readUiSetting(const QString& key, const QVariant& defaultValue);
void writeUiSetting(const QString& key, const QVariant& value);
void removeUiSetting(const QString& key);

template <typename T> T UiSetting<T>::value() const
{
    return readUiSetting(key(), QVariant::fromValue(m_default)).template value<T>();
}

template <typename T> void UiSetting<T>::setValue(const T& value) const
{
    writeUiSetting(key(), QVariant::fromValue(value));
}

template <typename T> void UiSetting<T>::reset() const
{
    removeUiSetting(key());
}

} // namespace tl::ui
