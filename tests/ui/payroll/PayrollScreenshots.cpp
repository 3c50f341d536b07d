// Screenshots of the payroll pages (and the settings HR sees) on a small demo company with its salary
// profiles and locked payrolls, in Chinese. Hidden: run with `tl_test_ui_payroll "[.screenshots]"`; the PNG
// files go to $TL_SCREENSHOT_DIR (default: the temporary folder's tl-payroll-screenshots).
#include "PayrollFixture.h"

#include "admin/CityProfileDialog.h"
#include "admin/SettingsPage.h"
#include "app/Language.h"
#include "common/Progress.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "models/PayrollPayslipTableModel.h"
#include "payroll/AttendancePage.h"
#include "payroll/LossClaimsPage.h"
#include "payroll/MyPayslipsPage.h"
#include "payroll/PayrollPage.h"
#include "payroll/PayslipDetailDialog.h"
#include "payroll/SalaryProfilesPage.h"
#include "payroll/TaxCalculatorPage.h"
#include "settings/CompanyService.h"
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

    // The demo company brings its own payroll: salary profiles, leave, loss claims and locked runs.
    core::SqlQuery q(t.db(),
                     QStringLiteral("SELECT id FROM employees WHERE leave_date IS NULL ORDER BY code"));
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    REQUIRE(ids.size() > 4);
    core::SqlQuery users(t.db(),
                         QStringLiteral("SELECT id FROM users WHERE role = 'hr' ORDER BY id LIMIT 1"));
    users.exec();
    REQUIRE(users.next());
    core::Session hr = test::sessionFor(core::Role::Hr);
    hr.userId = users.value(0).toLongLong();

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
    payroll->activate(); // the newest run, selected, with its payslips
    REQUIRE(waitUntil([&] { return !payroll->isBusy(); }));
    REQUIRE(payroll->payslipModel()->rowCount() > 1);
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
    ui::SettingsPage settings(*app); // HR: the company's data read-only, the city profiles editable
    settings.activate();
    shoot(settings, QStringLiteral("settings-company"));
    {
        const core::Context ctx = app->core();
        const auto profiles = core::CompanyService(ctx).cityProfiles();
        TL_PAY_REQUIRE_OK(profiles);
        REQUIRE_FALSE(profiles->isEmpty());
        ui::CityProfileDialog dialog(*app, profiles->last());
        shoot(dialog, QStringLiteral("city-profile"));
    }

    core::Session sales = test::sessionFor(core::Role::Sales, ids.at(1));
    auto salesApp = open(sales);
    ui::MyPayslipsPage mine(*salesApp);
    mine.activate();
    REQUIRE(waitUntil([&] { return !mine.isLoading(); }));
    shoot(mine, QStringLiteral("my-payslips"));
}
