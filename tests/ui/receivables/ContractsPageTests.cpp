#include "ReceivablesFixture.h"

#include "contracts/ContractDetailDialog.h"
#include "contracts/ContractFilterBar.h"
#include "contracts/ContractsPage.h"
#include "models/AllocationTableModel.h"
#include "models/ContractInstallmentTableModel.h"
#include "models/ContractTableModel.h"
#include "receivables/EmployeePicker.h"
#include "sales/ContractService.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace tl;
using tl::test::ReceivablesFixture;
using Column = ui::ContractTableModel::Column;

namespace {

QStringList numbers(ui::ContractTableModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, int(Column::ContractNo)).data().toString();
    return result;
}

} // namespace

TEST_CASE("the contract list shows what was collected and filters by salesperson and status",
          "[ui][contracts]")
{
    ReceivablesFixture f;
    // 50,000.00 from 甲公司: HT-001#1 40,000.00 in full, #2 10,000.00.
    f.payment(QStringLiteral("P-1"), f.c1, QDate(2026, 3, 10), 5000000);
    auto app = f.app(f.session(core::Role::Finance));
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::ContractsPage page(*app);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.model()->rowCount() == 0);
    QSignalSpy counted(&page, &ui::ContractsPage::countLoaded);
    page.activate();
    // The first page at once; the count from a worker thread.
    REQUIRE(counted.wait(10000));
    CHECK(page.model()->totalCount() == 3);
    // Newest signed first.
    CHECK(numbers(*page.model()) ==
          QStringList{QStringLiteral("HT-002"), QStringLiteral("HT-001"), QStringLiteral("HT-003")});
    CHECK(page.findChild<QLabel*>(QStringLiteral("count"))->text().contains(QStringLiteral("3")));
    const int row = page.model()->rowOfId(f.ht1);
    REQUIRE(row >= 0);
    auto cell = [&](Column c) { return page.model()->index(row, int(c)).data().toString(); };
    // 50,000 / 120,000 = 41.67% (4166 basis points, rounded down) -> "41.7%"; one instalment paid of three.
    CHECK(cell(Column::Collected) == QStringLiteral("41.7%"));
    CHECK(cell(Column::Installments) == QStringLiteral("1/3"));
    CHECK(cell(Column::Amount) == QStringLiteral("¥120,000.00"));
    CHECK(page.model()->index(row, int(Column::Amount)).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));
    // The next open instalment is #2, due 2026-02-01: overdue, in red.
    CHECK(cell(Column::NextDue) == QLocale().toString(QDate(2026, 2, 1), QLocale::ShortFormat));
    CHECK(page.model()->index(row, int(Column::NextDue)).data(Qt::ForegroundRole).isValid());
    CHECK(cell(Column::Salesperson) == QStringLiteral("张三"));

    page.filterBar()->salespersonPicker()->setCode(QStringLiteral("S002"));
    CHECK(numbers(*page.model()) == QStringList{QStringLiteral("HT-002")});
    page.filterBar()->salespersonPicker()->clear();
    QComboBox* status = page.filterBar()->statusCombo();
    status->setCurrentIndex(status->findData(QStringLiteral("draft")));
    CHECK(page.model()->rowCount() == 0);
    status->setCurrentIndex(0);
    page.model()->sort(int(Column::Amount), Qt::AscendingOrder);
    CHECK(numbers(*page.model()) ==
          QStringList{QStringLiteral("HT-003"), QStringLiteral("HT-002"), QStringLiteral("HT-001")});
}

TEST_CASE("the contract detail shows instalments and payments and changes the status", "[ui][contracts]")
{
    ReceivablesFixture f;
    f.payment(QStringLiteral("P-1"), f.c1, QDate(2026, 3, 10), 5000000);
    // A draft HT-010 (activated here) and HT-002, cancelled here.
    core::Contract draft = ReceivablesFixture::contractSpec(
        QStringLiteral("HT-010"), f.c1, f.s1, QDate(2026, 3, 10), 10000, {{QDate(2026, 6, 30), 10000}});
    draft.status = core::ContractStatus::Draft;
    const qint64 draftId = f.contract(draft);
    auto app = f.app(f.session(core::Role::Finance));

    {
        ui::ContractDetailDialog detail(*app, f.ht1);
        QAbstractItemModelTester installments(detail.installmentModel(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester allocations(detail.allocationModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(detail.headerText() == QStringLiteral("HT-001 · 甲公司"));
        REQUIRE(detail.installmentModel()->rowCount() == 3);
        using I = ui::ContractInstallmentTableModel::Column;
        CHECK(detail.installmentModel()->index(0, int(I::Balance)).data().toString() ==
              QStringLiteral("¥0.00"));
        CHECK(detail.installmentModel()->index(1, int(I::Paid)).data().toString() ==
              QStringLiteral("¥10,000.00"));
        CHECK(detail.installmentModel()->index(1, int(I::Balance)).data().toString() ==
              QStringLiteral("¥30,000.00"));
        CHECK(detail.installmentModel()->index(1, int(I::Collector)).data().toString() ==
              QStringLiteral("张三"));
        REQUIRE(detail.allocationModel()->rowCount() == 2);
        CHECK(detail.allocationModel()->total() == 5000000);
        CHECK(detail.allocationModel()
                  ->index(0, int(ui::AllocationTableModel::Column::PaymentNo))
                  .data()
                  .toString() == QStringLiteral("P-1"));
        // Active with money received: close and cancel are refused by core (something is left / was paid).
        CHECK(detail.findChild<QPushButton*>(QStringLiteral("close"))->isVisibleTo(&detail));
        CHECK_FALSE(detail.findChild<QPushButton*>(QStringLiteral("activate"))->isVisibleTo(&detail));
        detail.cancelContract(false);
        CHECK(detail.contract().status == core::ContractStatus::Active);
        CHECK(detail.messageBar()->kind() == ui::MessageBar::Kind::Error);
    }
    {
        ui::ContractDetailDialog detail(*app, draftId);
        CHECK(detail.findChild<QPushButton*>(QStringLiteral("activate"))->isVisibleTo(&detail));
        CHECK_FALSE(detail.findChild<QPushButton*>(QStringLiteral("recordPayment"))->isEnabled());
        detail.activate();
        CHECK(detail.contract().status == core::ContractStatus::Active);
        CHECK(detail.findChild<QPushButton*>(QStringLiteral("recordPayment"))->isEnabled());
    }
    {
        ui::ContractDetailDialog detail(*app, f.ht2);
        detail.cancelContract(false);
        CHECK(detail.contract().status == core::ContractStatus::Cancelled);
        CHECK_FALSE(detail.findChild<QPushButton*>(QStringLiteral("edit"))->isEnabled());
    }
    // A salesperson sees the contract but cannot edit or change it.
    auto sales = f.app(f.salesSession(f.s1));
    ui::ContractDetailDialog detail(*sales, f.ht1);
    CHECK(detail.installmentModel()->rowCount() == 3);
    CHECK_FALSE(detail.findChild<QPushButton*>(QStringLiteral("edit"))->isVisibleTo(&detail));
    CHECK_FALSE(detail.findChild<QPushButton*>(QStringLiteral("close"))->isVisibleTo(&detail));
    ui::ContractsPage page(*sales);
    page.activate();
    CHECK(numbers(*page.model()) == QStringList{QStringLiteral("HT-010"), QStringLiteral("HT-001")});
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("newContract"))->isVisibleTo(&page));
}
