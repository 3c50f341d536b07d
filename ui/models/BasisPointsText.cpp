#include "models/BasisPointsText.h"

#include <QCoreApplication>
#include <QLocale>

namespace tl::ui {

QString basisPointsText(qint64 bp)
{
    const QLocale locale;
    const qint64 magnitude = bp < 0 ? -bp : bp;
    const QString number = (bp < 0 ? locale.negativeSign() : QString()) + locale.toString(magnitude / 100) +
                           locale.decimalPoint() +
                           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("tl::ui::BasisPointsText", "%1%").arg(number);
}

} // namespace tl::ui
