#include "ReceivablesFixture.h"

#include "contracts/ContractAttachmentsPanel.h"
#include "contracts/ContractDialog.h"
#include "contracts/ScheduleEditor.h"
#include "models/InstallmentScheduleModel.h"
#include "receivables/CustomerPicker.h"
#include "receivables/EmployeePicker.h"
#include "sales/ContractService.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace tl;
using tl::test::ReceivablesFixture;
using ScheduleColumn = ui::InstallmentScheduleModel::Column;

namespace {

void setAmount(ui::InstallmentScheduleModel* model, int row, const QString& text)
{
    REQUIRE(model->setData(model->index(row, int(ScheduleColumn::Amount)), text));
}

void fillHeader(ui::ContractDialog& dialog, const QString& amount)
{
    dialog.numberEdit()->setText(QStringLiteral("HT-100"));
    dialog.customerPicker()->setCode(QStringLiteral("C001"));
    dialog.salespersonPicker()->setCode(QStringLiteral("S001"));
    dialog.amountEdit()->setText(amount);
}

} // namespace

TEST_CASE("evenSplit gives whole fen that add up exactly, the last part taking the remainder",
          "[ui][contracts]")
{
    using M = ui::InstallmentScheduleModel;
    // 100,000.00 yuan = 10,000,000 fen in 3: 10,000,000 / 3 = 3,333,333 rest 1 -> the last one 3,333,334.
    CHECK(M::evenSplit(10000000, 3) == QList<qint64>{3333333, 3333333, 3333334});
    // 1.00 yuan in 7: 100 / 7 = 14 (6 x 14 = 84), the last one 16.
    CHECK(M::evenSplit(100, 7) == QList<qint64>{14, 14, 14, 14, 14, 14, 16});
    CHECK(M::evenSplit(5, 10).first() == 0); // fewer fen than parts: splitEvenly refuses it
    CHECK(M::evenSplit(100, 0).isEmpty());
    CHECK(M::evenSplit(0, 3).isEmpty());
}

TEST_CASE("the schedule editor shows the live difference and Save waits until the instalments add up",
          "[ui][contracts]")
{
    ReceivablesFixture f;
    auto app = f.app(f.session(core::Role::Finance));
    ui::ContractDialog dialog(app->core(), 0);
    ui::ScheduleEditor* editor = dialog.scheduleEditor();
    QAbstractItemModelTester tester(editor->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    fillHeader(dialog, QStringLiteral("100,000.00"));
    CHECK(dialog.signedOnEdit()->date() == QDate(2026, 3, 15));
    CHECK_FALSE(dialog.saveButton()->isEnabled()); // no instalment yet
    CHECK(editor->summaryLabel()->text().contains(QStringLiteral("0 instalment(s), total ¥0.00")));
    CHECK(
        editor->summaryLabel()->text().contains(QStringLiteral("¥100,000.00 less than the contract amount")));

    // A new row takes what is missing: 100,000.00, due a month after signing.
    editor->addInstallment();
    REQUIRE(editor->model()->rowCount() == 1);
    CHECK(editor->schedule().first().amount == 10000000);
    CHECK(editor->schedule().first().dueOn == QDate(2026, 4, 15));
    CHECK(editor->summaryLabel()->text().contains(QStringLiteral("equal to the contract amount")));
    CHECK_FALSE(editor->summaryLabel()->property("tlDifferent").toBool());
    CHECK(dialog.saveButton()->isEnabled());

    // 90,000.00: 100,000.00 - 90,000.00 = 10,000.00 short, in red; Save disabled and refused.
    setAmount(editor->model(), 0, QStringLiteral("90,000.00"));
    CHECK(editor->summaryLabel()->text().contains(QStringLiteral("total ¥90,000.00")));
    CHECK(
        editor->summaryLabel()->text().contains(QStringLiteral("¥10,000.00 less than the contract amount")));
    CHECK(editor->summaryLabel()->property("tlDifferent").toBool());
    CHECK(editor->summaryLabel()->styleSheet().contains(QStringLiteral("#b02020")));
    CHECK(editor->difference() == 1000000);
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    dialog.save();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.contractId() == 0);
    CHECK(dialog.generalProblemText().contains(QStringLiteral("must add up to the contract amount")));
    CHECK_FALSE(core::ContractService(f.system()).getByNo(QStringLiteral("HT-100")).ok());

    // A second row takes the missing 10,000.00; then 12,000.00 is 2,000.00 too much.
    editor->addInstallment();
    CHECK(editor->schedule().at(1).amount == 1000000);
    CHECK(dialog.saveButton()->isEnabled());
    setAmount(editor->model(), 1, QStringLiteral("12,000"));
    CHECK(editor->summaryLabel()->text().contains(QStringLiteral("¥2,000.00 more than the contract amount")));
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    // An amount that cannot be read stays in the cell and is named under the table.
    setAmount(editor->model(), 1, QStringLiteral("1.234"));
    CHECK(editor->model()->unreadableRows() == QList<int>{1});
    CHECK(editor->problemLabel()->isVisibleTo(&dialog));
    CHECK(editor->problemLabel()->text().startsWith(QStringLiteral("Instalment 2: ")));
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    // A due date before the previous one is a schedule problem even when the sum is right.
    setAmount(editor->model(), 1, QStringLiteral("10000"));
    REQUIRE(
        editor->model()->setData(editor->model()->index(1, int(ScheduleColumn::DueOn)), QDate(2026, 3, 20)));
    CHECK(editor->difference() == 0);
    CHECK(editor->problemLabel()->text().contains(
        QStringLiteral("before the due date 2026-04-15 of the previous")));
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    // Split evenly into 3 monthly instalments from 2026-04-01: 33,333.33 + 33,333.33 + 33,333.34.
    editor->splitCount()->setValue(3);
    editor->splitFrom()->setDate(QDate(2026, 4, 1));
    editor->splitEvenly();
    const QList<core::Installment> split = editor->schedule();
    REQUIRE(split.size() == 3);
    CHECK(split.at(0).amount == 3333333);
    CHECK(split.at(1).amount == 3333333);
    CHECK(split.at(2).amount == 3333334);
    CHECK(split.at(0).dueOn == QDate(2026, 4, 1));
    CHECK(split.at(1).dueOn == QDate(2026, 5, 1));
    CHECK(split.at(2).dueOn == QDate(2026, 6, 1));
    CHECK(editor->isBalanced());
    CHECK(dialog.saveButton()->isEnabled());

    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    auto saved = core::ContractService(f.system()).get(dialog.contractId());
    TL_REQUIRE_OK(saved);
    CHECK(saved->contractNo == QStringLiteral("HT-100"));
    CHECK(saved->customerId == f.c1);
    CHECK(saved->salespersonId == f.s1);
    CHECK(saved->amount == 10000000);
    REQUIRE(saved->installments.size() == 3);
    CHECK(saved->installments.at(2).amount == 3333334);
    CHECK(saved->installments.at(2).collectorId == f.s1);
}

TEST_CASE("the contract dialog names core's problems under their fields", "[ui][contracts]")
{
    ReceivablesFixture f;
    auto app = f.app(f.session(core::Role::Finance));
    ui::ContractDialog dialog(app->core(), 0);
    fillHeader(dialog, QStringLiteral("60,000"));
    dialog.numberEdit()->setText(QStringLiteral("HT-001")); // taken
    dialog.customerPicker()->setCode(QStringLiteral("NOPE"));
    CHECK(dialog.customerPicker()->id() == -1);
    dialog.scheduleEditor()->addInstallment();
    REQUIRE(dialog.saveButton()->isEnabled());
    dialog.save();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemText(QStringLiteral("contract_no")).contains(QStringLiteral("already used")));
    CHECK(dialog.problemText(QStringLiteral("customer_code")).contains(QStringLiteral("NOPE")));

    // Fixed, it saves; a file added before saving is stored with the new contract.
    dialog.numberEdit()->setText(QStringLiteral("HT-101"));
    dialog.customerPicker()->setCode(QStringLiteral("C002"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signed.pdf"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 test");
    }
    REQUIRE(dialog.attachments()->addFile(path));
    CHECK(dialog.attachments()->pendingCount() == 1);
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.warning().isEmpty());
    auto files = core::ContractService(f.system()).attachments(dialog.contractId());
    TL_REQUIRE_OK(files);
    REQUIRE(files->size() == 1);
    CHECK(files->first().fileName == QStringLiteral("signed.pdf"));
}

TEST_CASE("an instalment that received money keeps its amount in the editor", "[ui][contracts]")
{
    ReceivablesFixture f;
    f.payment(QStringLiteral("P-1"), f.c1, QDate(2026, 1, 5), 4000000); // pays HT-001#1 in full
    auto app = f.app(f.session(core::Role::Finance));
    ui::ContractDialog dialog(app->core(), f.ht1);
    ui::InstallmentScheduleModel* model = dialog.scheduleEditor()->model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->isLocked(0));
    CHECK_FALSE(model->flags(model->index(0, int(ScheduleColumn::Amount))).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model->setData(model->index(0, int(ScheduleColumn::Amount)), QStringLiteral("1")));
    CHECK_FALSE(model->removeInstallment(0));
    CHECK(model->lockedTotal() == 4000000);
    // Splitting keeps the paid row and shares the remaining 80,000.00 in two: 40,000.00 each.
    dialog.scheduleEditor()->splitCount()->setValue(2);
    dialog.scheduleEditor()->splitFrom()->setDate(QDate(2026, 6, 1));
    dialog.scheduleEditor()->splitEvenly();
    const QList<core::Installment> schedule = dialog.scheduleEditor()->schedule();
    REQUIRE(schedule.size() == 3);
    CHECK(schedule.at(0).id == f.ht1Items.at(0));
    CHECK(schedule.at(1).amount == 4000000);
    CHECK(schedule.at(2).dueOn == QDate(2026, 7, 1));
    CHECK(dialog.saveButton()->isEnabled());
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto saved = core::ContractService(f.system()).get(f.ht1);
    TL_REQUIRE_OK(saved);
    REQUIRE(saved->installments.size() == 3);
    CHECK(saved->installments.at(1).dueOn == QDate(2026, 6, 1));
}
