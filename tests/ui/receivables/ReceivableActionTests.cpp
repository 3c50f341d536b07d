#include "ReceivablesFixture.h"

#include "models/ReceivableTableModel.h"
#include "receivables/ChangeCollectorDialog.h"
#include "receivables/CollectionService.h"
#include "receivables/DemandDialog.h"
#include "receivables/EmployeePicker.h"
#include "receivables/InterestDialog.h"
#include "receivables/OpenDisputeDialog.h"
#include "receivables/PromiseDialog.h"
#include "receivables/ReceivableFilterBar.h"
#include "receivables/ReceivablesPage.h"
#include "receivables/ResolveDisputeDialog.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

using namespace tl;
using tl::test::ReceivablesFixture;
using Column = ui::ReceivableTableModel::Column;
using Status = core::ReceivableQuery::Status;

namespace {

struct PageFor
{
    std::unique_ptr<ui::AppContext> app;
    ui::MessageBar bar;
    std::unique_ptr<ui::ReceivablesPage> page;

    PageFor(ReceivablesFixture& f, const core::Session& session)
    {
        app = f.app(session);
        app->setMessageBar(&bar);
        page = std::make_unique<ui::ReceivablesPage>(*app);
        page->filterBar()->setStatus(Status::All);
        page->activate();
    }
    const core::ReceivableRow& select(qint64 installmentId)
    {
        page->selectInstallment(installmentId);
        REQUIRE(page->currentRow() != nullptr);
        return *page->currentRow();
    }
};

} // namespace

TEST_CASE("a dispute is opened and resolved from the receivables list", "[ui][receivables]")
{
    ReceivablesFixture f;
    PageFor p(f, f.session(core::Role::Finance));
    const core::ReceivableRow row = p.select(f.ht2Items.at(0)); // HT-002#1, 30,000.00 open
    CHECK(p.page->action(QStringLiteral("openDispute"))->isEnabled());
    CHECK_FALSE(p.page->action(QStringLiteral("resolveDispute"))->isEnabled());
    {
        ui::OpenDisputeDialog dialog(p.app->core(), row);
        CHECK(dialog.amount()->text() == QStringLiteral("30,000.00"));
        dialog.amount()->setText(QStringLiteral("40000"));
        dialog.reason()->setPlainText(QStringLiteral("quantity short"));
        dialog.save();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.problemText().contains(QStringLiteral("only ¥30,000.00")));
        dialog.amount()->setText(QStringLiteral("10,000"));
        dialog.save();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    const core::ReceivableRow& disputed = p.select(f.ht2Items.at(0));
    CHECK(disputed.disputed == 1000000);
    const int r = p.page->model()->rowOfId(f.ht2Items.at(0));
    CHECK(p.page->model()->index(r, int(Column::Disputed)).data().toString() == QStringLiteral("¥10,000.00"));
    CHECK(p.page->action(QStringLiteral("resolveDispute"))->isEnabled());
    {
        ui::ResolveDisputeDialog dialog(p.app->core(), disputed);
        REQUIRE(dialog.openDisputes() == 1);
        CHECK(dialog.dispute()->currentText().contains(QStringLiteral("quantity short")));
        dialog.resolution()->setCurrentIndex(3); // withdrawn
        dialog.save();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    CHECK(p.select(f.ht2Items.at(0)).disputed == 0);
}

TEST_CASE("promises, demands and a new collector are recorded from the list", "[ui][receivables]")
{
    ReceivablesFixture f;
    PageFor p(f, f.managerSession());
    const core::ReceivableRow row = p.select(f.ht1Items.at(0));
    {
        ui::PromiseDialog dialog(p.app->core(), row);
        CHECK(dialog.date()->date() == QDate(2026, 3, 22));
        CHECK(dialog.amount()->text() == QStringLiteral("40,000.00"));
        dialog.amount()->setText(QStringLiteral("15,000"));
        dialog.save();
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(dialog.summary().contains(QStringLiteral("¥15,000.00")));
    }
    auto promises = core::CollectionService(f.system()).promises(f.c1);
    TL_REQUIRE_OK(promises);
    REQUIRE(promises->size() == 1);
    CHECK(promises->first().promisedOn == QDate(2026, 3, 22));
    CHECK(promises->first().installmentId == f.ht1Items.at(0));
    {
        ui::DemandDialog dialog(p.app->core(), row, nullptr, QStringLiteral("dunning_letter"));
        CHECK(dialog.kind()->currentData().toString() == QStringLiteral("dunning_letter"));
        dialog.method()->setText(QStringLiteral("EMS 1234567890"));
        dialog.contractOnly()->setChecked(true);
        dialog.save();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    auto demands = core::CollectionService(f.system()).demands(f.c1);
    TL_REQUIRE_OK(demands);
    REQUIRE(demands->size() == 1);
    CHECK(demands->first().contractId == f.ht1);
    CHECK(demands->first().method == QStringLiteral("EMS 1234567890"));

    // HT-001#1 and #2 go to 李四 (S002) from today.
    QItemSelectionModel* selection = p.page->view()->selectionModel();
    selection->clearSelection();
    for (qint64 id : {f.ht1Items.at(0), f.ht1Items.at(1)})
        selection->select(p.page->model()->index(p.page->model()->rowOfId(id), 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(p.page->selectedRows().size() == 2);
    {
        ui::ChangeCollectorDialog dialog(p.app->core(), p.page->selectedRows());
        dialog.save();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.problemText().startsWith(QStringLiteral("New collector:")));
        dialog.collector()->setCode(QStringLiteral("S002"));
        dialog.save();
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(dialog.summary() == QStringLiteral("李四 collects 2 instalment(s) now."));
    }
    for (qint64 id : {f.ht1Items.at(0), f.ht1Items.at(1)}) {
        const int r = p.page->model()->rowOfId(id);
        CHECK(p.page->model()->index(r, int(Column::Collector)).data().toString() == QStringLiteral("李四"));
    }
    CHECK(p.page->model()
              ->index(p.page->model()->rowOfId(f.ht1Items.at(2)), int(Column::Collector))
              .data()
              .toString() == QStringLiteral("张三"));
}

TEST_CASE("interest, limitation and the printed lists come from core for the selected instalment",
          "[ui][receivables]")
{
    ReceivablesFixture f;
    PageFor p(f, f.session(core::Role::Finance));
    const core::ReceivableRow row = p.select(f.ht3Items.at(0)); // 50,000.00 due 2025-07-01
    ui::InterestDialog interest(p.app->core(), row);
    // 257 days on 50,000.00 at the default rate; the method is stated.
    CHECK(interest.interestText().contains(QStringLiteral("Principal overdue: ¥50,000.00")));
    CHECK(interest.interestText().contains(QStringLiteral("Days that bore interest: 257")));
    CHECK(interest.interestText().contains(QStringLiteral("actual/365")));
    // Last (only) instalment due 2025-07-01, no interruption: deadline 2028-07-01.
    CHECK(interest.limitationText().contains(QLocale().toString(QDate(2028, 7, 1), QLocale::ShortFormat)));

    auto customerList = p.page->document(ui::ReceivablesPage::PrintKind::CustomerList);
    TL_REQUIRE_OK(customerList);
    CHECK(customerList->html.contains(QStringLiteral("丙公司")));
    CHECK(customerList->html.contains(QStringLiteral("HT-003")));
    auto collectorList = p.page->document(ui::ReceivablesPage::PrintKind::CollectorList);
    TL_REQUIRE_OK(collectorList);
    CHECK(collectorList->html.contains(QStringLiteral("王五")));
    auto letter = p.page->document(ui::ReceivablesPage::PrintKind::DunningLetter);
    TL_REQUIRE_OK(letter);
    CHECK(letter->html.contains(QStringLiteral("催款函")));
    CHECK(letter->html.contains(QStringLiteral("HT-003")));

    // 乙公司 paid HT-002#1 on its due date (no late interest) and HT-002#2 is not due: no letter.
    f.payment(QStringLiteral("P-9"), f.c2, QDate(2026, 2, 10), 3000000);
    p.page->model()->reload();
    p.select(f.ht2Items.at(1));
    auto none = p.page->document(ui::ReceivablesPage::PrintKind::DunningLetter);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("nothing overdue")));
}
