#include "PayrollFixture.h"

#include "app/Pages.h"
#include "app/UiSettings.h"
#include "common/Progress.h"
#include "models/PayrollPayslipTableModel.h"
#include "models/PayrollRunTableModel.h"
#include "payroll/PayAdjustmentsDialog.h"
#include "payroll/PayrollPage.h"
#include "payroll/PayrollRunService.h"
#include "payroll/PayslipDetailDialog.h"
#include "payroll/PayslipDocument.h"
#include "printing/PayslipHtml.h"
#include "printing/widgets/PrintPreviewDialog.h"
#include "receivables/EmployeePicker.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>

using namespace tl;
using tl::test::PayrollFixture;
using tl::test::waitUntil;
using Column = ui::PayrollPayslipTableModel::Column;

namespace {

qint64 fen(const ui::PayrollPayslipTableModel& model, int row, Column column)
{
    return model.data(model.index(row, int(column)), ui::PayrollPayslipTableModel::AmountFenRole)
        .toLongLong();
}

int rowOf(const ui::PayrollPayslipTableModel& model, const QString& code)
{
    for (int row = 0; row < model.payslipCount(); ++row)
        if (model.payslipAt(row)->employeeCode == code)
            return row;
    return -1;
}

void calculateAndWait(ui::PayrollPage& page)
{
    QSignalSpy finished(&page, &ui::PayrollPage::calculationFinished);
    page.calculate();
    CHECK(page.isBusy()); // the job runs on a worker thread
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }));
    REQUIRE(finished.first().first().toBool());
    REQUIRE(waitUntil([&] { return !page.isBusy(); }));
}

} // namespace

TEST_CASE("the payroll page calculates a month in the background, reviews, approves and locks it",
          "[ui][payroll]")
{
    PayrollFixture f;
    auto app = f.app(f.hr());
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::PayrollPage page(*app);
    QAbstractItemModelTester runTester(page.runModel(),
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester slipTester(page.payslipModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1300, 800);
    page.activate();
    CHECK(page.period() == QStringLiteral("2026-03")); // the clock's month
    CHECK(page.runModel()->rowCount() == 0);
    CHECK(page.payslipModel()->rowCount() == 0);
    CHECK_FALSE(page.approveButton()->isEnabled());
    CHECK_FALSE(page.printButton()->isEnabled());

    page.setPeriod(QStringLiteral("2026-01"));
    calculateAndWait(page);
    const ui::PayrollPayslipTableModel& model = *page.payslipModel();
    REQUIRE(page.runModel()->rowCount() == 1);
    CHECK(page.runModel()->runAt(0)->status == QLatin1String("calculated"));
    // E001 and E002 plus the totals row; E003 has no salary profile and is listed as an issue.
    REQUIRE(model.rowCount() == 3);
    CHECK(model.isTotalsRow(2));
    REQUIRE(page.issueList()->count() == 1);
    CHECK(page.issueList()->item(0)->data(Qt::UserRole).toLongLong() == f.e3);
    CHECK(page.issueList()->item(0)->text().contains(QStringLiteral("E003")));

    // By hand, January 2026 in Shanghai, base 10,000.00, both bases 10,000.00, housing fund 7%:
    //   contributions 800.00 + 200.00 + 50.00 + 700.00 = 1,750.00
    //   tax: (10,000 − 5,000 − 1,750) = 3,250.00 × 3% = 97.50
    //   net 10,000.00 − 1,750.00 − 97.50 = 8,152.50
    const int r1 = rowOf(model, QStringLiteral("E001"));
    REQUIRE(r1 >= 0);
    CHECK(fen(model, r1, Column::Gross) == 1'000'000);
    CHECK(fen(model, r1, Column::Contributions) == 175'000);
    CHECK(fen(model, r1, Column::Tax) == 9'750);
    CHECK(fen(model, r1, Column::LossDeduction) == 0);
    CHECK(fen(model, r1, Column::Net) == 815'250);
    // Totals: two equal payslips.
    CHECK(fen(model, 2, Column::Gross) == 2'000'000);
    CHECK(fen(model, 2, Column::Net) == 1'630'500);
    CHECK(fen(model, 2, Column::EmployerCost) == 2 * fen(model, r1, Column::EmployerCost));
    CHECK_FALSE(model.changedFromLastMonth(r1)); // no December run to compare with

    // The detail lists every line with its explanation.
    {
        ui::PayslipDetailDialog dialog(*model.payslipAt(r1), page.period());
        const QTableWidget* lines = dialog.lineTable();
        REQUIRE(lines->rowCount() == model.payslipAt(r1)->lines.size());
        bool sawBase = false;
        for (int row = 0; row < lines->rowCount(); ++row) {
            CHECK_FALSE(lines->item(row, 3)->text().isEmpty());
            if (lines->item(row, 0)->toolTip() == QLatin1String("base")) {
                sawBase = true;
                CHECK(lines->item(row, 1)->text().contains(QStringLiteral("10,000.00")));
            }
        }
        CHECK(sawBase);
    }

    CHECK(page.printButton()->isEnabled());
    CHECK(page.approveButton()->isEnabled());
    CHECK_FALSE(page.lockButton()->isEnabled());
    page.approve();
    CHECK(page.runModel()->runAt(0)->status == QLatin1String("approved"));
    CHECK_FALSE(page.calculateButton()->isEnabled()); // no recalculation after approval
    CHECK(page.lockButton()->isEnabled());
    page.lock(false);
    CHECK(page.runModel()->runAt(0)->status == QLatin1String("locked"));
    CHECK_FALSE(page.lockButton()->isEnabled());
    REQUIRE(waitUntil([&] { return !page.isBusy(); }));
    CHECK(model.rowCount() == 3);

    // February: E002's raise to 12,000.00 shows as a change from January.
    //   E001: cumulative (20,000 − 10,000 − 3,500) × 3% = 195.00 − 97.50 = 97.50 → net 8,152.50 (unchanged)
    //   E002: cumulative (22,000 − 10,000 − 3,500) = 8,500 × 3% = 255.00 − 97.50 = 157.50
    //         net 12,000.00 − 1,750.00 − 157.50 = 10,092.50 (+1,940.00)
    page.setPeriod(QStringLiteral("2026-02"));
    calculateAndWait(page);
    REQUIRE(page.runModel()->rowCount() == 2);
    CHECK(page.runModel()->runAt(0)->period == QLatin1String("2026-02")); // newest first
    REQUIRE(model.rowCount() == 3);
    const int f1 = rowOf(model, QStringLiteral("E001"));
    const int f2 = rowOf(model, QStringLiteral("E002"));
    CHECK(fen(model, f1, Column::Net) == 815'250);
    CHECK(fen(model, f2, Column::Tax) == 15'750);
    CHECK(fen(model, f2, Column::Net) == 1'009'250);
    CHECK_FALSE(model.changedFromLastMonth(f1));
    CHECK(model.changedFromLastMonth(f2));
    CHECK(model.data(model.index(f2, int(Column::Net)), Qt::BackgroundRole).isValid());
    CHECK_FALSE(model.data(model.index(f1, int(Column::Net)), Qt::BackgroundRole).isValid());
    // What "Print payslips…" previews: one A4 payslip per person, or the strips on one page.
    {
        auto documents = core::PayslipDocument::build(app->core(), page.period());
        TL_PAY_REQUIRE_OK(documents);
        REQUIRE(documents->size() == 2);
        ui::PrintPreviewDialog a4(ui::PayslipHtml::documents(*documents, ui::PayslipHtml::Layout::A4));
        a4.previewWidget()->updatePreview();
        CHECK(a4.pageCount() == 2);
        ui::PrintPreviewDialog strips(
            ui::PayslipHtml::documents(*documents, ui::PayslipHtml::Layout::Strips));
        strips.previewWidget()->updatePreview();
        CHECK(strips.pageCount() == 1);
    }
    CHECK(model.data(model.index(f2, int(Column::Net)), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("1,940.00")));

    // The list shows the page's month: February selected; a month without a run selects nothing; a row
    // chosen in the list sets the month; the view taking focus (which moves its current index) does not.
    const auto selectedPeriod = [&]() -> QString {
        const QModelIndexList rows = page.runView()->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString() : page.runModel()->runAt(rows.first().row())->period;
    };
    CHECK(selectedPeriod() == QLatin1String("2026-02"));
    page.setPeriod(QStringLiteral("2026-03"));
    CHECK(selectedPeriod().isEmpty());
    page.runView()->setCurrentIndex(page.runModel()->index(1, 0)); // January, as a click does
    CHECK(page.period() == QLatin1String("2026-01"));
    page.setPeriod(QStringLiteral("2026-03"));
    page.runView()->selectionModel()->setCurrentIndex(page.runModel()->index(0, 0),
                                                      QItemSelectionModel::NoUpdate);
    CHECK(page.period() == QLatin1String("2026-03"));
}

TEST_CASE("the review highlights net pay that changed by a yuan or more, not a fen of tax rounding",
          "[ui][payroll]")
{
    const auto slip = [](qint64 employee, qint64 netFen) {
        core::Payslip p;
        p.employeeId = employee;
        p.employeeCode = QStringLiteral("E%1").arg(employee);
        p.net = core::Money::fromFen(netFen);
        return p;
    };
    ui::PayrollPayslipTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPayslips({slip(1, 500'001), slip(2, 500'100), slip(3, 499'901), slip(4, 500'000), slip(5, 1)},
                      {slip(1, 500'000), slip(2, 500'000), slip(3, 500'000), slip(4, 500'000)});
    CHECK_FALSE(model.changedFromLastMonth(0)); // +0.01
    CHECK(model.changedFromLastMonth(1));       // +1.00
    CHECK_FALSE(model.changedFromLastMonth(2)); // −0.99
    CHECK_FALSE(model.changedFromLastMonth(3)); // the same
    CHECK(model.changedFromLastMonth(4));       // not paid last month
    // The tooltip still tells of a fen.
    CHECK(model.data(model.index(0, int(Column::Net)), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("0.01")));
}

TEST_CASE(
    "the payroll page is for HR only: a salesperson has no payroll page and reads only their own payslip",
    "[ui][payroll]")
{
    PayrollFixture f;
    core::PayrollRunService hr(f.t.context(f.hr()));
    core::NullProgress progress;
    TL_PAY_REQUIRE_OK(hr.calculate(QStringLiteral("2026-01"), progress));
    TL_PAY_REQUIRE_OK(hr.approve(QStringLiteral("2026-01")));

    bool hrHasPayroll = false, salesHasPayroll = false;
    for (const ui::PageEntry& e : ui::pagesFor(f.hr()))
        hrHasPayroll = hrHasPayroll || e.key == QLatin1String("payroll");
    for (const ui::PageEntry& e : ui::pagesFor(f.sales(f.e1)))
        salesHasPayroll = salesHasPayroll || e.key == QLatin1String("payroll");
    CHECK(hrHasPayroll);
    CHECK_FALSE(salesHasPayroll);

    const auto own = core::PayrollRunService(f.t.context(f.sales(f.e1))).payslips(QStringLiteral("2026-01"));
    TL_PAY_REQUIRE_OK(own);
    REQUIRE(own->size() == 1);
    CHECK(own->first().employeeCode == QLatin1String("E001"));
}

namespace {

// Counts the paint events of a widget: the list must repaint when its selection changes.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

QString selectedPeriod(const ui::PayrollPage& page)
{
    const QModelIndexList rows = page.runView()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : page.runModel()->runAt(rows.first().row())->period;
}

} // namespace

TEST_CASE("the payroll page opens on the newest run, follows a typed month and keeps eight months in view",
          "[ui][payroll]")
{
    PayrollFixture f;
    ui::removeUiSetting(QStringLiteral("splitters/payroll"));
    // January calculated and approved by 人事 (HR), locked by the system; February calculated by 人事.
    {
        core::PayrollRunService hr(f.t.context(f.hr()));
        core::NullProgress progress;
        TL_PAY_REQUIRE_OK(hr.calculate(QStringLiteral("2026-01"), progress));
        TL_PAY_REQUIRE_OK(hr.approve(QStringLiteral("2026-01")));
        TL_PAY_REQUIRE_OK(core::PayrollRunService(f.sys).lock(QStringLiteral("2026-01")));
        TL_PAY_REQUIRE_OK(hr.calculate(QStringLiteral("2026-02"), progress));
    }
    auto app = f.app(f.hr());
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    int firstListHeight = 0;
    {
        ui::PayrollPage page(*app);
        page.resize(1300, 800);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        page.activate();
        REQUIRE(waitUntil([&] { return !page.isBusy(); }));

        // March (the clock's month) has no run: the newest run is shown, selected, with its payslips.
        CHECK(page.period() == QLatin1String("2026-02"));
        CHECK(selectedPeriod(page) == QLatin1String("2026-02"));
        CHECK(page.payslipModel()->rowCount() == 3); // E001, E002 and the totals
        CHECK(page.approveButton()->isEnabled());

        // The months' list has room for eight rows.
        const int rowHeight = page.runView()->verticalHeader()->defaultSectionSize();
        firstListHeight = page.runView()->viewport()->height();
        CHECK(firstListHeight >= 8 * rowHeight);
        CHECK(firstListHeight < 10 * rowHeight);

        // Who did what, by display name; the system's work named as such.
        const auto tip = [&](int row) {
            return page.runModel()
                ->data(page.runModel()->index(row, int(ui::PayrollRunTableModel::Column::Status)),
                       Qt::ToolTipRole)
                .toString();
        };
        CHECK(tip(0).startsWith(QStringLiteral("Calculated by 人事 on ")));
        CHECK(tip(1).startsWith(QStringLiteral("Locked by System on ")));

        // Typing a month with a run selects it and loads its payslips.
        page.periodEdit()->setFocus();
        page.periodEdit()->selectAll();
        QTest::keyClicks(page.periodEdit(), QStringLiteral("2026-01"));
        QTest::keyClick(page.periodEdit(), Qt::Key_Return);
        CHECK(selectedPeriod(page) == QLatin1String("2026-01"));
        REQUIRE(waitUntil([&] { return !page.isBusy(); }));
        CHECK(page.payslipModel()->rowCount() == 3);
        CHECK_FALSE(page.approveButton()->isEnabled()); // locked

        // Typing a month without a run (March) selects nothing any more, and the list shows it at once.
        QTest::qWait(50);
        PaintCounter counter;
        page.runView()->viewport()->installEventFilter(&counter);
        page.periodEdit()->selectAll();
        QTest::keyClicks(page.periodEdit(), QStringLiteral("2026-03"));
        QTest::keyClick(page.periodEdit(), Qt::Key_Return);
        CHECK(page.period() == QLatin1String("2026-03"));
        CHECK(selectedPeriod(page).isEmpty());
        CHECK_FALSE(page.runView()->currentIndex().isValid());
        CHECK(page.payslipModel()->rowCount() == 0);
        CHECK(page.calculateButton()->isEnabled());
        QTest::qWait(50);
        CHECK(counter.paints > 0);
        page.runView()->viewport()->removeEventFilter(&counter);
        page.setPeriod(QStringLiteral("2026-01"));

        // Opened again (another page and back), the page keeps the month chosen.
        page.activate();
        CHECK(page.period() == QLatin1String("2026-01"));

        // The user makes the list taller by dragging the handle.
        auto* splitter = page.findChild<QSplitter*>(QStringLiteral("payrollSplitter"));
        REQUIRE(splitter);
        QSplitterHandle* handle = splitter->handle(1);
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip + QPoint(0, 60));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(0, 60));
        CHECK(page.runView()->viewport()->height() >= firstListHeight + 50);

        // February calculated again here: E003, who has no salary profile, is listed below the review table.
        page.setPeriod(QStringLiteral("2026-02"));
        calculateAndWait(page);
        CHECK(selectedPeriod(page) == QLatin1String("2026-02"));
        REQUIRE(page.issueList()->count() == 1);
        CHECK(page.issueList()->isVisible());
        CHECK(page.issueList()->height() > 20);
    }
    // The next time the page is opened, the list has the height the user gave it.
    ui::PayrollPage again(*app);
    again.resize(1300, 800);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.runView()->viewport()->height() >= firstListHeight + 50);
    ui::removeUiSetting(QStringLiteral("splitters/payroll"));
}

TEST_CASE("the month's pay adjustments are entered and removed in their dialog, and closed with the month",
          "[ui][payroll]")
{
    PayrollFixture f;
    auto app = f.app(f.hr());
    ui::PayAdjustmentsDialog dialog(*app, QStringLiteral("2026-03"), false);
    CHECK(dialog.rowCount() == 0);
    dialog.employeePicker()->setCode(QStringLiteral("E001"));
    dialog.amountEdit()->setText(QStringLiteral("abc"));
    dialog.reasonEdit()->setText(QStringLiteral("2月提成漏发"));
    CHECK_FALSE(dialog.addFromForm());
    CHECK_FALSE(dialog.problemLabel()->isHidden());
    dialog.amountEdit()->setText(QStringLiteral("1,200.50"));
    dialog.correctsEdit()->setText(QStringLiteral("2026-02"));
    REQUIRE(dialog.addFromForm());
    CHECK(dialog.problemLabel()->isHidden());
    REQUIRE(dialog.rowCount() == 1);
    CHECK(dialog.table()->item(0, 1)->text() == QStringLiteral("¥1,200.50"));
    CHECK(dialog.table()->item(0, 3)->text() == QStringLiteral("2026-02"));
    CHECK(dialog.changed());
    dialog.employeePicker()->setCode(QStringLiteral("E002"));
    dialog.amountEdit()->setText(QStringLiteral("-80"));
    dialog.reasonEdit()->setText(QStringLiteral("2月餐补多发"));
    REQUIRE(dialog.addFromForm());
    REQUIRE(dialog.rowCount() == 2);
    dialog.table()->selectRow(1);
    REQUIRE(dialog.removeSelected());
    CHECK(dialog.rowCount() == 1);

    // A month that is approved or locked: shown, not editable.
    ui::PayAdjustmentsDialog closed(*app, QStringLiteral("2026-03"), true);
    CHECK(closed.rowCount() == 1);
    CHECK_FALSE(closed.amountEdit()->isEnabled());
}
