#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>

namespace tl::core {

// Keys of the company rules kept in the settings table (DESIGN §5 defaults). Modules read them
// through CompanyService::intSetting / intListSetting. (Pool rules and claim limits are dated versions
// per level and role in their own tables: customers/PoolRules.)
namespace SettingKey {
inline constexpr QLatin1String ReminderOffsets{"reminders.offsets"};
inline constexpr QLatin1String LetterReplyDays{"letters.reply_days"};
inline constexpr QLatin1String VisitsMaxDistanceM{"visits.max_distance_m"};
} // namespace SettingKey

// A known setting: its default (declared here, once) and the values it accepts.
struct SettingDefinition
{
    enum class Kind
    {
        Integer,     // one whole number in [minimum, maximum]
        IntegerList, // comma-separated distinct whole numbers in [minimum, maximum], e.g. "7,3,1,0"
    };
    QLatin1String key;
    QLatin1String defaultValue;
    Kind kind = Kind::Integer;
    int minimum = 0;
    int maximum = 0;
};

const QList<SettingDefinition>& settingDefinitions();
const SettingDefinition* findSettingDefinition(const QString& key);

// Empty when the key and the value are acceptable, else the translated reason. Keys are lower-case
// dotted names ("letters.reply_days"); a key without a definition accepts any value.
QString settingProblem(const QString& key, const QString& value);
// The integers of a value accepted by settingProblem ("7,3,1,0" -> {7, 3, 1, 0}).
QList<int> parseSettingIntegers(const QString& value);

} // namespace tl::core
