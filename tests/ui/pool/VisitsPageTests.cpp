#include "PoolUiFixture.h"

#include "customers/CheckinService.h"
#include "customers/FollowUpService.h"
#include "models/CheckinMonthTableModel.h"
#include "models/CheckinTableModel.h"
#include "pool/TeamFilter.h"
#include "visits/VisitsPage.h"

#include <QAbstractItemModelTester>

#include <stdexcept>

using namespace tl;
using tl::test::PoolUiFixture;
using tl::test::waitUntil;
using Column = ui::CheckinTableModel::Column;

namespace {

constexpr qint64 kLat = 31230000; // 31.230000° N
constexpr qint64 kLon = 121470000;

void checkin(PoolUiFixture& f, qint64 employeeId, const QDateTime& at, qint64 latitudeE6,
             const QString& address)
{
    core::Checkin c;
    c.employeeId = employeeId;
    c.at = at;
    c.location = core::GeoPoint{latitudeE6, kLon};
    c.address = address;
    auto id = core::CheckinService(f.sys).add(c);
    if (!id)
        throw std::runtime_error(id.error().fullText().toStdString());
}

QString cell(const QAbstractItemModel& model, int row, Column column)
{
    return model.data(model.index(row, int(column))).toString();
}

} // namespace

TEST_CASE("the visits page lists check-ins with effective or not and why, and counts per person",
          "[ui][visits]")
{
    PoolUiFixture f;
    const qint64 customer = f.customerAt(QStringLiteral("V001"), f.e1, kLat, kLon);
    core::FollowUp followUp;
    followUp.customerId = customer;
    followUp.employeeId = f.e1;
    followUp.at = QDateTime(QDate(2026, 3, 10), QTime(10, 0));
    followUp.method = QStringLiteral("visit");
    followUp.content = QStringLiteral("面谈");
    TL_POOL_REQUIRE_OK(core::FollowUpService(f.sys).log(followUp));

    // 0.0009° of latitude north of the customer: 100 m (6,371,008.8 m × 0.0009 × π / 180 = 100.07 m).
    checkin(f, f.e1, QDateTime(QDate(2026, 3, 10), QTime(11, 0)), kLat + 900, QStringLiteral("近处"));
    checkin(f, f.e1, QDateTime(QDate(2026, 3, 11), QTime(9, 30)), kLat + 900, QStringLiteral("近处，无跟进"));
    checkin(f, f.e1, QDateTime(QDate(2026, 3, 12), QTime(15, 0)), kLat + 70000, QStringLiteral("远处"));
    checkin(f, f.e2, QDateTime(QDate(2026, 3, 12), QTime(16, 0)), kLat + 70000, QStringLiteral("别处"));
    checkin(f, f.e4, QDateTime(QDate(2026, 3, 13), QTime(16, 0)), kLat + 70000, QStringLiteral("二部"));

    auto app = f.app(f.managerOfTeamOne());
    ui::VisitsPage page(*app);
    QAbstractItemModelTester tester(page.checkins(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester countTester(page.monthCounts(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1200, 700);
    page.activate();
    CHECK(page.isLoading()); // read on a worker thread
    REQUIRE(waitUntil([&] { return !page.isLoading(); }));
    CHECK(page.from() == QDate(2026, 3, 1));
    CHECK(page.to() == QDate(2026, 3, 31));

    // The manager's team only (E004 is in another team).
    const ui::CheckinTableModel* list = page.checkins();
    REQUIRE(list->rowCount() == 4);
    int near = -1, noFollowUp = -1, far = -1;
    for (int row = 0; row < list->rowCount(); ++row) {
        const QString address = cell(*list, row, Column::Address);
        if (address == QStringLiteral("近处"))
            near = row;
        else if (address == QStringLiteral("近处，无跟进"))
            noFollowUp = row;
        else if (address == QStringLiteral("远处"))
            far = row;
    }
    REQUIRE(near >= 0);
    REQUIRE(noFollowUp >= 0);
    REQUIRE(far >= 0);
    CHECK(cell(*list, near, Column::Time) == QStringLiteral("2026-03-10 11:00"));
    CHECK(cell(*list, near, Column::Employee) == QStringLiteral("王一"));
    CHECK(cell(*list, near, Column::Customer) == QStringLiteral("V001 客户V001"));
    CHECK(cell(*list, near, Column::Distance) == QStringLiteral("100 m"));
    CHECK(cell(*list, near, Column::Effective) == QStringLiteral("Effective"));
    CHECK(list->data(list->index(near, 0), ui::CheckinTableModel::ReasonKeyRole).toString() ==
          QStringLiteral("effective"));
    CHECK(cell(*list, noFollowUp, Column::Effective) == QStringLiteral("Not effective"));
    CHECK(list->data(list->index(noFollowUp, 0), ui::CheckinTableModel::ReasonKeyRole).toString() ==
          QStringLiteral("no_follow_up_same_day"));
    CHECK(cell(*list, noFollowUp, Column::Reason).startsWith(QStringLiteral("Not effective: no follow-up")));
    CHECK(list->data(list->index(far, 0), ui::CheckinTableModel::ReasonKeyRole).toString() ==
          QStringLiteral("no_customer_nearby"));
    CHECK(cell(*list, far, Column::Customer).isEmpty());
    CHECK(page.summaryText() == QStringLiteral("4 check-in(s) from 2026-03-01 to 2026-03-31, 1 effective."));

    // Per person in March: E001 3 check-ins, 1 effective; E002 1, 0; and the total.
    const ui::CheckinMonthTableModel* counts = page.monthCounts();
    using M = ui::CheckinMonthTableModel::Column;
    REQUIRE(counts->rowCount() == 3);
    CHECK(counts->data(counts->index(0, int(M::Employee))).toString() == QStringLiteral("王一 (E001)"));
    CHECK(counts->data(counts->index(0, int(M::Checkins))).toInt() == 3);
    CHECK(counts->data(counts->index(0, int(M::EffectiveVisits))).toInt() == 1);
    CHECK(counts->data(counts->index(0, int(M::Rate))).toString() == QStringLiteral("33%"));
    CHECK(counts->data(counts->index(1, int(M::Employee))).toString() == QStringLiteral("王二 (E002)"));
    CHECK(counts->data(counts->index(2, int(M::Employee))).toString() == QStringLiteral("Total"));
    CHECK(counts->data(counts->index(2, int(M::Checkins))).toInt() == 4);
    CHECK(counts->data(counts->index(2, int(M::EffectiveVisits))).toInt() == 1);

    // A follow-up logged afterwards for the 11th: "re-check matches" makes that check-in effective.
    followUp.at = QDateTime(QDate(2026, 3, 11), QTime(17, 0));
    TL_POOL_REQUIRE_OK(core::FollowUpService(f.sys).log(followUp));
    page.rematch();
    REQUIRE(waitUntil(
        [&] { return !page.isLoading() && page.summaryText().endsWith(QStringLiteral("2 effective.")); }));
    CHECK(page.checkins()->data(page.checkins()->index(noFollowUp, int(Column::Effective))).toString() ==
          QStringLiteral("Effective"));

    // One person.
    page.teamFilter()->setEmployeeId(f.e2);
    page.reload();
    REQUIRE(waitUntil([&] { return !page.isLoading(); }));
    CHECK(page.checkins()->rowCount() == 1);
    REQUIRE(page.monthCounts()->rowCount() == 2);
    CHECK(page.monthCounts()->data(page.monthCounts()->index(0, 0)).toString() ==
          QStringLiteral("王二 (E002)"));

    // Another month: nothing.
    page.teamFilter()->setEmployeeId(0);
    page.setMonth(QDate(2026, 2, 14));
    REQUIRE(waitUntil([&] { return !page.isLoading(); }));
    CHECK(page.from() == QDate(2026, 2, 1));
    CHECK(page.to() == QDate(2026, 2, 28));
    CHECK(page.checkins()->rowCount() == 0);
    CHECK(page.monthCounts()->rowCount() == 0);
}

TEST_CASE("a salesperson's visits page has no team filter and shows their own check-ins", "[ui][visits]")
{
    PoolUiFixture f;
    checkin(f, f.e1, QDateTime(QDate(2026, 3, 12), QTime(15, 0)), kLat, QStringLiteral("一"));
    checkin(f, f.e2, QDateTime(QDate(2026, 3, 12), QTime(16, 0)), kLat, QStringLiteral("二"));
    auto app = f.app(f.sales(f.e1));
    ui::VisitsPage page(*app);
    page.activate();
    REQUIRE(waitUntil([&] { return !page.isLoading(); }));
    CHECK_FALSE(page.teamFilter()->isAvailable());
    CHECK_FALSE(page.teamFilter()->isVisibleTo(&page));
    REQUIRE(page.checkins()->rowCount() == 1);
    CHECK(page.checkins()->data(page.checkins()->index(0, int(Column::Address))).toString() ==
          QStringLiteral("一"));
}
