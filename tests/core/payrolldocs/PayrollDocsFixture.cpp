#include "PayrollDocsFixture.h"

#include "common/Progress.h"
#include "payroll/LossClaimService.h"
#include "payroll/PayrollRunService.h"
#include "payroll/SalaryProfileService.h"
#include "settings/SetupService.h"
#include "support/Builders.h"

namespace tl::test {

namespace {

core::SalaryProfile profile(qint64 employeeId, const QDate& from, qint64 base, qint64 allowance,
                            qint64 siBase, int hfRatePercent, qint64 special)
{
    core::SalaryProfile p;
    p.employeeId = employeeId;
    p.effectiveFrom = from;
    p.baseSalary = core::Money::fromYuan(base);
    p.allowance = core::Money::fromYuan(allowance);
    p.siBase = core::Money::fromYuan(siBase);
    p.hfBase = core::Money::fromYuan(siBase);
    p.hfRatePpm = hfRatePercent * 10'000;
    p.specialDeduction = core::Money::fromYuan(special);
    return p;
}

} // namespace

PayrollDocsFixture::PayrollDocsFixture()
{
    REQUIRE(core::SetupService::initialize(m_db.db(), m_db.clock(), QStringLiteral("薪资文档测试有限公司"),
                                           QStringLiteral("shanghai"), QStringLiteral("admin"),
                                           QStringLiteral("admin-secret-1"), QStringLiteral("管理员"))
                .ok());
    const core::Context ctx = system();
    const qint64 centre = makeDepartment(ctx, QStringLiteral("销售中心"));
    const qint64 team = makeDepartment(ctx, QStringLiteral("销售中心/销售一部"));
    const qint64 beijing = makeDepartment(ctx, QStringLiteral("北京销售部"));

    auto employee = [&](const char* code, const char* name, qint64 department, const QDate& hired,
                        const char* city, const QString& idNumber, const char* bank, const char* account) {
        core::Employee e = employeeSpec(QString::fromLatin1(code), QString::fromUtf8(name));
        e.departmentId = department;
        e.hireDate = hired;
        e.city = QString::fromLatin1(city);
        e.position = QStringLiteral("销售代表");
        e.idNumber = idNumber;
        e.bankName = QString::fromUtf8(bank);
        e.bankAccount = QString::fromLatin1(account);
        return makeEmployee(ctx, e);
    };
    e001 = employee("E001", "张伟", centre, QDate(2020, 1, 15), "shanghai",
                    makeIdNumber(QDate(1988, 5, 20), 135), "中国工商银行上海分行", "6222020200112233445");
    e002 = employee("E002", "李娜", beijing, QDate(2023, 3, 1), "beijing", QString(), "招商银行北京分行",
                    "6225880112345678");
    e003 = employee("E003", "王强", team, QDate(2026, 1, 12), "shanghai",
                    makeIdNumber(QDate(1999, 11, 2), 217), "", "");
    e004 = employee("E004", "赵敏", beijing, QDate(2024, 6, 1), "beijing",
                    makeIdNumber(QDate(1992, 2, 29), 342), "中国建设银行北京分行", "6217000010098765432");

    core::SalaryProfileService profiles(ctx);
    REQUIRE(profiles.save(profile(e001, QDate(2025, 7, 1), 20000, 500, 15000, 7, 2000)).ok());
    REQUIRE(profiles.save(profile(e002, QDate(2025, 1, 1), 5000, 0, 5000, 0, 0)).ok());
    REQUIRE(profiles.save(profile(e003, QDate(2026, 1, 12), 12000, 300, 12000, 7, 1500)).ok());
    REQUIRE(profiles.save(profile(e004, QDate(2025, 7, 1), 9000, 0, 9000, 10, 0)).ok());

    core::LossClaimService claims(ctx);
    const auto claim = claims.request(e004, core::Money::fromYuan(2500), QStringLiteral("遗失公司演示样机"));
    REQUIRE(claim.ok());
    REQUIRE(claims.approve(*claim).ok());
}

core::Context PayrollDocsFixture::as(core::Role role, qint64 employeeId)
{
    return m_db.context(sessionFor(role, employeeId));
}

void PayrollDocsFixture::calculate(const QString& period)
{
    core::NullProgress progress;
    const auto run = core::PayrollRunService(system()).calculate(period, progress);
    INFO((run.ok() ? QString() : run.error().fullText()).toStdString());
    REQUIRE(run.ok());
    REQUIRE(run->issues.isEmpty());
}

void PayrollDocsFixture::approve(const QString& period)
{
    REQUIRE(core::PayrollRunService(system()).approve(period).ok());
}

void PayrollDocsFixture::lock(const QString& period)
{
    REQUIRE(core::PayrollRunService(system()).lock(period).ok());
}

} // namespace tl::test
