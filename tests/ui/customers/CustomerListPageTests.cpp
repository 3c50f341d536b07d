#include <catch2/catch.hpp>

#include "CustomerFixture.h"

#include "app/Pages.h"
#include "customers/CustomerFilterBar.h"
#include "customers/CustomerListPage.h"
#include "customers/CustomerService.h"
#include "models/CustomerTableModel.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace tl;
using tl::test::CustomerFixture;
using Column = ui::CustomerTableModel::Column;
using Mode = ui::CustomerListPage::Mode;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

QStringList pageKeys(const core::Session& session)
{
    QStringList keys;
    for (const ui::PageEntry& entry : ui::pagesFor(session))
        keys << entry.key;
    return keys;
}

// S001 owns A1-A3 (levels A, B, C), S002 owns B1-B2, S003 (west) owns W1, and P1 is in the pool.
struct Team
{
    CustomerFixture f;
    qint64 a1 = 0, a2 = 0, a3 = 0, b1 = 0, b2 = 0, w1 = 0, p1 = 0;

    Team()
    {
        a1 = f.customer(QStringLiteral("A1"), QStringLiteral("甲一"), f.s1, QDate(2026, 3, 1),
                        QStringLiteral("A"));
        a2 = f.customer(QStringLiteral("A2"), QStringLiteral("甲二"), f.s1, QDate(2026, 2, 18),
                        QStringLiteral("B"));
        a3 = f.customer(QStringLiteral("A3"), QStringLiteral("甲三"), f.s1, QDate(2026, 3, 10),
                        QStringLiteral("C"));
        b1 = f.customer(QStringLiteral("B1"), QStringLiteral("乙一"), f.s2, QDate(2026, 3, 1));
        b2 = f.customer(QStringLiteral("B2"), QStringLiteral("乙二"), f.s2, QDate(2026, 3, 1));
        w1 = f.customer(QStringLiteral("W1"), QStringLiteral("西一"), f.s3, QDate(2026, 3, 1));
        p1 = f.customer(QStringLiteral("P1"), QStringLiteral("公海"), 0, {});
    }
};

// Answers the next modal question with the button whose text is `buttonText`.
void answerNextQuestion(const QString& buttonText, bool* asked)
{
    QTimer::singleShot(0, [buttonText, asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = true;
        for (QAbstractButton* button : box->buttons())
            if (button->text() == buttonText) {
                button->click();
                return;
            }
        box->reject();
    });
}

} // namespace

TEST_CASE("the customer pages are offered by role", "[ui][customers]")
{
    CustomerFixture f;
    using core::Role;
    CHECK(pageKeys(f.salesSession(f.s1)).contains(QStringLiteral("my-customers")));
    CHECK_FALSE(pageKeys(f.salesSession(f.s1)).contains(QStringLiteral("team-customers")));
    CHECK(pageKeys(f.managerSession()).contains(QStringLiteral("my-customers")));
    CHECK(pageKeys(f.managerSession()).contains(QStringLiteral("team-customers")));
    for (Role role : {Role::Admin, Role::Finance, Role::Auditor}) {
        CHECK_FALSE(pageKeys(f.session(role)).contains(QStringLiteral("my-customers")));
        CHECK(pageKeys(f.session(role)).contains(QStringLiteral("team-customers")));
    }
    CHECK_FALSE(pageKeys(f.session(Role::Hr)).contains(QStringLiteral("my-customers")));
    CHECK_FALSE(pageKeys(f.session(Role::Hr)).contains(QStringLiteral("team-customers")));
}

TEST_CASE("my customers loads lazily, counts, filters and sorts from the header", "[ui][customers]")
{
    Team t;
    auto app = t.f.app(t.f.salesSession(t.f.s1));
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::CustomerListPage page(*app, Mode::Mine);
    page.resize(1300, 700);
    CHECK(page.title() == QStringLiteral("My customers"));
    CHECK(page.model()->rowCount() == 0); // nothing read before the page is shown
    page.activate();
    CHECK(page.model()->rowCount() == 3);
    CHECK(child<QLabel>(page, "count")->text().contains(QStringLiteral("3")));
    CHECK(page.view()->horizontalHeader()->isSectionHidden(int(Column::Owner)));
    CHECK_FALSE(child<QPushButton>(page, "newCustomer")->isHidden());
    CHECK_FALSE(child<QPushButton>(page, "release")->isHidden());
    CHECK(child<QPushButton>(page, "assign")->isHidden());
    for (int row = 0; row < page.model()->rowCount(); ++row)
        CHECK(page.model()->rowAt(row)->customer.ownerId == t.f.s1);

    // Search applies on Enter (and after a pause while typing).
    QLineEdit* search = child<QLineEdit>(page, "search");
    search->setText(QStringLiteral("甲二"));
    emit search->returnPressed();
    REQUIRE(page.model()->totalCount() == 1);
    CHECK(page.model()->rowAt(0)->customer.code == QStringLiteral("A2"));
    page.filterBar()->setSearch(QString());
    CHECK(page.model()->totalCount() == 3);

    child<QComboBox>(page, "levelFilter")->setCurrentIndex(1); // A
    CHECK(page.model()->totalCount() == 1);
    child<QComboBox>(page, "levelFilter")->setCurrentIndex(0);
    page.filterBar()->setReclaimWithin(7); // A2: 5 days left
    REQUIRE(page.model()->totalCount() == 1);
    CHECK(page.model()->rowAt(0)->customer.code == QStringLiteral("A2"));
    page.filterBar()->setReclaimWithin(-1);
    CHECK(page.model()->totalCount() == 3);

    // Sorting by a header click; a column without an index puts the indicator back.
    QHeaderView* header = page.view()->horizontalHeader();
    header->setSortIndicator(int(Column::Reclaim), Qt::AscendingOrder);
    CHECK(page.model()->rowAt(0)->customer.code == QStringLiteral("A2")); // 2026-03-20
    CHECK(page.model()->rowAt(2)->customer.code == QStringLiteral("A3")); // 2026-04-09
    header->setSortIndicator(int(Column::Region), Qt::DescendingOrder);
    CHECK(header->sortIndicatorSection() == int(Column::Reclaim));
    CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);

    // Buttons follow the selection.
    CHECK_FALSE(child<QPushButton>(page, "details")->isEnabled());
    page.selectCustomer(t.a1);
    CHECK(page.currentCustomerId() == t.a1);
    CHECK(child<QPushButton>(page, "details")->isEnabled());
    CHECK(child<QPushButton>(page, "edit")->isEnabled());
    CHECK(child<QPushButton>(page, "logFollowUp")->isEnabled());
    CHECK(child<QPushButton>(page, "release")->isEnabled());
}

TEST_CASE("releasing from my customers asks first and moves the customer to the pool", "[ui][customers]")
{
    Team t;
    auto app = t.f.app(t.f.salesSession(t.f.s1));
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::CustomerListPage page(*app, Mode::Mine);
    page.activate();
    page.selectCustomer(t.a3);

    bool asked = false;
    answerNextQuestion(QStringLiteral("Cancel"), &asked);
    page.releaseSelected();
    CHECK(asked);
    CHECK(page.model()->totalCount() == 3);

    asked = false;
    answerNextQuestion(QStringLiteral("Release"), &asked);
    page.releaseSelected();
    CHECK(asked);
    CHECK(page.model()->totalCount() == 2);
    CHECK(page.model()->rowOfId(t.a3) < 0);
    CHECK(bar.kind() == ui::MessageBar::Kind::Positive);
    auto released = core::CustomerService(t.f.context()).get(t.a3);
    TL_REQUIRE_OK(released);
    CHECK(released->ownerId == 0);
    auto history = core::CustomerService(t.f.context()).ownershipHistory(t.a3);
    TL_REQUIRE_OK(history);
    CHECK(history->last().reason == core::OwnershipReason::Released);
}

TEST_CASE("team customers: a manager's team with the owner filter and assignment, finance reads all",
          "[ui][customers]")
{
    Team t;
    auto app = t.f.app(t.f.managerSession());
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::CustomerListPage page(*app, Mode::Team);
    CHECK(page.title() == QStringLiteral("Team customers"));
    page.activate();
    CHECK(page.model()->totalCount() == 5); // Sales East: A1-A3, B1, B2; not the west, not the pool
    CHECK(page.model()->rowOfId(t.w1) < 0);
    CHECK(page.model()->rowOfId(t.p1) < 0);
    CHECK_FALSE(page.view()->horizontalHeader()->isSectionHidden(int(Column::Owner)));

    page.filterBar()->setOwnerCode(QStringLiteral("S002"));
    CHECK(page.model()->totalCount() == 2);
    CHECK(child<QLabel>(page, "ownerFilterName")->text() == QStringLiteral("李四"));
    page.filterBar()->setOwnerCode(QStringLiteral("NOPE"));
    CHECK(page.model()->totalCount() == 0);
    CHECK_FALSE(page.filterBar()->ownerProblem().isEmpty());
    CHECK(bar.kind() == ui::MessageBar::Kind::Error);
    page.filterBar()->setOwnerCode(QString());
    CHECK(page.model()->totalCount() == 5);

    QPushButton* assign = child<QPushButton>(page, "assign");
    CHECK_FALSE(assign->isHidden());
    CHECK_FALSE(assign->isEnabled());
    page.view()->selectAll();
    CHECK(page.selectedCustomerIds().size() == 5);
    CHECK(assign->isEnabled());
    CHECK(child<QPushButton>(page, "release")->isEnabled());

    // Finance reads every owned customer and changes nothing.
    auto financeApp = t.f.app(t.f.session(core::Role::Finance));
    ui::CustomerListPage finance(*financeApp, Mode::Team);
    finance.activate();
    CHECK(finance.model()->totalCount() == 6);
    for (const char* name : {"newCustomer", "edit", "logFollowUp", "release", "assign"})
        CHECK(child<QPushButton>(finance, name)->isHidden());
    CHECK_FALSE(child<QPushButton>(finance, "details")->isHidden());
}
