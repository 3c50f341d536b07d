#include "settings/SettingDefinitions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace tl::core {

namespace {

constexpr int kMaxDays = 3650;

} // namespace

const QList<SettingDefinition>& settingDefinitions()
{
    using K = SettingDefinition::Kind;
    static const QList<SettingDefinition> definitions{
        {SettingKey::ReminderOffsets, QLatin1String("7,3,1,0"), K::IntegerList, 0, kMaxDays},
        {SettingKey::LetterReplyDays, QLatin1String("15"), K::Integer, 1, kMaxDays},
        // Effective visits (DESIGN §2.1): a check-in within this many metres of a customer.
        {SettingKey::VisitsMaxDistanceM, QLatin1String("500"), K::Integer, 50, 5000},
        {SettingKey::AgingBuckets, QLatin1String("30,60,90,180,365"), K::IntegerList, 1, kMaxDays},
        {SettingKey::OverdueRepeatDays, QLatin1String("7"), K::Integer, 1, 90},
        {SettingKey::DefaultInterestRatePpm, QLatin1String("45000"), K::Integer, 0, 1000000},
        {SettingKey::LimitationWarnDays, QLatin1String("180"), K::Integer, 0, 1095},
        {SettingKey::LetterPayDays, QLatin1String("15"), K::Integer, 1, kMaxDays},
    };
    return definitions;
}

const SettingDefinition* findSettingDefinition(const QString& key)
{
    for (const SettingDefinition& d : settingDefinitions())
        if (d.key == key)
            return &d;
    return nullptr;
}

QList<int> parseSettingIntegers(const QString& value)
{
    QList<int> numbers;
    for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        numbers.append(part.trimmed().toInt());
    return numbers;
}

QString settingProblem(const QString& key, const QString& value)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$"));
    if (key.size() > 100 || !keyPattern.match(key).hasMatch())
        return QCoreApplication::translate(
            "tl::core::SettingDefinitions",
            "a setting name is made of lower-case words separated by dots, e.g. letters.reply_days");
    const SettingDefinition* d = findSettingDefinition(key);
    if (!d)
        return {};
    const QStringList parts = value.split(QLatin1Char(','));
    if (d->kind == SettingDefinition::Kind::Integer && parts.size() != 1)
        return QCoreApplication::translate("tl::core::SettingDefinitions",
                                           "one whole number between %1 and %2 is expected")
            .arg(d->minimum)
            .arg(d->maximum);
    QList<int> seen;
    for (const QString& part : parts) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < d->minimum || n > d->maximum)
            return d->kind == SettingDefinition::Kind::Integer
                       ? QCoreApplication::translate("tl::core::SettingDefinitions",
                                                     "one whole number between %1 and %2 is expected")
                             .arg(d->minimum)
                             .arg(d->maximum)
                       : QCoreApplication::translate(
                             "tl::core::SettingDefinitions",
                             "whole numbers between %1 and %2 separated by commas are expected, e.g. %3")
                             .arg(d->minimum)
                             .arg(d->maximum)
                             .arg(d->defaultValue);
        if (seen.contains(n))
            return QCoreApplication::translate("tl::core::SettingDefinitions", "%1 is listed twice").arg(n);
        seen.append(n);
    }
    return {};
}

} // namespace tl::core
