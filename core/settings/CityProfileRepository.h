#pragma once

#include "common/Context.h"
#include "settings/CityProfile.h"

#include <QDate>
#include <QList>

#include <optional>

namespace tl::core {

class Database;

// The SQL on city_profiles. No permission checks (CompanyService does them). Throws DbException;
// writes run inside the caller's Transaction and are audited with a snapshot of the row.
class CityProfileRepository
{
public:
    static QList<CityProfile> list(const Database& db,
                                   const QString& city); // city empty = all; by city, date
    static std::optional<CityProfile> get(const Database& db, qint64 id);
    // The profile of the city in force on the date: the latest effective_from on or before it.
    static std::optional<CityProfile> effective(const Database& db, const QString& city, const QDate& date);
    // The profile (other than exceptId) of the city starting on that date, 0 = none.
    static qint64 idStartingOn(const Database& db, const QString& city, const QDate& from, qint64 exceptId);

    static qint64 insert(const Context& ctx, const CityProfile& profile);
    static void update(const Context& ctx, const CityProfile& profile);
};

} // namespace tl::core
