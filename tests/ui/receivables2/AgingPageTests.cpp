#include "Receivables2Fixture.h"

#include "aging/AgingChart.h"
#include "aging/AgingExport.h"
#include "aging/AgingPage.h"
#include "io/XlsxReader.h"
#include "models/AgingTableModel.h"
#include "pool/TeamFilter.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"
#include "support/Builders.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QPieSeries>
#include <QPieSlice>
#include <QTemporaryDir>

using namespace tl;
using tl::test::Receivables2Fixture;
using tl::test::waitUntil;
using Dimension = core::AgingReport::Dimension;

namespace {

QList<qreal> values(const QBarSet* set)
{
    QList<qreal> out;
    for (int i = 0; set && i < set->count(); ++i)
        out << set->at(i);
    return out;
}

QString cell(const ui::AgingTableModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

qint64 fen(const ui::AgingTableModel& model, int row, int column)
{
    return model.data(model.index(row, column), ui::AgingTableModel::AmountFenRole).toLongLong();
}

void reloadAndWait(ui::AgingPage& page)
{
    REQUIRE(waitUntil([&] { return !page.isLoading(); }));
}

} // namespace

TEST_CASE(
    "the ageing page shows the core report by salesperson with a totals row, charts and the over-90 share",
    "[ui][aging]")
{
    Receivables2Fixture f;
    auto app = f.app(f.finance());
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::AgingPage page(*app);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1300, 800);
    page.activate();
    CHECK(page.isLoading()); // on a worker thread
    reloadAndWait(page);
    REQUIRE(page.hasReport());
    CHECK(page.dimension() == Dimension::Salesperson);

    const ui::AgingTableModel& model = *page.model();
    // 7 buckets: key, name, 7 buckets, total, over 90, share, count = 13 columns; 3 salespeople + totals.
    REQUIRE(model.columnCount() == 13);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.headerData(2, Qt::Horizontal).toString() == QStringLiteral("Not due"));
    CHECK(model.headerData(8, Qt::Horizontal).toString() == QStringLiteral("Over 365 days"));

    // By hand, as of 2026-03-15 (see the fixture):
    //   E001: not due 30,000 (#3 due 03-18), 91–180 40,000 (#2, 156 days) → 70,000; over 90: 40,000 (57.14%)
    //   E002: 1–30 30,000 (#2, 5 days), 31–60 15,000 (#1 20,000 − 5,000, 42 days) → 45,000; over 90: 0
    //   E003: over 365 80,000 (439 days) → 80,000; over 90: 80,000 (100%)
    CHECK(cell(model, 0, 0) == QStringLiteral("E001"));
    CHECK(cell(model, 0, 1) == QStringLiteral("王一"));
    const QList<qint64> e1{3000000, 0, 0, 0, 4000000, 0, 0};
    const QList<qint64> e2{0, 3000000, 1500000, 0, 0, 0, 0};
    const QList<qint64> e3{0, 0, 0, 0, 0, 0, 8000000};
    for (int b = 0; b < 7; ++b) {
        CHECK(fen(model, 0, 2 + b) == e1.at(b));
        CHECK(fen(model, 1, 2 + b) == e2.at(b));
        CHECK(fen(model, 2, 2 + b) == e3.at(b));
    }
    CHECK(cell(model, 0, model.totalColumn()) == QStringLiteral("¥70,000.00"));
    CHECK(cell(model, 0, model.shareColumn()) == QStringLiteral("57.14%")); // 40,000 / 70,000 = 0.571428…
    CHECK(cell(model, 1, model.shareColumn()) == QStringLiteral("0.00%"));
    CHECK(cell(model, 2, model.shareColumn()) == QStringLiteral("100.00%"));
    CHECK(cell(model, 1, model.countColumn()) == QStringLiteral("2"));

    // Totals: 30,000 | 30,000 | 15,000 | 0 | 40,000 | 0 | 80,000 = 195,000 in 5 open instalments;
    // over 90 days 40,000 + 80,000 = 120,000 = 61.54% (120,000 / 195,000 = 0.615384…).
    REQUIRE(model.isTotalRow(3));
    CHECK(model.data(model.index(3, 0), ui::AgingTableModel::TotalRowRole).toBool());
    CHECK(cell(model, 3, 1) == QStringLiteral("Total"));
    const QList<qint64> totals{3000000, 3000000, 1500000, 0, 4000000, 0, 8000000};
    for (int b = 0; b < 7; ++b)
        CHECK(fen(model, 3, 2 + b) == totals.at(b));
    CHECK(cell(model, 3, model.totalColumn()) == QStringLiteral("¥195,000.00"));
    CHECK(cell(model, 3, model.over90Column()) == QStringLiteral("¥120,000.00"));
    CHECK(cell(model, 3, model.shareColumn()) == QStringLiteral("61.54%"));
    CHECK(cell(model, 3, model.countColumn()) == QStringLiteral("5"));
    CHECK(page.summaryText() ==
          QStringLiteral("As of 2026-03-15: ¥195,000.00 open in 5 instalment(s); ¥165,000.00 "
                         "past due; ¥120,000.00 more than 90 days past due (61.54% of the "
                         "open balance)."));

    // The table is the core's report, row for row.
    auto core = core::AgingReport(app->core()).run(QDate(2026, 3, 15), Dimension::Salesperson);
    TL_R2_REQUIRE_OK(core);
    REQUIRE(core->rows.size() == 3);
    for (int row = 0; row < 3; ++row) {
        CHECK(cell(model, row, 0) == core->rows.at(row).key);
        for (int b = 0; b < 7; ++b)
            CHECK(fen(model, row, 2 + b) == core->rows.at(row).amounts.at(b));
        CHECK(fen(model, row, model.totalColumn()) == core->rows.at(row).total);
    }
    CHECK(fen(model, 3, model.totalColumn()) == core->total.total);
    CHECK(core->over90ShareBp == 6154);

    // Bars in 万元: up to 90 days blue, beyond red.
    QChart* buckets = page.bucketChart();
    REQUIRE(buckets != nullptr);
    CHECK(values(ui::AgingChart::withinSet(buckets)) == QList<qreal>{3.0, 3.0, 1.5, 0, 0, 0, 0});
    CHECK(values(ui::AgingChart::overSet(buckets)) == QList<qreal>{0, 0, 0, 0, 4.0, 0, 8.0});
    // Pie by customer type: key accounts 70,000 (35.90%), SMEs 125,000 (64.10%).
    QPieSeries* pie = ui::AgingChart::typeSeries(page.typeChart());
    REQUIRE(pie != nullptr);
    REQUIRE(pie->count() == 2);
    CHECK(pie->slices().at(0)->label() == QStringLiteral("Key account 35.90%"));
    CHECK(pie->slices().at(1)->label() == QStringLiteral("Small or medium business 64.10%"));
    CHECK(pie->slices().at(0)->value() == Approx(7.0)); // 万元
    CHECK(ui::AgingChart::bucketToolTip(page.report(), 4) ==
          QStringLiteral(
              "91–180 days: ¥40,000.00 (20.51% of the open balance)")); // 40,000 / 195,000 = 0.20512…

    // Sorting by total, largest first: E003, E001, E002; the totals row stays last.
    page.model()->sort(page.model()->totalColumn(), Qt::DescendingOrder);
    CHECK(cell(model, 0, 0) == QStringLiteral("E003"));
    CHECK(cell(model, 1, 0) == QStringLiteral("E001"));
    CHECK(cell(model, 2, 0) == QStringLiteral("E002"));
    CHECK(cell(model, 3, 1) == QStringLiteral("Total"));

    // By team: 销售一部 115,000 (E001 + E002), 销售二部 80,000.
    page.setDimension(Dimension::Team);
    reloadAndWait(page);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.headerData(1, Qt::Horizontal).toString() ==
          core::AgingReport::dimensionName(Dimension::Team));
    QStringList teams;
    for (int row = 0; row < 2; ++row)
        teams << cell(model, row, 0) + QLatin1Char('=') + cell(model, row, model.totalColumn());
    teams.sort();
    CHECK(teams == QStringList{QStringLiteral("销售中心/销售一部=¥115,000.00"),
                               QStringLiteral("销售中心/销售二部=¥80,000.00")});

    // One person (E002) through the team filter.
    page.setDimension(Dimension::Customer);
    reloadAndWait(page);
    page.teamFilter()->setEmployeeId(f.e2);
    page.reload();
    reloadAndWait(page);
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, 0) == QStringLiteral("C002"));
    CHECK(cell(model, 1, model.totalColumn()) == QStringLiteral("¥45,000.00"));
    CHECK(bar.text().isEmpty());
}

TEST_CASE("the ageing exports to CSV and XLSX and prints through the report renderer", "[ui][aging]")
{
    Receivables2Fixture f;
    auto app = f.app(f.finance());
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::AgingPage page(*app);
    page.activate();
    reloadAndWait(page);
    QTemporaryDir dir;

    const QString csv = dir.filePath(QStringLiteral("aging.csv"));
    TL_R2_REQUIRE_OK(page.exportTo(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // byte-order mark for Excel
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0) ==
          QStringLiteral("Code,Salesperson,Not due,1–30 days,31–60 days,61–90 days,91–180 days,"
                         "181–365 days,Over 365 days,Total,Over 90 days,Over 90 days %,Open items"));
    CHECK(lines.at(1) ==
          QStringLiteral("E001,王一,30000.00,0.00,0.00,0.00,40000.00,0.00,0.00,70000.00,40000.00,57.14,2"));
    CHECK(lines.at(4) ==
          QStringLiteral(
              ",Total,30000.00,30000.00,15000.00,0.00,40000.00,0.00,80000.00,195000.00,120000.00,61.54,5"));

    const QString xlsx = dir.filePath(QStringLiteral("aging.xlsx"));
    TL_R2_REQUIRE_OK(page.exportTo(xlsx));
    auto reader = core::XlsxReader::openFile(xlsx);
    TL_R2_REQUIRE_OK(reader);
    auto header = (*reader)->readHeader();
    TL_R2_REQUIRE_OK(header);
    core::TableRow row;
    int rows = 0;
    while (true) {
        auto more = (*reader)->readRow(row);
        TL_R2_REQUIRE_OK(more);
        if (!*more)
            break;
        ++rows;
    }
    CHECK(rows == 4);

    CHECK(ui::AgingExport::write(page.report(), dir.filePath(QStringLiteral("aging.txt"))).error().code ==
          core::ErrorCode::Invalid);

    const ui::PrintDocument document = page.printDocument();
    CHECK(document.html.contains(QStringLiteral("195,000.00")));
    CHECK(document.html.contains(QStringLiteral("测试贸易公司")));
    CHECK(document.orientation == QPageLayout::Landscape);
}

TEST_CASE("the ageing page follows the bucket setting and shows a salesperson only their own receivables",
          "[ui][aging]")
{
    Receivables2Fixture f;
    auto app = f.app(f.finance());
    ui::AgingPage page(*app);
    page.activate();
    reloadAndWait(page);
    CHECK(page.model()->bucketCount() == 7);

    // Buckets 30,60,90: not due, 1–30, 31–60, 61–90, over 90 — a settings change recomputes the page.
    core::Session admin = tl::test::sessionFor(core::Role::Admin);
    admin.userId = 1;
    const core::Context ctx{app->db(), app->clock(), admin, &app->notifier()};
    TL_R2_REQUIRE_OK(core::CompanyService(ctx).setSetting(QString(core::SettingKey::AgingBuckets),
                                                          QStringLiteral("30,60,90")));
    REQUIRE(waitUntil([&] { return !page.isLoading() && page.model()->bucketCount() == 5; }));
    const ui::AgingTableModel& model = *page.model();
    REQUIRE(model.rowCount() == 4);
    // Over 90 days: E001 40,000; E003 80,000; total 120,000.
    CHECK(
        model.data(model.index(3, model.bucketColumn(4)), ui::AgingTableModel::AmountFenRole).toLongLong() ==
        12000000);

    auto salesApp = f.app(f.sales(f.e2));
    ui::AgingPage own(*salesApp);
    QAbstractItemModelTester tester(own.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    own.activate();
    reloadAndWait(own);
    REQUIRE(own.model()->rowCount() == 2); // E002 and the totals
    CHECK(cell(*own.model(), 0, 0) == QStringLiteral("E002"));
    CHECK(cell(*own.model(), 1, own.model()->totalColumn()) == QStringLiteral("¥45,000.00"));
}
