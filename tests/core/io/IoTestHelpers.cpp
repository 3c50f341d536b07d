#include "IoTestHelpers.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

#include "db/SqlQuery.h"
#include "io/CsvReader.h"
#include "io/EmployeeImport.h"
#include "io/ImportService.h"
#include "org/EmployeeRepository.h"

#include <QDir>
#include <QFileInfo>

using namespace tl::core;

namespace tl::test {

QString ioDataPath(const QString& file)
{
    return tl::test::testDataPath(QStringLiteral("io/") + file);
}

Session sessionFor(Role role)
{
    Session s;
    s.role = role;
    s.username = roleKey(role);
    return s;
}

Result<ImportResult> importEmployeesFile(const Context& ctx, const QString& path, ImportOptions options)
{
    NullProgress progress;
    return ImportService(ctx).importFile(QStringLiteral("employees"), path, options, progress);
}

Result<ImportResult> importEmployeesCsv(const Context& ctx, const QByteArray& csv, ImportOptions options)
{
    NullProgress progress;
    EmployeeImport kind(ctx);
    auto reader = CsvReader::fromBytes(csv);
    return ImportService(ctx).run(kind, *reader, options, progress);
}

Employee storedEmployee(Database& db, const QString& code)
{
    const auto e = EmployeeRepository(db).loadByCode(code);
    INFO("employee " << code.toStdString());
    REQUIRE(e.has_value());
    return *e;
}

QString departmentPathOf(Database& db, qint64 departmentId)
{
    QStringList names;
    qint64 id = departmentId;
    while (id != 0) {
        SqlQuery q(db, QStringLiteral("SELECT name, parent_id FROM departments WHERE id = ?"));
        q.bind(id).exec();
        REQUIRE(q.next());
        names.prepend(q.text(0));
        id = q.integer(1);
    }
    return names.join(QLatin1Char('/'));
}

qint64 countRows(Database& db, const QString& table)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

void checkSampleEmployees(Database& db)
{
    const auto u = [](const char* text) { return QString::fromUtf8(text); };
    CHECK(countRows(db, QStringLiteral("employees")) == 4);

    const Employee e1 = storedEmployee(db, QStringLiteral("E001"));
    CHECK(e1.name == u("张伟"));
    CHECK(departmentPathOf(db, e1.departmentId) == u("销售中心"));
    CHECK(e1.position == u("销售总监"));
    CHECK(e1.role == QStringLiteral("sales_manager"));
    CHECK(e1.managerId == 0);
    CHECK(e1.hireDate == QDate(2020, 1, 15));
    CHECK(e1.idNumber == QStringLiteral("310101198001150010"));
    CHECK(e1.gender == QStringLiteral("M"));
    CHECK(e1.birthDate == QDate(1980, 1, 15));
    CHECK(e1.phone == QStringLiteral("13800000001"));
    CHECK(e1.bankName == u("中国工商银行"));
    CHECK(e1.bankAccount == QStringLiteral("6222020000000001"));
    CHECK(e1.city == QStringLiteral("shanghai"));
    CHECK(e1.status == EmployeeStatus::Active);

    const Employee e2 = storedEmployee(db, QStringLiteral("E002"));
    CHECK(e2.name == u("李娜"));
    CHECK(departmentPathOf(db, e2.departmentId) == u("销售中心/销售一部"));
    CHECK(e2.position == u("销售代表, \"金牌\""));
    CHECK(e2.role == QStringLiteral("sales"));
    CHECK(e2.managerCode == QStringLiteral("E001")); // a manager later in the file
    CHECK(e2.hireDate == QDate(2023, 3, 1));
    CHECK(e2.idNumber == QStringLiteral("110105199203080025"));
    CHECK(e2.gender == QStringLiteral("F"));
    CHECK(e2.phone == QStringLiteral("13900000002"));
    CHECK(e2.bankName == u("招商银行"));
    CHECK(e2.bankAccount == QStringLiteral("6225880000000002"));
    CHECK(e2.city == QStringLiteral("shanghai"));

    const Employee e3 = storedEmployee(db, QStringLiteral("E003"));
    CHECK(e3.name == u("王芳"));
    CHECK(departmentPathOf(db, e3.departmentId) == u("人事部"));
    CHECK(e3.position == u("人事专员"));
    CHECK(e3.role == QStringLiteral("hr"));
    CHECK(e3.managerId == 0);
    CHECK(e3.hireDate == QDate(2021, 7, 1));
    CHECK(e3.idNumber == QStringLiteral("440306198807200031"));
    CHECK(e3.phone.isEmpty());
    CHECK(e3.bankName.isEmpty());
    CHECK(e3.bankAccount.isEmpty());
    CHECK(e3.city == QStringLiteral("beijing"));

    const Employee e4 = storedEmployee(db, QStringLiteral("E004"));
    CHECK(e4.name == u("赵强"));
    CHECK(departmentPathOf(db, e4.departmentId) == u("销售中心/销售一部"));
    CHECK(e4.departmentId == e2.departmentId);
    CHECK(e4.position == u("业务员"));
    CHECK(e4.role == QStringLiteral("sales"));
    CHECK(e4.managerCode == QStringLiteral("E002"));
    CHECK(e4.hireDate == QDate(2024, 2, 29));
    CHECK(e4.idNumber == QStringLiteral("31011519950612008X"));
    CHECK(e4.phone == QStringLiteral("13800138004"));
    CHECK(e4.bankName == u("中国建设银行"));
    CHECK(e4.bankAccount == QStringLiteral("6217000000000004"));
    CHECK(e4.city == QStringLiteral("shanghai"));

    CHECK(countRows(db, QStringLiteral("departments")) == 3);
}

} // namespace tl::test
