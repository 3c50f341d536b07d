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
// Receivables (DESIGN §2.3): upper bounds of the overdue ageing buckets in days past due ("30,60,90,180,365"
// -> 未到期, 1-30, 31-60, 61-90, 91-180, 181-365, >365), repeat of overdue reminders, the default annual
// late-interest rate in parts per million (45000 = 4.5% = one-year LPR 3.0% x 1.5, domain-facts §5.3), and
// the limitation warning (days before the deadline).
inline constexpr QLatin1String AgingBuckets{"receivables.aging_buckets"};
inline constexpr QLatin1String OverdueRepeatDays{"reminders.overdue_repeat_days"};
inline constexpr QLatin1String DefaultInterestRatePpm{"receivables.interest_rate_ppm"};
inline constexpr QLatin1String LimitationWarnDays{"receivables.limitation_warn_days"};
// Letters (DESIGN §2.4): payment demanded within this many days of the letter date.
inline constexpr QLatin1String LetterPayDays{"letters.pay_days"};
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
