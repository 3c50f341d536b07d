#include <catch2/catch.hpp>

#include "IoTestHelpers.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "db/SqlQuery.h"
#include "io/CsvReader.h"
#include "io/EmployeeImport.h"
#include "io/ImportService.h"
#include "io/ProblemReport.h"
#include "org/EmployeeService.h"
#include "support/TestDatabase.h"

using namespace tl::core;
using namespace tl::test;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray csv(const char* utf8)
{
    return QByteArray(utf8);
}

QList<std::pair<int, QString>> cells(const QList<FieldProblem>& problems)
{
    QList<std::pair<int, QString>> list;
    for (const FieldProblem& p : problems)
        list << std::make_pair(p.row, p.column);
    return list;
}

// Cancels as soon as the import starts writing.
class CancelWhenWriting final : public Progress
{
public:
    void setTotal(qint64) override {}
    void setDone(qint64) override {}
    void setText(const QString& text) override
    {
        m_cancelled = m_cancelled || text.startsWith(QStringLiteral("Writing"));
    }
    bool isCancelled() const override { return m_cancelled; }

private:
    bool m_cancelled = false;
};

const QByteArray kHeader =
    "code,name,department,position,role,manager_code,hire_date,id_number,phone,bank_name,"
    "bank_account,city\n";

} // namespace

TEST_CASE("UTF-8, UTF-8 with BOM and GBK files, English or Chinese headers, import the same employees",
          "[io][employees]")
{
    const std::string name = GENERATE(as<std::string>{}, "employees_en_utf8.csv", "employees_zh_utf8bom.csv",
                                      "employees_zh_gbk.csv", "employees_en_gbk.csv");
    CAPTURE(name);
    const QString file = QString::fromStdString(name);
    TestDatabase t;
    const Context ctx = t.context(sessionFor(Role::Hr));
    const auto result = importEmployeesFile(ctx, ioDataPath(file));
    REQUIRE(result.ok());
    INFO(result->summary().toStdString());
    CHECK(result->problems.isEmpty());
    CHECK(result->committed);
    CHECK(result->rows == 4);
    CHECK(result->created == 4);
    CHECK(result->createdRows == QList<int>{2, 3, 4, 5});
    CHECK(result->updated == 0);
    CHECK(result->relatedLabels(QStringLiteral("departments")) ==
          QStringList{u("销售中心"), u("销售中心/销售一部"), u("人事部")});
    checkSampleEmployees(t.db());
    CHECK(AuditLog::verify(t.db()).isEmpty());
    // every employee and department is audited, plus the import itself
    CHECK(
        SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'employees'"))
            .toInt() == 4);
    CHECK(SqlQuery::scalar(t.db(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'departments'"))
              .toInt() == 3);
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'"))
              .toInt() == 1);
}

TEST_CASE("a dry run plans the import and writes nothing", "[io][employees]")
{
    TestDatabase t;
    ImportOptions options;
    options.dryRun = true;
    const auto result = importEmployeesFile(t.context(sessionFor(Role::Hr)),
                                            ioDataPath(QStringLiteral("employees_zh_gbk.csv")), options);
    REQUIRE(result.ok());
    CHECK_FALSE(result->committed);
    CHECK(result->created == 4);
    CHECK(result->createdRows == QList<int>{2, 3, 4, 5});
    const QString summary = result->summary();
    CHECK(summary.contains(QStringLiteral("Dry run: nothing was written.")));
    CHECK(summary.contains(QStringLiteral("Rows to create: 2-5")));
    CHECK(summary.contains(u("3 department(s) to create: 销售中心, 销售中心/销售一部, 人事部")));
    CHECK(countRows(t.db(), QStringLiteral("employees")) == 0);
    CHECK(countRows(t.db(), QStringLiteral("departments")) == 0);
    CHECK(countRows(t.db(), QStringLiteral("audit_log")) == 0);
}

TEST_CASE("a file with bad rows reports exactly those cells and changes nothing", "[io][employees]")
{
    TestDatabase t;
    const Context ctx = t.context(sessionFor(Role::Hr));
    REQUIRE(importEmployeesFile(ctx, ioDataPath(QStringLiteral("employees_en_utf8.csv")))->committed);
    const qint64 employees = countRows(t.db(), QStringLiteral("employees"));
    const qint64 departments = countRows(t.db(), QStringLiteral("departments"));
    const qint64 audit = countRows(t.db(), QStringLiteral("audit_log"));

    const bool dryRun = GENERATE(true, false);
    CAPTURE(dryRun);
    ImportOptions options;
    options.dryRun = dryRun;
    const auto result = importEmployeesFile(ctx, ioDataPath(QStringLiteral("employees_bad.csv")), options);
    REQUIRE(result.ok());
    CHECK_FALSE(result->committed);
    CHECK(result->rows == 6); // row 5 is blank
    REQUIRE(cells(result->problems) == QList<std::pair<int, QString>>{{2, QStringLiteral("id_number")},
                                                                      {3, QStringLiteral("hire_date")},
                                                                      {4, QStringLiteral("code")},
                                                                      {6, QStringLiteral("manager_code")},
                                                                      {7, QStringLiteral("name")}});
    CHECK(result->problems[0].toString() ==
          QStringLiteral("row 2, column id_number: check character should be 7"));
    CHECK(result->problems[0].value == QStringLiteral("310104198707041230"));
    CHECK(result->problems[1].toString() ==
          QStringLiteral("row 3, column hire_date: no such date 2023-02-30"));
    CHECK(result->problems[2].toString() ==
          QStringLiteral("row 4, column code: code E101 already appears in row 2"));
    CHECK(result->problems[3].toString() ==
          QStringLiteral(
              "row 6, column manager_code: manager E999 is neither in the database nor in this file"));
    CHECK(result->problems[4].toString() == QStringLiteral("row 7, column name: name is required"));

    CHECK(countRows(t.db(), QStringLiteral("employees")) == employees);
    CHECK(countRows(t.db(), QStringLiteral("departments")) == departments);
    CHECK(countRows(t.db(), QStringLiteral("audit_log")) == audit);
    CHECK(AuditLog::verify(t.db()).isEmpty());
    checkSampleEmployees(t.db());

    SECTION("the problems can be written for --errors")
    {
        const QString path = t.dir() + QStringLiteral("/errors.csv");
        REQUIRE(ProblemReport::writeCsv(result->problems, path, result->problemsOmitted).ok());
        auto reader = CsvReader::openFile(path);
        REQUIRE(reader.ok());
        CHECK((*reader)->readHeader()->cells == QStringList{QStringLiteral("row"), QStringLiteral("column"),
                                                            QStringLiteral("value"),
                                                            QStringLiteral("reason")});
        TableRow row;
        REQUIRE(*(*reader)->readRow(row));
        CHECK(row.cells == QStringList{QStringLiteral("2"), QStringLiteral("id_number"),
                                       QStringLiteral("310104198707041230"),
                                       QStringLiteral("check character should be 7")});
    }
}

TEST_CASE("Chinese headers name the columns of problems as written", "[io][employees]")
{
    TestDatabase t;
    const QByteArray file = u("工号,姓名,入职日期\nE1,甲,2024-01-01\nE2,,2024/13/1\n").toUtf8();
    const auto result = importEmployeesCsv(t.context(sessionFor(Role::Hr)), file);
    REQUIRE(result.ok());
    REQUIRE(result->problems.size() == 2);
    CHECK(result->problems[0].toString() == u("row 3, column 入职日期: no such date 2024-13-01"));
    CHECK(result->problems[1].toString() == u("row 3, column 姓名: name is required"));
}

TEST_CASE("unknown and missing columns of the employees template", "[io][employees]")
{
    TestDatabase t;
    const Context ctx = t.context(sessionFor(Role::Hr));
    SECTION("an unknown column")
    {
        const auto result =
            importEmployeesCsv(ctx, u("code,name,hire_date,备注\nE1,甲,2024-01-01,x\n").toUtf8());
        REQUIRE(result.ok());
        CHECK(cells(result->problems) == QList<std::pair<int, QString>>{{1, u("备注")}});
    }
    SECTION("a missing required column is reported once, not on every row")
    {
        const auto result = importEmployeesCsv(ctx, csv("code,hire_date\nE1,2024-01-01\nE2,2024-01-01\n"));
        REQUIRE(result.ok());
        REQUIRE(result->problems.size() == 1);
        CHECK(result->problems[0].toString() ==
              u("row 1, column name (姓名): this required column is missing"));
    }
    SECTION("new employees need a hire date")
    {
        const auto result = importEmployeesCsv(ctx, u("code,name\nE1,甲\n").toUtf8());
        REQUIRE(result.ok());
        REQUIRE(result->problems.size() == 1);
        CHECK(result->problems[0].toString() ==
              u("row 2, column hire_date (入职日期): hire date is required"));
    }
    CHECK(countRows(t.db(), QStringLiteral("employees")) == 0);
}

TEST_CASE("existing codes update the employee and empty cells keep stored values", "[io][employees]")
{
    TestDatabase t;
    const Context ctx = t.context(sessionFor(Role::Hr));
    REQUIRE(importEmployeesFile(ctx, ioDataPath(QStringLiteral("employees_en_utf8.csv")))->committed);
    const qint64 e3 = storedEmployee(t.db(), QStringLiteral("E003")).id;

    const QByteArray update =
        kHeader + u("E003,,人事部/招聘组,招聘主管,,E001,,,13700000003,,,\n"
                    "E005,孙丽,销售中心/销售二部,销售代表,销售,E003,2025/1/6,,,,,上海\n"
                    "E001,张伟,销售中心,销售总监,sales_manager,,2020-01-15,310101198001150010,"
                    "13800000001,中国工商银行,6222020000000001,shanghai\n")
                      .toUtf8();
    SECTION("upsert (the default)")
    {
        ImportOptions dry;
        dry.dryRun = true;
        const auto plan = importEmployeesCsv(ctx, update, dry);
        REQUIRE(plan.ok());
        CHECK(plan->problems.isEmpty());
        CHECK(plan->createdRows == QList<int>{3});
        CHECK(plan->updatedRows == QList<int>{2});
        CHECK(plan->unchangedRows == QList<int>{4});
        CHECK(plan->relatedLabels(QStringLiteral("departments")) ==
              QStringList{u("人事部/招聘组"), u("销售中心/销售二部")});

        const auto result = importEmployeesCsv(ctx, update);
        REQUIRE(result.ok());
        REQUIRE(result->committed);
        CHECK(result->created == 1);
        CHECK(result->updated == 1);
        CHECK(result->unchanged == 1);

        const Employee updated = storedEmployee(t.db(), QStringLiteral("E003"));
        CHECK(updated.id == e3);
        CHECK(updated.name == u("王芳"));                                // empty cell: kept
        CHECK(updated.idNumber == QStringLiteral("440306198807200031")); // kept
        CHECK(updated.role == QStringLiteral("hr"));                     // kept
        CHECK(updated.hireDate == QDate(2021, 7, 1));                    // kept
        CHECK(updated.position == u("招聘主管"));
        CHECK(updated.phone == QStringLiteral("13700000003"));
        CHECK(updated.managerCode == QStringLiteral("E001"));
        CHECK(departmentPathOf(t.db(), updated.departmentId) == u("人事部/招聘组"));
        CHECK(updated.city == QStringLiteral("beijing"));

        const Employee added = storedEmployee(t.db(), QStringLiteral("E005"));
        CHECK(added.role == QStringLiteral("sales"));
        CHECK(added.managerCode == QStringLiteral("E003"));
        CHECK(added.hireDate == QDate(2025, 1, 6));
        CHECK(departmentPathOf(t.db(), added.departmentId) == u("销售中心/销售二部"));
        CHECK(AuditLog::verify(t.db()).isEmpty());
        // E001 was unchanged: no audit record for it beyond its creation
        CHECK(SqlQuery::scalar(t.db(),
                               QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'employees' "
                                              "AND label = 'E001'"))
                  .toInt() == 1);
    }
    SECTION("new only: an existing code is a problem")
    {
        ImportOptions options;
        options.existing = ImportOptions::Existing::Reject;
        const auto result = importEmployeesCsv(ctx, update, options);
        REQUIRE(result.ok());
        CHECK(cells(result->problems) ==
              QList<std::pair<int, QString>>{{2, QStringLiteral("code")}, {4, QStringLiteral("code")}});
        CHECK(result->problems[0].reason ==
              QStringLiteral("employee E003 already exists; this import only adds new employees"));
        CHECK_FALSE(result->committed);
        CHECK(countRows(t.db(), QStringLiteral("employees")) == 4);
    }
}

TEST_CASE("importing the same file again changes nothing", "[io][employees]")
{
    TestDatabase t;
    const Context ctx = t.context(sessionFor(Role::Hr));
    REQUIRE(importEmployeesFile(ctx, ioDataPath(QStringLiteral("employees_en_utf8.csv")))->committed);
    const qint64 audit = countRows(t.db(), QStringLiteral("audit_log"));
    const auto again = importEmployeesFile(ctx, ioDataPath(QStringLiteral("employees_zh_gbk.csv")));
    REQUIRE(again.ok());
    CHECK(again->committed);
    CHECK(again->unchanged == 4);
    CHECK(again->created == 0);
    CHECK(again->updated == 0);
    CHECK(countRows(t.db(), QStringLiteral("audit_log")) == audit + 1); // only the import event
    checkSampleEmployees(t.db());
}

TEST_CASE("manager cycles are refused, in the file and through stored employees", "[io][employees]")
{
    TestDatabase t;
    const Context ctx = t.context(sessionFor(Role::Hr));
    SECTION("within the file")
    {
        const auto result = importEmployeesCsv(ctx, csv("code,name,manager_code,hire_date\n"
                                                        "A,a,B,2024-01-01\n"
                                                        "B,b,C,2024-01-01\n"
                                                        "C,c,A,2024-01-01\n"
                                                        "D,d,A,2024-01-01\n"
                                                        "S,s,S,2024-01-01\n"));
        REQUIRE(result.ok());
        CHECK(cells(result->problems) == QList<std::pair<int, QString>>{{2, QStringLiteral("manager_code")},
                                                                        {3, QStringLiteral("manager_code")},
                                                                        {4, QStringLiteral("manager_code")},
                                                                        {6, QStringLiteral("manager_code")}});
        CHECK(result->problems[0].reason == QStringLiteral("the reporting line A → B → C → A is a cycle"));
        CHECK(result->problems[3].reason == QStringLiteral("an employee cannot be their own manager"));
    }
    SECTION("through the database")
    {
        REQUIRE(importEmployeesFile(ctx, ioDataPath(QStringLiteral("employees_en_utf8.csv")))->committed);
        // E004 -> E002 -> E001 is stored; making E001 report to E004 closes the loop.
        const auto result = importEmployeesCsv(ctx, csv("code,name,manager_code\nE001,,E004\n"));
        REQUIRE(result.ok());
        REQUIRE(cells(result->problems) ==
                QList<std::pair<int, QString>>{{2, QStringLiteral("manager_code")}});
        CHECK(result->problems[0].reason ==
              QStringLiteral("the reporting line E001 → E004 → E002 → E001 is a cycle"));
    }
    SECTION("but a file may reorganise a chain: managers are written first")
    {
        REQUIRE(importEmployeesFile(ctx, ioDataPath(QStringLiteral("employees_en_utf8.csv")))->committed);
        // E002 reported to E001; now E001 reports to E002, who reports to a new E000 given last.
        const auto result = importEmployeesCsv(ctx, csv("code,name,manager_code,hire_date\n"
                                                        "E001,,E002,\n"
                                                        "E002,,E000,\n"
                                                        "E000,boss,,2019-01-01\n"));
        REQUIRE(result.ok());
        INFO(result->summary().toStdString());
        CHECK(result->problems.isEmpty());
        CHECK(result->committed);
        CHECK(storedEmployee(t.db(), QStringLiteral("E001")).managerCode == QStringLiteral("E002"));
        CHECK(storedEmployee(t.db(), QStringLiteral("E002")).managerCode == QStringLiteral("E000"));
        CHECK(AuditLog::verify(t.db()).isEmpty());
    }
}

TEST_CASE("an ID number may appear once among the people in a file", "[io][employees]")
{
    TestDatabase t;
    const auto result =
        importEmployeesCsv(t.context(sessionFor(Role::Hr)), csv("code,name,hire_date,id_number\n"
                                                                "A,a,2024-01-01,310101198001150010\n"
                                                                "B,b,2024-01-01,310101198001150010\n"));
    REQUIRE(result.ok());
    REQUIRE(cells(result->problems) == QList<std::pair<int, QString>>{{3, QStringLiteral("id_number")}});
    CHECK(result->problems[0].reason == QStringLiteral("the same ID number is in row 2"));
}

TEST_CASE("roles as Chinese names, unknown roles and department paths", "[io][employees]")
{
    TestDatabase t;
    const auto result =
        importEmployeesCsv(t.context(sessionFor(Role::Hr)), u("工号,姓名,角色,部门,入职日期\n"
                                                              "A,a,销售经理,销售中心／华东区,2024-01-01\n"
                                                              "B,b,财务,,2024-01-01\n"
                                                              "C,c,老板,,2024-01-01\n"
                                                              "D,d,,销售中心//x,2024-01-01\n")
                                                                .toUtf8());
    REQUIRE(result.ok());
    CHECK(cells(result->problems) == QList<std::pair<int, QString>>{{4, u("角色")}, {5, u("部门")}});
    CHECK(result->problems[0].reason ==
          QStringLiteral("unknown value 老板; use sales, sales_manager, hr, finance, other"));

    const auto fixed =
        importEmployeesCsv(t.context(sessionFor(Role::Hr)), u("工号,姓名,角色,部门,入职日期\n"
                                                              "A,a,销售经理,销售中心／华东区,2024-01-01\n"
                                                              "B,b,财务,,2024-01-01\n")
                                                                .toUtf8());
    REQUIRE(fixed.ok());
    REQUIRE(fixed->committed);
    CHECK(storedEmployee(t.db(), QStringLiteral("A")).role == QStringLiteral("sales_manager"));
    CHECK(departmentPathOf(t.db(), storedEmployee(t.db(), QStringLiteral("A")).departmentId) ==
          u("销售中心/华东区"));
    CHECK(storedEmployee(t.db(), QStringLiteral("B")).role == QStringLiteral("finance"));
    CHECK(storedEmployee(t.db(), QStringLiteral("B")).departmentId == 0);
}

TEST_CASE("importing employees needs ImportData", "[io][employees]")
{
    TestDatabase t;
    for (const Role role : {Role::Sales, Role::SalesManager, Role::Finance, Role::Auditor}) {
        CAPTURE(roleKey(role).toStdString());
        const auto result = importEmployeesFile(t.context(sessionFor(role)),
                                                ioDataPath(QStringLiteral("employees_en_utf8.csv")));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(countRows(t.db(), QStringLiteral("employees")) == 0);
    CHECK(countRows(t.db(), QStringLiteral("audit_log")) == 0);
    CHECK(importEmployeesFile(t.context(sessionFor(Role::Admin)),
                              ioDataPath(QStringLiteral("employees_en_utf8.csv")))
              ->committed);
}

TEST_CASE("listeners hear about the import once, after the commit", "[io][employees]")
{
    TestDatabase t;
    ChangeNotifier notifier;
    QStringList heard;
    QObject::connect(&notifier, &ChangeNotifier::changed,
                     [&](const QString& entity, const QList<qint64>& ids) {
                         CHECK(ids.isEmpty());
                         CHECK(t.db().transactionDepth() == 0);
                         heard << entity;
                     });
    Context ctx = t.context(sessionFor(Role::Hr));
    ctx.notifier = &notifier;
    REQUIRE(importEmployeesFile(ctx, ioDataPath(QStringLiteral("employees_en_utf8.csv")))->committed);
    CHECK(heard == QStringList{QStringLiteral("departments"), QStringLiteral("employees")});

    heard.clear();
    ImportOptions dry;
    dry.dryRun = true;
    REQUIRE(importEmployeesFile(ctx, ioDataPath(QStringLiteral("employees_en_utf8.csv")), dry).ok());
    CHECK(heard.isEmpty());
}

TEST_CASE("cancelling while writing rolls everything back", "[io][employees]")
{
    TestDatabase t;
    const Context ctx = t.context(sessionFor(Role::Hr));
    QByteArray file = "code,name,department,hire_date\n";
    for (int i = 0; i < 100; ++i)
        file += "C" + QByteArray::number(i) + ",n" + QByteArray::number(i) + ",Dept,2024-01-01\n";
    CancelWhenWriting progress;
    EmployeeImport kind(ctx);
    auto reader = CsvReader::fromBytes(file);
    const auto result = ImportService(ctx).run(kind, *reader, {}, progress);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Conflict);
    CHECK(countRows(t.db(), QStringLiteral("employees")) == 0);
    CHECK(countRows(t.db(), QStringLiteral("departments")) == 0);
    CHECK(countRows(t.db(), QStringLiteral("audit_log")) == 0);
}
