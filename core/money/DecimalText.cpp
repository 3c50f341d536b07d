#include "money/DecimalText.h"

namespace tl::core {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Appends the digits of `part` (commas skipped) to `value`; false on overflow of qint64.
bool accumulate(QStringView part, qint64& value)
{
    for (QChar c : part) {
        if (c == QLatin1Char(','))
            continue;
        if (__builtin_mul_overflow(value, qint64(10), &value) ||
            __builtin_add_overflow(value, qint64(c.unicode() - u'0'), &value))
            return false;
    }
    return true;
}

// "1,234,567": the first group has one to three digits, every later group exactly three.
bool separatorsWellPlaced(QStringView integerPart)
{
    qsizetype groupLength = 0;
    bool first = true;
    for (QChar c : integerPart) {
        if (c == QLatin1Char(',')) {
            if (groupLength == 0 || groupLength > 3 || (!first && groupLength != 3))
                return false;
            first = false;
            groupLength = 0;
        } else {
            ++groupLength;
        }
    }
    return first || groupLength == 3;
}

} // namespace

QString DecimalText::normalized(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width forms of '!'..'~'
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000 || u == 0x00A0 || u == 0x202F || u == 0x2007 || u == 0x2009)
            c = QLatin1Char(' ');
        else if (u == 0x2212)
            c = QLatin1Char('-');
    }
    return out.trimmed();
}

Result<qint64> DecimalText::parseUnsigned(QStringView digits, int decimals, const QString& original)
{
    if (digits.isEmpty())
        return Error::invalid(tr("no digits in \"%1\"").arg(original));

    qsizetype point = -1;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits[i];
        if (c == QLatin1Char('.')) {
            if (point >= 0)
                return Error::invalid(tr("more than one decimal point in \"%1\"").arg(original));
            point = i;
        } else if (!isAsciiDigit(c) && c != QLatin1Char(',')) {
            return Error::invalid(tr("unexpected character \"%1\" in \"%2\"").arg(c).arg(original));
        }
    }

    const QStringView integerPart = point >= 0 ? digits.first(point) : digits;
    const QStringView fraction = point >= 0 ? digits.sliced(point + 1) : QStringView();
    if (fraction.contains(QLatin1Char(',')) || !separatorsWellPlaced(integerPart))
        return Error::invalid(tr("misplaced thousands separator in \"%1\"").arg(original));
    if (integerPart.isEmpty())
        return Error::invalid(tr("no digits before the decimal point in \"%1\"").arg(original));
    if (point >= 0 && fraction.isEmpty())
        return Error::invalid(tr("no digits after the decimal point in \"%1\"").arg(original));
    if (fraction.size() > decimals)
        return Error::invalid(tr("more than %1 decimals in \"%2\"").arg(decimals).arg(original));

    qint64 value = 0;
    bool fits = accumulate(integerPart, value) && accumulate(fraction, value);
    for (qsizetype i = fraction.size(); fits && i < decimals; ++i)
        fits = !__builtin_mul_overflow(value, qint64(10), &value);
    if (!fits)
        return Error::invalid(tr("\"%1\" is too large").arg(original));
    return value;
}

} // namespace tl::core
