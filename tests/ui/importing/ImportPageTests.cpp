#include <catch2/catch.hpp>

#include "app/AppContext.h"
#include "db/SqlQuery.h"
#include "importing/ImportPage.h"
#include "models/ImportPreviewTableModel.h"
#include "models/ImportProblemTableModel.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>

using namespace tl;

namespace {

core::Session hrSession()
{
    core::Session s;
    s.userId = 7;
    s.username = QStringLiteral("hr");
    s.displayName = QStringLiteral("HR");
    s.role = core::Role::Hr;
    return s;
}

std::unique_ptr<ui::AppContext> appFor(test::TestDatabase& t, const core::Session& session)
{
    auto db = core::Database::open(t.path(), core::Database::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    return std::make_unique<ui::AppContext>(std::move(db).value(), session,
                                            std::make_unique<core::FixedClock>(t.clock().now()));
}

QString writeFile(test::TestDatabase& t, const char* name, const QByteArray& bytes)
{
    const QString path = t.dir() + QLatin1Char('/') + QLatin1String(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

qint64 employeeCount(test::TestDatabase& t)
{
    return core::SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM employees")).toLongLong();
}

void loadFile(ui::ImportPage& page, const QString& path)
{
    QSignalSpy loaded(&page, &ui::ImportPage::previewLoaded);
    page.setFile(path);
    REQUIRE((loaded.size() > 0 || loaded.wait(5000)));
}

bool runJob(ui::ImportPage& page, bool dryRun)
{
    QSignalSpy finished(&page, &ui::ImportPage::jobFinished);
    dryRun ? page.check() : page.runImport();
    REQUIRE((finished.size() > 0 || finished.wait(10000)));
    return finished.first().first().toBool();
}

// Chinese headers, UTF-8 with a BOM; row 3 has a bad ID number and row 4 a bad mobile number, and the
// 备注 column is not one of the template's.
const QByteArray badFile =
    QByteArrayLiteral("\xEF\xBB\xBF") +
    QStringLiteral("工号,姓名,部门,入职日期,身份证号,手机号,备注\r\n"
                   "E001,张三,销售中心/销售一部,2024-03-01,11010519491231002X,13800138000,x\r\n"
                   "E002,李四,销售中心/销售一部,2024/3/2,110105194912310021,,\r\n"
                   "E003,王五,销售中心,2024-03-03,,12345,\r\n")
        .toUtf8();

} // namespace

TEST_CASE("the import page previews, checks, lists problems, saves them and imports all or nothing",
          "[ui][import]")
{
    test::TestDatabase t;
    auto app = appFor(t, hrSession());
    ui::ImportPage page(*app);
    CHECK(page.kind() == QStringLiteral("employees"));

    // Preview: the rows as read, with the encoding; the unknown column is marked as ignored.
    const QString bad = writeFile(t, "people.csv", badFile);
    loadFile(page, bad);
    QAbstractItemModelTester previewTester(page.previewModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.encodingText().contains(QStringLiteral("UTF-8")));
    REQUIRE(page.previewModel()->rowCount() == 3);
    CHECK(page.previewModel()->columnCount() == 7);
    CHECK(page.previewModel()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("工号"));
    CHECK(page.previewModel()->headerData(0, Qt::Vertical).toInt() == 2);
    CHECK(page.previewModel()->index(1, 1).data().toString() == QStringLiteral("李四"));
    CHECK(page.previewModel()->headerData(0, Qt::Horizontal, Qt::ToolTipRole).isNull());
    CHECK_FALSE(page.previewModel()->headerData(6, Qt::Horizontal, Qt::ToolTipRole).isNull()); // 备注

    // Check: every bad cell, nothing written.
    CHECK_FALSE(runJob(page, true));
    QAbstractItemModelTester problemTester(page.problemModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    using Column = ui::ImportProblemTableModel::Column;
    QStringList cells;
    for (int row = 0; row < page.problemModel()->rowCount(); ++row)
        cells << QStringLiteral("%1:%2").arg(
            page.problemModel()->index(row, int(Column::Row)).data().toString(),
            page.problemModel()->index(row, int(Column::Column)).data().toString());
    CHECK(cells.contains(QStringLiteral("3:身份证号")));
    CHECK(cells.contains(QStringLiteral("4:手机号")));
    CHECK(employeeCount(t) == 0);
    REQUIRE(page.lastResult().has_value());
    CHECK(page.lastResult()->dryRun);
    CHECK_FALSE(page.summaryText().isEmpty());

    // Save the problems as CSV.
    const QString report = t.dir() + QStringLiteral("/problems.csv");
    REQUIRE(page.saveProblemsTo(report));
    QFile saved(report);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    CHECK(text.contains(QStringLiteral("110105194912310021")));
    CHECK(text.contains(QStringLiteral("12345")));

    // Importing the bad file writes nothing either.
    CHECK_FALSE(runJob(page, false));
    CHECK(employeeCount(t) == 0);

    // The fixed file: a check plans 3 new employees, the import creates them on the worker's connection.
    const QByteArray fixed =
        QStringLiteral("工号,姓名,部门,入职日期,身份证号,手机号\r\n"
                       "E001,张三,销售中心/销售一部,2024-03-01,11010519491231002X,13800138000\r\n"
                       "E002,李四,销售中心/销售一部,2024/3/2,,\r\n"
                       "E003,王五,销售中心,2024-03-03,,13900139000\r\n")
            .toUtf8();
    const QString good = writeFile(t, "people-fixed.csv", fixed);
    loadFile(page, good);
    CHECK(runJob(page, true));
    REQUIRE(page.lastResult().has_value());
    CHECK(page.lastResult()->created == 3);
    CHECK(page.problemModel()->rowCount() == 0);
    CHECK(employeeCount(t) == 0);

    CHECK(runJob(page, false));
    REQUIRE(page.lastResult().has_value());
    CHECK(page.lastResult()->committed);
    CHECK(page.lastResult()->created == 3);
    CHECK(employeeCount(t) == 3);
    CHECK(core::SqlQuery::scalar(t.db(), QStringLiteral("SELECT name FROM employees WHERE code = 'E003'"))
              .toString() == QStringLiteral("王五"));
}

TEST_CASE("the import page is disabled without ImportData", "[ui][import]")
{
    test::TestDatabase t;
    core::Session finance = hrSession();
    finance.role = core::Role::Finance;
    auto app = appFor(t, finance);
    ui::ImportPage page(*app);
    CHECK_FALSE(page.isEnabled());
}

TEST_CASE("a file that is not CSV is reported in the preview", "[ui][import]")
{
    test::TestDatabase t;
    auto app = appFor(t, hrSession());
    ui::ImportPage page(*app);
    const QString xlsx = writeFile(t, "book.xlsx", QByteArrayLiteral("PK\x03\x04rest-of-a-zip"));
    loadFile(page, xlsx);
    CHECK(page.previewModel()->rowCount() == 0);
    CHECK(page.encodingText().contains(QStringLiteral("CSV")));
    auto buttons = page.findChildren<QPushButton*>();
    for (QPushButton* b : buttons)
        if (b->text().contains(QStringLiteral("heck")))
            CHECK_FALSE(b->isEnabled());
}
