#include "VisitsFixture.h"

#include "customers/CheckinMatcher.h"
#include "customers/CheckinService.h"
#include "customers/FollowUpService.h"
#include "settings/CompanyService.h"

using namespace tl::core;
using namespace tl::test;

namespace {

// 客户 C001 stands at 31.230000 N, 121.470000 E (Shanghai, 人民广场).
constexpr qint64 kLat = 31230000;
constexpr qint64 kLon = 121470000;

// Distances by hand. One micro-degree of latitude is R × π / 180 / 10⁶ with R = 6,371,008.8 m:
//   6,371,008.8 × 3.14159265 / 180 = 111,195.080 m per degree -> 0.111195080 m per micro-degree.
// A point due north is exactly that many metres per micro-degree away on the sphere:
//   4,488 µ° × 0.111195080 = 499.04 m -> 499 m   (inside)
//   4,497 µ° × 0.111195080 = 500.04 m -> 500 m   (on the boundary: still inside, ≤ 500)
//   4,504 µ° × 0.111195080 = 500.82 m -> 501 m   (outside: whole metres are compared)
//   4,506 µ° × 0.111195080 = 501.05 m -> 501 m   (outside)
// Due east, a micro-degree of longitude shrinks with cos(31.23°) = 0.855093:
//   0.111195080 × 0.855093 = 0.0950821 m; 5,258 µ° × 0.0950821 = 499.94 m -> 500 m (inside; a search box
//   that forgot the cosine would be only ±4,498 µ° wide and miss it).
constexpr qint64 k499North = 4488;
constexpr qint64 k500North = 4497;
constexpr qint64 k501NorthRounded = 4504;
constexpr qint64 k501North = 4506;
constexpr qint64 k500East = 5258;

Checkin checkinAt(qint64 employeeId, const QDateTime& when, qint64 latitudeE6, qint64 longitudeE6)
{
    Checkin c;
    c.employeeId = employeeId;
    c.at = when;
    c.location = GeoPoint{latitudeE6, longitudeE6};
    c.address = QStringLiteral("上海市黄浦区人民大道");
    return c;
}

Checkin stored(CheckinService& service, qint64 id)
{
    const auto all = service.list(QDate(2026, 1, 1), QDate(2026, 3, 15));
    REQUIRE(all.ok());
    for (const Checkin& c : *all)
        if (c.id == id)
            return c;
    FAIL("check-in not listed");
    return {};
}

} // namespace

TEST_CASE("the search box around a point is wide enough in both directions", "[visits][matching]")
{
    // 500 / 0.111195080 = 4,496.6 -> 4,497 micro-degrees, plus one for rounding: ±4,498.
    const auto box = CheckinMatcher::boxAround(GeoPoint{kLat, kLon}, 500);
    CHECK(box.minLatitude == kLat - 4498);
    CHECK(box.maxLatitude == kLat + 4498);
    CHECK_FALSE(box.allLongitudes);
    // Longitude: at the box's far edge 31.234498° (cos = 0.855052) a micro-degree is 0.0950776 m:
    // 500 / 0.0950776 = 5,258.9 -> 5,259, plus one: ±5,260.
    CHECK(box.minLongitude == kLon - 5260);
    CHECK(box.maxLongitude == kLon + 5260);

    // Near the ±180° meridian or a pole only the latitude range filters.
    CHECK(CheckinMatcher::boxAround(GeoPoint{kLat, 179999000}, 500).allLongitudes);
    CHECK(CheckinMatcher::boxAround(GeoPoint{89999000, 0}, 500).allLongitudes);
}

TEST_CASE_METHOD(VisitsFixture, "the 500 m boundary: 499 m and 500 m count, 501 m does not",
                 "[visits][matching]")
{
    const qint64 c1 = customer(QStringLiteral("C001"), kLat, kLon, zhang);
    followUp(c1, zhang, at(3, 10, 9, 30));
    CheckinService service(t.context(salesSession(zhang)));
    REQUIRE(service.maxDistanceMetres() == 500);

    struct Case
    {
        qint64 dLat;
        qint64 dLon;
        bool effective;
        int distance;
        const char* reason;
    };
    const Case cases[] = {
        {k499North, 0, true, 499, "effective"},
        {k500North, 0, true, 500, "effective"},
        {k501NorthRounded, 0, false, -1, "no_customer_nearby"},
        {k501North, 0, false, -1, "no_customer_nearby"},
        {-k499North, 0, true, 499, "effective"},
        {0, k500East, true, 500, "effective"},
        {0, -k500East, true, 500, "effective"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.dLat, c.dLon);
        const auto id = service.add(checkinAt(0, at(3, 10, 10), kLat + c.dLat, kLon + c.dLon));
        REQUIRE(id.ok());
        const Checkin s = stored(service, *id);
        CHECK(s.effective == c.effective);
        CHECK(s.distanceMetres == c.distance);
        CHECK(s.reason == QLatin1String(c.reason));
        CHECK(s.customerId == (c.effective ? c1 : 0));
        CHECK(s.employeeId == zhang);
        CHECK(s.employeeCode == QStringLiteral("E001"));
    }
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(VisitsFixture, "the distance is a company setting", "[visits][matching]")
{
    const qint64 c1 = customer(QStringLiteral("C001"), kLat, kLon, zhang);
    followUp(c1, zhang, at(3, 10, 9, 30));
    CheckinService service(t.context(salesSession(zhang)));
    const qint64 far = *service.add(checkinAt(0, at(3, 10, 10), kLat + k501North, kLon));
    CHECK_FALSE(stored(service, far).effective);

    // 5,396 µ° × 0.111195080 = 600.01 m -> 600 m.
    REQUIRE(
        CompanyService(sys).setSetting(QStringLiteral("visits.max_distance_m"), QStringLiteral("600")).ok());
    CHECK(service.maxDistanceMetres() == 600);
    const qint64 at600 = *service.add(checkinAt(0, at(3, 10, 11), kLat + 5396, kLon));
    CHECK(stored(service, at600).effective);
    CHECK(stored(service, at600).distanceMetres == 600);
    // The earlier check-in changes only when re-matched.
    CHECK_FALSE(stored(service, far).effective);
    CHECK(*service.rematch(QDate(2026, 3, 10), QDate(2026, 3, 10)) == 1);
    CHECK(stored(service, far).effective);
    CHECK(stored(service, far).distanceMetres == 501);

    // The setting only accepts 50 to 5,000 m.
    CHECK_FALSE(
        CompanyService(sys).setSetting(QStringLiteral("visits.max_distance_m"), QStringLiteral("49")).ok());
    CHECK_FALSE(
        CompanyService(sys).setSetting(QStringLiteral("visits.max_distance_m"), QStringLiteral("5001")).ok());
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(VisitsFixture, "a visit needs a follow-up by the same person on the same calendar day",
                 "[visits][matching]")
{
    const qint64 c1 = customer(QStringLiteral("C001"), kLat, kLon, zhang);
    CheckinService service(t.context(sys.session));
    const auto check = [&](qint64 employee, const QDateTime& when) {
        const auto id = service.add(checkinAt(employee, when, kLat + 899, kLon)); // 899 µ° = 99.96 m -> 100 m
        REQUIRE(id.ok());
        return stored(service, *id);
    };

    SECTION("no follow-up at all")
    {
        const Checkin c = check(zhang, at(3, 10, 10));
        CHECK_FALSE(c.effective);
        CHECK(c.reason == QStringLiteral("no_follow_up_same_day"));
        CHECK(c.customerId == c1); // the nearest customer is still recorded
        CHECK(c.distanceMetres == 100);
    }
    SECTION("the follow-up was the day before, or the day after")
    {
        followUp(c1, zhang, at(3, 9, 23, 59));
        followUp(c1, zhang, at(3, 11, 0, 0));
        CHECK(check(zhang, at(3, 10, 10)).reason == QStringLiteral("no_follow_up_same_day"));
    }
    SECTION("the follow-up was by someone else")
    {
        followUp(c1, li, at(3, 10, 8));
        CHECK(check(zhang, at(3, 10, 10)).reason == QStringLiteral("no_follow_up_same_day"));
        CHECK(check(li, at(3, 10, 10)).reason == QStringLiteral("effective"));
    }
    SECTION("any time of the same day counts, before or after the check-in")
    {
        followUp(c1, zhang, at(3, 10, 23, 59));
        followUp(c1, zhang, at(3, 12, 0, 0));
        CHECK(check(zhang, at(3, 10, 8)).effective);
        CHECK(check(zhang, at(3, 12, 20)).effective);
    }
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(VisitsFixture, "matching picks the nearest customer with a follow-up that day",
                 "[visits][matching]")
{
    // Due north of the check-in point: A at 100 m (899 µ°), B at 300 m (2,698 µ° × 0.111195080 = 300.00 m),
    // D without coordinates; the check-in stands at the base point.
    const qint64 a = customer(QStringLiteral("CA"), kLat + 899, kLon, zhang);
    const qint64 b = customer(QStringLiteral("CB"), kLat + 2698, kLon, zhang);
    const qint64 d = customerWithoutLocation(QStringLiteral("CD"), zhang);
    CheckinService service(t.context(salesSession(zhang)));
    const auto check = [&](int day) {
        const auto id = service.add(checkinAt(0, at(3, day, 15), kLat, kLon));
        REQUIRE(id.ok());
        return stored(service, *id);
    };

    followUp(b, zhang, at(3, 2, 10));
    followUp(d, zhang, at(3, 2, 10));
    Checkin c = check(2); // only B was followed up: B, although A is nearer
    CHECK(c.customerId == b);
    CHECK(c.customerCode == QStringLiteral("CB"));
    CHECK(c.customerName == QStringLiteral("客户CB"));
    CHECK(c.distanceMetres == 300);
    CHECK(c.effective);

    c = check(3); // no follow-up that day: the nearest, not effective
    CHECK(c.customerId == a);
    CHECK(c.distanceMetres == 100);
    CHECK_FALSE(c.effective);

    followUp(a, zhang, at(3, 4, 10));
    followUp(b, zhang, at(3, 4, 11));
    c = check(4); // both followed up: the nearest
    CHECK(c.customerId == a);
    CHECK(c.effective);
    CHECK(c.reason == QStringLiteral("effective"));
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(VisitsFixture,
                 "re-matching after a follow-up is added changes exactly the affected check-ins",
                 "[visits][rematch]")
{
    const qint64 c1 = customer(QStringLiteral("C001"), kLat, kLon, zhang);
    CheckinService service(t.context(salesSession(zhang)));
    const qint64 first = *service.add(checkinAt(0, at(3, 5, 10), kLat + 899, kLon));
    const qint64 second = *service.add(checkinAt(0, at(3, 6, 10), kLat + 899, kLon));
    const qint64 elsewhere = *service.add(checkinAt(0, at(3, 5, 16), kLat + 50000, kLon)); // 5.6 km away
    CHECK_FALSE(stored(service, first).effective);

    CHECK(*service.rematch(QDate(2026, 3, 1), QDate(2026, 3, 15)) == 0); // nothing new yet
    followUp(c1, zhang, at(3, 5, 17)); // logged after the visit, the same day
    CHECK(*service.rematch(QDate(2026, 3, 1), QDate(2026, 3, 15)) == 1);
    CHECK(stored(service, first).effective);
    CHECK(stored(service, first).reason == QStringLiteral("effective"));
    CHECK_FALSE(stored(service, second).effective);
    CHECK(stored(service, elsewhere).reason == QStringLiteral("no_customer_nearby"));
    CHECK(*service.rematch(QDate(2026, 3, 1), QDate(2026, 3, 15)) == 0); // idempotent

    // A re-match outside the period leaves the check-in alone.
    followUp(c1, zhang, at(3, 6, 9));
    CHECK(*service.rematch(QDate(2026, 3, 7), QDate(2026, 3, 15)) == 0);
    CHECK_FALSE(stored(service, second).effective);
    CHECK(*service.rematch(QDate(2026, 3, 6), QDate(2026, 3, 6)) == 1);
    CHECK(stored(service, second).effective);

    // Each change is audited as a re-match with before and after.
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'checkins' "
                                                  "AND action = 'rematch'"))
              .toInt() == 2);
    CHECK(auditIssues().isEmpty());
    CHECK_FALSE(service.rematch(QDate(2026, 3, 6), QDate(2026, 3, 5)).ok());
}

TEST_CASE_METHOD(VisitsFixture, "check-ins are validated", "[visits][validation]")
{
    CheckinService service(t.context(salesSession(zhang)));
    Checkin c = checkinAt(0, at(3, 16, 8), 91000000, -181000000); // tomorrow, beyond the poles
    const auto added = service.add(c);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::Invalid);
    QStringList problems;
    for (const FieldProblem& p : added.error().problems)
        problems << p.column + QStringLiteral(": ") + p.reason;
    CHECK(problems ==
          QStringList{QStringLiteral("at: the time 2026-03-16T08:00:00 is after today (2026-03-15)"),
                      QStringLiteral("latitude: a latitude lies between -90 and 90 degrees"),
                      QStringLiteral("longitude: a longitude lies between -180 and 180 degrees")});
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM checkins")).toInt() == 0);

    // Later today is fine.
    CHECK(service.add(checkinAt(0, at(3, 15, 18), kLat, kLon)).ok());
    // A session without an employee must name one.
    const auto noEmployee =
        CheckinService(t.context(sys.session)).add(checkinAt(0, at(3, 15, 8), kLat, kLon));
    REQUIRE_FALSE(noEmployee.ok());
    CHECK(noEmployee.error().problems.value(0).column == QStringLiteral("employee_code"));
    CHECK(CheckinService(sys).add(checkinAt(999, at(3, 15, 8), kLat, kLon)).error().code ==
          ErrorCode::NotFound);
}

TEST_CASE("reason keys have explanations", "[visits]")
{
    CHECK(checkinReasonName(QStringLiteral("effective")).contains(QStringLiteral("same day")));
    CHECK(checkinReasonName(QStringLiteral("no_customer_nearby")).contains(QStringLiteral("close enough")));
    CHECK(checkinReasonName(QStringLiteral("no_follow_up_same_day")).contains(QStringLiteral("follow-up")));
    CHECK(checkinReasonName(QStringLiteral("other_key")) == QStringLiteral("other_key"));
}

TEST_CASE_METHOD(VisitsFixture, "logging the follow-up later makes that day's check-in effective",
                 "[visits][matching]")
{
    const qint64 c1 = customer(QStringLiteral("C001"), kLat, kLon, zhang);
    CheckinService service(t.context(salesSession(zhang)));
    const qint64 id = *service.add(checkinAt(0, at(3, 10, 10), kLat + 100, kLon));
    REQUIRE(stored(service, id).reason == QStringLiteral("no_follow_up_same_day"));

    FollowUp f;
    f.customerId = c1;
    f.at = at(3, 10, 16);
    f.method = QStringLiteral("visit");
    f.content = QStringLiteral("上门拜访，确认需求");
    REQUIRE(FollowUpService(t.context(salesSession(zhang))).log(f).ok());

    const Checkin after = stored(service, id);
    CHECK(after.effective);
    CHECK(after.customerId == c1);
    CHECK(auditIssues().isEmpty());
}
