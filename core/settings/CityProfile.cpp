#include "settings/CityProfile.h"

#include "money/Rounding.h"

#include <QCoreApplication>

namespace tl::core {

namespace {

constexpr qint64 kFullRatePpm = Rate::PpmPerUnit;

} // namespace

QStringList cityRoundingModes()
{
    QStringList keys;
    for (Rounding mode : allRoundingModes())
        keys << roundingKey(mode);
    return keys;
}

QString normalizeCityKey(const QString& text)
{
    QString key = text.trimmed().toLower();
    if (key.endsWith(QChar(0x5E02))) // 市
        key.chop(1);
    if (key == QStringLiteral("上海"))
        return QStringLiteral("shanghai");
    if (key == QStringLiteral("北京"))
        return QStringLiteral("beijing");
    return key;
}

QString cityDisplayName(const QString& key)
{
    if (key == QLatin1String("shanghai"))
        return QCoreApplication::translate("tl::core::CityProfile", "Shanghai");
    if (key == QLatin1String("beijing"))
        return QCoreApplication::translate("tl::core::CityProfile", "Beijing");
    return key;
}

QString cityProfileName(const CityProfile& profile)
{
    if (profile.city == QLatin1String("shanghai") || profile.city == QLatin1String("beijing"))
        return cityDisplayName(profile.city);
    return profile.name.isEmpty() ? profile.city : profile.name;
}

QList<FieldProblem> cityProfileProblems(const CityProfile& p)
{
    QList<FieldProblem> problems;
    auto add = [&](const char* column, const QString& value, const QString& reason) {
        problems.append({0, QString::fromLatin1(column), value, reason});
    };
    if (normalizeCityKey(p.city).isEmpty())
        add("city", p.city, QCoreApplication::translate("tl::core::CityProfile", "a city is required"));
    if (!p.effectiveFrom.isValid())
        add("effective_from", {},
            QCoreApplication::translate("tl::core::CityProfile", "a valid start date is required"));

    auto amount = [&](const char* column, qint64 value) {
        if (value < 0)
            add(column, QString::number(value),
                QCoreApplication::translate("tl::core::CityProfile", "the amount must not be negative"));
    };
    amount("si_base_min", p.siBaseMin);
    amount("si_base_max", p.siBaseMax);
    amount("hf_base_min", p.hfBaseMin);
    amount("hf_base_max", p.hfBaseMax);
    amount("minimum_wage", p.minimumWage);
    if (p.siBaseMin > p.siBaseMax)
        add("si_base_max", QString::number(p.siBaseMax),
            QCoreApplication::translate("tl::core::CityProfile",
                                        "the social-insurance base cap is below its floor"));
    if (p.hfBaseMin > p.hfBaseMax)
        add("hf_base_max", QString::number(p.hfBaseMax),
            QCoreApplication::translate("tl::core::CityProfile",
                                        "the housing-fund base cap is below its floor"));

    const std::pair<const char*, int> rates[] = {
        {"pension_employee_ppm", p.pensionEmployeePpm},
        {"medical_employee_ppm", p.medicalEmployeePpm},
        {"unemployment_employee_ppm", p.unemploymentEmployeePpm},
        {"pension_employer_ppm", p.pensionEmployerPpm},
        {"medical_employer_ppm", p.medicalEmployerPpm},
        {"unemployment_employer_ppm", p.unemploymentEmployerPpm},
        {"injury_employer_ppm", p.injuryEmployerPpm},
        {"hf_rate_ppm", p.hfRatePpm},
    };
    for (const auto& [column, ppm] : rates)
        if (ppm < 0 || ppm > kFullRatePpm)
            add(column, QString::number(ppm),
                QCoreApplication::translate("tl::core::CityProfile", "a rate must be between 0% and 100%"));

    const QStringList modes = cityRoundingModes();
    if (!roundingFromKey(p.siRounding))
        add("si_rounding", p.siRounding,
            QCoreApplication::translate("tl::core::CityProfile", "unknown rounding mode (known: %1)")
                .arg(modes.join(QStringLiteral(", "))));
    if (!roundingFromKey(p.hfRounding))
        add("hf_rounding", p.hfRounding,
            QCoreApplication::translate("tl::core::CityProfile", "unknown rounding mode (known: %1)")
                .arg(modes.join(QStringLiteral(", "))));
    return problems;
}

} // namespace tl::core
