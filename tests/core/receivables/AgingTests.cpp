#include "AgingScenario.h"

#include "customers/Customer.h"
#include "receivables/AgingBuckets.h"
#include "receivables/AgingReport.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"
#include "support/Builders.h"

using namespace tl::core;
using namespace tl::test;

namespace {

AgingReport::Report run(const Context& ctx, const QDate& asOf, AgingReport::Dimension by,
                        const AgingReport::Filter& filter = AgingReport::Filter())
{
    auto report = AgingReport(ctx).run(asOf, by, filter);
    if (!report)
        FAIL(report.error().fullText().toStdString());
    return report.value();
}

// Instalments due k days before 2026-03-15 for k in {-1, 0, 1, 30, 31, 60, 61, 90, 91, 180, 181, 365, 366},
// the j-th (from 0) of 2^j fen, so that every bucket's sum tells which instalments it holds.
struct BoundaryScenario : ReceivablesFixture
{
    BoundaryScenario()
    {
        QList<LedgerBuilder::Due> schedule;
        qint64 amount = 1;
        for (int k : {-1, 0, 1, 30, 31, 60, 61, 90, 91, 180, 181, 365, 366}) {
            schedule << LedgerBuilder::Due{QDate(2026, 3, 15).addDays(-k), amount};
            amount *= 2;
        }
        ledger.contract(QStringLiteral("KB"), c1, e1, QDate(2024, 1, 1), schedule);
    }
};

} // namespace

TEST_CASE("Days past due are calendar days and an item due on the as-of date is not overdue", "[aging]")
{
    const QDate asOf(2026, 3, 15);
    CHECK(AgingBuckets::daysPastDue(QDate(2026, 3, 16), asOf) == 0);
    CHECK(AgingBuckets::daysPastDue(QDate(2026, 3, 15), asOf) == 0);
    CHECK(AgingBuckets::daysPastDue(QDate(2026, 3, 14), asOf) == 1);
    // 2026-02-13 .. 2026-03-15: 15 days of February (28 days) + 15 of March = 30.
    CHECK(AgingBuckets::daysPastDue(QDate(2026, 2, 13), asOf) == 30);
    // Over 29 February 2024: 2024-02-28 .. 2024-03-01 = 2 days.
    CHECK(AgingBuckets::daysPastDue(QDate(2024, 2, 28), QDate(2024, 3, 1)) == 2);
    CHECK(AgingReport::daysPastDue(QDate(2025, 3, 14), asOf) == 366);
}

TEST_CASE("Bucket boundaries of the default ageing buckets", "[aging]")
{
    const AgingBuckets b;
    CHECK(b.keys() == QStringList{QStringLiteral("not_due"), QStringLiteral("1-30"), QStringLiteral("31-60"),
                                  QStringLiteral("61-90"), QStringLiteral("91-180"),
                                  QStringLiteral("181-365"), QStringLiteral("365+")});
    const QList<QPair<int, QString>> cases{
        {-5, QStringLiteral("not_due")}, {0, QStringLiteral("not_due")},   {1, QStringLiteral("1-30")},
        {30, QStringLiteral("1-30")},    {31, QStringLiteral("31-60")},    {60, QStringLiteral("31-60")},
        {61, QStringLiteral("61-90")},   {90, QStringLiteral("61-90")},    {91, QStringLiteral("91-180")},
        {180, QStringLiteral("91-180")}, {181, QStringLiteral("181-365")}, {365, QStringLiteral("181-365")},
        {366, QStringLiteral("365+")},   {5000, QStringLiteral("365+")}};
    for (const auto& [days, key] : cases) {
        INFO(days);
        CHECK(b.key(b.bucketOf(days)) == key);
    }
    CHECK(b.label(0) == QStringLiteral("Not due"));
    CHECK(b.label(1) == QStringLiteral("1–30 days"));
    CHECK(b.label(6) == QStringLiteral("Over 365 days"));
    CHECK(b.firstDay(4) == 91);
    CHECK(b.lastDay(4) == 180);
    CHECK(b.lastDay(6) == -1);
    CHECK(b.indexOfKey(QStringLiteral("61-90")) == 3);
    CHECK(b.indexOfKey(QStringLiteral("nope")) == -1);
}

TEST_CASE("Other bucket bounds follow the same pattern, sorted and without duplicates", "[aging]")
{
    const AgingBuckets b({45, 15, 45, 0});
    CHECK(b.bounds() == QList<int>{15, 45});
    CHECK(b.keys() == QStringList{QStringLiteral("not_due"), QStringLiteral("1-15"), QStringLiteral("16-45"),
                                  QStringLiteral("45+")});
    CHECK(b.key(b.bucketOf(15)) == QStringLiteral("1-15"));
    CHECK(b.key(b.bucketOf(16)) == QStringLiteral("16-45"));
    CHECK(b.key(b.bucketOf(45)) == QStringLiteral("16-45"));
    CHECK(b.key(b.bucketOf(46)) == QStringLiteral("45+"));
    CHECK(b.label(2) == QStringLiteral("16–45 days"));
}

TEST_CASE("The ageing SQL puts every boundary day in the right bucket", "[aging]")
{
    BoundaryScenario s;
    const auto report = run(s.sys, QDate(2026, 3, 15), AgingReport::Dimension::Salesperson);
    REQUIRE(report.fromCache);
    // not_due: -1 and 0 days (1 + 2); 1-30: 1 and 30 (4 + 8); 31-60: 31, 60 (16 + 32); 61-90: 61, 90 (64 +
    // 128); 91-180: 91, 180 (256 + 512); 181-365: 181, 365 (1024 + 2048); 365+: 366 (4096). Total 8191; over
    // 90 days: 256 + 512 + 1024 + 2048 + 4096 = 7936.
    CHECK(AgingScenario::describe(report) ==
          QStringList{QStringLiteral("E001|王一|3,12,48,192,768,3072,4096|8191|7936|13"),
                      QStringLiteral("|Total|3,12,48,192,768,3072,4096|8191|7936|13")});
}

TEST_CASE("The ageing buckets come from the company setting", "[aging]")
{
    BoundaryScenario s;
    REQUIRE(
        CompanyService(s.sys).setSetting(QString(SettingKey::AgingBuckets), QStringLiteral("45,15")).ok());
    const auto report = run(s.sys, QDate(2026, 3, 15), AgingReport::Dimension::Salesperson);
    CHECK(report.buckets.keys() == QStringList{QStringLiteral("not_due"), QStringLiteral("1-15"),
                                               QStringLiteral("16-45"), QStringLiteral("45+")});
    // not_due 1 + 2; 1-15: 1 day (4); 16-45: 30, 31 days (8 + 16); 45+: the rest 8191 − 3 − 4 − 24 = 8160.
    CHECK(AgingScenario::describe(report) == QStringList{QStringLiteral("E001|王一|3,4,24,8160|8191|7936|13"),
                                                         QStringLiteral("|Total|3,4,24,8160|8191|7936|13")});
}

TEST_CASE("Ageing by salesperson of the hand scenario as of 2026-03-15 (cached columns)", "[aging]")
{
    AgingScenario s;
    const auto report = run(s.sys, QDate(2026, 3, 15), AgingReport::Dimension::Salesperson);
    CHECK(report.fromCache);
    // E001: K1#3 due today 10,000.00 not due; K1#2 10,000.00 − 4,000.00 = 6,000.00, 186 days (181-365).
    // E002: K2#1 20,000.00 at 30 days; K2#2 30,000.00 (P3 reversed) at 60 days.
    // E003: K3#2 10,000.00 − 2,000.00 written off = 8,000.00 at 365 days; K3#1 2,345.67 − 1,000.00 = 1,345.67
    // at 366 days. K4 (draft), K5 (signed later), K6 (cancelled) never count; the pending and the rejected
    // write-offs change nothing.
    CHECK(AgingScenario::describe(report) ==
          QStringList{QStringLiteral("E001|王一|1000000,0,0,0,0,600000,0|1600000|600000|2"),
                      QStringLiteral("E002|王二|0,2000000,3000000,0,0,0,0|5000000|0|2"),
                      QStringLiteral("E003|张三|0,0,0,0,0,800000,134567|934567|934567|2"),
                      QStringLiteral("|Total|1000000,2000000,3000000,0,0,1400000,134567|7534567|1534567|6")});
    CHECK(report.over90 == 1534567);
    // 1,534,567 / 7,534,567 = 0.203670… → 2,036.70 bp → 2,037.
    CHECK(report.over90ShareBp == 2037);
}

TEST_CASE("Ageing as of dates before and after a payment, its reversal and a write-off", "[aging]")
{
    AgingScenario s;
    SECTION("2026-03-12: after the reversal of 2026-03-10, from the cached columns")
    {
        const auto report = run(s.sys, QDate(2026, 3, 12), AgingReport::Dimension::Salesperson);
        CHECK(report.fromCache);
        // K1#2 183 days; K2#1 27, K2#2 57 (30,000.00 again); K3#1 363, K3#2 362 days.
        CHECK(AgingScenario::describe(report) ==
              QStringList{QStringLiteral("E001|王一|1000000,0,0,0,0,600000,0|1600000|600000|2"),
                          QStringLiteral("E002|王二|0,2000000,3000000,0,0,0,0|5000000|0|2"),
                          QStringLiteral("E003|张三|0,0,0,0,0,934567,0|934567|934567|2"),
                          QStringLiteral("|Total|1000000,2000000,3000000,0,0,1534567,0|7534567|1534567|6")});
    }
    SECTION("2026-03-05: P3 allocated, not yet reversed, from the ledger")
    {
        const auto report = run(s.sys, QDate(2026, 3, 5), AgingReport::Dimension::Salesperson);
        CHECK_FALSE(report.fromCache);
        // K1#2 176 days (91-180); K2#1 20 days; K2#2 30,000.00 − 5,000.00 = 25,000.00 at 50 days;
        // K3#1 1,345.67 (P4 received that day) at 356 days, K3#2 8,000.00 at 355 days.
        CHECK(AgingScenario::describe(report) ==
              QStringList{
                  QStringLiteral("E001|王一|1000000,0,0,0,600000,0,0|1600000|600000|2"),
                  QStringLiteral("E002|王二|0,2000000,2500000,0,0,0,0|4500000|0|2"),
                  QStringLiteral("E003|张三|0,0,0,0,0,934567,0|934567|934567|2"),
                  QStringLiteral("|Total|1000000,2000000,2500000,0,600000,934567,0|7034567|1534567|6")});
    }
    SECTION("2026-02-28: before P3, P4 and the write-off")
    {
        const auto report = run(s.sys, QDate(2026, 2, 28), AgingReport::Dimension::Salesperson);
        CHECK_FALSE(report.fromCache);
        // K1#2 171 days; K2#1 15, K2#2 45 days; K3#1 2,345.67 at 351, K3#2 10,000.00 at 350 days.
        CHECK(AgingScenario::describe(report) ==
              QStringList{
                  QStringLiteral("E001|王一|1000000,0,0,0,600000,0,0|1600000|600000|2"),
                  QStringLiteral("E002|王二|0,2000000,3000000,0,0,0,0|5000000|0|2"),
                  QStringLiteral("E003|张三|0,0,0,0,0,1234567,0|1234567|1234567|2"),
                  QStringLiteral("|Total|1000000,2000000,3000000,0,600000,1234567,0|7834567|1834567|6")});
    }
    SECTION("2025-03-15: only K1#1 paid 5 days later; K2 not signed yet")
    {
        const auto report = run(s.sys, QDate(2025, 3, 15), AgingReport::Dimension::Salesperson);
        // K1#1 10,000.00 at 5 days, K1#2 and K1#3 not due; K3#1 2,345.67 at 1 day; K3#2 due that day.
        CHECK(AgingScenario::describe(report) ==
              QStringList{QStringLiteral("E001|王一|2000000,1000000,0,0,0,0,0|3000000|0|3"),
                          QStringLiteral("E003|张三|1000000,234567,0,0,0,0,0|1234567|0|2"),
                          QStringLiteral("|Total|3000000,1234567,0,0,0,0,0|4234567|0|5")});
    }
}

TEST_CASE("Ageing by customer, team and customer type", "[aging]")
{
    AgingScenario s;
    const QDate asOf(2026, 3, 15);
    SECTION("customer")
    {
        CHECK(AgingScenario::describe(run(s.sys, asOf, AgingReport::Dimension::Customer)) ==
              QStringList{
                  QStringLiteral("C001|甲公司|1000000,0,0,0,0,600000,0|1600000|600000|2"),
                  QStringLiteral("C002|乙公司|0,2000000,3000000,0,0,0,0|5000000|0|2"),
                  QStringLiteral("C003|丙公司|0,0,0,0,0,800000,134567|934567|934567|2"),
                  QStringLiteral("|Total|1000000,2000000,3000000,0,0,1400000,134567|7534567|1534567|6")});
    }
    SECTION("team: E001 and E002 in 销售一部, E003 in 销售二部")
    {
        const auto report = run(s.sys, asOf, AgingReport::Dimension::Team);
        CHECK(AgingScenario::describe(report) ==
              QStringList{
                  QStringLiteral(
                      "销售中心/销售一部|销售一部|1000000,2000000,3000000,0,0,600000,0|6600000|600000|4"),
                  QStringLiteral("销售中心/销售二部|销售二部|0,0,0,0,0,800000,134567|934567|934567|2"),
                  QStringLiteral("|Total|1000000,2000000,3000000,0,0,1400000,134567|7534567|1534567|6")});
        CHECK(report.rows.at(0).id == s.teamOne);
    }
    SECTION("customer type: C001 key account, C002 and C003 SME")
    {
        CHECK(AgingScenario::describe(run(s.sys, asOf, AgingReport::Dimension::CustomerType)) ==
              QStringList{
                  QStringLiteral("key_account|%1|1000000,0,0,0,0,600000,0|1600000|600000|2")
                      .arg(customerTypeName(QStringLiteral("key_account"))),
                  QStringLiteral("sme|%1|0,2000000,3000000,0,0,800000,134567|5934567|934567|4")
                      .arg(customerTypeName(QStringLiteral("sme"))),
                  QStringLiteral("|Total|1000000,2000000,3000000,0,0,1400000,134567|7534567|1534567|6")});
    }
    SECTION("a collector without a department")
    {
        const qint64 loner = makeEmployee(s.sys, QStringLiteral("E009"), QStringLiteral("孤九"));
        s.ledger.setCollector(s.ledger.installment(s.k3, 1), loner, QDate(2026, 1, 1));
        const auto report = run(s.sys, asOf, AgingReport::Dimension::Team);
        CHECK(AgingScenario::describe(report) ==
              QStringList{
                  QStringLiteral("|No department|0,0,0,0,0,0,134567|134567|134567|1"),
                  QStringLiteral(
                      "销售中心/销售一部|销售一部|1000000,2000000,3000000,0,0,600000,0|6600000|600000|4"),
                  QStringLiteral("销售中心/销售二部|销售二部|0,0,0,0,0,800000,0|800000|800000|1"),
                  QStringLiteral("|Total|1000000,2000000,3000000,0,0,1400000,134567|7534567|1534567|6")});
    }
}

TEST_CASE("Ageing filters and the session's scope", "[aging]")
{
    AgingScenario s;
    const QDate asOf(2026, 3, 15);
    SECTION("filters")
    {
        AgingReport::Filter f;
        f.collectorId = s.e2;
        CHECK(AgingScenario::describe(run(s.sys, asOf, AgingReport::Dimension::Customer, f)) ==
              QStringList{QStringLiteral("C002|乙公司|0,2000000,3000000,0,0,0,0|5000000|0|2"),
                          QStringLiteral("|Total|0,2000000,3000000,0,0,0,0|5000000|0|2")});
        f = {};
        f.departmentId = s.teamTwo;
        CHECK(run(s.sys, asOf, AgingReport::Dimension::Salesperson, f).total.total == 934567);
        f = {};
        f.departmentId = makeDepartment(s.sys, QStringLiteral("销售中心"));
        CHECK(run(s.sys, asOf, AgingReport::Dimension::Salesperson, f).total.total == 7534567);
        f = {};
        f.customerId = s.c1;
        CHECK(run(s.sys, asOf, AgingReport::Dimension::Salesperson, f).total.total == 1600000);
    }
    SECTION("a salesperson sees what they collect, a manager the team")
    {
        const auto own = run(s.as(s.sales(s.e1)), asOf, AgingReport::Dimension::Salesperson);
        CHECK(AgingScenario::describe(own) ==
              QStringList{QStringLiteral("E001|王一|1000000,0,0,0,0,600000,0|1600000|600000|2"),
                          QStringLiteral("|Total|1000000,0,0,0,0,600000,0|1600000|600000|2")});
        const auto team = run(s.as(s.managerOfTeamOne()), asOf, AgingReport::Dimension::Salesperson);
        CHECK(team.rows.size() == 2);
        CHECK(team.total.total == 6600000);
        CHECK(run(s.as(s.finance()), asOf, AgingReport::Dimension::Salesperson).total.total == 7534567);

        AgingReport::Filter other;
        other.collectorId = s.e3;
        CHECK(AgingReport(s.as(s.sales(s.e1)))
                  .run(asOf, AgingReport::Dimension::Salesperson, other)
                  .error()
                  .code == ErrorCode::PermissionDenied);
        AgingReport::Filter otherTeam;
        otherTeam.departmentId = s.teamTwo;
        CHECK(AgingReport(s.as(s.managerOfTeamOne()))
                  .run(asOf, AgingReport::Dimension::Salesperson, otherTeam)
                  .error()
                  .code == ErrorCode::PermissionDenied);
        CHECK(AgingReport(s.as(sessionFor(Role::Hr)))
                  .run(asOf, AgingReport::Dimension::Salesperson)
                  .error()
                  .code == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("Ageing dimension keys", "[aging]")
{
    CHECK(AgingReport::dimensionFromKey(QStringLiteral("customer-type")) ==
          AgingReport::Dimension::CustomerType);
    CHECK(AgingReport::dimensionFromKey(QStringLiteral("customer_type")) ==
          AgingReport::Dimension::CustomerType);
    CHECK(AgingReport::dimensionFromKey(QStringLiteral("salesperson")) ==
          AgingReport::Dimension::Salesperson);
    CHECK_FALSE(AgingReport::dimensionFromKey(QStringLiteral("region")).has_value());
    CHECK(AgingReport::dimensionKey(AgingReport::Dimension::Team) == QStringLiteral("team"));
}
