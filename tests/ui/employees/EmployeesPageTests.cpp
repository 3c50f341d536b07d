#include <catch2/catch.hpp>

#include "PeopleFixture.h"

#include "app/AppContext.h"
#include "employees/EmployeesPage.h"
#include "employees/LabourContractsPage.h"
#include "models/EmployeeTableModel.h"
#include "models/LabourContractAlertProxy.h"
#include "org/EmployeeService.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace tl;
using tl::test::PeopleFixture;
using Column = ui::EmployeeTableModel::Column;

namespace {

std::unique_ptr<ui::AppContext> appFor(PeopleFixture& f, core::Role role)
{
    auto db = core::Database::open(f.db().path(), core::Database::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    return std::make_unique<ui::AppContext>(std::move(db).value(), PeopleFixture::session(role),
                                            std::make_unique<core::FixedClock>(f.db().clock().now()));
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace

TEST_CASE("the employees page loads lazily, counts, searches, filters and sorts", "[ui][employees]")
{
    PeopleFixture f;
    const qint64 north = f.department(QStringLiteral("North"));
    const qint64 south = f.department(QStringLiteral("South"));
    for (int i = 1; i <= 260; ++i)
        f.employee(i, i <= 60 ? north : south);
    auto app = appFor(f, core::Role::Hr);
    ui::MessageBar bar;
    app->setMessageBar(&bar);

    ui::EmployeesPage page(*app);
    page.resize(1300, 800);
    CHECK(page.model()->rowCount() == 0); // nothing read before the page is shown
    page.activate();
    CHECK(page.model()->rowCount() == 200);
    CHECK(child<QLabel>(page, "count")->text().contains(QStringLiteral("260")));

    // Search (debounced; Enter applies at once).
    QLineEdit* search = child<QLineEdit>(page, "search");
    search->setText(QStringLiteral("E025"));
    emit search->returnPressed();
    CHECK(page.model()->totalCount() == 10); // E0250..E0259
    search->clear();
    page.applyFilter();
    CHECK(page.model()->totalCount() == 260);

    // The department tree filters.
    QTreeWidget* tree = child<QTreeWidget>(page, "departmentTree");
    REQUIRE(tree->topLevelItemCount() == 1); // "All departments" with North and South under it
    REQUIRE(tree->topLevelItem(0)->childCount() == 2);
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    CHECK(page.model()->totalCount() == 60);
    tree->setCurrentItem(tree->topLevelItem(0));
    CHECK(page.model()->totalCount() == 260);

    // A header click sorts through the model; a column without an index keeps the previous order.
    QHeaderView* header = page.view()->horizontalHeader();
    header->setSortIndicator(int(Column::Name), Qt::AscendingOrder);
    CHECK(page.model()->sortColumn() == int(Column::Name));
    CHECK(page.model()->index(0, int(Column::Code)).data().toString() == QStringLiteral("E0260"));
    header->setSortIndicator(int(Column::Phone), Qt::AscendingOrder);
    CHECK(header->sortIndicatorSection() == int(Column::Name));
    CHECK(page.model()->sortColumn() == int(Column::Name));

    // Selecting a row fills the contract panel; the status filter re-queries.
    page.selectEmployee(page.model()->index(0, 0).data(ui::EmployeeTableModel::EmployeeIdRole).toLongLong());
    CHECK(page.selectedEmployeeId() != 0);
    QComboBox* status = child<QComboBox>(page, "statusFilter");
    status->setCurrentIndex(status->findData(core::employeeStatusKey(core::EmployeeStatus::Probation)));
    CHECK(page.model()->totalCount() == 0);
    CHECK_FALSE(child<QCheckBox>(page, "includeLeft")->isEnabled());
    CHECK(bar.isHidden());
}

TEST_CASE("a read-only role gets no edit buttons on the employees page", "[ui][employees]")
{
    PeopleFixture f;
    f.employee(1, 0);
    auto app = appFor(f, core::Role::Finance);
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::EmployeesPage page(*app);
    page.activate();
    CHECK(page.model()->rowCount() == 1);
    // Selecting a row does not ask for the contracts this role may not see.
    page.selectEmployee(page.model()->index(0, 0).data(ui::EmployeeTableModel::EmployeeIdRole).toLongLong());
    CHECK(page.selectedEmployeeId() != 0);
    CHECK(bar.isHidden());
    int visibleNew = 0;
    for (QPushButton* button : page.findChildren<QPushButton*>())
        if (!button->isHidden() && button->text().contains(QStringLiteral("New")))
            ++visibleNew;
    CHECK(visibleNew == 0);
}

TEST_CASE("the labour contracts page lists alerts as of today and filters them by kind", "[ui][contracts]")
{
    PeopleFixture f;
    core::Employee a;
    a.code = QStringLiteral("A001");
    a.name = QStringLiteral("甲");
    a.hireDate = QDate(2023, 4, 2);
    a.id = f.employee(a);
    f.contract(a.id, core::ContractType::FixedTerm, QDate(2023, 4, 2), QDate(2026, 4, 1));
    core::Employee n;
    n.code = QStringLiteral("N001");
    n.name = QStringLiteral("乙");
    n.hireDate = QDate(2026, 1, 5);
    f.employee(n);

    auto app = appFor(f, core::Role::Hr); // the test clock: 2026-03-15
    ui::LabourContractsPage page(*app);
    page.activate();
    CHECK(page.proxy()->rowCount() == 2);
    QComboBox* kind = child<QComboBox>(page, "kindFilter");
    kind->setCurrentIndex(kind->findData(int(core::ContractAlert::Kind::EndingSoon)));
    REQUIRE(page.proxy()->rowCount() == 1);
    CHECK(page.proxy()->index(0, 1).data().toString() == QStringLiteral("A001"));
    CHECK(child<QLabel>(page, "summary")->text().contains(QStringLiteral("2026-03-15")));
}
