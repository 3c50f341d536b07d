#include "PoolUiFixture.h"

#include "customers/CustomerService.h"
#include "customers/PoolService.h"
#include "models/PoolTableModel.h"
#include "pool/PoolPage.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace tl;
using tl::test::PoolUiFixture;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace

TEST_CASE("the pool page says why a claim is refused, before and after clicking", "[ui][pool]")
{
    PoolUiFixture f;
    f.salesLimit(2); // two owned customers at most
    const qint64 pool = f.customer(QStringLiteral("P001"), QStringLiteral("甲公司"));
    f.customer(QStringLiteral("O001"), QStringLiteral("自有一"), QStringLiteral("C"), f.e1);
    f.customer(QStringLiteral("O002"), QStringLiteral("自有二"), QStringLiteral("C"), f.e1);

    auto app = f.app(f.sales(f.e1));
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::PoolPage page(*app);
    page.resize(1100, 700);
    page.activate();
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(child<QLabel>(page, "count")->text() == QStringLiteral("1 customer(s) in the pool"));

    page.view()->selectRow(0);
    CHECK(page.currentCustomerId() == pool);
    // Before clicking: the reason, and the button disabled.
    CHECK(page.claimStatusText().startsWith(QStringLiteral("Cannot claim: ")));
    CHECK(page.claimStatusText().contains(QStringLiteral("王一 already owns 2 customer(s)")));
    CHECK(page.claimStatusText().contains(QStringLiteral("cap of 2")));
    CHECK_FALSE(child<QPushButton>(page, "claimButton")->isEnabled());
    CHECK(page.previousOwnerText() == QStringLiteral("No previous owner."));

    // Claiming anyway (e.g. the state changed since): refused, the reason inline, nothing moved.
    page.claimSelected();
    CHECK(bar.kind() == ui::MessageBar::Kind::Error);
    CHECK(bar.text().startsWith(QStringLiteral("甲公司 was not claimed: ")));
    CHECK(bar.text().contains(QStringLiteral("cap of 2")));
    CHECK(page.claimStatusText().contains(QStringLiteral("cap of 2")));
    CHECK(f.ownerOf(pool) == 0);
    CHECK(page.model()->rowCount() == 1);

    // Someone with room claims it: the row leaves the pool list.
    auto other = f.app(f.sales(f.e2));
    ui::MessageBar otherBar;
    other->setMessageBar(&otherBar);
    ui::PoolPage otherPage(*other);
    otherPage.activate();
    otherPage.view()->selectRow(0);
    CHECK(otherPage.claimStatusText() == QStringLiteral("You can claim this customer."));
    CHECK(child<QPushButton>(otherPage, "claimButton")->isEnabled());
    otherPage.claimSelected();
    CHECK(otherBar.kind() == ui::MessageBar::Kind::Positive);
    CHECK(otherBar.text() == QStringLiteral("You claimed 甲公司. It is now in your customers."));
    CHECK(f.ownerOf(pool) == f.e2);
    CHECK(otherPage.model()->rowCount() == 0);
    CHECK(child<QLabel>(otherPage, "count")->text() == QStringLiteral("0 customer(s) in the pool"));
}

TEST_CASE("the pool page filters, hides what the role may not do and shows the previous owner", "[ui][pool]")
{
    PoolUiFixture f;
    const qint64 released =
        f.customer(QStringLiteral("P001"), QStringLiteral("甲公司"), QStringLiteral("A"), f.e1);
    f.customer(QStringLiteral("P002"), QStringLiteral("乙公司"), QStringLiteral("B"));
    f.customer(QStringLiteral("P003"), QStringLiteral("丙公司"), QStringLiteral("B"));
    core::NoPoolFacts facts;
    TL_POOL_REQUIRE_OK(core::PoolService(f.t.context(f.sales(f.e1)), facts).release(released));

    SECTION("a salesperson claims but does not assign or sweep")
    {
        auto app = f.app(f.sales(f.e2));
        ui::PoolPage page(*app);
        page.activate();
        CHECK(page.model()->totalCount() == 3);
        CHECK_FALSE(child<QPushButton>(page, "assignButton")->isVisibleTo(&page));
        CHECK_FALSE(child<QPushButton>(page, "sweepButton")->isVisibleTo(&page));
        CHECK(child<QPushButton>(page, "claimButton")->isVisibleTo(&page));

        child<QComboBox>(page, "levelFilter")->setCurrentIndex(2); // B
        CHECK(page.model()->totalCount() == 2);
        QLineEdit* search = child<QLineEdit>(page, "search");
        search->setText(QStringLiteral("丙"));
        emit search->returnPressed();
        CHECK(page.model()->totalCount() == 1);
        search->clear();
        child<QComboBox>(page, "levelFilter")->setCurrentIndex(0);
        page.applyFilter();
        CHECK(page.model()->totalCount() == 3);

        page.selectCustomer(released);
        CHECK(page.previousOwnerText() ==
              QStringLiteral("Previous owner: 王一, until 2026-03-15 (Released to the pool)"));

        // Claimed: the row that takes its place is selected, ready for the next claim (Ctrl+Return).
        page.claimSelected();
        CHECK(f.ownerOf(released) == f.e2);
        CHECK(page.model()->totalCount() == 2);
        REQUIRE(page.selectedCustomerIds().size() == 1);
        CHECK(page.model()->rowAt(page.model()->rowOfId(page.currentCustomerId()))->customer.code ==
              QStringLiteral("P002"));
    }
    SECTION("a manager assigns; the administrator sweeps but does not claim")
    {
        auto manager = f.app(f.managerOfTeamOne());
        ui::PoolPage managerPage(*manager);
        CHECK(child<QPushButton>(managerPage, "assignButton")->isVisibleTo(&managerPage));
        CHECK_FALSE(child<QPushButton>(managerPage, "sweepButton")->isVisibleTo(&managerPage));
        auto admin = f.app(f.admin());
        ui::PoolPage adminPage(*admin);
        CHECK(child<QPushButton>(adminPage, "sweepButton")->isVisibleTo(&adminPage));
        CHECK_FALSE(child<QPushButton>(adminPage, "claimButton")->isVisibleTo(&adminPage));
    }
}
