#include "money/Rate.h"

#include "money/DecimalText.h"

namespace tl::core {

Result<Rate> Rate::fromPercentText(const QString& text)
{
    const QString original = text.trimmed();
    QString s = DecimalText::normalized(text);
    if (s.isEmpty())
        return Error::invalid(tr("empty percentage"));
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s = s.sliced(1).trimmed();
    }
    if (s.endsWith(QLatin1Char('%')))
        s = s.chopped(1).trimmed();

    // ppm = percent × 10,000, so four decimals of a percentage are exactly the ppm.
    Result<qint64> ppm = DecimalText::parseUnsigned(s, 4, original);
    if (!ppm)
        return ppm.error();
    return Rate(negative ? -*ppm : *ppm);
}

QString Rate::percentText() const
{
    const quint64 magnitude = m_ppm < 0 ? 0 - quint64(m_ppm) : quint64(m_ppm);
    QString text = QString::number(magnitude / PpmPerPercent);
    const quint64 fraction = magnitude % PpmPerPercent;
    if (fraction != 0) {
        QString decimals = QStringLiteral("%1").arg(fraction, 4, 10, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        text += QLatin1Char('.') + decimals;
    }
    return m_ppm < 0 ? QLatin1Char('-') + text : text;
}

} // namespace tl::core
