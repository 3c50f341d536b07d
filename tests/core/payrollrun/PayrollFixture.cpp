#include "PayrollFixture.h"

#include "audit/AuditLog.h"
#include "auth/UserService.h"
#include "common/Progress.h"
#include "db/SqlQuery.h"
#include "io/CsvReader.h"
#include "io/ImportKinds.h"
#include "io/ImportService.h"
#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"
#include "org/EmployeeService.h"
#include "payroll/PayrollRunService.h"
#include "payroll/SalaryProfileService.h"
#include "settings/SetupService.h"
#include "support/Builders.h"

#include <QSqlRecord>

namespace tl::test {

using namespace core;

Money yuan(const char* text)
{
    const auto m = parseMoney(QString::fromLatin1(text));
    REQUIRE(m.ok());
    return *m;
}

PayrollFixture::PayrollFixture()
{
    const Status s = SetupService::initialize(t.db(), t.clock(), QStringLiteral("薪资测试有限公司"),
                                              QStringLiteral("shanghai"), QStringLiteral("admin"),
                                              QStringLiteral("admin-secret-1"), QStringLiteral("管理员"));
    INFO((s ? QString() : s.error().fullText()).toStdString());
    REQUIRE(s.ok());
}

qint64 PayrollFixture::employee(const QString& code, const QString& name, const QDate& hired,
                                const QString& city, qint64 departmentId, const QString& role)
{
    Employee e = employeeSpec(code, name);
    e.hireDate = hired;
    e.city = city;
    e.departmentId = departmentId;
    e.role = role;
    const Context ctx = system();
    return makeEmployee(ctx, e);
}

Session PayrollFixture::user(const QString& username, Role role, qint64 employeeId,
                             const QList<qint64>& scope)
{
    const Context ctx = system();
    const auto id = UserService(ctx).create(username, UserFields{username, role, employeeId},
                                            QStringLiteral("user-secret-1"));
    INFO((id ? QString() : id.error().fullText()).toStdString());
    REQUIRE(id.ok());
    Session s = sessionFor(role, employeeId, scope);
    s.userId = *id;
    s.username = username;
    return s;
}

SalaryProfile PayrollFixture::profileSpec(qint64 employeeId, const QDate& from, const char* base)
{
    SalaryProfile p;
    p.employeeId = employeeId;
    p.effectiveFrom = from;
    p.baseSalary = yuan(base);
    p.siBase = p.baseSalary;
    p.hfBase = p.baseSalary;
    return p;
}

qint64 PayrollFixture::save(const SalaryProfile& profile)
{
    const Context ctx = system();
    const auto id = SalaryProfileService(ctx).save(profile);
    INFO((id ? QString() : id.error().fullText()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

PayrollCalculation PayrollFixture::calc(const QString& period, PayComponentsSource* components)
{
    const Context ctx = system();
    NullProgress progress;
    auto result = PayrollRunService(ctx, components).calculate(period, progress);
    INFO((result ? QString() : result.error().fullText()).toStdString());
    REQUIRE(result.ok());
    return *result;
}

void PayrollFixture::approve(const QString& period)
{
    const Context ctx = system();
    const Status s = PayrollRunService(ctx).approve(period);
    INFO((s ? QString() : s.error().fullText()).toStdString());
    REQUIRE(s.ok());
}

void PayrollFixture::lock(const QString& period)
{
    const Context ctx = system();
    const Status s = PayrollRunService(ctx).lock(period);
    INFO((s ? QString() : s.error().fullText()).toStdString());
    REQUIRE(s.ok());
}

QList<Payslip> PayrollFixture::payslips(const QString& period)
{
    const Context ctx = system();
    auto list = PayrollRunService(ctx).payslips(period);
    INFO((list ? QString() : list.error().fullText()).toStdString());
    REQUIRE(list.ok());
    return *list;
}

Payslip PayrollFixture::payslipOf(const QString& period, const QString& code)
{
    for (const Payslip& p : payslips(period))
        if (p.employeeCode == code)
            return p;
    FAIL("no payslip of " << code.toStdString() << " in " << period.toStdString());
    return {};
}

Result<ImportResult> PayrollFixture::importCsv(const Context& ctx, const QString& kind, const QByteArray& csv,
                                               const ImportOptions& options)
{
    NullProgress progress;
    auto importKind = ImportKinds::create(kind, ctx);
    REQUIRE(importKind);
    auto reader = CsvReader::fromBytes(csv);
    return ImportService(ctx).run(*importKind, *reader, options, progress);
}

Result<ImportResult> PayrollFixture::importCsv(const QString& kind, const QByteArray& csv)
{
    const Context ctx = system();
    return importCsv(ctx, kind, csv, ImportOptions{});
}

QStringList PayrollFixture::rows(const QString& sql)
{
    SqlQuery q(db(), sql);
    q.exec();
    QStringList list;
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.raw().record().count(); ++i)
            columns << q.text(i);
        list << columns.join(QLatin1Char('|'));
    }
    return list;
}

qint64 PayrollFixture::scalar(const QString& sql)
{
    return SqlQuery::scalar(db(), sql).toLongLong();
}

void PayrollFixture::requireAuditClean()
{
    const auto issues = AuditLog::verify(db());
    for (const auto& issue : issues)
        UNSCOPED_INFO(issue.table.toStdString() << " " << issue.id << ": " << issue.what.toStdString());
    REQUIRE(issues.isEmpty());
}

QStringList lineTexts(const Payslip& payslip)
{
    QStringList list;
    for (const PayslipLine& l : payslip.lines)
        list << l.code + QLatin1Char(' ') + formatPlain(l.amount);
    return list;
}

QList<std::pair<int, QString>> cells(const QList<FieldProblem>& problems)
{
    QList<std::pair<int, QString>> list;
    for (const FieldProblem& p : problems)
        list << std::make_pair(p.row, p.column);
    return list;
}

} // namespace tl::test
