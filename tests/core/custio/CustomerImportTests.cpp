#include <catch2/catch.hpp>

#include "CustioSupport.h"

#include "audit/AuditLog.h"
#include "customers/CustomerService.h"
#include "db/SqlQuery.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

using namespace tl::core;
using namespace tl::test;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const QString kCustomerRows = QStringLiteral(
    "SELECT c.code, c.name, c.type, c.level, c.industry, c.region, c.address, c.latitude_e6, c.longitude_e6, "
    "o.code, c.created_on, c.owned_since, c.pool_since, c.credit_limit, c.payment_days, c.note, "
    "c.last_owner_followup_at FROM customers c LEFT JOIN employees o ON o.id = c.owner_id ORDER BY c.code");
const QString kContactRows = QStringLiteral(
    "SELECT c.code, k.name, k.title, k.phone, k.email, k.wechat, k.is_primary FROM customer_contacts k "
    "JOIN customers c ON c.id = k.customer_id ORDER BY c.code, k.id");
const QString kOwnershipRows = QStringLiteral(
    "SELECT c.code, f.code, t.code, h.at, h.reason, h.note, h.user_id FROM customer_ownership h "
    "JOIN customers c ON c.id = h.customer_id LEFT JOIN employees f ON f.id = h.from_owner_id "
    "LEFT JOIN employees t ON t.id = h.to_owner_id ORDER BY h.id");

// A snapshot without the columns that differ between two records of the same content.
QJsonObject without(QJsonObject snapshot, std::initializer_list<const char*> keys)
{
    for (const char* key : keys)
        snapshot.remove(QLatin1String(key));
    return snapshot;
}

} // namespace

TEST_CASE(
    "customers: UTF-8, UTF-8 with BOM and GBK files with English or Chinese headers import the same records",
    "[custio][customers]")
{
    const std::string name = GENERATE(as<std::string>{}, "customers_en_utf8.csv", "customers_zh_utf8bom.csv",
                                      "customers_zh_gbk.csv");
    CAPTURE(name);
    TestDatabase t;
    makeTeam(t.context());
    const Context ctx = t.context(adminSession());
    const auto result = importFile(ctx, QStringLiteral("customers"), QString::fromStdString(name));
    REQUIRE(result.ok());
    INFO(result->summary().toStdString());
    CHECK(result->problems.isEmpty());
    CHECK(result->committed);
    CHECK(result->rows == 4);
    CHECK(result->created == 4);
    CHECK(result->createdRows == QList<int>{2, 3, 4, 5});
    CHECK(
        result->summary().contains(QStringLiteral("Customers with an owner: 3. Customers in the pool: 1.")));

    CHECK(
        rows(t.db(), kCustomerRows) ==
        QStringList{
            u("K001|上海瑞丰贸易有限公司|sme|A|批发零售|上海市|浦东新区世纪大道100号|31230400|121473700|E002|"
              "2025-01-10|2025-03-01||0|30||"),
            u("K002|杭州云帆科技有限公司|key_account|B|信息技术|杭州市|西湖区文三路1号|30274100|120155100|"
              "E003|"
              "2025-02-01|2025-02-01||0|30||"),
            u("K003|北京盛达实业有限公司, \"二部\"|channel|C|制造业|北京市|朝阳区建国路5号||||2024-12-31||"
              "2024-12-31|0|30||"),
            u("K004|张伟|individual|C||||||E002|2025-06-01|2025-06-15||0|30||")});
    CHECK(rows(t.db(), kContactRows) ==
          QStringList{u("K001|王经理||13800138000|||1"), u("K002|陈总||0571-88886666|||1"),
                      u("K003|刘主任||010-12345678|||1"), u("K004|张伟||13900139000|||1")});
    // Ownership starts on owned_since (the start of that day), noted as coming from an import.
    CHECK(rows(t.db(), kOwnershipRows) ==
          QStringList{QStringLiteral("K001||E002|2025-03-01T00:00:00|created|import|"),
                      QStringLiteral("K002||E003|2025-02-01T00:00:00|created|import|"),
                      QStringLiteral("K004||E002|2025-06-15T00:00:00|created|import|")});
    requireAuditClean(t.db());
}

TEST_CASE("customers: every bad cell is reported with its row and column, and nothing is written",
          "[custio][customers]")
{
    TestDatabase t;
    makeTeam(t.context());
    makeCustomer(t.context(), QStringLiteral("EXIST1"), u("已有客户"));
    const Context ctx = t.context(adminSession());
    const auto result = importFile(ctx, QStringLiteral("customers"), QStringLiteral("customers_bad.csv"));
    REQUIRE(result.ok());
    CHECK_FALSE(result->committed);
    const QList<std::pair<int, QString>> expected{
        {2, QStringLiteral("latitude")},     // 91.5 is beyond the pole
        {3, QStringLiteral("created_on")},   // 2025-02-30
        {4, QStringLiteral("code")},         // K101 again
        {5, QStringLiteral("owner_code")},   // E999 does not exist
        {6, QStringLiteral("name")},         // required
        {7, QStringLiteral("type")},         // vip is no customer type
        {7, QStringLiteral("longitude")},    // a latitude without a longitude
        {8, QStringLiteral("owned_since")},  // an ownership start without an owner
        {9, QStringLiteral("phone")},        // 12ab
        {10, QStringLiteral("created_on")},  // in the future
        {11, QStringLiteral("code")},        // EXIST1 is in the database
        {12, QStringLiteral("owned_since")}, // before the creation date
    };
    CHECK(cells(result->problems) == expected);
    REQUIRE(result->problems.size() == expected.size());
    CHECK(result->problems.at(0).toString() ==
          QStringLiteral("row 2, column latitude: latitude 91.5 is outside -90 to 90"));
    CHECK(result->problems.at(1).reason == QStringLiteral("no such date 2025-02-30"));
    CHECK(result->problems.at(2).reason == QStringLiteral("code K101 already appears in row 2"));
    CHECK(result->problems.at(3).reason == QStringLiteral("owner E999 does not exist"));
    CHECK(result->problems.at(6).reason == QStringLiteral("latitude and longitude must be given together"));
    CHECK(result->problems.at(10).reason == QStringLiteral("customer code EXIST1 is already used"));
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers")) == 1);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customer_contacts")) == 0);
}

TEST_CASE("customers: a dry run plans without writing; imports need the rights to create customers",
          "[custio][customers]")
{
    TestDatabase t;
    const Team team = makeTeam(t.context());
    ImportOptions dry;
    dry.dryRun = true;
    const auto planned = importFile(t.context(adminSession()), QStringLiteral("customers"),
                                    QStringLiteral("customers_en_utf8.csv"), dry);
    REQUIRE(planned.ok());
    CHECK(planned->created == 4);
    CHECK_FALSE(planned->committed);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers")) == 0);

    // HR imports people data but does not edit customers; salespeople do not import at all.
    const auto hr = importFile(t.context(sessionFor(Role::Hr)), QStringLiteral("customers"),
                               QStringLiteral("customers_en_utf8.csv"));
    REQUIRE_FALSE(hr.ok());
    CHECK(hr.error().code == ErrorCode::PermissionDenied);
    const auto sales = importFile(t.context(sessionFor(Role::Sales, team.li)), QStringLiteral("customers"),
                                  QStringLiteral("customers_en_utf8.csv"));
    REQUIRE_FALSE(sales.ok());
    CHECK(sales.error().code == ErrorCode::PermissionDenied);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers")) == 0);
}

TEST_CASE("customers: an imported customer is stored exactly as CustomerService stores it",
          "[custio][customers]")
{
    TestDatabase t;
    const Team team = makeTeam(t.context());
    const Context ctx = t.context(adminSession());
    Customer c = customerSpec(QStringLiteral("S001"), u("上海瑞丰贸易有限公司"), team.li);
    c.type = QStringLiteral("sme");
    c.level = QStringLiteral("A");
    c.industry = u("批发零售");
    c.region = u("上海市");
    c.address = u("浦东新区世纪大道100号");
    c.location = GeoPoint{31230400, 121473700};
    c.createdOn = QDate(2025, 1, 10);
    c.ownedSince = QDate(2025, 3, 1);
    const qint64 byService = makeCustomer(ctx, c);
    makeCustomerContact(ctx, byService, u("王经理"), QStringLiteral("13800138000"));
    importSample(ctx, QStringLiteral("customers"), QStringLiteral("customers_en_utf8.csv"));
    const qint64 imported = scalar(t.db(), QStringLiteral("SELECT id FROM customers WHERE code = 'K001'"));

    const auto snapshot = [&](const QString& table, const QString& where) {
        const qint64 id = scalar(t.db(), QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, where));
        return AuditLog::snapshot(t.db(), table, id);
    };
    CHECK(without(AuditLog::snapshot(t.db(), QStringLiteral("customers"), byService), {"id", "code"}) ==
          without(AuditLog::snapshot(t.db(), QStringLiteral("customers"), imported), {"id", "code"}));
    const QString ofService = QStringLiteral("customer_id = %1").arg(byService);
    const QString ofImport = QStringLiteral("customer_id = %1").arg(imported);
    CHECK(without(snapshot(QStringLiteral("customer_contacts"), ofService), {"id", "customer_id"}) ==
          without(snapshot(QStringLiteral("customer_contacts"), ofImport), {"id", "customer_id"}));
    // The same ownership row, but for the note telling where it came from.
    QJsonObject serviceOwnership = snapshot(QStringLiteral("customer_ownership"), ofService);
    QJsonObject importOwnership = snapshot(QStringLiteral("customer_ownership"), ofImport);
    CHECK(serviceOwnership.value(QStringLiteral("note")) == QJsonValue(QString()));
    CHECK(importOwnership.value(QStringLiteral("note")) == QJsonValue(QStringLiteral("import")));
    CHECK(without(serviceOwnership, {"id", "customer_id", "note"}) ==
          without(importOwnership, {"id", "customer_id", "note"}));
}

TEST_CASE("customers: thousands of rows are written with compact bulk audit records", "[custio][customers]")
{
    TestDatabase t;
    makeTeam(t.context());
    QByteArray csv = "code,name,level,latitude,longitude,contact,phone,owner_code,created_on\n";
    for (int i = 1; i <= 2500; ++i)
        csv += QStringLiteral("B%1,客户%1,%2,31.%3,121.%3,联系人%1,138%4,%5,2025-01-01\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(QLatin1Char("ABC"[i % 3]))
                   .arg(i, 6, 10, QLatin1Char('0'))
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .arg(i % 4 == 0 ? QString() : QStringLiteral("E00%1").arg(2 + i % 2))
                   .toUtf8();
    const auto result = importCsv(t.context(adminSession()), QStringLiteral("customers"), csv);
    REQUIRE(result.ok());
    REQUIRE(result->problems.isEmpty());
    CHECK(result->created == 2500);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers WHERE owner_id IS NULL")) == 625);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customer_ownership")) == 1875);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customer_contacts")) == 2500);
    // 2,500 customers in runs of at most 2,000 rows: two bulk records (and the same for contacts).
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'customers' AND "
                                        "action = 'bulk_create'")) == 2);
    requireAuditClean(t.db());
}
