#pragma once

#include "customers/Customer.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace tl::core {

class Database;
class NativeStatement;

// The outcome of matching one check-in (DESIGN §2.1).
struct CheckinMatch
{
    qint64 customerId = 0;   // 0 = no customer within the distance
    int distanceMetres = -1; // to the matched customer, whole metres; -1 without one
    bool effective = false;
    QString reason; // CheckinMatcher::kEffective, kNoCustomerNearby or kNoFollowUpSameDay

    bool operator==(const CheckinMatch&) const = default;
};

// Effective-visit matching, shared by CheckinService and bulk writers (imports, demo data):
//  1. candidates: customers with coordinates inside a bounding box around the check-in (an indexed range
//     on customers.latitude_e6 / longitude_e6, so it stays fast with 200,000 customers), then the exact
//     great-circle distance (GeoPoint::distanceMetres) rounded half-up to whole metres, kept when it is
//     <= the maximum distance (the boundary counts: 500 m away is still "within 500 m");
//  2. among them, nearest first (ties by customer id), the first one for which the same employee logged a
//     follow-up on the same calendar day as the check-in makes it effective;
//  3. otherwise the nearest candidate is recorded, not effective (no_follow_up_same_day); without any
//     candidate: no customer, not effective (no_customer_nearby).
// Statements are prepared once per matcher and reused; match() throws DbException.
class CheckinMatcher
{
public:
    static constexpr QLatin1String kEffective{"effective"};
    static constexpr QLatin1String kNoCustomerNearby{"no_customer_nearby"};
    static constexpr QLatin1String kNoFollowUpSameDay{"no_follow_up_same_day"};

    // Metres per micro-degree of latitude on the mean sphere (R = 6,371,008.8 m): R × π / 180 / 10⁶.
    static constexpr double kMetresPerMicroDegree = 0.111195080233533;

    // The search box around a point, in micro-degrees; allLongitudes when the box would reach a pole or
    // cross the ±180° meridian (then only the latitude range filters).
    struct Box
    {
        qint64 minLatitude = 0;
        qint64 maxLatitude = 0;
        qint64 minLongitude = 0;
        qint64 maxLongitude = 0;
        bool allLongitudes = false;
    };
    static Box boxAround(const GeoPoint& point, int metres);

    CheckinMatcher(const Database& db, int maxDistanceMetres);
    ~CheckinMatcher();
    CheckinMatcher(const CheckinMatcher&) = delete;
    CheckinMatcher& operator=(const CheckinMatcher&) = delete;

    int maxDistanceMetres() const { return m_maxDistance; }
    CheckinMatch match(qint64 employeeId, const QDateTime& at, const GeoPoint& where);

private:
    int m_maxDistance;
    std::unique_ptr<NativeStatement> m_nearby;
    std::unique_ptr<NativeStatement> m_nearbyAnyLongitude;
    std::unique_ptr<NativeStatement> m_followedUp;
};

} // namespace tl::core
