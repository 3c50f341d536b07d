#include "customers/CoordinateText.h"

namespace tl::ui {

QString CoordinateText::format(qint64 microDegrees)
{
    const qint64 magnitude = microDegrees < 0 ? -microDegrees : microDegrees;
    return QStringLiteral("%1%2.%3")
        .arg(microDegrees < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 1000000)
        .arg(magnitude % 1000000, 6, 10, QLatin1Char('0'));
}

QString CoordinateText::formatPair(qint64 latitudeE6, qint64 longitudeE6)
{
    return format(latitudeE6) + QStringLiteral(", ") + format(longitudeE6);
}

} // namespace tl::ui
