#include "money/MoneyFormat.h"

namespace tl::core {

namespace {

quint64 magnitudeOf(Money amount)
{
    // 0 - quint64(x) is the exact magnitude even for the most negative qint64.
    return amount.isNegative() ? 0 - quint64(amount.fen()) : quint64(amount.fen());
}

// The jiao and fen digits, always both, in the locale's digits.
QString twoDigits(const QLocale& locale, quint64 fen)
{
    return locale.toString(uint(fen % 100 / 10)) + locale.toString(uint(fen % 10));
}

// `locale` must show group separators (withGroups()).
QString formatGrouped(Money amount, const QLocale& locale, bool withSymbol)
{
    const quint64 magnitude = magnitudeOf(amount);
    QString text;
    if (amount.isNegative())
        text += locale.negativeSign();
    if (withSymbol)
        text += QChar(0x00A5); // ¥
    text += locale.toString(qulonglong(magnitude / 100));
    text += locale.decimalPoint();
    text += twoDigits(locale, magnitude);
    return text;
}

QLocale withGroups(const QLocale& locale)
{
    QLocale grouped = locale;
    grouped.setNumberOptions(grouped.numberOptions() &
                             ~QLocale::OmitGroupSeparator); // the C locale omits them
    return grouped;
}

} // namespace

QString formatMoney(Money amount, bool withSymbol)
{
    static const QLocale chinese = withGroups(QLocale(QLocale::Chinese, QLocale::China));
    return formatGrouped(amount, chinese, withSymbol);
}

QString formatMoney(Money amount, const QLocale& locale, bool withSymbol)
{
    return formatGrouped(amount, withGroups(locale), withSymbol);
}

QString formatPlain(Money amount)
{
    const quint64 magnitude = magnitudeOf(amount);
    QString text = QString::number(magnitude / 100) + QLatin1Char('.') +
                   QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return amount.isNegative() ? QLatin1Char('-') + text : text;
}

} // namespace tl::core
