// Benchmark cases of DESIGN §6 on the large demo company's receivables (2,000,000 instalments):
//  - ageing by salesperson over all instalments through core AgingReport, beside the best hand-written SQL
//    for the same totals run by the sqlite3 shell on the same file (target: within 1.5x). Both are timed
//    three times, best of; the shell's figure is its own ".timer" for the query alone (process start and
//    schema loading left out), the strictest baseline;
//  - the Receivables list (ReceivableQuery): the first page and a deep page, for everybody and for one
//    salesperson (targets 100 ms and 50 ms). A deep page starts after a cursor taken from the index order at
//    99.9% of the list (keyset paging reads no rows before it), and the slowest of the ten pages after it
//    is reported too.
#include "BenchOutput.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "receivables/AgingReport.h"
#include "receivables/ReceivableQuery.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <limits>

using namespace tl::core;
using tl::bench::fail;
using tl::bench::figure;
using tl::bench::out;

namespace {

constexpr int kPageSize = 100;

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString iso(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

// The ageing totals by salesperson, written by hand for the shell (AgingReport.h documents the first form:
// a plain scan of the instalments, contracts by id). The second form leaves the plan to SQLite.
QStringList handWrittenAgeing(const QDate& asOf)
{
    const QString a = iso(asOf);
    const auto back = [&](int days) { return iso(asOf.addDays(-days)); };
    const QString buckets = QStringLiteral("sum(CASE WHEN i.due_on >= '%1' THEN b END), "
                                           "sum(CASE WHEN i.due_on < '%1' AND i.due_on >= '%2' THEN b END), "
                                           "sum(CASE WHEN i.due_on < '%2' AND i.due_on >= '%3' THEN b END), "
                                           "sum(CASE WHEN i.due_on < '%3' AND i.due_on >= '%4' THEN b END), "
                                           "sum(CASE WHEN i.due_on < '%4' AND i.due_on >= '%5' THEN b END), "
                                           "sum(CASE WHEN i.due_on < '%5' AND i.due_on >= '%6' THEN b END), "
                                           "sum(CASE WHEN i.due_on < '%6' THEN b END), sum(b), count(*)")
                                .arg(a, back(30), back(60), back(90), back(180), back(365));
    return {
        QStringLiteral(
            "SELECT e.code, e.name, t.* FROM (SELECT i.collector_id AS k, %1 FROM (SELECT "
            "collector_id, due_on, contract_id, amount - paid_total - written_off_total AS b FROM "
            "installments NOT INDEXED WHERE paid_total + written_off_total < amount) i CROSS JOIN "
            "contracts c ON c.id = i.contract_id WHERE c.status IN ('active', 'closed') AND "
            "c.signed_on <= '%2' GROUP BY i.collector_id) t JOIN employees e ON e.id = t.k ORDER BY "
            "e.code;")
            .arg(buckets, a),
        QStringLiteral(
            "SELECT e.code, e.name, %1 FROM (SELECT collector_id, due_on, contract_id, amount - "
            "paid_total - written_off_total AS b FROM installments WHERE amount > paid_total + "
            "written_off_total) i JOIN contracts c ON c.id = i.contract_id JOIN employees e ON e.id = "
            "i.collector_id WHERE c.status IN ('active', 'closed') AND c.signed_on <= '%2' GROUP BY "
            "i.collector_id ORDER BY e.code;")
            .arg(buckets, a),
    };
}

// Runs the query in `sqlite3 FILE`; returns the shell's own time for it (seconds) and the sum of the totals
// column (fen) through `total`.
double shellSeconds(const QString& shell, const QString& database, const QString& sql, qint64& total)
{
    QProcess process;
    // The shell prints its timer for statements read from standard input.
    process.start(shell, {QStringLiteral("-cmd"), QStringLiteral(".timer on"), database});
    process.write(sql.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        fail(QStringLiteral("sqlite3"), Error::internal(QString::fromUtf8(process.readAllStandardError())));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    total = 0;
    double seconds = -1;
    static const QRegularExpression timer(QStringLiteral("^Run Time: real ([0-9.]+)"));
    for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto m = timer.match(line);
        if (m.hasMatch()) {
            seconds = m.captured(1).toDouble();
            continue;
        }
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() >= 3)
            total += cells.at(cells.size() - 2).toLongLong(); // sum(b), before count(*)
    }
    if (seconds < 0)
        fail(QStringLiteral("sqlite3"), Error::internal(QStringLiteral("no timer in: ") + output.left(200)));
    return seconds;
}

void benchAgeing(const Context& ctx, const QString& database)
{
    const QDate asOf = ctx.clock.today();
    const AgingReport report(ctx);
    double best = std::numeric_limits<double>::max();
    qint64 total = 0;
    bool fromCache = false;
    int rows = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto r = report.run(asOf, AgingReport::Dimension::Salesperson);
        const double ms = milliseconds(timer);
        if (!r)
            fail(QStringLiteral("ageing"), r.error());
        best = std::min(best, ms);
        total = r->total.total;
        fromCache = r->fromCache;
        rows = int(r->rows.size());
    }
    figure(QStringLiteral("ageing by salesperson over all instalments, AgingReport (%1 salespeople, %2)")
               .arg(rows)
               .arg(fromCache ? QStringLiteral("cached balances") : QStringLiteral("ledger sums")),
           best, QStringLiteral("ms"), QStringLiteral("<= 1.5x the sqlite3 shell"));

    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        out() << "ageing baseline: skipped, no sqlite3 shell on the PATH\n" << Qt::flush;
        return;
    }
    double baseline = std::numeric_limits<double>::max();
    for (const QString& sql : handWrittenAgeing(asOf)) {
        for (int run = 0; run < 3; ++run) {
            qint64 shellTotal = 0;
            baseline = std::min(baseline, shellSeconds(shell, database, sql, shellTotal) * 1000.0);
            if (shellTotal != total)
                fail(QStringLiteral("ageing baseline"),
                     Error::internal(QStringLiteral("the shell's total %1 differs from AgingReport's %2")
                                         .arg(shellTotal)
                                         .arg(total)));
        }
    }
    figure(QStringLiteral("ageing by salesperson, best hand-written SQL in the sqlite3 shell (same totals)"),
           baseline, QStringLiteral("ms"), QStringLiteral("baseline"));
    figure(QStringLiteral("ageing by salesperson, AgingReport / sqlite3 shell"), best / baseline,
           QStringLiteral("x"), QStringLiteral("<= 1.5x"));
}

// The (due_on, id) of the row at `position` (0-based) of the list in its default order.
ReceivableQuery::Cursor cursorAt(const Context& ctx, qint64 collectorId, qint64 position)
{
    SqlQuery q(ctx.db, collectorId ? QStringLiteral("SELECT due_on, id FROM installments INDEXED BY "
                                                    "installments_collector WHERE collector_id = ? ORDER BY "
                                                    "due_on, id LIMIT 1 OFFSET ?")
                                   : QStringLiteral("SELECT due_on, id FROM installments INDEXED BY "
                                                    "installments_due ORDER BY due_on, id LIMIT 1 OFFSET ?"));
    if (collectorId)
        q.bind(collectorId);
    q.bind(position).exec();
    if (!q.next())
        return {};
    return ReceivableQuery::Cursor{QVariantList{q.text(0)}, q.integer(1)};
}

void benchList(const Context& ctx, qint64 collectorId, const QString& label)
{
    ReceivableQuery::Filter filter;
    filter.collectorId = collectorId;
    const ReceivableQuery query(ctx, filter);

    QElapsedTimer timer;
    timer.start();
    const auto first = query.page({}, kPageSize);
    const double firstMs = milliseconds(timer);
    if (!first)
        fail(QStringLiteral("receivables first page"), first.error());
    timer.restart();
    const auto total = query.count();
    const double countMs = milliseconds(timer);
    if (!total)
        fail(QStringLiteral("receivables count"), total.error());

    // A deep page: the cursor of the row at 99.9% of the list, then ten pages on from there.
    const qint64 position = std::max<qint64>(0, *total - *total / 1000 - 1);
    ReceivableQuery::Cursor cursor = cursorAt(ctx, collectorId, position);
    timer.restart();
    const auto deep = query.page(cursor, kPageSize);
    const double deepMs = milliseconds(timer);
    if (!deep)
        fail(QStringLiteral("receivables deep page"), deep.error());
    double slowestMs = deepMs;
    cursor = deep->next;
    for (int i = 0; i < 10 && cursor.valid(); ++i) {
        timer.restart();
        const auto page = query.page(cursor, kPageSize);
        const double ms = milliseconds(timer);
        if (!page)
            fail(QStringLiteral("receivables page"), page.error());
        slowestMs = std::max(slowestMs, ms);
        cursor = page->next;
    }
    figure(QStringLiteral("receivables, %1, first page (%2 rows)").arg(label).arg(*total), firstMs,
           QStringLiteral("ms"), QStringLiteral("<= 100 ms"));
    figure(QStringLiteral("receivables, %1, deep page (after row %2)").arg(label).arg(position + 1), deepMs,
           QStringLiteral("ms"), QStringLiteral("<= 50 ms"));
    figure(QStringLiteral("receivables, %1, slowest of the next ten pages").arg(label), slowestMs,
           QStringLiteral("ms"), QStringLiteral("<= 50 ms"));
    figure(QStringLiteral("receivables, %1, count of the list").arg(label), countMs, QStringLiteral("ms"),
           QStringLiteral("for the status line, no target"));
}

} // namespace

void benchReceivables(const Context& ctx, const QString& database)
{
    out() << "demo large receivables: "
          << SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*) FROM contracts")).toLongLong()
          << " contracts, "
          << SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*) FROM installments")).toLongLong()
          << " instalments, "
          << SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*) FROM payments")).toLongLong()
          << " payments, "
          << SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*) FROM letters")).toLongLong()
          << " letters\n"
          << Qt::flush;
    benchAgeing(ctx, database);
    benchList(ctx, 0, QStringLiteral("everybody by due date"));
    // The salesperson who collects the most instalments.
    const qint64 busiest =
        SqlQuery::scalar(ctx.db, QStringLiteral("SELECT collector_id FROM installments GROUP BY collector_id "
                                                "ORDER BY count(*) DESC, collector_id LIMIT 1"))
            .toLongLong();
    benchList(ctx, busiest, QStringLiteral("one salesperson by due date"));
}
