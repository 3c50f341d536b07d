#include "models/FollowUpMethodIcon.h"

#include "customers/Customer.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace tl::ui {

namespace {

QColor methodColour(const QString& key)
{
    if (key == QLatin1String("phone"))
        return QColor(0x1e, 0x6f, 0xd9);
    if (key == QLatin1String("visit"))
        return QColor(0x2e, 0x7d, 0x32);
    if (key == QLatin1String("wechat"))
        return QColor(0x07, 0x9c, 0x5b);
    if (key == QLatin1String("email"))
        return QColor(0x8e, 0x44, 0xad);
    return QColor(0x75, 0x75, 0x75);
}

QPixmap badge(const QString& key, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(methodColour(key));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QFont font = painter.font();
    font.setPixelSize(int(size * 0.6));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, core::followUpMethodName(key).left(1));
    return pixmap;
}

} // namespace

QIcon followUpMethodIcon(const QString& methodKey)
{
    // Cached per method and language (the letter is the translated name's first character).
    static QHash<QString, QIcon> cache;
    const QString cacheKey = methodKey + QLatin1Char('|') + core::followUpMethodName(methodKey);
    auto it = cache.constFind(cacheKey);
    if (it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(badge(methodKey, size));
    cache.insert(cacheKey, icon);
    return icon;
}

} // namespace tl::ui
