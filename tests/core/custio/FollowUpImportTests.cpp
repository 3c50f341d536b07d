#include <catch2/catch.hpp>

#include "CustioSupport.h"

#include "audit/AuditLog.h"
#include "common/Progress.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

using namespace tl::core;
using namespace tl::test;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const QString kFollowUpRows = QStringLiteral(
    "SELECT c.code, e.code, f.at, f.method, f.content, f.next_on, f.promised_payment_on FROM followups f "
    "JOIN customers c ON c.id = f.customer_id JOIN employees e ON e.id = f.employee_id ORDER BY f.id");
const QString kClocks = QStringLiteral("SELECT code, last_owner_followup_at FROM customers ORDER BY code");

} // namespace

TEST_CASE("followups: English or Chinese headers, Chinese method names, and the owners' pool clocks",
          "[custio][followups]")
{
    const std::string name = GENERATE(as<std::string>{}, "followups_en_utf8.csv", "followups_zh_gbk.csv");
    CAPTURE(name);
    TestDatabase t;
    makeTeam(t.context());
    const Context ctx = t.context(adminSession());
    importSample(ctx, QStringLiteral("customers"), QStringLiteral("customers_en_utf8.csv"));
    const auto result = importFile(ctx, QStringLiteral("followups"), QString::fromStdString(name));
    REQUIRE(result.ok());
    INFO(result->summary().toStdString());
    CHECK(result->problems.isEmpty());
    CHECK(result->committed);
    CHECK(result->created == 5);
    CHECK(result->createdRows == QList<int>{2, 3, 4, 5, 6});
    CHECK(rows(t.db(), kFollowUpRows) ==
          QStringList{u("K001|E002|2025-06-01T10:30:00|phone|电话沟通采购需求|2025-06-10|"),
                      u("K001|E002|2025-06-05T14:00:30|visit|上门拜访, 带样品||"),
                      u("K001|E003|2025-06-07T09:00:00|wechat|同事代为联系||"),
                      u("K002|E003|2025-05-20T00:00:00|email|发送报价|2025-05-27|"),
                      u("K004|E002|2025-06-10T16:45:00|wechat|确认需求||")});
    // K001: the owner's latest (E003's later call does not count); K002: a date alone is the start of the
    // day; K004: E002's follow-up came before the ownership started on 2025-06-15.
    CHECK(rows(t.db(), kClocks) == QStringList{QStringLiteral("K001|2025-06-05T14:00:30"),
                                               QStringLiteral("K002|2025-05-20T00:00:00"),
                                               QStringLiteral("K003|"), QStringLiteral("K004|")});
    requireAuditClean(t.db());
}

TEST_CASE("followups: the pool clock never moves backwards", "[custio][followups]")
{
    TestDatabase t;
    const Team team = makeTeam(t.context());
    const Context ctx = t.context(adminSession());
    importSample(ctx, QStringLiteral("customers"), QStringLiteral("customers_en_utf8.csv"));
    const qint64 k001 = scalar(t.db(), QStringLiteral("SELECT id FROM customers WHERE code = 'K001'"));
    logFollowUp(ctx, k001, QDateTime(QDate(2025, 7, 1), QTime(10, 0)), team.li);
    importSample(ctx, QStringLiteral("followups"), QStringLiteral("followups_en_utf8.csv"));
    CHECK(rows(t.db(), QStringLiteral("SELECT last_owner_followup_at FROM customers WHERE code = 'K001'")) ==
          QStringList{QStringLiteral("2025-07-01T10:00:00")});
    requireAuditClean(t.db());
}

TEST_CASE("followups: every bad cell is reported with its row and column, and nothing is written",
          "[custio][followups]")
{
    TestDatabase t;
    makeTeam(t.context());
    const Context ctx = t.context(adminSession());
    importSample(ctx, QStringLiteral("customers"), QStringLiteral("customers_en_utf8.csv"));
    const auto result = importFile(ctx, QStringLiteral("followups"), QStringLiteral("followups_bad.csv"));
    REQUIRE(result.ok());
    CHECK_FALSE(result->committed);
    const QList<std::pair<int, QString>> expected{
        {2, QStringLiteral("customer_code")}, // K999
        {3, QStringLiteral("employee_code")}, // E999
        {4, QStringLiteral("at")},            // 2025-06-31
        {5, QStringLiteral("at")},            // after today
        {6, QStringLiteral("at")},            // 25:00
        {7, QStringLiteral("method")},        // fax
        {8, QStringLiteral("next_at")},       // before the follow-up
        {9, QStringLiteral("at")},            // empty
        {10, QStringLiteral("method")},       // empty
    };
    CHECK(cells(result->problems) == expected);
    REQUIRE(result->problems.size() == expected.size());
    CHECK(result->problems.at(0).reason == QStringLiteral("customer K999 does not exist"));
    CHECK(result->problems.at(1).reason == QStringLiteral("employee E999 does not exist"));
    CHECK(result->problems.at(2).reason == QStringLiteral("no such date 2025-06-31"));
    CHECK(result->problems.at(3).reason ==
          QStringLiteral("follow-up date 2099-01-01 is after today (2026-03-15)"));
    CHECK(result->problems.at(4).reason == QStringLiteral("no such time of day 2025-06-01 25:00"));
    CHECK(result->problems.at(5).reason ==
          QStringLiteral("unknown value fax; use phone, visit, wechat, email, other"));
    CHECK(result->problems.at(6).reason ==
          QStringLiteral("next follow-up date 2025-05-01 is before the follow-up date 2025-06-01"));
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM followups")) == 0);
}

TEST_CASE("followups: an imported follow-up is stored exactly as FollowUpService stores it",
          "[custio][followups]")
{
    TestDatabase t;
    const Team team = makeTeam(t.context());
    const Context ctx = t.context(adminSession());
    importSample(ctx, QStringLiteral("customers"), QStringLiteral("customers_en_utf8.csv"));
    const qint64 k001 = scalar(t.db(), QStringLiteral("SELECT id FROM customers WHERE code = 'K001'"));
    const qint64 logged = logFollowUp(ctx, k001, QDateTime(QDate(2025, 6, 1), QTime(10, 30)), team.li,
                                      QDate(2025, 6, 10), QStringLiteral("phone"));
    const auto result = importCsv(ctx, QStringLiteral("followups"),
                                  "customer_code,employee_code,at,method,content,next_at\n"
                                  "K001,E002,2025-06-01 10:30,电话,test,2025-06-10\n");
    REQUIRE(result.ok());
    REQUIRE(result->problems.isEmpty());
    const qint64 imported = scalar(t.db(), QStringLiteral("SELECT max(id) FROM followups"));
    QJsonObject a = AuditLog::snapshot(t.db(), QStringLiteral("followups"), logged);
    QJsonObject b = AuditLog::snapshot(t.db(), QStringLiteral("followups"), imported);
    a.remove(QStringLiteral("id"));
    b.remove(QStringLiteral("id"));
    CHECK(a == b);
}

TEST_CASE("followups: thousands of rows in seconds, audited in compact records", "[custio][followups]")
{
    TestDatabase t;
    makeTeam(t.context());
    const Context ctx = t.context(adminSession());
    importSample(ctx, QStringLiteral("customers"), QStringLiteral("customers_en_utf8.csv"));
    QByteArray csv = "customer_code,employee_code,at,method\n";
    for (int i = 0; i < 4500; ++i)
        csv += QStringLiteral("K00%1,E00%2,2025-07-%3 %4:%5,phone\n")
                   .arg(1 + i % 4)
                   .arg(2 + i % 2)
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .arg(8 + i % 10, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    const auto result = importCsv(ctx, QStringLiteral("followups"), csv);
    REQUIRE(result.ok());
    REQUIRE(result->problems.isEmpty());
    CHECK(result->created == 4500);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM followups")) == 4500);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'followups'")) == 3);
    // K001 is followed up by its owner E002 on the rows i = 0, 4, 8, ...: the latest day is the 25th
    // (i = 24 + 28k), at 16 o'clock (i = 108 + 140m) and 48 minutes past (i = 108, 248, 388, ...).
    CHECK(rows(t.db(), QStringLiteral("SELECT last_owner_followup_at FROM customers WHERE code = 'K001'")) ==
          QStringList{QStringLiteral("2025-07-25T16:48:00")});
    requireAuditClean(t.db());
}

TEST_CASE("followups: check-ins of the same people and days are matched again",
          "[custio][followups][checkins]")
{
    TestDatabase t;
    makeTeam(t.context());
    const Context ctx = t.context(adminSession());
    importSample(ctx, QStringLiteral("customers"), QStringLiteral("customers_en_utf8.csv"));
    importSample(ctx, QStringLiteral("checkins"), QStringLiteral("checkins_en_utf8.csv"));
    const QString checkins =
        QStringLiteral("SELECT c.at, ifnull(cu.code, ''), c.effective, c.reason FROM checkins c "
                       "LEFT JOIN customers cu ON cu.id = c.customer_id ORDER BY c.id");
    CHECK(rows(t.db(), checkins) ==
          QStringList{QStringLiteral("2025-06-05T14:05:00|K001|0|no_follow_up_same_day"),
                      QStringLiteral("2025-06-06T09:00:00|K001|0|no_follow_up_same_day"),
                      QStringLiteral("2025-06-05T10:00:00||0|no_customer_nearby"),
                      QStringLiteral("2025-05-20T11:00:00|K002|0|no_follow_up_same_day")});
    const auto result = importFile(ctx, QStringLiteral("followups"), QStringLiteral("followups_en_utf8.csv"));
    REQUIRE(result.ok());
    REQUIRE(result->committed);
    CHECK(result->summary().contains(
        QStringLiteral("2 check-in(s) of the same people and days were matched again.")));
    CHECK(rows(t.db(), checkins) ==
          QStringList{QStringLiteral("2025-06-05T14:05:00|K001|1|effective"),
                      QStringLiteral("2025-06-06T09:00:00|K001|0|no_follow_up_same_day"),
                      QStringLiteral("2025-06-05T10:00:00||0|no_customer_nearby"),
                      QStringLiteral("2025-05-20T11:00:00|K002|1|effective")});
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'checkins' AND "
                                        "action = 'rematch'")) == 2);
    requireAuditClean(t.db());
}
