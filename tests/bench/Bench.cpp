// TeamLedger benchmark (DESIGN §6). Prints one figure per line as "name: value unit (target ...)".
// Run the release build: ./build.sh bench
#include "BenchOutput.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Progress.h"
#include "customers/CustomerQuery.h"
#include "customers/PoolSweep.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "io/ImportService.h"
#include "org/EmployeeQuery.h"
#include "receivables/ReceivablesPoolFacts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>

using namespace tl::core;
using tl::bench::fail;
using tl::bench::figure;
using tl::bench::out;

void benchInstallmentImport(const QString& folder); // InstallmentImportBench.cpp: its own database
void benchReceivables(const Context& ctx, const QString& database); // ReceivablesBench.cpp
void benchPayroll(const Context& ctx);                              // PayrollBench.cpp

namespace {

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
    figure(QStringLiteral("employees by %1, last page (row %2)").arg(label).arg(rows), deepMs,
           QStringLiteral("ms"), QStringLiteral("<= 50 ms"));
    figure(QStringLiteral("employees by %1, slowest later page").arg(label), slowestMs, QStringLiteral("ms"),
           QStringLiteral("<= 50 ms"));
}

// The customer lists (issue 3): first page, then every page to the end through keyset cursors.
void pageCustomers(const Context& ctx, CustomerQuery::Scope scope, const QString& label)
{
    CustomerQuery::Filter filter;
    filter.scope = scope;
    const CustomerQuery query(ctx, filter, CustomerQuery::SortKey::Code);
    constexpr int kPageSize = 100;

    QElapsedTimer timer;
    timer.start();
    auto first = query.page({}, kPageSize);
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    if (!first)
        fail(QStringLiteral("first page"), first.error());
    CustomerQuery::Cursor cursor = first->next;
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
    figure(QStringLiteral("customers, %1, first page").arg(label), firstMs, QStringLiteral("ms"),
           QStringLiteral("<= 100 ms"));
    figure(QStringLiteral("customers, %1, last page (row %2)").arg(label).arg(rows), deepMs,
           QStringLiteral("ms"), QStringLiteral("<= 50 ms"));
    figure(QStringLiteral("customers, %1, slowest later page").arg(label), slowestMs, QStringLiteral("ms"),
           QStringLiteral("<= 50 ms"));
}

void sweepPreview(const Context& ctx)
{
    const ReceivablesPoolFacts facts(ctx.db); // the demo's contracts stop no-deal clocks, receivables exempt
    NullProgress progress;
    QElapsedTimer timer;
    timer.start();
    const auto outcome = PoolSweep(ctx, facts).run(ctx.clock.today(), true, progress);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (!outcome)
        fail(QStringLiteral("pool sweep"), outcome.error());
    const qint64 owned =
        SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*) FROM customers WHERE owner_id IS NOT NULL"))
            .toLongLong();
    figure(QStringLiteral("pool sweep dry run over %1 owned customers (%2 due, %3 warned)")
               .arg(owned)
               .arg(outcome->moved.size())
               .arg(outcome->warned.size()),
           seconds, QStringLiteral("s"), QStringLiteral("< 5 s"));
}

// 100,000 follow-ups of the demo company's owners, imported from CSV with full validation.
void importFollowUps(const Context& ctx, const QString& folder)
{
    constexpr int kRows = 100000;
    const QString path = folder + QStringLiteral("/followups.csv");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            fail(QStringLiteral("follow-up file"), Error::internal(file.errorString()));
        QByteArray csv = "customer_code,employee_code,at,method,content,next_at\n";
        SqlQuery owned(ctx.db, QStringLiteral("SELECT c.code, e.code FROM customers c JOIN employees e ON "
                                              "e.id = c.owner_id ORDER BY c.id LIMIT %1")
                                   .arg(kRows));
        owned.exec();
        QList<std::pair<QString, QString>> pairs;
        while (owned.next())
            pairs.append({owned.text(0), owned.text(1)});
        const QDate yesterday = ctx.clock.today().addDays(-1);
        for (int i = 0; i < kRows; ++i) {
            const auto& [customer, employee] = pairs.at(i % pairs.size());
            csv += QStringLiteral("%1,%2,%3 %4:%5,电话,电话回访,%6\n")
                       .arg(customer, employee, yesterday.toString(Qt::ISODate))
                       .arg(9 + i % 9, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(yesterday.addDays(7).toString(Qt::ISODate))
                       .toUtf8();
        }
        file.write(csv);
    }
    NullProgress progress;
    QElapsedTimer timer;
    timer.start();
    const auto result = ImportService(ctx).importFile(QStringLiteral("followups"), path, {}, progress);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (!result)
        fail(QStringLiteral("follow-up import"), result.error());
    if (!result->committed)
        fail(QStringLiteral("follow-up import"), result->toError());
    figure(QStringLiteral("import %1 follow-ups from CSV").arg(result->created), seconds, QStringLiteral("s"),
           QStringLiteral("a few seconds"));
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

    out() << "demo large customers: "
          << SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*) FROM customers")).toLongLong()
          << ", follow-ups: "
          << SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*) FROM followups")).toLongLong()
          << ", check-ins: "
          << SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*) FROM checkins")).toLongLong() << "\n"
          << Qt::flush;
    pageCustomers(ctx, CustomerQuery::Scope::All, QStringLiteral("all by code"));
    pageCustomers(ctx, CustomerQuery::Scope::Pool, QStringLiteral("pool by code"));
    sweepPreview(ctx);
    benchReceivables(ctx, path);
    benchPayroll(ctx);
    importFollowUps(ctx, dir.path()); // last: it adds to the data
    benchInstallmentImport(dir.path());
    return 0;
}
