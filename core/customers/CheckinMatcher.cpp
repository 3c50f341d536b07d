#include "customers/CheckinMatcher.h"

#include "db/Database.h"
#include "db/NativeStatement.h"

#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tl::core {

namespace {

constexpr qint64 kMaxLatitude = 90000000;
constexpr qint64 kMaxLongitude = 180000000;

struct Candidate
{
    qint64 id = 0;
    double metres = 0;
};

int wholeMetres(double metres)
{
    return int(std::floor(metres + 0.5)); // half-up; distances are never negative
}

} // namespace

CheckinMatcher::Box CheckinMatcher::boxAround(const GeoPoint& point, int metres)
{
    // Every point within `metres` lies within metres / R radians of latitude. One extra micro-degree on
    // each side absorbs the rounding of the division.
    const qint64 dLat = qint64(std::ceil(metres / kMetresPerMicroDegree)) + 1;
    Box box;
    box.minLatitude = std::max(-kMaxLatitude, point.latitudeE6 - dLat);
    box.maxLatitude = std::min(kMaxLatitude, point.latitudeE6 + dLat);
    // A degree of longitude shrinks with cos(latitude): the widest span is needed at the latitude of the
    // box farthest from the equator.
    const qint64 farthest = std::max(std::abs(box.minLatitude), std::abs(box.maxLatitude));
    const double cosine = std::cos(double(farthest) / 1e6 * std::numbers::pi / 180.0);
    if (cosine < 1e-3) { // within about 6 km of a pole
        box.allLongitudes = true;
        return box;
    }
    const qint64 dLon = qint64(std::ceil(metres / (kMetresPerMicroDegree * cosine))) + 1;
    box.minLongitude = point.longitudeE6 - dLon;
    box.maxLongitude = point.longitudeE6 + dLon;
    box.allLongitudes = box.minLongitude < -kMaxLongitude || box.maxLongitude > kMaxLongitude;
    return box;
}

CheckinMatcher::CheckinMatcher(const Database& db, int maxDistanceMetres)
    : m_maxDistance(maxDistanceMetres),
      m_nearby(std::make_unique<NativeStatement>(
          db.nativeHandle(), "SELECT id, latitude_e6, longitude_e6 FROM customers "
                             "WHERE latitude_e6 BETWEEN ?1 AND ?2 AND longitude_e6 BETWEEN ?3 AND ?4")),
      m_nearbyAnyLongitude(std::make_unique<NativeStatement>(
          db.nativeHandle(),
          "SELECT id, latitude_e6, longitude_e6 FROM customers WHERE latitude_e6 BETWEEN ?1 AND ?2")),
      // ISO date-times sort as text: [day, next day) holds every time of the day, with a 'T' or a space.
      m_followedUp(std::make_unique<NativeStatement>(
          db.nativeHandle(),
          "SELECT DISTINCT customer_id FROM followups WHERE employee_id = ?1 AND at >= ?2 AND at < ?3"))
{}

CheckinMatcher::~CheckinMatcher() = default;

CheckinMatch CheckinMatcher::match(qint64 employeeId, const QDateTime& at, const GeoPoint& where)
{
    const Box box = boxAround(where, m_maxDistance);
    NativeStatement& nearby = box.allLongitudes ? *m_nearbyAnyLongitude : *m_nearby;
    nearby.bind(1, box.minLatitude).bind(2, box.maxLatitude);
    if (!box.allLongitudes)
        nearby.bind(3, box.minLongitude).bind(4, box.maxLongitude);

    QList<Candidate> candidates;
    while (nearby.step()) {
        sqlite3_stmt* s = nearby.raw();
        const GeoPoint customer{sqlite3_column_int64(s, 1), sqlite3_column_int64(s, 2)};
        const double metres = GeoPoint::distanceMetres(where, customer);
        if (wholeMetres(metres) <= m_maxDistance)
            candidates.append({sqlite3_column_int64(s, 0), metres});
    }
    if (candidates.isEmpty())
        return {0, -1, false, kNoCustomerNearby};
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.metres != b.metres ? a.metres < b.metres : a.id < b.id;
    });

    const QDate day = at.date();
    m_followedUp->bind(1, employeeId)
        .bind(2, day.toString(Qt::ISODate))
        .bind(3, day.addDays(1).toString(Qt::ISODate));
    QSet<qint64> followedUp;
    while (m_followedUp->step())
        followedUp.insert(sqlite3_column_int64(m_followedUp->raw(), 0));

    for (const Candidate& c : std::as_const(candidates))
        if (followedUp.contains(c.id))
            return {c.id, wholeMetres(c.metres), true, kEffective};
    const Candidate& nearest = candidates.first();
    return {nearest.id, wholeMetres(nearest.metres), false, kNoFollowUpSameDay};
}

} // namespace tl::core
