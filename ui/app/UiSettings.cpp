#include "app/UiSettings.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

namespace tl::ui {

namespace {

QString headerKey(const QString& name)
{
    return QStringLiteral("tables/%1/header").arg(name);
}

QString splitterKey(const QString& name)
{
    return QStringLiteral("splitters/%1").arg(name);
}

} // namespace

QVariant readUiSetting(const QString& key, const QVariant& defaultValue)
{
    QSettings settings;
    return settings.value(key, defaultValue);
}

void writeUiSetting(const QString& key, const QVariant& value)
{
    QSettings settings;
    settings.setValue(key, value);
}

void removeUiSetting(const QString& key)
{
    QSettings settings;
    settings.remove(key);
}

namespace UiSettings {

void restoreHeader(QHeaderView* header, const QString& name)
{
    const QByteArray state = readUiSetting(headerKey(name), QByteArray()).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
}

void saveHeader(const QHeaderView* header, const QString& name)
{
    writeUiSetting(headerKey(name), header->saveState());
}

void restoreSplitter(QSplitter* splitter, const QString& name)
{
    const QByteArray state = readUiSetting(splitterKey(name), QByteArray()).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
}

void saveSplitter(const QSplitter* splitter, const QString& name)
{
    writeUiSetting(splitterKey(name), splitter->saveState());
}

void rememberHeader(QHeaderView* header, const QString& name)
{
    restoreHeader(header, name);
    // Saved shortly after each change (debounced), since the header's state cannot be read any more
    // once it is being destroyed.
    auto* timer = new QTimer(header);
    timer->setSingleShot(true);
    timer->setInterval(400);
    QObject::connect(timer, &QTimer::timeout, header, [header, name] { saveHeader(header, name); });
    const auto later = [timer] { timer->start(); };
    QObject::connect(header, &QHeaderView::sectionResized, timer, later);
    QObject::connect(header, &QHeaderView::sectionMoved, timer, later);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, timer, later);
}

void rememberSplitter(QSplitter* splitter, const QString& name)
{
    restoreSplitter(splitter, name);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, name] { saveSplitter(splitter, name); });
}

} // namespace UiSettings

} // namespace tl::ui
