#include "ReceivablesFixture.h"

#include "app/Pages.h"
#include "models/ReceivableTableModel.h"
#include "models/WriteOffTableModel.h"
#include "receivables/EmployeePicker.h"
#include "receivables/LedgerText.h"
#include "receivables/PendingWriteOffsDialog.h"
#include "receivables/ReceivableFilterBar.h"
#include "receivables/ReceivablesPage.h"
#include "receivables/WriteOffRequestDialog.h"
#include "receivables/WriteOffService.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace tl;
using tl::test::ReceivablesFixture;
using Column = ui::ReceivableTableModel::Column;
using Status = core::ReceivableQuery::Status;

namespace {

QStringList labels(ui::ReceivableTableModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, int(Column::Contract)).data().toString();
    return result;
}

core::ReceivableQuery::Filter statusFilter(Status status)
{
    core::ReceivableQuery::Filter f;
    f.status = status;
    return f;
}

QStringList pageKeys(const core::Session& session)
{
    QStringList keys;
    for (const ui::PageEntry& entry : ui::pagesFor(session))
        keys << entry.key;
    return keys;
}

// Runs the tests with the query reading filter-first (default) and walking the sort index.
struct SmallListRows
{
    int saved = core::ReceivableQuery::smallListRows();
    explicit SmallListRows(int rows) { core::ReceivableQuery::setSmallListRows(rows); }
    ~SmallListRows() { core::ReceivableQuery::setSmallListRows(saved); }
};

} // namespace

TEST_CASE("the receivables model pages through every instalment and filters by collector, status and bucket",
          "[ui][receivables]")
{
    ReceivablesFixture f;
    const int smallRows = GENERATE(5000, 0);
    SmallListRows mode(smallRows);
    INFO("small list rows " << smallRows);
    auto app = f.app(f.session(core::Role::Finance));
    ui::ReceivableTableModel model(app->core());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setPageSize(2);
    model.setFilter(statusFilter(Status::All));
    // The first page at once, the rest on demand (keyset), by due date.
    CHECK(model.rowCount() == 2);
    CHECK(model.canFetchMore({}));
    CHECK(model.totalCount() == 0); // the page counts on a worker thread
    CHECK(labels(model) == QStringList{QStringLiteral("HT-003 #1"), QStringLiteral("HT-001 #1"),
                                       QStringLiteral("HT-001 #2"), QStringLiteral("HT-002 #1"),
                                       QStringLiteral("HT-001 #3"), QStringLiteral("HT-002 #2")});

    // HT-003#1: due 2025-07-01, 257 days overdue on 2026-03-15 (30 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 28
    // + 14 = 257), bucket 181-365, tinted; HT-001#3 is not due: no tint.
    CHECK(model.index(0, int(Column::DaysPastDue)).data().toInt() == 257);
    CHECK(model.index(0, int(Column::Bucket)).data().toString() == core::AgingBuckets().label(5));
    CHECK(model.index(0, int(Column::Balance)).data().toString() == QStringLiteral("¥50,000.00"));
    CHECK(model.index(0, int(Column::Balance)).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model.index(0, int(Column::DueOn)).data().toString() ==
          QLocale().toString(QDate(2025, 7, 1), QLocale::ShortFormat));
    CHECK(model.index(0, int(Column::Balance)).data(Qt::BackgroundRole).value<QBrush>().color() ==
          ui::LedgerText::bucketTint(5, 7));
    CHECK_FALSE(model.index(4, int(Column::Balance)).data(Qt::BackgroundRole).isValid());
    CHECK(model.index(0, int(Column::Collector)).data().toString() == QStringLiteral("王五"));

    core::ReceivableQuery::Filter byCollector = statusFilter(Status::All);
    byCollector.collectorId = f.s1;
    model.setFilter(byCollector);
    CHECK(labels(model) ==
          QStringList{QStringLiteral("HT-001 #1"), QStringLiteral("HT-001 #2"), QStringLiteral("HT-001 #3")});
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, 0).data(ui::ReceivableTableModel::CollectorIdRole).toLongLong() == f.s1);

    model.setFilter(statusFilter(Status::Overdue));
    CHECK(labels(model).size() == 4);
    core::ReceivableQuery::Filter bucket = statusFilter(Status::Open);
    bucket.bucket = QStringLiteral("31-60"); // HT-001#2 (42 days) and HT-002#1 (33 days)
    model.setFilter(bucket);
    CHECK(labels(model) == QStringList{QStringLiteral("HT-001 #2"), QStringLiteral("HT-002 #1")});

    // Sorted by balance, largest first: HT-003#1 (50,000) leads.
    model.setFilter(statusFilter(Status::All));
    model.sort(int(Column::Balance), Qt::DescendingOrder);
    CHECK(labels(model).first() == QStringLiteral("HT-003 #1"));
    model.sort(int(Column::Collector), Qt::AscendingOrder); // not an indexed order: ignored
    CHECK(model.sortColumn() == int(Column::Balance));
}

TEST_CASE("the receivables page filters by salesperson, and a salesperson sees only their own rows",
          "[ui][receivables]")
{
    ReceivablesFixture f;
    using core::Role;
    CHECK(pageKeys(f.salesSession(f.s1)).contains(QStringLiteral("receivables")));
    CHECK(pageKeys(f.session(Role::Finance)).contains(QStringLiteral("contracts")));
    CHECK(pageKeys(f.session(Role::Finance)).contains(QStringLiteral("payments")));
    CHECK_FALSE(pageKeys(f.session(Role::Hr)).contains(QStringLiteral("receivables")));
    CHECK_FALSE(pageKeys(f.session(Role::Hr)).contains(QStringLiteral("contracts")));
    // The Receivables group follows the Customers group: contracts come after the funnel.
    const QStringList all = pageKeys(f.session(Role::Admin));
    CHECK(all.indexOf(QStringLiteral("contracts")) > all.indexOf(QStringLiteral("funnel")));
    CHECK(all.indexOf(QStringLiteral("payments")) == all.indexOf(QStringLiteral("contracts")) + 1);
    CHECK(all.indexOf(QStringLiteral("receivables")) == all.indexOf(QStringLiteral("contracts")) + 2);

    {
        // Finance: everyone's rows; filtering by salesperson S002 leaves HT-002.
        auto app = f.app(f.session(Role::Finance));
        ui::ReceivablesPage page(*app);
        page.filterBar()->statusCombo()->setCurrentIndex(
            page.filterBar()->statusCombo()->findData(QStringLiteral("all")));
        page.activate();
        CHECK(labels(*page.model()).size() == 6);
        CHECK(page.filterBar()->collectorPicker()->isVisibleTo(&page));
        page.filterBar()->collectorPicker()->setCode(QStringLiteral("S002"));
        CHECK(labels(*page.model()) == QStringList{QStringLiteral("HT-002 #1"), QStringLiteral("HT-002 #2")});
        CHECK(page.action(QStringLiteral("pendingWriteOffs"))->isVisible());
        CHECK(page.action(QStringLiteral("requestWriteOff"))->isVisible());
        CHECK(page.action(QStringLiteral("recordPayment"))->isVisible());
        // An unknown code shows nothing and says why.
        ui::MessageBar bar;
        app->setMessageBar(&bar);
        page.filterBar()->collectorPicker()->setCode(QStringLiteral("X999"));
        CHECK(page.model()->rowCount() == 0);
        CHECK(bar.text().contains(QStringLiteral("X999")));
    }
    {
        // A salesperson: only what they collect, no collector filter, no write-off approval or payments.
        auto app = f.app(f.salesSession(f.s1));
        ui::ReceivablesPage page(*app);
        page.filterBar()->statusCombo()->setCurrentIndex(
            page.filterBar()->statusCombo()->findData(QStringLiteral("all")));
        page.activate();
        CHECK(labels(*page.model()) == QStringList{QStringLiteral("HT-001 #1"), QStringLiteral("HT-001 #2"),
                                                   QStringLiteral("HT-001 #3")});
        CHECK_FALSE(page.filterBar()->collectorPicker()->isVisibleTo(&page));
        CHECK_FALSE(page.action(QStringLiteral("pendingWriteOffs"))->isVisible());
        CHECK_FALSE(page.action(QStringLiteral("requestWriteOff"))->isVisible());
        CHECK_FALSE(page.action(QStringLiteral("recordPayment"))->isVisible());
        CHECK(page.action(QStringLiteral("recordPromise"))->isVisible());
        QSignalSpy loaded(&page, &ui::ReceivablesPage::totalsLoaded);
        REQUIRE(loaded.wait(10000));
        CHECK(page.model()->totalCount() == 3);
        // And core refuses the approval too.
        auto requested =
            core::WriteOffService(f.system()).request(f.ht1Items.at(0), 100, QStringLiteral("test"));
        TL_REQUIRE_OK(requested);
        const core::Status approved = core::WriteOffService(app->core()).approve(*requested);
        REQUIRE_FALSE(approved.ok());
        CHECK(approved.error().code == core::ErrorCode::PermissionDenied);
    }
    {
        // The manager of Sales East: S001's and S002's rows.
        auto app = f.app(f.managerSession());
        ui::ReceivablesPage page(*app);
        page.filterBar()->statusCombo()->setCurrentIndex(
            page.filterBar()->statusCombo()->findData(QStringLiteral("all")));
        page.activate();
        CHECK(labels(*page.model()).size() == 5);
        CHECK(page.action(QStringLiteral("requestWriteOff"))->isVisible());
        CHECK_FALSE(page.action(QStringLiteral("pendingWriteOffs"))->isVisible());
    }
}

TEST_CASE("a write-off is requested with its reason and approved by another user", "[ui][receivables]")
{
    ReceivablesFixture f;
    auto requester = f.app(f.session(core::Role::Finance, 31));
    ui::ReceivablesPage page(*requester);
    page.filterBar()->setStatus(Status::All);
    page.activate();
    page.selectInstallment(f.ht3Items.at(0));
    REQUIRE(page.currentRow() != nullptr);
    {
        ui::WriteOffRequestDialog dialog(requester->core(), *page.currentRow());
        CHECK(dialog.amount()->text() == QStringLiteral("50,000.00"));
        dialog.save();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.problemText().startsWith(QStringLiteral("Reason:")));
        dialog.reason()->setPlainText(QStringLiteral("customer deregistered (工商注销)"));
        dialog.save();
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(dialog.summary().contains(QStringLiteral("waits for approval")));
    }
    {
        // The requester cannot decide their own request.
        ui::PendingWriteOffsDialog pending(*requester);
        QAbstractItemModelTester tester(pending.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE(pending.model()->rowCount() == 1);
        CHECK_FALSE(pending.findChild<QPushButton*>(QStringLiteral("approve"))->isEnabled());
        CHECK_FALSE(pending.approveCurrent(false));
        CHECK(pending.messageBar()->text().contains(QStringLiteral("another")));
    }
    auto approver = f.app(f.session(core::Role::Finance, 32));
    {
        ui::PendingWriteOffsDialog pending(*approver);
        REQUIRE(pending.model()->rowCount() == 1);
        CHECK(pending.model()->index(0, int(ui::WriteOffTableModel::Column::Amount)).data().toString() ==
              QStringLiteral("¥50,000.00"));
        CHECK(pending.findChild<QPushButton*>(QStringLiteral("approve"))->isEnabled());
        REQUIRE(pending.approveCurrent(false, QStringLiteral("ok")));
        CHECK(pending.model()->rowCount() == 0);
    }
    // The requester's page shows the instalment written off (its own notifier did not hear the other
    // connection: reload).
    page.model()->reload();
    page.selectInstallment(f.ht3Items.at(0));
    REQUIRE(page.currentRow() != nullptr);
    CHECK(page.currentRow()->writtenOff == 5000000);
    CHECK(page.currentRow()->balance == 0);
}
