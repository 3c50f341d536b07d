#include "settings/BuiltinCityProfiles.h"

#include "money/Money.h"
#include "money/Rate.h"
#include "money/Rounding.h"

namespace tl::core {

namespace {

constexpr qint64 yuan(qint64 amount)
{
    return Money::fromYuan(amount).fen();
}

// A percentage with up to two decimals in ppm: percent(9, 80) = 9.80% = 98,000.
constexpr int percent(int whole, int hundredths = 0)
{
    return int(whole * Rate::PpmPerPercent + hundredths * Rate::PpmPerPercent / 100);
}

} // namespace

QList<CityProfile> builtinCityProfiles()
{
    CityProfile shanghai;
    shanghai.city = QStringLiteral("shanghai");
    shanghai.name = cityDisplayName(shanghai.city);
    shanghai.effectiveFrom = QDate(2025, 7, 1);
    shanghai.siBaseMin = yuan(7460);
    shanghai.siBaseMax = yuan(37302);
    shanghai.pensionEmployeePpm = percent(8);
    shanghai.medicalEmployeePpm = percent(2);
    shanghai.unemploymentEmployeePpm = percent(0, 50);
    shanghai.pensionEmployerPpm = percent(16);
    shanghai.medicalEmployerPpm = percent(10);
    shanghai.unemploymentEmployerPpm = percent(0, 50);
    shanghai.injuryEmployerPpm = percent(0, 16);
    shanghai.hfBaseMin = yuan(2740);
    shanghai.hfBaseMax = yuan(37302);
    shanghai.hfRatePpm = percent(7);
    shanghai.minimumWage = yuan(2740);
    shanghai.siRounding = roundingKey(Rounding::HalfUpFen);
    shanghai.hfRounding = roundingKey(Rounding::HalfUpYuan);

    CityProfile beijing;
    beijing.city = QStringLiteral("beijing");
    beijing.name = cityDisplayName(beijing.city);
    beijing.effectiveFrom = QDate(2025, 7, 1);
    beijing.siBaseMin = yuan(7162);
    beijing.siBaseMax = yuan(35811);
    beijing.pensionEmployeePpm = percent(8);
    beijing.medicalEmployeePpm = percent(2);
    beijing.unemploymentEmployeePpm = percent(0, 50);
    beijing.pensionEmployerPpm = percent(16);
    beijing.medicalEmployerPpm = percent(9, 80);
    beijing.unemploymentEmployerPpm = percent(0, 50);
    beijing.injuryEmployerPpm = percent(0, 40);
    beijing.hfBaseMin = yuan(7162);
    beijing.hfBaseMax = yuan(35811);
    beijing.hfRatePpm = percent(12);
    beijing.minimumWage = yuan(2420);
    beijing.siRounding = roundingKey(Rounding::HalfUpFen);
    beijing.hfRounding = roundingKey(Rounding::HalfUpYuan);

    CityProfile beijingSeptember = beijing;
    beijingSeptember.effectiveFrom = QDate(2025, 9, 1);
    beijingSeptember.minimumWage = yuan(2540);

    return {shanghai, beijing, beijingSeptember};
}

} // namespace tl::core
