#pragma once

#include "common/Error.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tl::core {

// Social insurance, housing fund and minimum wage of a city from a date on (DESIGN §2.7, §5).
// Money in fen, rates in parts per million (8% = 80000).
struct CityProfile
{
    qint64 id = 0;
    QString city; // key: "shanghai", "beijing" or a lower-case city name (see normalizeCityKey)
    QString name; // display name
    QDate effectiveFrom;
    qint64 siBaseMin = 0; // social-insurance contribution base floor and cap
    qint64 siBaseMax = 0;
    int pensionEmployeePpm = 0;
    int medicalEmployeePpm = 0;
    int unemploymentEmployeePpm = 0;
    int pensionEmployerPpm = 0;
    int medicalEmployerPpm = 0;
    int unemploymentEmployerPpm = 0;
    int injuryEmployerPpm = 0;
    qint64 hfBaseMin = 0; // housing-fund base floor and cap
    qint64 hfBaseMax = 0;
    int hfRatePpm = 0;                                  // employee and employer each
    qint64 minimumWage = 0;                             // monthly minimum wage
    QString siRounding = QStringLiteral("half_up_fen"); // roundingKey() of each social-insurance contribution
    QString hfRounding = QStringLiteral("half_up_yuan"); // roundingKey() of the housing-fund contribution
};

// Rounding keys a city profile may name: the storage keys of money/Rounding.h (half_up_fen, up_jiao,
// down_yuan, ...; roundingFromKey() turns them into a Rounding).
QStringList cityRoundingModes();

// "上海", "上海市", " Shanghai " -> "shanghai"; "北京"/"北京市" -> "beijing"; other names lower-cased
// without a trailing 市.
QString normalizeCityKey(const QString& text);
// Translated name of a built-in city key ("shanghai" -> Shanghai), else the key itself.
QString cityDisplayName(const QString& key);
// The name to show for a profile: the translated name of a built-in city (whatever language stored it),
// else the stored name, else the key.
QString cityProfileName(const CityProfile& profile);

// Every problem with the profile (columns named as in the table: city, effective_from, si_base_min, ...):
// floor <= cap, amounts >= 0, rates 0..100%, known rounding modes. Empty = valid.
QList<FieldProblem> cityProfileProblems(const CityProfile& profile);

} // namespace tl::core
