#include "org/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tl::core {

namespace {

QString isoText(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

bool allDigits(const QString& text)
{
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !text.isEmpty();
}

struct DateParts
{
    bool matched = false;
    int year = 0;
    int month = 0;
    int day = 0;
};

DateParts splitDate(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{1,2})-(\\d{1,2})|/(\\d{1,2})/(\\d{1,2})|\\.(\\d{1,2})\\.(\\d{1,2})|"
                       "\\x{5E74}(\\d{1,2})\\x{6708}(\\d{1,2})\\x{65E5}?)$"));
    const auto m = pattern.match(text.trimmed());
    DateParts parts;
    if (!m.hasMatch())
        return parts;
    parts.matched = true;
    parts.year = m.captured(1).toInt();
    for (int group = 2; group <= 8; group += 2) {
        if (m.hasCaptured(group) && !m.captured(group).isEmpty()) {
            parts.month = m.captured(group).toInt();
            parts.day = m.captured(group + 1).toInt();
        }
    }
    return parts;
}

} // namespace

QChar idNumberCheckChar(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

QString normalizeIdNumber(const QString& idNumber)
{
    return idNumber.trimmed().toUpper();
}

QString checkIdNumber(const QString& idNumber, QDate* birthDate, QString* gender, const QDate& today)
{
    const QString id = normalizeIdNumber(idNumber);
    if (id.size() != 18)
        return QCoreApplication::translate("tl::core::Validation",
                                           "ID number must have 18 characters, not %1")
            .arg(id.size());
    const QString first17 = id.left(17);
    const QChar last = id.at(17);
    if (!allDigits(first17) || !(allDigits(QString(last)) || last == QLatin1Char('X')))
        return QCoreApplication::translate("tl::core::Validation",
                                           "ID number must be 17 digits followed by a digit or X");

    const int year = first17.mid(6, 4).toInt();
    const int month = first17.mid(10, 2).toInt();
    const int day = first17.mid(12, 2).toInt();
    const QDate birth(year, month, day);
    if (!birth.isValid())
        return QCoreApplication::translate("tl::core::Validation", "no such date %1")
            .arg(isoText(year, month, day));
    const QDate reference = today.isValid() ? today : QDate::currentDate();
    if (birth > reference)
        return QCoreApplication::translate("tl::core::Validation", "birth date %1 is in the future")
            .arg(birth.toString(Qt::ISODate));
    if (year < 1900)
        return QCoreApplication::translate("tl::core::Validation", "birth date %1 is before 1900")
            .arg(birth.toString(Qt::ISODate));

    const QChar expected = idNumberCheckChar(first17);
    if (last != expected)
        return QCoreApplication::translate("tl::core::Validation", "check character should be %1")
            .arg(expected);

    if (birthDate)
        *birthDate = birth;
    if (gender)
        *gender = (first17.at(16).unicode() - '0') % 2 == 1 ? QStringLiteral("M") : QStringLiteral("F");
    return {};
}

QString normalizeMobile(const QString& phone)
{
    QString p = phone.trimmed();
    p.remove(QLatin1Char(' '));
    p.remove(QLatin1Char('-'));
    if (p.startsWith(QLatin1String("+86")))
        p.remove(0, 3);
    else if (p.startsWith(QLatin1String("0086")))
        p.remove(0, 4);
    return p;
}

QString checkMobile(const QString& phone)
{
    if (phone.size() != 11 || !allDigits(phone))
        return QCoreApplication::translate("tl::core::Validation", "mobile number must have 11 digits");
    if (phone.at(0) != QLatin1Char('1') || phone.at(1) < QLatin1Char('3'))
        return QCoreApplication::translate("tl::core::Validation", "mobile number must start with 13 to 19");
    return {};
}

QDate parseUserDate(const QString& text)
{
    const DateParts parts = splitDate(text);
    if (!parts.matched)
        return {};
    return QDate(parts.year, parts.month, parts.day);
}

QString checkUserDate(const QString& text)
{
    const DateParts parts = splitDate(text);
    if (!parts.matched)
        return QCoreApplication::translate("tl::core::Validation", "%1 is not a date (use YYYY-MM-DD)")
            .arg(text.trimmed());
    if (!QDate(parts.year, parts.month, parts.day).isValid())
        return QCoreApplication::translate("tl::core::Validation", "no such date %1")
            .arg(isoText(parts.year, parts.month, parts.day));
    return {};
}

} // namespace tl::core
