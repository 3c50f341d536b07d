#include "money/MoneyParse.h"

#include "money/DecimalText.h"

#include <QCoreApplication>

namespace tl::core {

namespace {

bool isCurrencySign(QChar c)
{
    return c == QChar(0x00A5) || c == QChar(0xFFE5); // ¥ and the full-width ￥
}

} // namespace

Result<Money> parseMoney(const QString& text)
{
    const QString original = text.trimmed();
    QString s = DecimalText::normalized(text);
    if (s.isEmpty())
        return Error::invalid(QCoreApplication::translate("tl::core::MoneyParse", "empty amount"));

    // Optional sign and currency sign in either order ("-¥5", "¥-5"), then an optional 元 suffix.
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s = s.sliced(1).trimmed();
    }
    if (!s.isEmpty() && isCurrencySign(s.front()))
        s = s.sliced(1).trimmed();
    if (!negative && s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s = s.sliced(1).trimmed();
    }
    if (s.endsWith(QChar(0x5143))) // 元
        s = s.chopped(1).trimmed();

    Result<qint64> fen = DecimalText::parseUnsigned(s, 2, original);
    if (!fen)
        return fen.error();
    return Money::fromFen(negative ? -*fen : *fen);
}

} // namespace tl::core
