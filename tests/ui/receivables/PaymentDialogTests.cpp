#include "ReceivablesFixture.h"

#include "models/AllocationPreviewModel.h"
#include "models/AllocationTableModel.h"
#include "models/PaymentTableModel.h"
#include "models/ReceivableTableModel.h"
#include "payments/AllocateCreditDialog.h"
#include "payments/AllocationEditor.h"
#include "payments/PaymentFilterBar.h"
#include "payments/PaymentsPage.h"
#include "payments/RecordPaymentDialog.h"
#include "payments/ReversePaymentDialog.h"
#include "receivables/CustomerPicker.h"
#include "receivables/ReceivableFilterBar.h"
#include "receivables/ReceivableTotalsBar.h"
#include "receivables/ReceivablesPage.h"
#include "sales/ContractService.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>

using namespace tl;
using tl::test::ReceivablesFixture;
using PreviewColumn = ui::AllocationPreviewModel::Column;
using RColumn = ui::ReceivableTableModel::Column;

namespace {

QString previewCell(const ui::AllocationPreviewModel* model, int row, PreviewColumn column)
{
    return model->index(row, int(column)).data().toString();
}

void waitForTotals(ui::ReceivablesPage& page)
{
    if (!page.totalsPending())
        return;
    QSignalSpy loaded(&page, &ui::ReceivablesPage::totalsLoaded);
    REQUIRE(loaded.wait(10000));
    // A recount requested meanwhile (change notifications) comes next.
    while (page.totalsPending())
        REQUIRE(loaded.wait(10000));
}

int rowOfContract(const ui::ReceivableTableModel* model, const QString& label)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, int(RColumn::Contract)).data().toString() == label)
            return row;
    return -1;
}

} // namespace

TEST_CASE("recording a payment shows the automatic allocation first and takes amounts typed by hand",
          "[ui][payments]")
{
    ReceivablesFixture f;
    auto app = f.app(f.session(core::Role::Finance));
    ui::RecordPaymentDialog dialog(app->core(), nullptr, f.c1);
    ui::AllocationEditor* editor = dialog.allocationEditor();
    ui::AllocationPreviewModel* preview = editor->model();
    QAbstractItemModelTester tester(preview, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog.customerPicker()->name() == QStringLiteral("甲公司"));
    CHECK(dialog.dateEdit()->date() == QDate(2026, 3, 15));
    // HT-001's three open instalments, oldest due first.
    REQUIRE(preview->rowCount() == 3);
    CHECK(previewCell(preview, 0, PreviewColumn::Installment) == QStringLiteral("HT-001 #1"));
    CHECK(previewCell(preview, 2, PreviewColumn::Installment) == QStringLiteral("HT-001 #3"));
    CHECK(previewCell(preview, 0, PreviewColumn::Collectable) == QStringLiteral("¥40,000.00"));

    // Auto: 50,000.00 = 40,000.00 to #1 (its whole balance) + 10,000.00 to #2; nothing left.
    dialog.amountEdit()->setText(QStringLiteral("50,000.00"));
    CHECK(previewCell(preview, 0, PreviewColumn::Allocate) == QStringLiteral("¥40,000.00"));
    CHECK(previewCell(preview, 1, PreviewColumn::Allocate) == QStringLiteral("¥10,000.00"));
    CHECK(previewCell(preview, 2, PreviewColumn::Allocate).isEmpty());
    CHECK(editor->summaryLabel()->text() ==
          QStringLiteral("Allocated ¥50,000.00 to 2 instalment(s); credit left ¥0.00."));
    // 130,000.00: HT-001 has 3 x 40,000.00 = 120,000.00 open, so 10,000.00 stays as credit.
    dialog.amountEdit()->setText(QStringLiteral("130000"));
    CHECK(editor->allocated() == 12000000);
    CHECK(editor->creditLeft() == 1000000);

    // By hand: 20,000.00 to #1 and 5,000.00 to #3 of 50,000.00 leaves 25,000.00 of credit.
    dialog.amountEdit()->setText(QStringLiteral("50,000.00"));
    editor->manualButton()->setChecked(true);
    CHECK(preview->flags(preview->index(0, int(PreviewColumn::Allocate))).testFlag(Qt::ItemIsEditable));
    REQUIRE(preview->setData(preview->index(0, int(PreviewColumn::Allocate)), QStringLiteral("20,000")));
    REQUIRE(preview->setData(preview->index(2, int(PreviewColumn::Allocate)), QStringLiteral("5000.00")));
    CHECK(editor->summaryLabel()->text() ==
          QStringLiteral("Allocated ¥25,000.00 to 2 instalment(s); credit left ¥25,000.00."));
    CHECK(editor->isValid());
    // More than an instalment's collectable part is refused before saving.
    REQUIRE(preview->setData(preview->index(1, int(PreviewColumn::Allocate)), QStringLiteral("45,000")));
    CHECK_FALSE(editor->isValid());
    CHECK(editor->problems()
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("more than the ¥40,000.00 collectable")));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    REQUIRE(preview->setData(preview->index(1, int(PreviewColumn::Allocate)), QString()));
    CHECK(dialog.saveButton()->isEnabled());

    dialog.numberEdit()->setText(QStringLiteral("P-100"));
    dialog.referenceEdit()->setText(QStringLiteral("BANK-778"));
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.summary() == QStringLiteral("Payment P-100 of ¥50,000.00 recorded: ¥25,000.00 allocated, "
                                             "¥25,000.00 kept as customer credit."));
    const core::PaymentService payments(f.system());
    auto rows = payments.allocations(dialog.paymentId());
    TL_REQUIRE_OK(rows);
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).installmentId == f.ht1Items.at(0));
    CHECK(rows->at(0).amount == 2000000);
    CHECK(rows->at(0).kind == QStringLiteral("manual"));
    CHECK(rows->at(1).installmentId == f.ht1Items.at(2));
    CHECK(rows->at(1).amount == 500000);
    CHECK(*payments.customerCredit(f.c1) == 2500000);
}

TEST_CASE("the payment dialog names bad input under its fields", "[ui][payments]")
{
    ReceivablesFixture f;
    auto app = f.app(f.session(core::Role::Finance));
    ui::RecordPaymentDialog dialog(app->core(), nullptr);
    dialog.amountEdit()->setText(QStringLiteral("12a"));
    dialog.save();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.problemText(QStringLiteral("amount")).isEmpty());
    CHECK(
        dialog.problemText(QStringLiteral("customer_code")).contains(QStringLiteral("choose the customer")));

    dialog.customerPicker()->setCode(QStringLiteral("C002"));
    dialog.amountEdit()->setText(QStringLiteral("100"));
    dialog.dateEdit()->setMaximumDate(QDate(2030, 1, 1));
    dialog.dateEdit()->setDate(QDate(2026, 3, 20)); // after today
    dialog.save();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemText(QStringLiteral("received_on")).contains(QStringLiteral("2026-03-20")));
}

TEST_CASE("a payment recorded through the dialog changes the payment list, the receivables and the totals",
          "[ui][payments][receivables]")
{
    ReceivablesFixture f;
    auto app = f.app(f.session(core::Role::Finance));
    ui::MessageBar bar;
    app->setMessageBar(&bar);

    ui::ReceivablesPage receivables(*app);
    receivables.filterBar()->setStatus(core::ReceivableQuery::Status::All);
    receivables.activate();
    waitForTotals(receivables);
    // 230,000.00 in all, 160,000.00 of it overdue (see the fixture).
    CHECK(receivables.totalsBar()->text().contains(QStringLiteral("6 instalment(s)")));
    CHECK(receivables.totalsBar()->text().contains(QStringLiteral("Balance ¥230,000.00")));
    CHECK(receivables.totalsBar()->text().contains(QStringLiteral("Overdue ¥160,000.00")));
    CHECK(receivables.model()->totalCount() == 6);

    ui::PaymentsPage payments(*app);
    payments.activate();
    CHECK(payments.model()->rowCount() == 0);

    // Through the dialog: 50,000.00 from 甲公司, automatic: HT-001#1 40,000.00 and #2 10,000.00.
    ui::RecordPaymentDialog dialog(app->core(), nullptr, f.c1);
    dialog.numberEdit()->setText(QStringLiteral("P-200"));
    dialog.amountEdit()->setText(QStringLiteral("50000"));
    dialog.methodCombo()->setCurrentIndex(dialog.methodCombo()->findData(QStringLiteral("cash")));
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);

    REQUIRE(payments.model()->rowCount() == 1);
    CHECK(payments.model()->index(0, int(ui::PaymentTableModel::Column::PaymentNo)).data().toString() ==
          QStringLiteral("P-200"));
    CHECK(payments.model()->index(0, int(ui::PaymentTableModel::Column::Method)).data().toString() ==
          core::paymentMethodName(QStringLiteral("cash")));
    CHECK(payments.model()->index(0, int(ui::PaymentTableModel::Column::Allocated)).data().toString() ==
          QStringLiteral("¥50,000.00"));

    // The receivable rows are re-read at once; the totals follow on the worker thread.
    const int first = rowOfContract(receivables.model(), QStringLiteral("HT-001 #1"));
    const int second = rowOfContract(receivables.model(), QStringLiteral("HT-001 #2"));
    REQUIRE(first >= 0);
    REQUIRE(second >= 0);
    CHECK(receivables.model()->index(first, int(RColumn::Balance)).data().toString() ==
          QStringLiteral("¥0.00"));
    CHECK(receivables.model()->index(second, int(RColumn::Balance)).data().toString() ==
          QStringLiteral("¥30,000.00"));
    CHECK(receivables.model()->index(second, int(RColumn::Paid)).data().toString() ==
          QStringLiteral("¥10,000.00"));
    QSignalSpy loaded(&receivables, &ui::ReceivablesPage::totalsLoaded);
    REQUIRE(loaded.wait(10000));
    waitForTotals(receivables);
    // Balance 230,000 - 50,000 = 180,000; overdue 160,000 - 40,000 (#1) - 10,000 (#2) = 110,000.
    CHECK(receivables.totalsBar()->text().contains(QStringLiteral("Received ¥50,000.00")));
    CHECK(receivables.totalsBar()->text().contains(QStringLiteral("Balance ¥180,000.00")));
    CHECK(receivables.totalsBar()->text().contains(QStringLiteral("Overdue ¥110,000.00")));
    // Open only: HT-001#1 is paid and leaves the list.
    receivables.filterBar()->setStatus(core::ReceivableQuery::Status::Open);
    CHECK(receivables.model()->rowCount() == 5);
    CHECK(rowOfContract(receivables.model(), QStringLiteral("HT-001 #1")) < 0);
    waitForTotals(receivables);
    CHECK(receivables.totalsBar()->text().contains(QStringLiteral("5 instalment(s)")));

    // Under the list, where the selected payment went.
    payments.view()->selectRow(0);
    REQUIRE(payments.allocationModel()->rowCount() == 2);
    CHECK(payments.allocationModel()->total() == 5000000);
}

TEST_CASE("credit is allocated later and a payment is reversed, never edited", "[ui][payments]")
{
    ReceivablesFixture f;
    // 30,000.00 from 乙公司 kept entirely as credit.
    const qint64 paymentId =
        f.payment(QStringLiteral("P-300"), f.c2, QDate(2026, 3, 1), 3000000, core::AllocationMode::None);
    auto app = f.app(f.session(core::Role::Finance));
    ui::PaymentsPage page(*app);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.activate();
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, int(ui::PaymentTableModel::Column::Credit)).data().toString() ==
          QStringLiteral("¥30,000.00"));

    {
        // From the receivables list, for a customer: the payments with credit are offered.
        ui::AllocateCreditDialog none(app->core(), 0, f.c1);
        CHECK_FALSE(none.hasCredit());
        CHECK(none.problemText().contains(QStringLiteral("no payment with credit")));
        ui::AllocateCreditDialog byCustomer(app->core(), 0, f.c2);
        REQUIRE(byCustomer.hasCredit());
        CHECK(byCustomer.paymentId() == paymentId);
    }
    {
        ui::AllocateCreditDialog dialog(app->core(), paymentId);
        REQUIRE(dialog.hasCredit());
        CHECK(dialog.dateEdit()->minimumDate() == QDate(2026, 3, 1));
        // Auto: HT-002#1 (due 02-10) takes all 30,000.00.
        REQUIRE(dialog.allocationEditor()->model()->rowCount() == 2);
        CHECK(dialog.allocationEditor()->allocated() == 3000000);
        dialog.save();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    CHECK(page.model()->index(0, int(ui::PaymentTableModel::Column::Credit)).data().toString().isEmpty());
    {
        ui::AllocateCreditDialog again(app->core(), paymentId);
        CHECK_FALSE(again.hasCredit());
        CHECK(again.problemText().contains(QStringLiteral("fully allocated")));
    }

    {
        ui::ReversePaymentDialog dialog(app->core(), paymentId);
        REQUIRE(dialog.isAvailable());
        CHECK_FALSE(dialog.reverse(false)); // no reason
        CHECK(dialog.problemText().startsWith(QStringLiteral("Reason:")));
        dialog.reasonEdit()->setText(QStringLiteral("bank returned the transfer"));
        CHECK(dialog.reverse(false));
    }
    // Reversed payments leave the default list; "include reversed" shows them, greyed and dated.
    CHECK(page.model()->rowCount() == 0);
    page.filterBar()->includeReversed()->setChecked(true);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, int(ui::PaymentTableModel::Column::Reversed)).data().toString() ==
          QLocale().toString(QDate(2026, 3, 15), QLocale::ShortFormat));
    CHECK(page.model()
              ->index(0, int(ui::PaymentTableModel::Column::Amount))
              .data(Qt::FontRole)
              .value<QFont>()
              .strikeOut());
    ui::ReversePaymentDialog twice(app->core(), paymentId);
    CHECK_FALSE(twice.isAvailable());
    CHECK(twice.problemText().contains(QStringLiteral("already reversed")));
    // The instalment is open again.
    auto balance = core::ContractService(f.system()).get(f.ht2);
    TL_REQUIRE_OK(balance);
    CHECK(balance->installments.at(0).paid == 0);
}
