#include <catch2/catch.hpp>

#include "PeopleFixture.h"

#include "common/ChangeNotifier.h"
#include "models/EmployeeTableModel.h"
#include "org/EmployeeService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tl;
using tl::test::PeopleFixture;
using Column = ui::EmployeeTableModel::Column;

namespace {

QString cell(const ui::EmployeeTableModel& model, int row, Column column)
{
    return model.index(row, int(column)).data().toString();
}

void fetchAll(ui::EmployeeTableModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

// 450 employees E0001..E0450: E0001-E0150 in Sales East, E0151-E0300 in its sub-team East-1,
// E0301-E0450 in Service. Names count down (E0001 = Name-999, E0450 = Name-550).
struct Staff
{
    PeopleFixture f;
    qint64 sales = 0;
    qint64 east1 = 0;
    qint64 service = 0;

    Staff()
    {
        sales = f.department(QStringLiteral("Sales East"));
        east1 = f.department(QStringLiteral("East-1"), sales);
        service = f.department(QStringLiteral("Service"));
        for (int i = 1; i <= 450; ++i)
            f.employee(i, i <= 150 ? sales : i <= 300 ? east1 : service);
    }
};

} // namespace

TEST_CASE("the employee model fetches pages of 200 through fetchMore and passes the model tester",
          "[ui][employees]")
{
    Staff staff;
    ui::EmployeeTableModel model(staff.f.context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));

    QSignalSpy totals(&model, &ui::EmployeeTableModel::totalCountChanged);
    model.reload();
    CHECK(model.totalCount() == 450);
    REQUIRE(totals.size() == 1);
    CHECK(totals.first().first().toLongLong() == 450);
    CHECK(model.rowCount() == 200);
    CHECK(model.columnCount() == int(Column::Count));
    CHECK(model.canFetchMore({}));
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("E0001"));
    CHECK(cell(model, 199, Column::Code) == QStringLiteral("E0200"));

    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(cell(model, 449, Column::Code) == QStringLiteral("E0450"));
    CHECK(cell(model, 449, Column::Name) == QStringLiteral("Name-550"));
    CHECK(cell(model, 449, Column::Department) == QStringLiteral("Service"));
    CHECK(cell(model, 449, Column::HireDate) == QStringLiteral("2021-03-26"));
    CHECK(cell(model, 0, Column::Phone) == QStringLiteral("13900000001"));
    CHECK(model.index(3, 0).data(ui::EmployeeTableModel::EmployeeCodeRole).toString() ==
          QStringLiteral("E0004"));
    CHECK(model.rowOfId(model.index(10, 0).data(ui::EmployeeTableModel::EmployeeIdRole).toLongLong()) == 10);
}

TEST_CASE("sorting by a header re-queries in that order; unsupported columns are ignored", "[ui][employees]")
{
    Staff staff;
    ui::EmployeeTableModel model(staff.f.context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();

    model.sort(int(Column::Name), Qt::AscendingOrder);
    CHECK(model.rowCount() == 200);
    CHECK(cell(model, 0, Column::Name) == QStringLiteral("Name-550"));
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("E0450"));
    fetchAll(model);
    CHECK(cell(model, 449, Column::Code) == QStringLiteral("E0001"));

    model.sort(int(Column::Code), Qt::DescendingOrder);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("E0450"));
    CHECK(model.sortColumn() == int(Column::Code));
    CHECK(model.sortOrder() == Qt::DescendingOrder);

    model.sort(int(Column::HireDate), Qt::AscendingOrder);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("E0001"));

    // The phone column has no index to sort by: nothing changes.
    model.sort(int(Column::Phone), Qt::DescendingOrder);
    CHECK(model.sortColumn() == int(Column::HireDate));
    CHECK(model.sortOrder() == Qt::AscendingOrder);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("E0001"));
}

TEST_CASE("filters by department subtree, search and status re-query with their count", "[ui][employees]")
{
    Staff staff;
    core::EmployeeService service(staff.f.context());
    // Five people left, three are on probation.
    for (int i : {1, 2, 3, 4, 5})
        TL_REQUIRE_OK(service.setStatus(service.getByCode(PeopleFixture::code(i))->id,
                                        core::EmployeeStatus::Left, QDate(2026, 2, 28)));
    for (int i : {301, 302, 303})
        TL_REQUIRE_OK(service.setStatus(service.getByCode(PeopleFixture::code(i))->id,
                                        core::EmployeeStatus::Probation));

    ui::EmployeeTableModel model(staff.f.context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    CHECK(model.totalCount() == 445); // "left" hidden by default

    core::EmployeeQuery::Filter filter;
    filter.includeLeft = true;
    model.setFilter(filter);
    CHECK(model.totalCount() == 450);

    filter = {};
    filter.departmentId = staff.sales; // Sales East and East-1, without the 5 who left
    model.setFilter(filter);
    CHECK(model.totalCount() == 295);
    fetchAll(model);
    CHECK(model.rowCount() == 295);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("E0006"));

    filter.departmentId = staff.east1;
    model.setFilter(filter);
    CHECK(model.totalCount() == 150);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("E0151"));

    filter = {};
    filter.search = QStringLiteral("e001"); // E0010..E0019, case-insensitive
    model.setFilter(filter);
    CHECK(model.totalCount() == 10);
    CHECK(model.rowCount() == 10);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(cell(model, 9, Column::Code) == QStringLiteral("E0019"));

    filter = {};
    filter.status = core::EmployeeStatus::Probation;
    model.setFilter(filter);
    CHECK(model.totalCount() == 3);
    CHECK(cell(model, 2, Column::Code) == QStringLiteral("E0303"));

    filter.status = core::EmployeeStatus::Left;
    model.setFilter(filter);
    CHECK(model.totalCount() == 5);
}

TEST_CASE("a change notification refreshes exactly the changed row; a new employee appears",
          "[ui][employees]")
{
    Staff staff;
    core::ChangeNotifier notifier;
    core::Context ctx = staff.f.context();
    ctx.notifier = &notifier;
    ui::EmployeeTableModel model(ctx);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    REQUIRE(model.rowCount() == 200);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    core::EmployeeService service(ctx);
    core::Employee e = *service.getByCode(QStringLiteral("E0007"));
    e.phone = QStringLiteral("13812345678");
    TL_REQUIRE_OK(service.update(e));
    CHECK(resets.isEmpty());
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().at(0).value<QModelIndex>().row() == 6);
    CHECK(cell(model, 6, Column::Phone) == QStringLiteral("13812345678"));
    CHECK(model.rowCount() == 200);

    // A new record sorts between loaded rows: the loaded rows are read again and it is there.
    core::Employee fresh;
    fresh.code = QStringLiteral("E0007A");
    fresh.name = QStringLiteral("New Person");
    fresh.hireDate = QDate(2026, 3, 1);
    const qint64 id = *service.create(fresh);
    CHECK(resets.size() == 1);
    CHECK(model.totalCount() == 451);
    CHECK(model.rowOfId(id) == 7);
    CHECK(cell(model, 7, Column::Name) == QStringLiteral("New Person"));

    // Leaving the filter (status "left" is hidden) removes the row.
    TL_REQUIRE_OK(service.setStatus(id, core::EmployeeStatus::Left, QDate(2026, 3, 10)));
    CHECK(model.rowOfId(id) == -1);
    CHECK(model.totalCount() == 450);
    CHECK(cell(model, 7, Column::Code) == QStringLiteral("E0008"));
}

TEST_CASE("a finance session sees ID numbers masked", "[ui][employees]")
{
    PeopleFixture f;
    core::Employee e;
    e.code = QStringLiteral("F001");
    e.name = QStringLiteral("张三");
    e.hireDate = QDate(2024, 5, 6);
    e.idNumber = QStringLiteral("11010519491231002X");
    e.bankAccount = QStringLiteral("6222020200112233445");
    f.employee(e);

    ui::EmployeeTableModel hrModel(f.context(PeopleFixture::session(core::Role::Hr)));
    hrModel.reload();
    REQUIRE(hrModel.rowCount() == 1);
    CHECK(cell(hrModel, 0, Column::IdNumber) == QStringLiteral("11010519491231002X"));

    ui::EmployeeTableModel financeModel(f.context(PeopleFixture::session(core::Role::Finance)));
    QAbstractItemModelTester tester(&financeModel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    financeModel.reload();
    REQUIRE(financeModel.rowCount() == 1);
    CHECK(cell(financeModel, 0, Column::IdNumber) == QStringLiteral("1101**********002X"));
    CHECK_FALSE(financeModel.index(0, int(Column::IdNumber)).data(Qt::ToolTipRole).toString().isEmpty());
}
