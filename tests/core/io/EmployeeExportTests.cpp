#include <catch2/catch.hpp>

#include "IoTestHelpers.h"

#include "audit/AuditLog.h"
#include "db/SqlQuery.h"
#include "io/ExportService.h"
#include "org/EmployeeService.h"
#include "support/TestDatabase.h"

#include <QFile>

using namespace tl::core;
using namespace tl::test;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Result<qint64> exportEmployees(const Context& ctx, const QString& path, ExportOptions options = {})
{
    NullProgress progress;
    return ExportService(ctx).exportFile(QStringLiteral("employees"), path, options, progress);
}

void seed(TestDatabase& t)
{
    const auto imported = importEmployeesFile(t.context(sessionFor(Role::Hr)),
                                              ioDataPath(QStringLiteral("employees_en_utf8.csv")));
    REQUIRE(imported.ok());
    REQUIRE(imported->committed);
}

} // namespace

TEST_CASE("an export has the template's columns and exactly the stored values", "[io][export]")
{
    TestDatabase t;
    seed(t);
    const QString path = t.dir() + QStringLiteral("/out.csv");
    const auto rows = exportEmployees(t.context(sessionFor(Role::Hr)), path);
    REQUIRE(rows.ok());
    CHECK(*rows == 4);
    const QByteArray expected =
        QByteArray("\xEF\xBB\xBF") +
        u("code,name,department,position,role,manager_code,hire_date,id_number,phone,bank_name,bank_account,"
          "city\r\n"
          "E001,张伟,销售中心,销售总监,sales_manager,,2020-01-15,310101198001150010,13800000001,中国工商银行,"
          "6222020000000001,shanghai\r\n"
          "E002,李娜,销售中心/销售一部,\"销售代表, "
          "\"\"金牌\"\"\",sales,E001,2023-03-01,110105199203080025,13900000002,"
          "招商银行,6225880000000002,shanghai\r\n"
          "E003,王芳,人事部,人事专员,hr,,2021-07-01,440306198807200031,,,,beijing\r\n"
          "E004,赵强,销售中心/"
          "销售一部,业务员,sales,E002,2024-02-29,31011519950612008X,13800138004,中国建设银行,"
          "6217000000000004,shanghai\r\n")
            .toUtf8();
    CHECK(readFile(path) == expected);
    CHECK(AuditLog::verify(t.db()).isEmpty());
    CHECK(
        SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND "
                                                "label = 'employees'"))
            .toInt() == 1);
}

TEST_CASE("an exported file re-imports cleanly, with English or Chinese headers", "[io][export]")
{
    const bool chinese = GENERATE(false, true);
    CAPTURE(chinese);
    TestDatabase source;
    seed(source);
    const QString path = source.dir() + QStringLiteral("/employees.csv");
    ExportOptions options;
    options.headers = chinese ? HeaderLanguage::Chinese : HeaderLanguage::English;
    REQUIRE(exportEmployees(source.context(sessionFor(Role::Hr)), path, options).ok());
    if (chinese)
        CHECK(readFile(path).startsWith(QByteArray("\xEF\xBB\xBF") + u("工号,姓名,部门,岗位").toUtf8()));

    SECTION("into an empty database")
    {
        TestDatabase target;
        const auto result = importEmployeesFile(target.context(sessionFor(Role::Hr)), path);
        REQUIRE(result.ok());
        INFO(result->summary().toStdString());
        CHECK(result->committed);
        CHECK(result->created == 4);
        checkSampleEmployees(target.db());
        CHECK(AuditLog::verify(target.db()).isEmpty());
    }
    SECTION("into the database it came from: nothing changes")
    {
        const auto result = importEmployeesFile(source.context(sessionFor(Role::Hr)), path);
        REQUIRE(result.ok());
        CHECK(result->problems.isEmpty());
        CHECK(result->unchanged == 4);
    }
}

TEST_CASE("formula-like text is neutralised in the file and comes back unchanged", "[io][export]")
{
    TestDatabase t;
    seed(t);
    const Context hr = t.context(sessionFor(Role::Hr));
    Employee e = storedEmployee(t.db(), QStringLiteral("E003"));
    e.position = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
    e.bankName = QStringLiteral("@bank");
    REQUIRE(EmployeeService(hr).update(e).ok());

    const QString path = t.dir() + QStringLiteral("/out.csv");
    REQUIRE(exportEmployees(hr, path).ok());
    const QByteArray bytes = readFile(path);
    CHECK(bytes.contains(u("E003,王芳,人事部,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",hr,,2021-07-01,"
                           "440306198807200031,,'@bank,,beijing\r\n")
                             .toUtf8()));

    TestDatabase target;
    const auto result = importEmployeesFile(target.context(sessionFor(Role::Hr)), path);
    REQUIRE(result.ok());
    REQUIRE(result->committed);
    CHECK(storedEmployee(target.db(), QStringLiteral("E003")).position ==
          QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"));
    CHECK(storedEmployee(target.db(), QStringLiteral("E003")).bankName == QStringLiteral("@bank"));
}

TEST_CASE("employees who have left are exported only when asked for", "[io][export]")
{
    TestDatabase t;
    seed(t);
    const Context hr = t.context(sessionFor(Role::Hr));
    const qint64 e3 = storedEmployee(t.db(), QStringLiteral("E003")).id;
    REQUIRE(EmployeeService(hr).setStatus(e3, EmployeeStatus::Left, QDate(2026, 2, 28)).ok());

    const QString path = t.dir() + QStringLiteral("/out.csv");
    REQUIRE(*exportEmployees(hr, path) == 3);
    CHECK_FALSE(readFile(path).contains("E003"));
    ExportOptions all;
    all.includeLeft = true;
    REQUIRE(*exportEmployees(hr, path, all) == 4);
    CHECK(readFile(path).contains("E003"));
}

TEST_CASE("exporting employees needs ExportEmployees", "[io][export]")
{
    TestDatabase t;
    seed(t);
    const QString path = t.dir() + QStringLiteral("/out.csv");
    for (const Role role : {Role::Sales, Role::SalesManager, Role::Finance}) {
        CAPTURE(roleKey(role).toStdString());
        const auto rows = exportEmployees(t.context(sessionFor(role)), path);
        REQUIRE_FALSE(rows.ok());
        CHECK(rows.error().code == ErrorCode::PermissionDenied);
        CHECK_FALSE(QFile::exists(path));
    }
    // the auditor reads everything, unmasked (the role may see ID numbers and bank accounts)
    REQUIRE(*exportEmployees(t.context(sessionFor(Role::Auditor)), path) == 4);
    CHECK(readFile(path).contains("310101198001150010"));
}

TEST_CASE("unknown export kinds and workbook targets are refused", "[io][export]")
{
    TestDatabase t;
    NullProgress progress;
    const Context ctx = t.context(sessionFor(Role::Hr));
    const auto unknown = ExportService(ctx).exportFile(QStringLiteral("nonsense"),
                                                       t.dir() + QStringLiteral("/x.csv"), {}, progress);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::Invalid);
    const auto xls = exportEmployees(ctx, t.dir() + QStringLiteral("/x.xls")); // old Excel format
    REQUIRE_FALSE(xls.ok());
    CHECK(xls.error().code == ErrorCode::Invalid);
    CHECK(ExportService::keys() == QStringList{QStringLiteral("employees"), QStringLiteral("customers"),
                                               QStringLiteral("contracts"), QStringLiteral("installments"),
                                               QStringLiteral("payments")});
}
