#include "io/CellParsers.h"

#include "money/MoneyParse.h"
#include "org/Validation.h"

#include <QDate>

namespace tl::core {

CellParser CellParsers::text(int maxLength)
{
    return [maxLength](const QString& text) {
        if (text.size() > maxLength)
            return CellValue::reject(tr("longer than %n character(s)", nullptr, maxLength));
        return CellValue::accept(text);
    };
}

CellParser CellParsers::date()
{
    return [](const QString& text) {
        const QDate date = parseUserDate(text);
        if (!date.isValid())
            return CellValue::reject(checkUserDate(text));
        return CellValue::accept(date);
    };
}

CellParser CellParsers::yuanToFen(bool allowNegative)
{
    return [allowNegative](const QString& text) {
        const Result<Money> amount = parseMoney(text);
        if (!amount)
            return CellValue::reject(amount.error().message);
        if (amount->isNegative() && !allowNegative)
            return CellValue::reject(tr("the amount may not be negative"));
        return CellValue::accept(amount->fen());
    };
}

CellParser CellParsers::integer(qint64 min, qint64 max)
{
    return [min, max](const QString& text) {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok)
            return CellValue::reject(tr("%1 is not a whole number").arg(text));
        if (value < min || value > max)
            return CellValue::reject(tr("%1 is not between %2 and %3").arg(text).arg(min).arg(max));
        return CellValue::accept(value);
    };
}

CellParser CellParsers::choice(std::function<std::optional<QString>(const QString&)> lookup,
                               const QString& expected)
{
    return [lookup = std::move(lookup), expected](const QString& text) {
        if (const std::optional<QString> key = lookup(text))
            return CellValue::accept(*key);
        return CellValue::reject(tr("unknown value %1; use %2").arg(text, expected));
    };
}

} // namespace tl::core
