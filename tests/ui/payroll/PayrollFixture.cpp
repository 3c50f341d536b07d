#include "PayrollFixture.h"

#include "auth/UserService.h"
#include "payroll/SalaryProfile.h"
#include "payroll/SalaryProfileService.h"
#include "settings/SetupService.h"
#include "support/Builders.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <stdexcept>

namespace tl::test {

PayrollFixture::PayrollFixture() : sys(t.context())
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TeamLedgerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tl_test_ui_payroll"));
    const core::Status setup = core::SetupService::initialize(
        t.db(), t.clock(), QStringLiteral("测试薪资公司"), QStringLiteral("shanghai"),
        QStringLiteral("admin"), QStringLiteral("admin-pass-1"), QStringLiteral("管理员"));
    if (!setup)
        throw std::runtime_error(setup.error().fullText().toStdString());
    team = makeDepartment(sys, QStringLiteral("销售中心/销售一部"));
    e1 = makeEmployee(sys, QStringLiteral("E001"), QStringLiteral("王一"), team);
    e2 = makeEmployee(sys, QStringLiteral("E002"), QStringLiteral("王二"), team);
    e3 = makeEmployee(sys, QStringLiteral("E003"), QStringLiteral("赵三"), team);
    salaryProfile(e1, QDate(2026, 1, 1), 10000);
    salaryProfile(e2, QDate(2026, 1, 1), 10000);
    salaryProfile(e2, QDate(2026, 2, 1), 12000);
    const auto hrId = core::UserService(sys).create(
        QStringLiteral("hr"), {QStringLiteral("人事"), core::Role::Hr, 0}, QStringLiteral("user-pass-1"));
    const auto salesId = core::UserService(sys).create(QStringLiteral("wangyi"),
                                                       {QStringLiteral("王一"), core::Role::Sales, e1},
                                                       QStringLiteral("user-pass-1"));
    if (!hrId || !salesId)
        throw std::runtime_error("users");
    hrUser = *hrId;
    salesUser = *salesId;
}

void PayrollFixture::salaryProfile(qint64 employeeId, const QDate& from, qint64 baseYuan)
{
    core::SalaryProfile p;
    p.employeeId = employeeId;
    p.effectiveFrom = from;
    p.baseSalary = core::Money::fromYuan(baseYuan);
    p.siBase = core::Money::fromYuan(10000);
    p.hfBase = core::Money::fromYuan(10000);
    p.hfRatePpm = 70'000;
    p.firstJobInYear = false;
    const auto saved = core::SalaryProfileService(sys).save(p);
    if (!saved)
        throw std::runtime_error(saved.error().fullText().toStdString());
}

core::Session PayrollFixture::hr() const
{
    core::Session s = sessionFor(core::Role::Hr);
    s.userId = hrUser;
    return s;
}

core::Session PayrollFixture::sales(qint64 employeeId) const
{
    core::Session s = sessionFor(core::Role::Sales, employeeId);
    s.userId = salesUser;
    return s;
}

std::unique_ptr<ui::AppContext> PayrollFixture::app(const core::Session& session)
{
    auto db = core::Database::open(t.path(), core::Database::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    return std::make_unique<ui::AppContext>(std::move(db).value(), session,
                                            std::make_unique<core::FixedClock>(t.clock().now()));
}

} // namespace tl::test
