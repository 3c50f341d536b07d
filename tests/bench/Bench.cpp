// TeamLedger benchmark (DESIGN §6). Prints one figure per line as "name: value unit (target ...)".
// Run the release build: ./build.sh bench
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Progress.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "org/EmployeeQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>

using namespace tl::core;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void figure(const QString& name, double value, const QString& unit, const QString& target)
{
    out() << name << ": " << QString::number(value, 'f', 2) << ' ' << unit << " (target " << target << ")\n"
          << Qt::flush;
}

[[noreturn]] void fail(const QString& what, const Error& error)
{
    QTextStream(stderr) << what << ": " << error.fullText() << '\n';
    std::exit(10);
}

// First page, then every page to the end through keyset cursors; reports the first and the deepest page.
void pageThrough(const Context& ctx, EmployeeQuery::SortKey sort, const QString& label)
{
    EmployeeQuery::Filter filter;
    filter.includeLeft = true;
    const EmployeeQuery query(ctx, filter, sort);
    constexpr int kPageSize = 100;

    QElapsedTimer timer;
    timer.start();
    auto first = query.page({}, kPageSize);
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    if (!first)
        fail(QStringLiteral("first page"), first.error());

    EmployeeQuery::Cursor cursor = first->next;
    qint64 rows = first->rows.size();
    double deepMs = 0, slowestMs = 0;
    while (cursor.valid()) {
        timer.restart();
        auto page = query.page(cursor, kPageSize);
        deepMs = double(timer.nsecsElapsed()) / 1e6;
        if (!page)
            fail(QStringLiteral("page"), page.error());
        slowestMs = std::max(slowestMs, deepMs);
        rows += page->rows.size();
        cursor = page->next;
    }
    figure(QStringLiteral("employees by %1, first page").arg(label), firstMs, QStringLiteral("ms"),
           QStringLiteral("<= 100 ms"));
    figure(QStringLiteral("employees by %1, last page (row %2)").arg(label).arg(rows), deepMs, QStringLiteral("ms"),
           QStringLiteral("<= 50 ms"));
    figure(QStringLiteral("employees by %1, slowest later page").arg(label), slowestMs, QStringLiteral("ms"),
           QStringLiteral("<= 50 ms"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 10;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    SystemClock clock;

    out() << "TeamLedger benchmark, database " << path << "\n" << Qt::flush;
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        if (!db)
            fail(QStringLiteral("open"), db.error());
        DemoGenerator::Options options;
        options.scale = DemoGenerator::Scale::Large;
        options.adminPassword = QStringLiteral("benchmark-password");
        NullProgress progress;
        QElapsedTimer timer;
        timer.start();
        const Status made = DemoGenerator::generate(*db.value(), clock, options, progress);
        if (!made)
            fail(QStringLiteral("demo large"), made.error());
        figure(QStringLiteral("demo large"), double(timer.elapsed()) / 1000.0, QStringLiteral("s"),
               QStringLiteral("< 60 s"));
    }

    // A fresh connection, as the application would have after a start.
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        fail(QStringLiteral("reopen"), db.error());
    const Context ctx{*db.value(), clock, Session::systemSession(), nullptr};
    pageThrough(ctx, EmployeeQuery::SortKey::Code, QStringLiteral("code"));
    pageThrough(ctx, EmployeeQuery::SortKey::Name, QStringLiteral("name"));
    return 0;
}
