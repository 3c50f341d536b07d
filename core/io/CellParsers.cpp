#include "io/CellParsers.h"

#include "money/MoneyParse.h"
#include "org/Validation.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

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

CellParser CellParsers::dateTime()
{
    return [](const QString& text) {
        static const QRegularExpression form(
            QStringLiteral("^(\\S+?)(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
        const QRegularExpressionMatch m = form.match(text);
        if (!m.hasMatch())
            return CellValue::reject(tr("%1 is not a date and time (use YYYY-MM-DD HH:MM)").arg(text));
        const QDate date = parseUserDate(m.captured(1));
        if (!date.isValid())
            return CellValue::reject(checkUserDate(m.captured(1)));
        QTime time(0, 0);
        if (!m.captured(2).isEmpty()) {
            time = QTime(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
            if (!time.isValid())
                return CellValue::reject(tr("no such time of day %1").arg(text));
        }
        return CellValue::accept(QDateTime(date, time));
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
