#include <catch2/catch.hpp>

#include "CustomerFixture.h"

#include "customers/CustomerContactsPanel.h"
#include "customers/CustomerDetailDialog.h"
#include "customers/CustomerOpportunitiesPanel.h"
#include "customers/CustomerService.h"
#include "customers/FollowUpDialog.h"
#include "customers/FollowUpTimelinePanel.h"
#include "customers/OpportunityService.h"
#include "customers/PoolService.h"
#include "models/CustomerContactTableModel.h"
#include "models/CustomerOpportunityTableModel.h"
#include "models/FollowUpTableModel.h"
#include "models/OwnershipTableModel.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace tl;
using tl::test::CustomerFixture;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// A customer with a history: created for 李四 on 2026-01-10, released by him today, claimed by 张三
// (who now owns it), with a contact, two follow-ups by 张三, coordinates and an opportunity.
struct History
{
    CustomerFixture f;
    const core::NoPoolFacts facts;
    qint64 id = 0;

    History()
    {
        id = f.customer(QStringLiteral("H1"), QStringLiteral("历史客户"), f.s2, QDate(2026, 1, 10),
                        QStringLiteral("B"), QStringLiteral("key_account"), QStringLiteral("华东"));
        f.contact(id, QStringLiteral("陈采购"), QStringLiteral("13912345678"));
        TL_REQUIRE_OK(core::PoolService(f.context(f.salesSession(f.s2)), facts).release(id));
        f.db().clock().advanceSecs(60);
        TL_REQUIRE_OK(core::PoolService(f.context(f.salesSession(f.s1)), facts).claim(id));
        f.db().clock().advanceSecs(30 * 60); // 09:31: the follow-ups below are in the past
        f.followUp(id, f.s1, QDateTime(QDate(2026, 3, 15), QTime(9, 5)), QStringLiteral("第一次电话"));
        f.followUp(id, f.s1, QDateTime(QDate(2026, 3, 15), QTime(9, 10)),
                   QStringLiteral("第二次拜访\n带了样品"), QStringLiteral("visit"), QDate(2026, 3, 20));
        auto c = core::CustomerService(f.context()).get(id);
        REQUIRE(c.ok());
        core::Customer located = *c;
        located.address = QStringLiteral("上海市黄浦区南京东路 100 号");
        located.location = core::GeoPoint{31230416, 121473701};
        TL_REQUIRE_OK(core::CustomerService(f.context()).update(located));
    }
};

} // namespace

TEST_CASE("the customer detail shows the header, contacts, timeline, ownership history and location",
          "[ui][customers]")
{
    History h;
    auto app = h.f.app(h.f.salesSession(h.f.s1));
    ui::CustomerDetailDialog dialog(*app, h.id);
    CHECK(dialog.headerText() == QStringLiteral("H1  历史客户"));
    CHECK(child<QLabel>(dialog, "owner")->text().contains(QStringLiteral("张三")));
    CHECK(child<QLabel>(dialog, "owner")->text().contains(QStringLiteral("2026-03-15")));
    CHECK(child<QLabel>(dialog, "facts")->text().contains(QStringLiteral("华东")));
    // Claimed today and followed up today: 30 days until the no-follow-up rule fires.
    CHECK(dialog.countdownText() == QStringLiteral("30 day(s) left before the pool"));

    // Contacts, visible to the owner.
    ui::CustomerContactTableModel* contacts = dialog.contactsPanel()->model();
    REQUIRE(contacts->rowCount() == 1);
    CHECK(cell(contacts, 0, int(ui::CustomerContactTableModel::Column::Phone)) ==
          QStringLiteral("13912345678"));
    CHECK(child<QPushButton>(dialog, "addContact")->isEnabled());

    // The timeline, newest first, with the selected entry in full.
    ui::FollowUpTableModel* timeline = dialog.timelinePanel()->model();
    QAbstractItemModelTester tester(timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(timeline->rowCount() == 2);
    using F = ui::FollowUpTableModel::Column;
    CHECK(cell(timeline, 0, int(F::At)) == QStringLiteral("2026-03-15 09:10"));
    CHECK(cell(timeline, 0, int(F::Method)) == core::followUpMethodName(QStringLiteral("visit")));
    CHECK(cell(timeline, 0, int(F::Content)) == QStringLiteral("第二次拜访 …"));
    CHECK(cell(timeline, 0, int(F::NextOn)) == QStringLiteral("2026-03-20"));
    CHECK(cell(timeline, 0, int(F::Employee)) == QStringLiteral("张三"));
    CHECK_FALSE(timeline->index(0, int(F::Method)).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(cell(timeline, 1, int(F::Content)) == QStringLiteral("第一次电话"));
    CHECK(child<QPlainTextEdit>(dialog, "followUpContent")->toPlainText() ==
          QStringLiteral("第二次拜访\n带了样品"));

    // Ownership history, newest first: claimed from the pool, released by 李四, created for 李四.
    ui::OwnershipTableModel* history = dialog.ownershipModel();
    QAbstractItemModelTester historyTester(history, QAbstractItemModelTester::FailureReportingMode::Fatal);
    using O = ui::OwnershipTableModel::Column;
    REQUIRE(history->rowCount() == 3);
    CHECK(cell(history, 0, int(O::Reason)) == core::ownershipReasonName(core::OwnershipReason::Claimed));
    CHECK(cell(history, 0, int(O::From)) == QStringLiteral("Pool"));
    CHECK(cell(history, 0, int(O::To)) == QStringLiteral("张三"));
    CHECK(cell(history, 1, int(O::Reason)) == core::ownershipReasonName(core::OwnershipReason::Released));
    CHECK(cell(history, 1, int(O::From)) == QStringLiteral("李四"));
    CHECK(cell(history, 1, int(O::To)) == QStringLiteral("Pool"));
    CHECK(cell(history, 2, int(O::Reason)) == core::ownershipReasonName(core::OwnershipReason::Created));
    CHECK(cell(history, 2, int(O::From)).isEmpty());
    CHECK(cell(history, 2, int(O::To)) == QStringLiteral("李四"));
    CHECK(cell(history, 2, int(O::At)) == QStringLiteral("2026-01-10 00:00"));

    // Location: the coordinates as text, copied for a map application.
    CHECK(child<QLabel>(dialog, "coordinates")->text().contains(QStringLiteral("31.230416, 121.473701")));
    child<QPushButton>(dialog, "copyCoordinates")->click();
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("31.230416, 121.473701"));
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("31.230416")));

    CHECK_FALSE(child<QPushButton>(dialog, "edit")->isHidden());
    CHECK_FALSE(child<QPushButton>(dialog, "logFollowUp")->isHidden());
    CHECK_FALSE(child<QPushButton>(dialog, "release")->isHidden());
}

TEST_CASE("Ctrl+F in the customer detail logs a follow-up that appears at the top of the timeline",
          "[ui][customers]")
{
    History h;
    auto app = h.f.app(h.f.salesSession(h.f.s1));
    ui::CustomerDetailDialog dialog(*app, h.id);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    // Types into the follow-up dialog once it runs (modal), from inside its event loop.
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto* entry = qobject_cast<ui::FollowUpDialog*>(QApplication::activeModalWidget());
        if (!entry)
            return;
        sawDialog = true;
        entry->activateWindow();
        if (QTest::qWaitFor([entry] { return QApplication::activeWindow() == entry; })) {
            QTest::keyClick(entry->focusWidget(), Qt::Key_3); // 微信
            entry->findChild<QPlainTextEdit*>(QStringLiteral("content"))
                ->insertPlainText(QStringLiteral("微信确认报价"));
            QTest::keyClick(entry->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        }
        if (entry->isVisible())
            entry->reject(); // never leave the test waiting
    });
    QTest::keyClick(&dialog, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(sawDialog);
    ui::FollowUpTableModel* timeline = dialog.timelinePanel()->model();
    REQUIRE(timeline->rowCount() == 3);
    CHECK(cell(timeline, 0, int(ui::FollowUpTableModel::Column::Content)) == QStringLiteral("微信确认报价"));
    CHECK(cell(timeline, 0, int(ui::FollowUpTableModel::Column::Method)) ==
          core::followUpMethodName(QStringLiteral("wechat")));
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("历史客户")));
}

TEST_CASE("opportunities are listed with their stage and moved through the detail", "[ui][customers]")
{
    History h;
    const core::Session s1 = h.f.salesSession(h.f.s1);
    core::Opportunity o;
    o.customerId = h.id;
    o.name = QStringLiteral("年度供货");
    o.amount = core::Money::fromYuan(120000);
    auto created = core::OpportunityService(h.f.context(s1)).create(o);
    TL_REQUIRE_OK(created);

    auto app = h.f.app(s1);
    ui::CustomerDetailDialog dialog(*app, h.id);
    dialog.showTab(ui::CustomerDetailDialog::Tab::Opportunities);
    ui::CustomerOpportunitiesPanel* panel = dialog.opportunitiesPanel();
    ui::CustomerOpportunityTableModel* model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    using C = ui::CustomerOpportunityTableModel::Column;
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, int(C::Name)) == QStringLiteral("年度供货"));
    CHECK(cell(model, 0, int(C::Stage)) == core::opportunityStageName(QStringLiteral("contact")));
    CHECK(cell(model, 0, int(C::Amount)) == QStringLiteral("¥120,000.00"));

    panel->selectOpportunity(*created);
    panel->moveTo(QStringLiteral("proposal"));
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, int(C::Stage)) == core::opportunityStageName(QStringLiteral("proposal")));
    CHECK(panel->selectedOpportunityId() == *created); // still selected after the reload
    const QString stages = child<QLabel>(dialog, "stageHistory")->text();
    CHECK(stages.contains(core::opportunityStageName(QStringLiteral("contact"))));
    CHECK(stages.contains(core::opportunityStageName(QStringLiteral("proposal"))));
    panel->moveTo(QStringLiteral("won"));
    CHECK(cell(model, 0, int(C::Stage)) == core::opportunityStageName(QStringLiteral("won")));
    CHECK(cell(model, 0, int(C::ClosedOn)) == QStringLiteral("2026-03-15"));
}

TEST_CASE("a pool customer's detail hides its contacts and offers no edits to a salesperson",
          "[ui][customers]")
{
    CustomerFixture f;
    const qint64 pool = f.customer(QStringLiteral("P1"), QStringLiteral("公海客户"), 0, {});
    f.contact(pool, QStringLiteral("丁"), QStringLiteral("13800000004"));
    auto app = f.app(f.salesSession(f.s1));
    ui::CustomerDetailDialog dialog(*app, pool);
    CHECK(dialog.headerText() == QStringLiteral("P1  公海客户"));
    CHECK(child<QLabel>(dialog, "owner")->text().contains(QStringLiteral("pool")));
    CHECK(dialog.countdownText().isEmpty());
    CHECK(dialog.contactsPanel()->model()->rowCount() == 0);
    CHECK_FALSE(child<QLabel>(dialog, "contactsHidden")->isHidden());
    for (const char* name : {"edit", "logFollowUp", "release", "addContact"})
        CHECK(child<QPushButton>(dialog, name)->isHidden());

    // Another salesperson's customer is not shown at all.
    const qint64 other =
        f.customer(QStringLiteral("X2"), QStringLiteral("别人的客户"), f.s2, QDate(2026, 3, 1));
    ui::CustomerDetailDialog denied(*app, other);
    CHECK(denied.headerText() != QStringLiteral("X2  别人的客户"));
    CHECK_FALSE(denied.messageBar()->text().isEmpty());
    CHECK(denied.contactsPanel()->model()->rowCount() == 0);
    CHECK(child<QPushButton>(denied, "edit")->isHidden());
}
