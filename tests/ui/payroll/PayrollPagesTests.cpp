#include "PayrollFixture.h"

#include "attendance/AttendanceService.h"
#include "auth/UserService.h"
#include "common/Progress.h"
#include "models/PayrollAttendanceTableModel.h"
#include "models/PayrollLeaveTableModel.h"
#include "models/PayrollLossClaimTableModel.h"
#include "models/PayrollOwnPayslipTableModel.h"
#include "models/PayrollRunTableModel.h"
#include "models/PayrollSalaryProfileTableModel.h"
#include "models/PayrollTaxTableModel.h"
#include "payroll/AttendancePage.h"
#include "payroll/LossClaimsPage.h"
#include "payroll/MyPayslipsPage.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/PayrollRunService.h"
#include "payroll/SalaryProfile.h"
#include "payroll/SalaryProfileDialog.h"
#include "payroll/SalaryProfilesPage.h"
#include "payroll/TaxCalculatorPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace tl;
using tl::test::PayrollFixture;
using tl::test::waitUntil;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

void runMonth(PayrollFixture& f, const QString& period, bool lock = true)
{
    core::PayrollRunService hr(f.t.context(f.hr()));
    core::NullProgress progress;
    TL_PAY_REQUIRE_OK(hr.calculate(period, progress));
    TL_PAY_REQUIRE_OK(hr.approve(period));
    if (lock)
        TL_PAY_REQUIRE_OK(hr.lock(period));
}

template <typename M> qint64 fenAt(const M& model, int row, int column)
{
    return model.data(model.index(row, column), M::AmountFenRole).toLongLong();
}

} // namespace

TEST_CASE("the salary profiles page lists the versions and adds a new one", "[ui][payroll]")
{
    PayrollFixture f;
    auto app = f.app(f.hr());
    ui::SalaryProfilesPage page(*app);
    Tester tester(page.model(), Fatal);
    page.activate();
    CHECK(page.model()->rowCount() == 0);
    page.showEmployee(f.e2);
    using C = ui::PayrollSalaryProfileTableModel::Column;
    REQUIRE(page.model()->rowCount() == 2);
    CHECK(page.model()->currentRow() == 1); // from 2026-02-01, in force on 2026-03-15
    CHECK(fenAt(*page.model(), 1, int(C::BaseSalary)) == 1'200'000);
    CHECK(page.model()->data(page.model()->index(1, int(C::HfRate))).toString() == QStringLiteral("7%"));

    core::SalaryProfile next = *page.model()->profileAt(1);
    next.effectiveFrom = QDate(2026, 4, 1);
    next.baseSalary = core::Money::fromYuan(13000);
    TL_PAY_REQUIRE_OK(page.saveProfile(next));
    REQUIRE(page.model()->rowCount() == 3);
    CHECK(page.model()->currentRow() == 1); // April's version is not in force yet
    CHECK(fenAt(*page.model(), 2, int(C::BaseSalary)) == 1'300'000);
    next.hfRatePpm = 200'000; // 20%: above the legal 12%
    next.effectiveFrom = QDate(2026, 5, 1);
    CHECK_FALSE(page.saveProfile(next).ok());
    CHECK(page.model()->rowCount() == 3);

    // "New version…" starts from the current one, next month, without its note; the income-tax flags
    // carry over within the tax year only.
    core::SalaryProfile raised = *page.model()->profileAt(2);
    raised.note = QStringLiteral("年度调薪");
    raised.firstJobInYear = true;
    const core::SalaryProfile may = ui::SalaryProfilesPage::newVersionOf(raised, QDate(2026, 4, 20));
    CHECK(may.effectiveFrom == QDate(2026, 5, 1));
    CHECK(may.note.isEmpty());
    CHECK(may.id == 0);
    CHECK(may.baseSalary == raised.baseSalary);
    CHECK(may.firstJobInYear);
    const core::SalaryProfile january = ui::SalaryProfilesPage::newVersionOf(raised, QDate(2026, 12, 3));
    CHECK(january.effectiveFrom == QDate(2027, 1, 1));
    CHECK_FALSE(january.firstJobInYear);

    // A salesperson sees their own amounts, but never someone else's.
    auto salesApp = f.app(f.sales(f.e1));
    ui::SalaryProfilesPage own(*salesApp);
    own.showEmployee(f.e1);
    REQUIRE(own.model()->rowCount() == 1);
    CHECK(fenAt(*own.model(), 0, int(C::BaseSalary)) == 1'000'000);
    own.showEmployee(f.e2); // another salesperson is out of a salesperson's sight: nothing is listed
    CHECK(own.model()->rowCount() == 0);
}

TEST_CASE(
    "the loss claims page requests with evidence, approves, and shows what payroll recovered and carries",
    "[ui][payroll]")
{
    PayrollFixture f;
    const auto hr2 = core::UserService(f.sys).create(
        QStringLiteral("hr2"), {QStringLiteral("人事二"), core::Role::Hr, 0}, QStringLiteral("user-pass-1"));
    TL_PAY_REQUIRE_OK(hr2);
    auto app = f.app(f.hr());
    ui::LossClaimsPage page(*app);
    Tester tester(page.model(), Fatal);
    page.activate();
    CHECK(page.model()->rowCount() == 0);

    QTemporaryDir dir;
    const QString evidence = dir.filePath(QStringLiteral("damage.txt"));
    {
        QFile file(evidence);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("broken demo unit, receipt no. 42");
    }
    const auto id =
        page.requestClaim(f.e1, core::Money::fromYuan(3000), QStringLiteral("损坏样机"), evidence);
    TL_PAY_REQUIRE_OK(id);
    using C = ui::PayrollLossClaimTableModel::Column;
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->claimAt(0)->evidenceName == QStringLiteral("damage.txt"));
    CHECK(page.model()->claimAt(0)->status == QStringLiteral("requested"));
    CHECK(fenAt(*page.model(), 0, int(C::Outstanding)) == 0); // not approved yet

    // The requester may not approve their own claim; another HR user may.
    page.view()->selectRow(0);
    CHECK_FALSE(page.decideSelected(true).ok());
    core::Session other = f.hr();
    other.userId = *hr2;
    auto otherApp = f.app(other);
    ui::LossClaimsPage approver(*otherApp);
    approver.activate();
    approver.view()->selectRow(0);
    TL_PAY_REQUIRE_OK(approver.decideSelected(true, QStringLiteral("属实")));
    CHECK(approver.model()->claimAt(0)->status == QStringLiteral("approved"));
    CHECK(fenAt(*approver.model(), 0, int(C::Outstanding)) == 300'000);

    // January, locked: at most 20% of the wage 10,000.00 = 2,000.00 is deducted (pay after contributions
    // 8,250.00 − 2,000.00 stays above the minimum wage 2,740.00); 1,000.00 carries forward.
    runMonth(f, QStringLiteral("2026-01"));
    approver.activate();
    CHECK(fenAt(*approver.model(), 0, int(C::Recovered)) == 200'000);
    CHECK(fenAt(*approver.model(), 0, int(C::Outstanding)) == 100'000);
    CHECK(approver.model()->totalOutstanding() == core::Money::fromYuan(1000));
    CHECK(approver.summary()->text().contains(QStringLiteral("1,000.00")));
}

TEST_CASE("the attendance page shows the month's summary and decides leave requests", "[ui][payroll]")
{
    PayrollFixture f;
    // E001 asks for personal leave Monday 2026-03-02 to Tuesday 2026-03-03: 2 working days = 4 half days.
    const auto leave = core::AttendanceService(f.t.context(f.sales(f.e1)))
                           .requestLeave(f.e1, core::AttendanceStatus::PersonalLeave, QDate(2026, 3, 2),
                                         QDate(2026, 3, 3), 4, QStringLiteral("家事"));
    TL_PAY_REQUIRE_OK(leave);
    auto app = f.app(f.hr());
    ui::AttendancePage page(*app);
    Tester summaryTester(page.summaryModel(), Fatal);
    Tester leaveTester(page.leaveModel(), Fatal);
    page.activate();
    CHECK(page.period() == QStringLiteral("2026-03"));
    CHECK(page.summaryModel()->rowCount() == 0); // no records: everyone paid in full
    REQUIRE(page.leaveModel()->rowCount() == 1);
    CHECK(page.leaveModel()->requestAt(0)->status == QStringLiteral("requested"));
    page.leaveView()->selectRow(0);
    TL_PAY_REQUIRE_OK(page.decideSelected(true));
    CHECK(page.leaveModel()->requestAt(0)->status == QStringLiteral("approved"));
    // Approval wrote two days of personal leave: 4 unpaid half days.
    REQUIRE(page.summaryModel()->rowCount() == 1);
    const auto& m = *page.summaryModel();
    CHECK(m.data(m.index(0, ui::PayrollAttendanceTableModel::CodeColumn)).toString() ==
          QStringLiteral("E001"));
    const int personal =
        ui::PayrollAttendanceTableModel::FirstStatusColumn + int(core::AttendanceStatus::PersonalLeave);
    CHECK(m.data(m.index(0, personal), ui::PayrollAttendanceTableModel::HalfDaysRole).toInt() == 4);
    CHECK(m.data(m.index(0, ui::PayrollAttendanceTableModel::UnpaidColumn),
                 ui::PayrollAttendanceTableModel::HalfDaysRole)
              .toInt() == 4);
    CHECK(m.data(m.index(0, ui::PayrollAttendanceTableModel::UnpaidColumn)).toString() ==
          QStringLiteral("2"));
    page.setPeriod(QStringLiteral("2026-02"));
    CHECK(page.summaryModel()->rowCount() == 0);
}

TEST_CASE("the tax calculator reproduces the official cumulative example and warns at the bonus cliff",
          "[ui][payroll]")
{
    PayrollFixture f;
    auto app = f.app(f.hr());
    ui::TaxCalculatorPage page(*app);
    Tester tester(page.model(), Fatal);
    page.setInputs(QStringLiteral("30000"), QStringLiteral("4500"), QStringLiteral("2000"), 3);
    using C = ui::PayrollTaxTableModel::Column;
    const auto& m = *page.model();
    REQUIRE(m.rowCount() == 3);
    // Month 1: 30,000 − 5,000 − 4,500 − 2,000 = 18,500 × 3% = 555.00
    // Month 2: 37,000 × 10% − 2,520 = 1,180.00 − 555.00 = 625.00
    // Month 3: 55,500 × 10% − 2,520 = 3,030.00 − 1,180.00 = 1,850.00
    CHECK(fenAt(m, 0, int(C::ThisMonth)) == 55'500);
    CHECK(fenAt(m, 1, int(C::ThisMonth)) == 62'500);
    CHECK(fenAt(m, 2, int(C::ThisMonth)) == 185'000);
    CHECK(fenAt(m, 2, int(C::Taxable)) == 5'550'000);
    CHECK(fenAt(m, 0, int(C::NetPay)) == 3'000'000 - 450'000 - 55'500);
    CHECK(page.model()->totalTax() == core::Money::fromFen(303'000));
    page.setInputs(QStringLiteral("abc"), QStringLiteral("4500"), QStringLiteral("2000"), 3);
    CHECK(m.rowCount() == 0);
    CHECK_FALSE(page.problem()->text().isEmpty());

    // Bonus 36,000: 3% = 1,080.00, no cliff. 36,001: 10% − 210 = 3,390.10; net 32,610.90 against 34,920.00 at
    // 36,000: 2,309.10 less.
    page.setBonus(QStringLiteral("36000"));
    CHECK(page.bonusResult()->text().contains(QStringLiteral("1,080.00")));
    CHECK(page.bonusWarning()->text().isEmpty());
    page.setBonus(QStringLiteral("36001"));
    CHECK(page.bonusResult()->text().contains(QStringLiteral("3,390.10")));
    CHECK(page.bonusWarning()->text().contains(QStringLiteral("2,309.10")));
}

TEST_CASE("my payslips shows a salesperson only their own released payslips and estimates the current month",
          "[ui][payroll]")
{
    PayrollFixture f;
    runMonth(f, QStringLiteral("2026-01"));
    runMonth(f, QStringLiteral("2026-02"));
    {
        // March calculated but not approved: not released to the employee yet.
        core::PayrollRunService hr(f.t.context(f.hr()));
        core::NullProgress progress;
        TL_PAY_REQUIRE_OK(hr.calculate(QStringLiteral("2026-03"), progress));
    }
    auto app = f.app(f.sales(f.e1));
    ui::MyPayslipsPage page(*app);
    Tester tester(page.model(), Fatal);
    page.activate();
    REQUIRE(waitUntil([&] { return !page.isLoading(); }));
    using C = ui::PayrollOwnPayslipTableModel::Column;
    REQUIRE(page.model()->rowCount() == 2);
    CHECK(page.model()->rowAt(0)->period == QStringLiteral("2026-02")); // newest first
    CHECK(page.model()->rowAt(1)->period == QStringLiteral("2026-01"));
    for (int row = 0; row < 2; ++row) {
        CHECK(page.model()->rowAt(row)->payslip.employeeCode == QStringLiteral("E001"));
        CHECK(fenAt(*page.model(), row, int(C::Net)) == 815'250); // see the payroll page test
    }
    // March estimate: cumulative (30,000 − 15,000 − 5,250) = 9,750 × 3% = 292.50 − 195.00 withheld = 97.50;
    // net 10,000.00 − 1,750.00 − 97.50 = 8,152.50.
    CHECK(page.estimatedNetFen() == 815'250);
    CHECK(page.estimate()->text().contains(QStringLiteral("8,152.50")));
}

TEST_CASE("a double-click on a salary profile opens that version for correction", "[ui][payroll]")
{
    PayrollFixture f;
    auto app = f.app(f.hr());
    ui::SalaryProfilesPage page(*app);
    page.resize(1100, 500);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.activate();
    page.showEmployee(f.e2);
    REQUIRE(page.model()->rowCount() == 2);

    // The January version (base 10,000.00), not the one in force (February's, selected on loading).
    QDate from;
    QString base;
    bool opened = false;
    QTimer::singleShot(0, &page, [&] {
        auto* dialog = qobject_cast<ui::SalaryProfileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        opened = true;
        from = dialog->fromEdit()->date();
        base = dialog->baseEdit()->text();
        dialog->reject();
    });
    QWidget* viewport = page.view()->viewport();
    const QPoint january = page.view()->visualRect(page.model()->index(0, 0)).center();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, january);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, january);
    REQUIRE(opened);
    CHECK(from == QDate(2026, 1, 1));
    CHECK(base == QStringLiteral("10,000.00"));
    CHECK(page.model()->rowCount() == 2); // cancelled: nothing changed
}

TEST_CASE("leave requests, loss claims and payroll runs name the system's work as such", "[ui][payroll]")
{
    // Core gives display names, and nothing for work of no user (an import, the demo company).
    core::LeaveRequest bySystem;
    bySystem.status = QStringLiteral("approved");
    bySystem.approverName = QStringLiteral("人事小王");
    bySystem.decidedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
    core::LeaveRequest open;
    open.status = QStringLiteral("requested");
    open.requestedByName = QStringLiteral("王一");
    core::LeaveRequest decidedBySystem = open;
    decidedBySystem.status = QStringLiteral("rejected");
    decidedBySystem.decidedAt = QDateTime(QDate(2026, 3, 3), QTime(9, 0));
    ui::PayrollLeaveTableModel leave;
    Tester leaveTester(&leave, Fatal);
    leave.setRequests({bySystem, open, decidedBySystem});
    using L = ui::PayrollLeaveTableModel::Column;
    const auto leaveCell = [&](int row, L column) { return leave.index(row, int(column)).data().toString(); };
    CHECK(leaveCell(0, L::RequestedBy) == QStringLiteral("System"));
    CHECK(leaveCell(0, L::DecidedBy) == QStringLiteral("人事小王"));
    CHECK(leaveCell(1, L::RequestedBy) == QStringLiteral("王一"));
    CHECK(leaveCell(1, L::DecidedBy).isEmpty()); // not decided yet
    CHECK(leaveCell(2, L::DecidedBy) == QStringLiteral("System"));

    core::LossClaim claim;
    claim.status = QStringLiteral("approved");
    claim.decidedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
    core::LossClaim asked;
    asked.status = QStringLiteral("requested");
    asked.requestedByName = QStringLiteral("hr2");
    ui::PayrollLossClaimTableModel claims;
    Tester claimTester(&claims, Fatal);
    claims.setClaims({claim, asked});
    using C = ui::PayrollLossClaimTableModel::Column;
    const auto claimCell = [&](int row, C column) {
        return claims.index(row, int(column)).data().toString();
    };
    CHECK(claimCell(0, C::RequestedBy) == QStringLiteral("System"));
    CHECK(claimCell(0, C::DecidedBy) == QStringLiteral("System"));
    CHECK(claimCell(1, C::RequestedBy) == QStringLiteral("hr2"));
    CHECK(claimCell(1, C::DecidedBy).isEmpty());

    core::PayrollRun run;
    run.period = QStringLiteral("2026-01");
    run.status = QStringLiteral("approved");
    run.calcNo = 1;
    run.calculatedAt = QDateTime(QDate(2026, 2, 3), QTime(10, 0));
    run.approvedAt = QDateTime(QDate(2026, 2, 4), QTime(10, 0));
    core::PayrollRun locked = run;
    locked.period = QStringLiteral("2025-12");
    locked.status = QStringLiteral("locked");
    locked.lockedAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0));
    locked.lockedBy = QStringLiteral("人事小王");
    ui::PayrollRunTableModel runs;
    Tester runTester(&runs, Fatal);
    runs.setRuns({run, locked});
    const auto statusTip = [&](int row) {
        return runs.index(row, int(ui::PayrollRunTableModel::Column::Status))
            .data(Qt::ToolTipRole)
            .toString();
    };
    CHECK(statusTip(0).startsWith(QStringLiteral("Approved by System on ")));
    CHECK(statusTip(1).startsWith(QStringLiteral("Locked by 人事小王 on ")));
    CHECK(runs.headerData(int(ui::PayrollRunTableModel::Column::EmployerCost), Qt::Horizontal).toString() ==
          QStringLiteral("Employer contributions"));
}
