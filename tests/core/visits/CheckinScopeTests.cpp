#include "VisitsFixture.h"

#include "common/ChangeNotifier.h"
#include "customers/CheckinService.h"

using namespace tl::core;
using namespace tl::test;

namespace {

constexpr qint64 kLat = 31230000;
constexpr qint64 kLon = 121470000;

Checkin checkinAt(qint64 employeeId, const QDateTime& when, qint64 latitudeE6 = kLat + 899)
{
    Checkin c;
    c.employeeId = employeeId;
    c.at = when;
    c.location = GeoPoint{latitudeE6, kLon};
    return c;
}

QStringList codes(const QList<Checkin>& list)
{
    QStringList out;
    for (const Checkin& c : list)
        out << c.employeeCode + QLatin1Char('@') + c.at.toString(QStringLiteral("MM-dd HH:mm"));
    return out;
}

} // namespace

TEST_CASE_METHOD(VisitsFixture, "check-ins per person and month", "[visits][counts]")
{
    const qint64 c1 = customer(QStringLiteral("C001"), kLat, kLon, zhang);
    const qint64 c2 = customer(QStringLiteral("C002"), kLat, kLon + 100000, wang); // 9.5 km east
    CheckinService service(sys);
    // 张三 checks in 100 m from C001: February 2 check-ins (1 effective), March 3 (2 effective), across the
    // month boundary (28 February 23:59, 1 March 00:00) and up to today (15 March, 08:30).
    followUp(c1, zhang, at(2, 27, 9));
    followUp(c1, zhang, at(3, 1, 9));
    followUp(c1, zhang, at(3, 15, 8));
    followUp(c2, wang, at(3, 2, 9));
    REQUIRE(service.add(checkinAt(zhang, at(2, 27, 10))).ok());     // effective
    REQUIRE(service.add(checkinAt(zhang, at(2, 28, 23, 59))).ok()); // no follow-up that day
    REQUIRE(service.add(checkinAt(zhang, at(3, 1, 0, 0))).ok());    // effective (follow-up at 09:00)
    REQUIRE(service.add(checkinAt(zhang, at(3, 14, 10))).ok());     // no follow-up that day
    REQUIRE(service.add(checkinAt(zhang, at(3, 15, 8, 30))).ok());  // effective
    // 王五: March 2 check-ins near his customer (1 effective), 李四: March 1 far from everyone.
    REQUIRE(service.add(checkinAt(wang, at(3, 2, 10), kLat)).ok());
    Checkin nearC2 = checkinAt(wang, at(3, 2, 11));
    nearC2.location = GeoPoint{kLat, kLon + 100000};
    REQUIRE(service.add(nearC2).ok());
    REQUIRE(service.add(checkinAt(li, at(3, 3, 10), kLat + 200000)).ok());

    const auto march = service.monthCounts(2026, 3);
    REQUIRE(march.ok());
    REQUIRE(march->size() == 3);
    CHECK((*march)[0].employeeCode == QStringLiteral("E001"));
    CHECK((*march)[0].employeeName == QStringLiteral("张三"));
    CHECK((*march)[0].checkins == 3);
    CHECK((*march)[0].effectiveVisits == 2);
    CHECK((*march)[1].employeeCode == QStringLiteral("E002"));
    CHECK((*march)[1].checkins == 1);
    CHECK((*march)[1].effectiveVisits == 0);
    CHECK((*march)[2].employeeCode == QStringLiteral("E003"));
    CHECK((*march)[2].checkins == 2);
    CHECK((*march)[2].effectiveVisits == 1);

    const auto february = service.monthCounts(2026, 2);
    REQUIRE(february.ok());
    REQUIRE(february->size() == 1);
    CHECK((*february)[0].employeeId == zhang);
    CHECK((*february)[0].checkins == 2);
    CHECK((*february)[0].effectiveVisits == 1);
    CHECK(service.monthCounts(2026, 4)->isEmpty());
    CHECK(service.monthCounts(2026, 13).error().code == ErrorCode::Invalid);

    // Scope: a salesperson sees their own line, the manager of 销售一部 the department's, HR everyone (for
    // the visit allowance).
    const auto own = CheckinService(t.context(salesSession(wang))).monthCounts(2026, 3);
    REQUIRE(own->size() == 1);
    CHECK((*own)[0].employeeCode == QStringLiteral("E003"));
    const auto team = CheckinService(t.context(managerSession())).monthCounts(2026, 3);
    REQUIRE(team->size() == 2);
    CHECK((*team)[1].employeeCode == QStringLiteral("E002"));
    CHECK(CheckinService(t.context(sessionFor(Role::Hr))).monthCounts(2026, 3)->size() == 3);
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(VisitsFixture, "who may record and see check-ins", "[visits][permissions]")
{
    customer(QStringLiteral("C001"), kLat, kLon, zhang);
    CheckinService asZhang(t.context(salesSession(zhang)));
    CheckinService asManager(t.context(managerSession()));

    // A salesperson records their own check-ins only.
    REQUIRE(asZhang.add(checkinAt(0, at(3, 10, 9))).ok());
    REQUIRE(asZhang.add(checkinAt(zhang, at(3, 10, 15))).ok());
    const auto forOther = asZhang.add(checkinAt(li, at(3, 10, 9)));
    REQUIRE_FALSE(forOther.ok());
    CHECK(forOther.error().code == ErrorCode::PermissionDenied);
    CHECK(forOther.error().message == QStringLiteral("You may not record check-ins for 李四 (E002)."));
    // A manager for the team, not for another department.
    REQUIRE(asManager.add(checkinAt(li, at(3, 11, 9))).ok());
    CHECK(asManager.add(checkinAt(wang, at(3, 11, 9))).error().code == ErrorCode::PermissionDenied);
    REQUIRE(CheckinService(sys).add(checkinAt(wang, at(3, 12, 9))).ok());
    // Roles without EditCustomers record nothing.
    for (Role role : {Role::Finance, Role::Auditor, Role::Hr}) {
        CAPTURE(roleKey(role));
        CHECK(CheckinService(t.context(sessionFor(role))).add(checkinAt(zhang, at(3, 12, 9))).error().code ==
              ErrorCode::PermissionDenied);
    }

    const QDate from(2026, 3, 1);
    const QDate to(2026, 3, 31);
    CHECK(codes(*asZhang.list(from, to)) ==
          QStringList{QStringLiteral("E001@03-10 09:00"), QStringLiteral("E001@03-10 15:00")});
    CHECK(codes(*asManager.list(from, to)) == QStringList{QStringLiteral("E001@03-10 09:00"),
                                                          QStringLiteral("E001@03-10 15:00"),
                                                          QStringLiteral("E002@03-11 09:00")});
    CHECK(codes(*asManager.list(from, to, li)) == QStringList{QStringLiteral("E002@03-11 09:00")});
    CHECK(asManager.list(from, to, wang).error().code == ErrorCode::PermissionDenied);
    CHECK(asZhang.list(from, to, li).error().code == ErrorCode::PermissionDenied);
    CHECK(codes(*CheckinService(t.context(sessionFor(Role::Finance))).list(from, to)).size() == 4);
    CHECK(codes(*CheckinService(t.context(sessionFor(Role::Auditor)))
                     .list(QDate(2026, 3, 11), QDate(2026, 3, 11))) ==
          QStringList{QStringLiteral("E002@03-11 09:00")});
    // HR counts visits for the allowance but does not read the customer-side list.
    CHECK(CheckinService(t.context(sessionFor(Role::Hr))).list(from, to).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(asZhang.list(to, from).error().code == ErrorCode::Invalid);

    // Re-matching stays within the scope: 张三's re-match does not touch 李四's or 王五's rows.
    CHECK(asZhang.rematch(from, to).ok());
    CHECK(CheckinService(t.context(sessionFor(Role::Finance))).rematch(from, to).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(VisitsFixture, "check-ins notify after commit", "[visits]")
{
    customer(QStringLiteral("C001"), kLat, kLon, zhang);
    ChangeNotifier notifier;
    QList<QPair<QString, QList<qint64>>> seen;
    QObject::connect(&notifier, &ChangeNotifier::changed,
                     [&](const QString& entity, const QList<qint64>& ids) {
                         seen.append({entity, ids});
                     });
    Context ctx = t.context(salesSession(zhang));
    ctx.notifier = &notifier;
    const qint64 id = *CheckinService(ctx).add(checkinAt(0, at(3, 10, 9)));
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].first == QStringLiteral("checkins"));
    CHECK(seen[0].second == QList<qint64>{id});
    // Audited with the employee and time as the label.
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT label FROM audit_log WHERE entity = 'checkins'"))
              .toString() == QStringLiteral("E001 2026-03-10T09:00:00"));
}
