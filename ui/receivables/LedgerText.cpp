#include "receivables/LedgerText.h"

#include "letters/Letter.h"
#include "money/MoneyFormat.h"
#include "receivables/PaymentService.h"
#include "sales/Contract.h"

#include <QLocale>

#include <algorithm>

namespace tl::ui::LedgerText {

QString money(qint64 fen)
{
    return core::formatMoney(core::Money::fromFen(fen));
}

QString date(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString percentBp(int basisPoints)
{
    // One decimal, rounded half-up on whole basis points: 9850 -> 98.5, 9855 -> 98.6.
    const int tenths = (basisPoints * 10 + (basisPoints >= 0 ? 50 : -50)) / 100;
    return QLocale().toString(tenths / 10.0, 'f', 1) + QLatin1Char('%');
}

QString letterStatus(const QString& key)
{
    if (key.isEmpty())
        return {};
    const auto status = core::letterStatusFromKey(key);
    return status ? core::letterStatusName(*status) : key;
}

QColor bucketTint(int bucket, int bucketCount)
{
    if (bucket <= 0 || bucketCount <= 1)
        return {};
    // From light yellow (hue 55) for the first overdue bucket to light red (hue 0) for the last.
    const int overdueBuckets = std::max(1, bucketCount - 1);
    const double share = overdueBuckets == 1 ? 1.0 : double(bucket - 1) / double(overdueBuckets - 1);
    const int hue = int(55 - 55 * share);
    const int saturation = int(30 + 50 * share);
    return QColor::fromHsv(hue, saturation, 255);
}

QString paymentMethod(const QString& key)
{
    return core::paymentMethodName(key);
}

QString contractKind(const QString& key)
{
    return core::contractKindName(key);
}

} // namespace tl::ui::LedgerText
