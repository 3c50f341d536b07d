#include <catch2/catch.hpp>

#include "CustomerFixture.h"

#include "common/ChangeNotifier.h"
#include "customers/FollowUpService.h"
#include "customers/PoolRules.h"
#include "customers/PoolService.h"
#include "models/CustomerCountdown.h"
#include "models/CustomerTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSignalSpy>

using namespace tl;
using tl::test::CustomerFixture;
using Column = ui::CustomerTableModel::Column;
using Scope = core::CustomerQuery::Scope;
using State = ui::CustomerCountdown::State;

namespace {

QString cell(const ui::CustomerTableModel& model, int row, Column column, int role = Qt::DisplayRole)
{
    return model.index(row, int(column)).data(role).toString();
}

int rowOfCode(const ui::CustomerTableModel& model, const QString& code)
{
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.rowAt(i)->customer.code == code)
            return i;
    return -1;
}

void fetchAll(ui::CustomerTableModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

core::CustomerQuery::Filter scope(Scope s)
{
    core::CustomerQuery::Filter f;
    f.scope = s;
    return f;
}

QString code(int i)
{
    return QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0'));
}

// 400 customers: C0001-C0300 owned by S001 since 2026-03-01, C0301-C0400 by S002 since 2026-03-01,
// C0401-C0450 in the pool. Names count down (C0001 = Customer-999, C0300 = Customer-700); level A when
// i % 3 == 0, B when i % 3 == 1, else C; type key_account for even i, else sme.
struct Book
{
    CustomerFixture f;

    Book()
    {
        for (int i = 1; i <= 450; ++i) {
            const qint64 owner = i <= 300 ? f.s1 : i <= 400 ? f.s2 : 0;
            const QString level = i % 3 == 0   ? QStringLiteral("A")
                                  : i % 3 == 1 ? QStringLiteral("B")
                                               : QStringLiteral("C");
            const QString type = i % 2 == 0 ? QStringLiteral("key_account") : QStringLiteral("sme");
            f.customer(code(i), QStringLiteral("Customer-%1").arg(1000 - i, 3, 10, QLatin1Char('0')), owner,
                       QDate(2026, 3, 1), level, type, i == 7 ? QStringLiteral("华东") : QString());
        }
    }
};

} // namespace

TEST_CASE("the customer model fetches pages through fetchMore and passes the model tester", "[ui][customers]")
{
    Book book;
    ui::CustomerTableModel model(book.f.context(book.f.salesSession(book.f.s1)));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0); // nothing read before the first filter
    CHECK_FALSE(model.canFetchMore({}));

    QSignalSpy totals(&model, &ui::CustomerTableModel::totalCountChanged);
    model.setFilter(scope(Scope::Mine));
    CHECK(model.totalCount() == 300);
    REQUIRE(totals.size() == 1);
    CHECK(model.rowCount() == 200);
    CHECK(model.columnCount() == int(Column::Count));
    CHECK(model.canFetchMore({}));
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("C0001"));
    CHECK(cell(model, 199, Column::Code) == QStringLiteral("C0200"));
    model.fetchMore({});
    CHECK(model.rowCount() == 300);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(cell(model, 299, Column::Code) == QStringLiteral("C0300"));
    CHECK(cell(model, 299, Column::Name) == QStringLiteral("Customer-700"));
    CHECK(cell(model, 0, Column::Owner) == QStringLiteral("张三"));
    CHECK(cell(model, 0, Column::OwnedSince) == QStringLiteral("2026-03-01"));
    CHECK(cell(model, 0, Column::LastFollowUp).isEmpty());
    CHECK(cell(model, 1, Column::Type) == core::customerTypeName(QStringLiteral("key_account")));
    CHECK(cell(model, 0, Column::Level) == QStringLiteral("B"));
    // Owned since 2026-03-01, no follow-up: reclaimed on 2026-03-31, 16 days after 2026-03-15.
    CHECK(cell(model, 0, Column::Reclaim) == QStringLiteral("16 day(s) left before the pool"));
    CHECK(model.index(0, 0).data(ui::CustomerTableModel::DaysToReclaimRole).toInt() == 16);
    CHECK(model.index(0, 0).data(ui::CustomerTableModel::CountdownStateRole).toInt() == int(State::Far));
    CHECK(model.index(4, 0).data(ui::CustomerTableModel::CustomerCodeRole).toString() ==
          QStringLiteral("C0005"));
    const qint64 id = model.index(10, 0).data(ui::CustomerTableModel::CustomerIdRole).toLongLong();
    CHECK(model.rowOfId(id) == 10);
    CHECK(model.rowAt(10)->customer.code == QStringLiteral("C0011"));

    // A manager's team: S001's and S002's customers, not the pool.
    ui::CustomerTableModel team(book.f.context(book.f.managerSession()));
    QAbstractItemModelTester teamTester(&team, QAbstractItemModelTester::FailureReportingMode::Fatal);
    team.setFilter(scope(Scope::Team));
    CHECK(team.totalCount() == 400);
    fetchAll(team);
    CHECK(team.rowCount() == 400);
    CHECK(cell(team, 399, Column::Code) == QStringLiteral("C0400"));
    CHECK(cell(team, 399, Column::Owner) == QStringLiteral("李四"));
}

TEST_CASE("sorting by a header re-queries in that order; other columns are ignored", "[ui][customers]")
{
    Book book;
    ui::CustomerTableModel model(book.f.context(book.f.salesSession(book.f.s1)));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter(scope(Scope::Mine));

    model.sort(int(Column::Name), Qt::AscendingOrder);
    CHECK(model.rowCount() == 200);
    CHECK(cell(model, 0, Column::Name) == QStringLiteral("Customer-700"));
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("C0300"));
    fetchAll(model);
    CHECK(cell(model, 299, Column::Code) == QStringLiteral("C0001"));

    model.sort(int(Column::Code), Qt::DescendingOrder);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("C0300"));
    CHECK(model.sortColumn() == int(Column::Code));
    CHECK(model.sortOrder() == Qt::DescendingOrder);

    model.sort(int(Column::Level), Qt::AscendingOrder); // A first (i % 3 == 0), then by code
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("C0003"));
    CHECK(cell(model, 1, Column::Code) == QStringLiteral("C0006"));
    fetchAll(model);
    CHECK(cell(model, 99, Column::Code) == QStringLiteral("C0300"));
    CHECK(cell(model, 100, Column::Code) == QStringLiteral("C0001")); // the first B
    CHECK(cell(model, 299, Column::Code) == QStringLiteral("C0299")); // the last C

    // Region has no index to sort by: nothing changes.
    model.sort(int(Column::Region), Qt::DescendingOrder);
    CHECK(model.sortColumn() == int(Column::Level));
    CHECK(model.sortOrder() == Qt::AscendingOrder);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("C0003"));
}

TEST_CASE("the filters re-query with their count", "[ui][customers]")
{
    Book book;
    ui::CustomerTableModel model(book.f.context(book.f.salesSession(book.f.s1)));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::CustomerQuery::Filter filter = scope(Scope::Mine);
    filter.search = QStringLiteral("c001"); // C0010..C0019, case-insensitive
    model.setFilter(filter);
    CHECK(model.totalCount() == 10);
    CHECK(model.rowCount() == 10);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("C0010"));

    filter.search = QStringLiteral("华东"); // region
    model.setFilter(filter);
    CHECK(model.totalCount() == 1);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("C0007"));
    CHECK(cell(model, 0, Column::Region) == QStringLiteral("华东"));

    filter = scope(Scope::Mine);
    filter.level = QStringLiteral("A");
    model.setFilter(filter);
    CHECK(model.totalCount() == 100);
    filter.type = QStringLiteral("key_account"); // A and even: i % 6 == 0
    model.setFilter(filter);
    CHECK(model.totalCount() == 50);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("C0006"));

    filter = scope(Scope::Mine);
    filter.reclaimWithinDays = 15; // all reclaimed in 16 days
    model.setFilter(filter);
    CHECK(model.totalCount() == 0);
    CHECK(model.rowCount() == 0);
    filter.reclaimWithinDays = 16;
    model.setFilter(filter);
    CHECK(model.totalCount() == 300);

    // The team list by owner.
    ui::CustomerTableModel team(book.f.context(book.f.managerSession()));
    filter = scope(Scope::Team);
    filter.ownerId = book.f.s2;
    team.setFilter(filter);
    CHECK(team.totalCount() == 100);
    CHECK(cell(team, 0, Column::Code) == QStringLiteral("C0301"));
}

TEST_CASE("the pool countdown reads far, warned, today and overdue with the level's warning window",
          "[ui][customers]")
{
    CustomerFixture f;
    // Level A warns 20 days ahead; B and C keep the default 7.
    core::PoolRule ruleA;
    ruleA.effectiveFrom = QDate(2026, 1, 1);
    ruleA.level = QStringLiteral("A");
    ruleA.warnDays = 20;
    TL_REQUIRE_OK(core::PoolRules(f.context()).addRule(ruleA));

    f.customer(QStringLiteral("D1"), QStringLiteral("远期"), f.s1, QDate(2026, 3, 10)); // due 04-09: 25 days
    f.customer(QStringLiteral("D2"), QStringLiteral("预警"), f.s1, QDate(2026, 2, 18)); // due 03-20: 5 days
    f.customer(QStringLiteral("D3"), QStringLiteral("今天"), f.s1, QDate(2026, 2, 13)); // due 03-15: today
    f.customer(QStringLiteral("D4"), QStringLiteral("逾期"), f.s1,
               QDate(2026, 2, 10)); // due 03-12: 3 days ago
    const qint64 d5 = f.customer(QStringLiteral("D5"), QStringLiteral("跟进"), f.s1, QDate(2026, 1, 1));
    f.followUp(d5, f.s1, QDateTime(QDate(2026, 3, 1), QTime(10, 0)), QStringLiteral("电话沟通")); // due 03-31
    f.customer(QStringLiteral("D6"), QStringLiteral("A级"), f.s1, QDate(2026, 3, 5),
               QStringLiteral("A")); // 04-04: 20
    f.customer(QStringLiteral("D7"), QStringLiteral("C级"), f.s1, QDate(2026, 3, 5),
               QStringLiteral("C")); // 04-04: 20
    f.customer(QStringLiteral("P1"), QStringLiteral("公海"), 0, {});

    ui::CustomerTableModel model(f.context(f.salesSession(f.s1)));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::CustomerQuery::Filter filter = scope(Scope::All); // own customers and the pool
    model.setFilter(filter);
    REQUIRE(model.rowCount() == 8);
    const auto row = [&](const char* c) { return rowOfCode(model, QString::fromLatin1(c)); };
    const auto text = [&](const char* c) { return cell(model, row(c), Column::Reclaim); };
    const auto state = [&](const char* c) {
        return State(model.index(row(c), 0).data(ui::CustomerTableModel::CountdownStateRole).toInt());
    };

    CHECK(text("D1") == QStringLiteral("25 day(s) left before the pool"));
    CHECK(state("D1") == State::Far);
    CHECK(text("D2") == QStringLiteral("5 day(s) left before the pool"));
    CHECK(state("D2") == State::Warned);
    CHECK(text("D3") == QStringLiteral("Goes to the pool today"));
    CHECK(state("D3") == State::Today);
    CHECK(text("D4") == QStringLiteral("3 day(s) overdue for the pool"));
    CHECK(state("D4") == State::Overdue);
    CHECK(text("D5") == QStringLiteral("16 day(s) left before the pool"));
    CHECK(cell(model, row("D5"), Column::LastFollowUp) == QStringLiteral("2026-03-01"));
    CHECK(state("D6") == State::Warned); // level A: 20 days is within its window
    CHECK(state("D7") == State::Far);    // level C: 20 days is not
    CHECK(text("P1").isEmpty());
    CHECK(state("P1") == State::None);
    CHECK(cell(model, row("P1"), Column::Owner) == QStringLiteral("Pool"));

    // Colours: amber within the window, red and bold when due or overdue, default otherwise.
    const auto foreground = [&](const char* c) {
        return model.index(row(c), int(Column::Reclaim)).data(Qt::ForegroundRole).value<QBrush>().color();
    };
    CHECK(foreground("D2") == QColor(0xb3, 0x5c, 0x00));
    CHECK(foreground("D3") == QColor(0xc6, 0x28, 0x28));
    CHECK(foreground("D4") == QColor(0xc6, 0x28, 0x28));
    CHECK_FALSE(model.index(row("D1"), int(Column::Reclaim)).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(row("D4"), int(Column::Reclaim)).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(model.index(row("D2"), int(Column::Reclaim)).data(Qt::FontRole).isValid());
    CHECK(cell(model, row("D2"), Column::Reclaim, Qt::ToolTipRole).contains(QStringLiteral("2026-03-20")));

    // Sorted by the reclaim date: the most urgent first, the pool last.
    model.sort(int(Column::Reclaim), Qt::AscendingOrder);
    QStringList order;
    for (int i = 0; i < model.rowCount(); ++i)
        order << model.rowAt(i)->customer.code;
    CHECK(order == QStringList{QStringLiteral("D4"), QStringLiteral("D3"), QStringLiteral("D2"),
                               QStringLiteral("D5"), QStringLiteral("D6"), QStringLiteral("D7"),
                               QStringLiteral("D1"), QStringLiteral("P1")});

    // "Reclaimed within 5 days" includes the overdue ones.
    filter.reclaimWithinDays = 5;
    model.setFilter(filter);
    CHECK(model.totalCount() == 3);

    // Exempt customers (open receivables) say so instead of counting down.
    CHECK(ui::CustomerCountdown::state(true, true, 2, 7, true) == State::Exempt);
    CHECK(ui::CustomerCountdown::text(State::Exempt, 2) == QStringLiteral("Open receivables: not reclaimed"));
    CHECK(ui::CustomerCountdown::state(false, false, 0, 7, false) == State::None);
    CHECK(ui::CustomerCountdown::state(true, true, 7, 7, false) == State::Warned);
    CHECK(ui::CustomerCountdown::state(true, true, 8, 7, false) == State::Far);
}

TEST_CASE("a salesperson's list never shows another salesperson's customers nor pool contact phones",
          "[ui][customers]")
{
    CustomerFixture f;
    const qint64 mine = f.customer(QStringLiteral("X1"), QStringLiteral("我的客户"), f.s1, QDate(2026, 3, 1));
    const qint64 other =
        f.customer(QStringLiteral("X2"), QStringLiteral("别人的客户"), f.s2, QDate(2026, 3, 1));
    const qint64 west = f.customer(QStringLiteral("X3"), QStringLiteral("西区客户"), f.s3, QDate(2026, 3, 1));
    const qint64 pool = f.customer(QStringLiteral("P1"), QStringLiteral("公海客户"), 0, {});
    f.contact(mine, QStringLiteral("甲"), QStringLiteral("13800000001"));
    f.contact(other, QStringLiteral("乙"), QStringLiteral("13800000002"));
    f.contact(west, QStringLiteral("丙"), QStringLiteral("13800000003"));
    f.contact(pool, QStringLiteral("丁"), QStringLiteral("13800000004"));

    for (Scope s : {Scope::Mine, Scope::Team, Scope::All}) {
        ui::CustomerTableModel model(f.context(f.salesSession(f.s1)));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFilter(scope(s));
        fetchAll(model);
        INFO("scope " << int(s));
        CHECK(model.rowOfId(other) < 0);
        CHECK(model.rowOfId(west) < 0);
        REQUIRE(model.rowOfId(mine) >= 0);
        CHECK(cell(model, model.rowOfId(mine), Column::Phone) == QStringLiteral("13800000001"));
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column) {
                const QString text = model.index(row, column).data().toString();
                CHECK_FALSE(text.contains(QStringLiteral("13800000002")));
                CHECK_FALSE(text.contains(QStringLiteral("13800000004")));
            }
        if (s == Scope::All) {
            REQUIRE(model.rowOfId(pool) >= 0);
            CHECK(cell(model, model.rowOfId(pool), Column::Phone).isEmpty());
            CHECK(cell(model, model.rowOfId(pool), Column::Phone, Qt::ToolTipRole)
                      .contains(QStringLiteral("claim")));
        }
    }

    // The manager of Sales East sees both of the team's phones, not the west's customer.
    ui::CustomerTableModel team(f.context(f.managerSession()));
    team.setFilter(scope(Scope::Team));
    CHECK(team.totalCount() == 2);
    CHECK(cell(team, team.rowOfId(other), Column::Phone) == QStringLiteral("13800000002"));
    CHECK(team.rowOfId(west) < 0);
}

TEST_CASE("the customer model re-reads its rows after follow-ups and ownership changes", "[ui][customers]")
{
    CustomerFixture f;
    const qint64 id =
        f.customer(QStringLiteral("N1"), QStringLiteral("通知"), f.s1, QDate(2026, 2, 18)); // 5 days
    f.customer(QStringLiteral("N2"), QStringLiteral("其他"), f.s1, QDate(2026, 3, 1));
    core::ChangeNotifier notifier;
    const core::NoPoolFacts noFacts;
    core::Context ctx = f.context(f.salesSession(f.s1));
    ctx.notifier = &notifier;
    ui::CustomerTableModel model(ctx);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter(scope(Scope::Mine));
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, model.rowOfId(id), Column::Reclaim) == QStringLiteral("5 day(s) left before the pool"));

    // Logged today: the no-follow-up clock starts again (2026-04-14, 30 days).
    core::FollowUp followUp;
    followUp.customerId = id;
    followUp.at = QDateTime(QDate(2026, 3, 15), QTime(8, 30));
    followUp.content = QStringLiteral("回访");
    TL_REQUIRE_OK(core::FollowUpService(ctx).log(followUp));
    CHECK(cell(model, model.rowOfId(id), Column::Reclaim) ==
          QStringLiteral("30 day(s) left before the pool"));
    CHECK(cell(model, model.rowOfId(id), Column::LastFollowUp) == QStringLiteral("2026-03-15"));

    // Released to the pool: it leaves "my customers".
    TL_REQUIRE_OK(core::PoolService(ctx, noFacts).release(id));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.totalCount() == 1);
    CHECK(model.rowOfId(id) < 0);
    CHECK(cell(model, 0, Column::Code) == QStringLiteral("N2"));
}
