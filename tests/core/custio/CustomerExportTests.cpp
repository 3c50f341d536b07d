#include <catch2/catch.hpp>

#include "CustioSupport.h"

#include "common/Progress.h"
#include "io/ExportService.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

#include <QFile>

using namespace tl::core;
using namespace tl::test;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Exports the customers to a file in the test's folder; returns its lines (BOM and CRLF checked).
QStringList exportLines(TestDatabase& t, const Session& session,
                        HeaderLanguage headers = HeaderLanguage::English)
{
    const QString path = t.dir() + QStringLiteral("/customers.csv");
    QFile::remove(path);
    ExportOptions options;
    options.headers = headers;
    NullProgress progress;
    const auto rows =
        ExportService(t.context(session)).exportFile(QStringLiteral("customers"), path, options, progress);
    INFO((rows ? QString() : rows.error().fullText()).toStdString());
    REQUIRE(rows.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    REQUIRE(bytes.endsWith("\r\n"));
    bytes.remove(0, 3);
    QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    lines.removeLast();
    CHECK(lines.size() == *rows + 1);
    return lines;
}

const QString kHeader = QStringLiteral("code,name,type,level,industry,region,address,latitude,longitude,"
                                       "contact,phone,owner_code,created_on,owned_since");

} // namespace

TEST_CASE("export customers: the import template's layout, everything for the administrator",
          "[custio][export]")
{
    TestDatabase t;
    makeTeam(t.context());
    importSample(t.context(adminSession()), QStringLiteral("customers"),
                 QStringLiteral("customers_en_utf8.csv"));
    CHECK(
        exportLines(t, adminSession()) ==
        QStringList{
            kHeader,
            u("K001,上海瑞丰贸易有限公司,sme,A,批发零售,上海市,浦东新区世纪大道100号,31.230400,121.473700,"
              "王经理,"
              "13800138000,E002,2025-01-10,2025-03-01"),
            u("K002,杭州云帆科技有限公司,key_account,B,信息技术,杭州市,西湖区文三路1号,30.274100,120.155100,"
              "陈总,"
              "0571-88886666,E003,2025-02-01,2025-02-01"),
            u("K003,\"北京盛达实业有限公司, \"\"二部\"\"\",channel,C,制造业,北京市,朝阳区建国路5号,,,刘主任,"
              "010-12345678,,2024-12-31,"),
            u("K004,张伟,individual,C,,,,,,张伟,13900139000,E002,2025-06-01,2025-06-15")});
    const QStringList chinese = exportLines(t, adminSession(), HeaderLanguage::Chinese);
    CHECK(chinese.first() == u("客户编号,客户名称,客户类型,客户等级,行业,区域,地址,纬度,经度,联系人,电话,"
                               "负责人工号,创建日期,归属日期"));
}

TEST_CASE("export customers: a salesperson gets own customers and the pool, without the pool's contacts",
          "[custio][export]")
{
    TestDatabase t;
    const Team team = makeTeam(t.context());
    importSample(t.context(adminSession()), QStringLiteral("customers"),
                 QStringLiteral("customers_en_utf8.csv"));
    CHECK(exportLines(t, sessionFor(Role::Sales, team.li)) ==
          QStringList{kHeader,
                      u("K001,上海瑞丰贸易有限公司,sme,A,批发零售,上海市,浦东新区世纪大道100号,31.230400,121."
                        "473700,王经理,"
                        "13800138000,E002,2025-01-10,2025-03-01"),
                      u("K003,\"北京盛达实业有限公司, "
                        "\"\"二部\"\"\",channel,C,制造业,北京市,朝阳区建国路5号,,,,,,2024-12-31,"),
                      u("K004,张伟,individual,C,,,,,,张伟,13900139000,E002,2025-06-01,2025-06-15")});
    // The manager of the team sees both salespeople's customers with their contacts.
    const QStringList manager =
        exportLines(t, sessionFor(Role::SalesManager, team.manager, {team.department}));
    REQUIRE(manager.size() == 5);
    CHECK(manager.at(2).contains(QStringLiteral("0571-88886666")));
    CHECK_FALSE(manager.at(3).contains(QStringLiteral("010-12345678")));
}

TEST_CASE("export customers: the file imports again into another database as it was", "[custio][export]")
{
    TestDatabase t;
    makeTeam(t.context());
    importSample(t.context(adminSession()), QStringLiteral("customers"),
                 QStringLiteral("customers_en_utf8.csv"));
    const QStringList exported = exportLines(t, adminSession());

    TestDatabase other;
    makeTeam(other.context());
    const auto result = importCsv(other.context(adminSession()), QStringLiteral("customers"),
                                  exported.join(QLatin1Char('\n')).toUtf8());
    REQUIRE(result.ok());
    REQUIRE(result->problems.isEmpty());
    const QString all = QStringLiteral(
        "SELECT c.code, c.name, c.type, c.level, c.industry, c.region, c.address, c.latitude_e6, "
        "c.longitude_e6, "
        "o.code, c.created_on, c.owned_since, c.pool_since, k.name, k.phone FROM customers c "
        "LEFT JOIN employees o ON o.id = c.owner_id LEFT JOIN customer_contacts k ON k.customer_id = c.id "
        "ORDER BY c.code");
    CHECK(rows(other.db(), all) == rows(t.db(), all));
}
