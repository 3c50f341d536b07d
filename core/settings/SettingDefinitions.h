#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>

namespace tl::core {

// Keys of the company rules kept in the settings table (DESIGN §5 defaults). Modules read them
// through CompanyService::intSetting / intListSetting.
namespace SettingKey {
inline constexpr QLatin1String PoolNoFollowUpDays{"pool.no_follow_up_days"};
inline constexpr QLatin1String PoolNoDealDays{"pool.no_deal_days"};
inline constexpr QLatin1String PoolWarnDays{"pool.warn_days"};
inline constexpr QLatin1String PoolOwnedCap{"pool.owned_cap"};
inline constexpr QLatin1String PoolClaimsPerDay{"pool.claims_per_day"};
inline constexpr QLatin1String PoolCooldownDays{"pool.cooldown_days"};
inline constexpr QLatin1String ReminderOffsets{"reminders.offsets"};
inline constexpr QLatin1String LetterReplyDays{"letters.reply_days"};
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
// dotted names ("pool.owned_cap"); a key without a definition accepts any value.
QString settingProblem(const QString& key, const QString& value);
// The integers of a value accepted by settingProblem ("7,3,1,0" -> {7, 3, 1, 0}).
QList<int> parseSettingIntegers(const QString& value);

} // namespace tl::core
