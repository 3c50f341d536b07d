#include "PoolUiFixture.h"

#include "customers/PoolService.h"
#include "models/PoolMoveTableModel.h"
#include "models/PoolSweepTableModel.h"
#include "models/PoolTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tl;
using tl::test::PoolUiFixture;
using Column = ui::PoolTableModel::Column;

namespace {

QString cell(const QAbstractItemModel& model, int row, Column column)
{
    return model.data(model.index(row, int(column))).toString();
}

} // namespace

TEST_CASE("the pool model pages through the pool, filters, sorts and drops a claimed customer in place",
          "[ui][pool][models]")
{
    PoolUiFixture f;
    // Seven customers in the pool, two owned (not listed).
    const qint64 p1 = f.customer(QStringLiteral("P001"), QStringLiteral("甲公司"), QStringLiteral("A"));
    const qint64 p2 = f.customer(QStringLiteral("P002"), QStringLiteral("乙公司"), QStringLiteral("B"));
    f.customer(QStringLiteral("P003"), QStringLiteral("丙公司"), QStringLiteral("C"), 0, {},
               QStringLiteral("channel"));
    f.customer(QStringLiteral("P004"), QStringLiteral("丁公司"), QStringLiteral("A"));
    f.customer(QStringLiteral("P005"), QStringLiteral("戊公司"), QStringLiteral("C"));
    f.customer(QStringLiteral("P006"), QStringLiteral("己公司"), QStringLiteral("C"));
    f.customer(QStringLiteral("P007"), QStringLiteral("庚公司"), QStringLiteral("B"));
    f.customer(QStringLiteral("O001"), QStringLiteral("自有一"), QStringLiteral("A"), f.e1);
    f.customer(QStringLiteral("O002"), QStringLiteral("自有二"), QStringLiteral("A"), f.e1);

    auto app = f.app(f.sales(f.e2));
    ui::PoolTableModel model(app->core());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0); // nothing read before the first filter
    model.setPageSize(3);
    model.setFilter({});

    CHECK(model.totalCount() == 7);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == 7);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("P001"));
    CHECK(cell(model, 0, Column::Name) == QStringLiteral("甲公司"));
    CHECK(cell(model, 0, Column::Level) == QStringLiteral("A"));
    CHECK(cell(model, 0, Column::Type) == QStringLiteral("Small or medium business"));
    CHECK(cell(model, 2, Column::Type) == QStringLiteral("Channel partner"));
    CHECK(cell(model, 0, Column::Region) == QStringLiteral("华东"));
    CHECK(cell(model, 0, Column::Industry) == QStringLiteral("制造业"));
    CHECK(cell(model, 0, Column::PoolSince) == QStringLiteral("2025-01-01"));
    CHECK(model.data(model.index(0, 0), ui::PoolTableModel::CustomerIdRole).toLongLong() == p1);
    CHECK(model.headerData(int(Column::PoolSince), Qt::Horizontal).toString() ==
          QStringLiteral("In pool since"));

    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 6);
    model.fetchMore({});
    CHECK(model.rowCount() == 7);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(cell(model, 6, Column::Code) == QStringLiteral("P007"));

    // Filters go to the query: level B, then channel partners.
    core::CustomerQuery::Filter filter;
    filter.level = QStringLiteral("B");
    model.setFilter(filter);
    CHECK(model.totalCount() == 2);
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("P002"));
    CHECK(cell(model, 1, Column::Code) == QStringLiteral("P007"));
    filter = {};
    filter.type = QStringLiteral("channel");
    model.setFilter(filter);
    CHECK(model.totalCount() == 1);
    filter = {};
    filter.search = QStringLiteral("P00");
    model.setFilter(filter);
    CHECK(model.totalCount() == 7);

    // Sorted by code, descending.
    model.sort(int(Column::Code), Qt::DescendingOrder);
    REQUIRE(model.rowCount() == 3);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("P007"));
    CHECK(cell(model, 2, Column::Code) == QStringLiteral("P005"));
    model.sort(int(Column::Code), Qt::AscendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 7);

    // A claim removes the row where it is (no reset) and lowers the count.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    core::NoPoolFacts facts;
    TL_POOL_REQUIRE_OK(core::PoolService(app->core(), facts).claim(p2));
    CHECK(resets.count() == 0);
    CHECK(removed.count() == 1);
    CHECK(model.rowCount() == 6);
    CHECK(model.totalCount() == 6);
    CHECK(model.rowOfId(p2) == -1);
    CHECK(cell(model, 1, Column::Code) == QStringLiteral("P003"));

    // Back into the pool: the rows are read again and it is there.
    TL_POOL_REQUIRE_OK(core::PoolService(app->core(), facts).release(p2));
    CHECK(model.totalCount() == 7);
    CHECK(model.rowOfId(p2) == 1);
}

TEST_CASE("the move and sweep models show owners, new owners and why", "[ui][pool][models]")
{
    ui::PoolMoveTableModel moves;
    QAbstractItemModelTester tester(&moves, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::PoolService::Move placed;
    placed.customerId = 1;
    placed.customerCode = QStringLiteral("C001");
    placed.customerName = QStringLiteral("甲");
    placed.toOwnerId = 7;
    placed.toOwnerName = QStringLiteral("王一");
    core::PoolService::Move skipped;
    skipped.customerId = 2;
    skipped.customerCode = QStringLiteral("C002");
    skipped.fromOwnerId = 9;
    skipped.reason = QStringLiteral("full");
    moves.setMoves({placed, skipped}, {{9, QStringLiteral("赵四")}});
    REQUIRE(moves.rowCount() == 2);
    CHECK(moves.placedCount() == 1);
    CHECK(moves.skippedCount() == 1);
    using M = ui::PoolMoveTableModel::Column;
    CHECK(moves.data(moves.index(0, int(M::From))).toString() == QStringLiteral("Pool"));
    CHECK(moves.data(moves.index(0, int(M::To))).toString() == QStringLiteral("王一"));
    CHECK(moves.data(moves.index(1, int(M::From))).toString() == QStringLiteral("赵四"));
    CHECK(moves.data(moves.index(1, int(M::To))).toString() == QStringLiteral("Not assigned"));
    CHECK(moves.data(moves.index(1, int(M::Note))).toString() == QStringLiteral("full"));
    CHECK(moves.data(moves.index(1, 0), ui::PoolMoveTableModel::SkippedRole).toBool());

    ui::PoolSweepTableModel sweep;
    QAbstractItemModelTester sweepTester(&sweep, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::PoolSweep::Item warned;
    warned.customerCode = QStringLiteral("S002");
    warned.ownerCode = QStringLiteral("E001");
    warned.reason = QStringLiteral("no_deal");
    warned.dueOn = QDate(2026, 3, 20);
    warned.daysLeft = 5;
    sweep.setItems({warned});
    using S = ui::PoolSweepTableModel::Column;
    CHECK(sweep.data(sweep.index(0, int(S::Rule))).toString() == QStringLiteral("No deal"));
    CHECK(sweep.data(sweep.index(0, int(S::DueOn))).toString() == QStringLiteral("2026-03-20"));
    CHECK(sweep.data(sweep.index(0, int(S::DaysLeft))).toString() == QStringLiteral("5 day(s)"));
}
