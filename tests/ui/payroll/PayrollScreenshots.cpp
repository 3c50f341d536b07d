// Screenshots of the payroll pages on a small demo company with salary profiles and calculated payrolls, in
// Chinese. Hidden: run with `tl_test_ui_payroll "[.screenshots]"`; the PNG files go to $TL_SCREENSHOT_DIR
// (default: the temporary folder's tl-payroll-screenshots).
#include "PayrollFixture.h"

#include "app/Language.h"
#include "attendance/AttendanceService.h"
#include "common/Progress.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "models/PayrollPayslipTableModel.h"
#include "payroll/AttendancePage.h"
#include "payroll/LossClaimService.h"
#include "payroll/LossClaimsPage.h"
#include "payroll/MyPayslipsPage.h"
#include "payroll/PayrollPage.h"
#include "payroll/PayrollRunService.h"
#include "payroll/PayslipDetailDialog.h"
#include "payroll/SalaryProfileService.h"
#include "payroll/SalaryProfilesPage.h"
#include "payroll/TaxCalculatorPage.h"
#include "support/Builders.h"
#include "widgets/MessageBar.h"

#include <QDir>
#include <QPixmap>
#include <QSignalSpy>
#include <QVBoxLayout>

using namespace tl;
using tl::test::waitUntil;

namespace {

void shoot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR",
                                             QDir::temp().filePath(QStringLiteral("tl-payroll-screenshots")));
    QDir().mkpath(dir);
    w.resize(1400, 820);
    w.show();
    QTest::qWait(200);
    REQUIRE(w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

TEST_CASE("screenshots of the payroll pages on a small demo company", "[.screenshots]")
{
    ui::installTranslations(QStringLiteral("zh_CN"));
    test::TestDatabase t;
    core::NullProgress progress;
    core::DemoGenerator::Options options;
    options.adminPassword = QStringLiteral("demo-pass-1");
    TL_PAY_REQUIRE_OK(core::DemoGenerator::generate(t.db(), t.clock(), options, progress));
    const core::Context sys = t.context();

    // Salary profiles from January for everyone employed: 8,000 + 500 per position level by code.
    core::SqlQuery q(t.db(),
                     QStringLiteral("SELECT id, code FROM employees WHERE leave_date IS NULL ORDER BY code"));
    q.exec();
    QList<qint64> ids;
    int n = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        ids << id;
        if (++n % 9 == 0)
            continue; // some left without a profile: listed as issues
        core::SalaryProfile p;
        p.employeeId = id;
        p.effectiveFrom = QDate(2026, 1, 1);
        p.baseSalary = core::Money::fromYuan(8000 + 500 * (n % 7));
        p.allowance = core::Money::fromYuan(300);
        p.siBase = p.baseSalary;
        p.hfBase = p.baseSalary;
        p.specialDeduction = core::Money::fromYuan(n % 3 == 0 ? 2000 : 0);
        TL_PAY_REQUIRE_OK(core::SalaryProfileService(sys).save(p));
        if (n % 5 == 0) {
            p.effectiveFrom = QDate(2026, 2, 1);
            p.baseSalary += core::Money::fromYuan(1000);
            TL_PAY_REQUIRE_OK(core::SalaryProfileService(sys).save(p));
        }
    }
    REQUIRE(ids.size() > 3);
    TL_PAY_REQUIRE_OK(core::LossClaimService(sys).request(ids.at(1), core::Money::fromYuan(5000),
                                                          QStringLiteral("遗失公司笔记本电脑")));
    TL_PAY_REQUIRE_OK(core::LossClaimService(sys).approve(1));
    TL_PAY_REQUIRE_OK(core::LossClaimService(sys).request(ids.at(2), core::Money::fromYuan(800),
                                                          QStringLiteral("损坏样品")));
    core::AttendanceService att(sys);
    TL_PAY_REQUIRE_OK(att.requestLeave(ids.at(3), core::AttendanceStatus::AnnualLeave, QDate(2026, 3, 9),
                                       QDate(2026, 3, 11), 6, QStringLiteral("探亲")));
    TL_PAY_REQUIRE_OK(att.requestLeave(ids.at(4), core::AttendanceStatus::PersonalLeave, QDate(2026, 3, 2),
                                       QDate(2026, 3, 2), 2, QStringLiteral("家事")));
    TL_PAY_REQUIRE_OK(att.approveLeave(2));
    TL_PAY_REQUIRE_OK(att.record(ids.at(5), QDate(2026, 3, 4), core::AttendanceStatus::Absent));
    TL_PAY_REQUIRE_OK(att.record(ids.at(5), QDate(2026, 3, 5), core::AttendanceStatus::Late));

    core::Session hr = test::sessionFor(core::Role::Hr);
    hr.userId = 1;
    core::PayrollRunService service(t.context(hr));
    for (const QString& month : {QStringLiteral("2026-01"), QStringLiteral("2026-02")}) {
        TL_PAY_REQUIRE_OK(service.calculate(month, progress));
        TL_PAY_REQUIRE_OK(service.approve(month));
        TL_PAY_REQUIRE_OK(service.lock(month));
    }

    auto open = [&](const core::Session& s) {
        auto db = core::Database::open(t.path(), core::Database::OpenMode::OpenExisting);
        REQUIRE(db.ok());
        return std::make_unique<ui::AppContext>(std::move(db).value(), s,
                                                std::make_unique<core::FixedClock>(t.clock().now()));
    };
    auto app = open(hr);
    QWidget frame;
    auto* layout = new QVBoxLayout(&frame);
    auto* bar = new ui::MessageBar(&frame);
    app->setMessageBar(bar);
    layout->addWidget(bar);
    auto* payroll = new ui::PayrollPage(*app, &frame);
    layout->addWidget(payroll);
    payroll->activate();
    payroll->setPeriod(QStringLiteral("2026-03"));
    QSignalSpy finished(payroll, &ui::PayrollPage::calculationFinished);
    payroll->calculate();
    REQUIRE(waitUntil([&] { return !finished.isEmpty() && !payroll->isBusy(); }));
    shoot(frame, QStringLiteral("payroll"));
    {
        ui::PayslipDetailDialog dialog(*payroll->payslipModel()->payslipAt(1), payroll->period());
        shoot(dialog, QStringLiteral("payslip-detail"));
    }
    ui::SalaryProfilesPage profiles(*app);
    profiles.activate();
    profiles.showEmployee(ids.at(4));
    shoot(profiles, QStringLiteral("salary-profiles"));
    ui::LossClaimsPage claims(*app);
    claims.activate();
    shoot(claims, QStringLiteral("loss-claims"));
    ui::AttendancePage attendance(*app);
    attendance.activate();
    shoot(attendance, QStringLiteral("attendance"));
    ui::TaxCalculatorPage tax(*app);
    tax.setBonus(QStringLiteral("36001"));
    shoot(tax, QStringLiteral("tax-calculator"));

    core::Session sales = test::sessionFor(core::Role::Sales, ids.at(1));
    auto salesApp = open(sales);
    ui::MyPayslipsPage mine(*salesApp);
    mine.activate();
    REQUIRE(waitUntil([&] { return !mine.isLoading(); }));
    shoot(mine, QStringLiteral("my-payslips"));
}
