#include <catch2/catch.hpp>

#include "CustioSupport.h"

#include "audit/AuditLog.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

using namespace tl::core;
using namespace tl::test;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const QString kCheckinRows = QStringLiteral("SELECT e.code, c.at, c.latitude_e6, c.longitude_e6, c.address, "
                                            "cu.code, c.distance_m, c.effective, c.reason "
                                            "FROM checkins c JOIN employees e ON e.id = c.employee_id LEFT "
                                            "JOIN customers cu ON cu.id = c.customer_id "
                                            "ORDER BY c.id");

} // namespace

TEST_CASE("checkins: imported and matched like CheckinService matches them", "[custio][checkins]")
{
    const std::string name = GENERATE(as<std::string>{}, "checkins_en_utf8.csv", "checkins_zh_gbk.csv");
    CAPTURE(name);
    TestDatabase t;
    makeTeam(t.context());
    const Context ctx = t.context(adminSession());
    importSample(ctx, QStringLiteral("customers"), QStringLiteral("customers_en_utf8.csv"));
    importSample(ctx, QStringLiteral("followups"), QStringLiteral("followups_en_utf8.csv"));
    const auto result = importFile(ctx, QStringLiteral("checkins"), QString::fromStdString(name));
    REQUIRE(result.ok());
    INFO(result->summary().toStdString());
    CHECK(result->problems.isEmpty());
    CHECK(result->created == 4);
    CHECK(result->summary().contains(QStringLiteral("Effective visits: 2 of 4 check-in(s).")));
    // 600 micro-degrees of latitude north of K001 are 66.7 m; 400 north of K002 44.5 m; 5,900 are 656 m,
    // beyond the 500 m of an effective visit.
    CHECK(rows(t.db(), kCheckinRows) ==
          QStringList{
              u("E002|2025-06-05T14:05:00|31231000|121473700|浦东新区世纪大道100号|K001|67|1|effective"),
              u("E002|2025-06-06T09:00:00|31231000|121473700||K001|67|0|no_follow_up_same_day"),
              u("E003|2025-06-05T10:00:00|30280000|120155100|西湖区|||0|no_customer_nearby"),
              u("E003|2025-05-20T11:00:00|30274500|120155100|文三路|K002|44|1|effective")});
    requireAuditClean(t.db());
}

TEST_CASE("checkins: every bad cell is reported with its row and column, and nothing is written",
          "[custio][checkins]")
{
    TestDatabase t;
    makeTeam(t.context());
    const auto result =
        importFile(t.context(adminSession()), QStringLiteral("checkins"), QStringLiteral("checkins_bad.csv"));
    REQUIRE(result.ok());
    CHECK_FALSE(result->committed);
    const QList<std::pair<int, QString>> expected{
        {2, QStringLiteral("employee_code")}, // E999
        {3, QStringLiteral("at")},            // after today
        {4, QStringLiteral("longitude")},     // missing
        {5, QStringLiteral("latitude")},      // 100
        {6, QStringLiteral("at")},            // 14:65
        {7, QStringLiteral("latitude")},      // north
    };
    CHECK(cells(result->problems) == expected);
    REQUIRE(result->problems.size() == expected.size());
    CHECK(result->problems.at(0).reason == QStringLiteral("employee E999 does not exist"));
    CHECK(result->problems.at(1).reason ==
          QStringLiteral("the time 2099-06-05 14:05 is after today (2026-03-15)"));
    CHECK(result->problems.at(2).reason == QStringLiteral("latitude and longitude must be given together"));
    CHECK(result->problems.at(3).reason == QStringLiteral("latitude 100 is outside -90 to 90"));
    CHECK(result->problems.at(5).reason == QStringLiteral("north is not a number of degrees"));
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM checkins")) == 0);
}

TEST_CASE("checkins: an imported check-in is stored exactly as CheckinService stores it",
          "[custio][checkins]")
{
    TestDatabase t;
    const Team team = makeTeam(t.context());
    const Context ctx = t.context(adminSession());
    importSample(ctx, QStringLiteral("customers"), QStringLiteral("customers_en_utf8.csv"));
    importSample(ctx, QStringLiteral("followups"), QStringLiteral("followups_en_utf8.csv"));
    const qint64 added = makeCheckin(ctx, team.li, QDateTime(QDate(2025, 6, 5), QTime(14, 5)), 31231000,
                                     121473700, u("浦东新区世纪大道100号"));
    const auto result = importCsv(ctx, QStringLiteral("checkins"),
                                  u("employee_code,at,latitude,longitude,address\n"
                                    "E002,2025-06-05 14:05,31.231,121.4737,浦东新区世纪大道100号\n")
                                      .toUtf8());
    REQUIRE(result.ok());
    REQUIRE(result->problems.isEmpty());
    const qint64 imported = scalar(t.db(), QStringLiteral("SELECT max(id) FROM checkins"));
    QJsonObject a = AuditLog::snapshot(t.db(), QStringLiteral("checkins"), added);
    QJsonObject b = AuditLog::snapshot(t.db(), QStringLiteral("checkins"), imported);
    a.remove(QStringLiteral("id"));
    b.remove(QStringLiteral("id"));
    CHECK(a == b);
    CHECK(a.value(QStringLiteral("reason")) == QJsonValue(QStringLiteral("effective")));
}

TEST_CASE("checkins: people who left check in until their last day", "[custio][checkins]")
{
    TestDatabase t;
    makeTeam(t.context());
    Employee leaver = employeeSpec(QStringLiteral("E009"), u("赵六"));
    leaver.status = EmployeeStatus::Left;
    leaver.leaveDate = QDate(2025, 6, 30);
    makeEmployee(t.context(), leaver);
    const auto result = importCsv(t.context(adminSession()), QStringLiteral("checkins"),
                                  "employee_code,at,latitude,longitude\n"
                                  "E009,2025-06-30 17:00,31.2,121.4\n"
                                  "E009,2025-07-01 09:00,31.2,121.4\n");
    REQUIRE(result.ok());
    CHECK(cells(result->problems) == QList<std::pair<int, QString>>{{3, QStringLiteral("at")}});
    REQUIRE(result->problems.size() == 1);
    CHECK(result->problems.at(0).reason == u("赵六 (E009) left on 2025-06-30"));
}
