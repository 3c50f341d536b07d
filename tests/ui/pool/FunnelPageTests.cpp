#include "PoolUiFixture.h"

#include "charts/FunnelChart.h"
#include "charts/FunnelChartPage.h"
#include "customers/OpportunityService.h"
#include "models/FunnelTableModel.h"
#include "pool/TeamFilter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLabel>

#include <stdexcept>

using namespace tl;
using tl::test::PoolUiFixture;
using tl::test::waitUntil;

namespace {

QList<qreal> values(const QBarSet* set)
{
    QList<qreal> out;
    for (int i = 0; set && i < set->count(); ++i)
        out << set->at(i);
    return out;
}

// An opportunity created on 2026-03-02 and moved through the given stages.
void opportunity(PoolUiFixture& f, qint64 customerId, qint64 ownerId, qint64 yuan, const QStringList& stages)
{
    core::OpportunityService service(f.sys);
    core::Opportunity o;
    o.customerId = customerId;
    o.ownerId = ownerId;
    o.name = QStringLiteral("商机");
    o.amount = core::Money::fromYuan(yuan);
    o.createdOn = QDate(2026, 3, 2);
    auto id = service.create(o);
    if (!id)
        throw std::runtime_error(id.error().fullText().toStdString());
    for (const QString& stage : stages)
        if (const core::Status moved = service.moveTo(*id, stage); !moved)
            throw std::runtime_error(moved.error().fullText().toStdString());
}

QString cell(const QAbstractItemModel& model, int row, ui::FunnelTableModel::Column column)
{
    return model.data(model.index(row, int(column))).toString();
}

} // namespace

TEST_CASE("the funnel page draws each stage's count as a centred bar and lists the conversion",
          "[ui][funnel]")
{
    PoolUiFixture f;
    const qint64 c1 = f.customer(QStringLiteral("F001"), QStringLiteral("甲公司"), QStringLiteral("A"), f.e1);
    const qint64 c2 = f.customer(QStringLiteral("F002"), QStringLiteral("乙公司"), QStringLiteral("A"), f.e2);
    // E001: one stays at contact, one reached research, one was won, one was lost after research.
    opportunity(f, c1, f.e1, 10000, {});
    opportunity(f, c1, f.e1, 20000, {QStringLiteral("research")});
    opportunity(f, c1, f.e1, 30000,
                {QStringLiteral("proposal"), QStringLiteral("negotiation"), QStringLiteral("won")});
    opportunity(f, c1, f.e1, 40000, {QStringLiteral("research"), QStringLiteral("lost")});
    // E002: one at proposal.
    opportunity(f, c2, f.e2, 50000, {QStringLiteral("proposal")});

    auto app = f.app(f.admin());
    ui::FunnelChartPage page(*app);
    page.resize(1000, 700);
    page.activate();
    page.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 15));
    CHECK(page.isLoading()); // computed on a worker thread
    REQUIRE(waitUntil([&] { return !page.isLoading(); }));

    // Reached: contact 5, research 4, proposal 2, negotiation 1, won 1 (the bars from the bottom up: won
    // first, contact on top); each centred by half of what it lacks of the widest.
    QChart* chart = page.chart();
    REQUIRE(chart != nullptr);
    CHECK(values(ui::FunnelChart::countSet(chart)) == QList<qreal>{1, 1, 2, 4, 5});
    CHECK(values(ui::FunnelChart::paddingSet(chart)) == QList<qreal>{2, 2, 1.5, 0.5, 0});
    const QList<QAbstractAxis*> axes = chart->axes(Qt::Vertical);
    REQUIRE(axes.size() == 1);
    auto* stages = qobject_cast<QBarCategoryAxis*>(axes.first());
    REQUIRE(stages != nullptr);
    CHECK(stages->categories() == QStringList{QStringLiteral("Won<br>¥30,000.00 · 100.0%"),
                                              QStringLiteral("Negotiation<br>¥30,000.00 · 50.0%"),
                                              QStringLiteral("Proposal submitted<br>¥80,000.00 · 50.0%"),
                                              QStringLiteral("Needs analysis<br>¥140,000.00 · 80.0%"),
                                              QStringLiteral("Initial contact<br>¥150,000.00")});

    const ui::FunnelTableModel* table = page.table();
    using C = ui::FunnelTableModel::Column;
    REQUIRE(table->rowCount() == 6); // five stages and "lost"
    CHECK(cell(*table, 0, C::Reached) == QStringLiteral("5"));
    CHECK(cell(*table, 0, C::Amount) == QStringLiteral("¥150,000.00"));
    CHECK(cell(*table, 0, C::Conversion).isEmpty());
    CHECK(cell(*table, 1, C::Amount) == QStringLiteral("¥140,000.00"));
    CHECK(cell(*table, 1, C::Conversion) == QStringLiteral("80.0%"));
    CHECK(cell(*table, 2, C::Conversion) == QStringLiteral("50.0%"));
    CHECK(cell(*table, 3, C::Conversion) == QStringLiteral("50.0%"));
    CHECK(cell(*table, 4, C::Conversion) == QStringLiteral("100.0%"));
    CHECK(cell(*table, 4, C::Amount) == QStringLiteral("¥30,000.00"));
    CHECK(cell(*table, 5, C::Reached) == QStringLiteral("1"));
    CHECK(cell(*table, 5, C::Amount) == QStringLiteral("¥40,000.00"));
    CHECK(page.summaryText() ==
          QStringLiteral("5 opportunity(s) created from 2026-03-01 to 2026-03-15: 1 won "
                         "(¥30,000.00, 20.0% of all), 1 lost (¥40,000.00)."));

    // One person: E001 only.
    page.teamFilter()->setEmployeeId(f.e1);
    page.reload();
    REQUIRE(waitUntil([&] { return !page.isLoading(); }));
    CHECK(values(ui::FunnelChart::countSet(page.chart())) == QList<qreal>{1, 1, 1, 3, 4});
    CHECK(values(ui::FunnelChart::paddingSet(page.chart())) == QList<qreal>{1.5, 1.5, 1.5, 0.5, 0});
    CHECK(cell(*page.table(), 1, C::Conversion) == QStringLiteral("75.0%"));
    CHECK(cell(*page.table(), 2, C::Conversion) == QStringLiteral("33.3%"));

    // Another period: nothing.
    page.teamFilter()->setEmployeeId(0);
    page.setPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    REQUIRE(waitUntil([&] { return !page.isLoading(); }));
    CHECK(values(ui::FunnelChart::countSet(page.chart())) == QList<qreal>{0, 0, 0, 0, 0});
    CHECK(page.summaryText() ==
          QStringLiteral("No opportunities were created from 2026-01-01 to 2026-01-31."));
}

TEST_CASE("the funnel's percentages are rounded half up to a tenth", "[ui][funnel]")
{
    CHECK(ui::FunnelTableModel::percentText(666667) == QStringLiteral("66.7%"));
    CHECK(ui::FunnelTableModel::percentText(125000) == QStringLiteral("12.5%"));
    CHECK(ui::FunnelTableModel::percentText(1000000) == QStringLiteral("100.0%"));
    CHECK(ui::FunnelTableModel::percentText(999499) == QStringLiteral("99.9%"));
    CHECK(ui::FunnelTableModel::percentText(999500) == QStringLiteral("100.0%"));
    CHECK(ui::FunnelTableModel::percentText(0) == QStringLiteral("0.0%"));
}
