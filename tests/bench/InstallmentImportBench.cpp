// Benchmark case of DESIGN §6: importing 1,000,000 instalments from CSV with full validation and indexes, at
// least half the rows per second of the sqlite3 shell's `.import` of the same file into a bare table.
//
// In its own database: the small demo company, then 250,000 contracts of its customers imported through the
// `contracts` import (timed too), then the 1,000,000 instalments (4 per contract) through the `installments`
// import. The baseline is `sqlite3 FILE ".import --csv instalments.csv t"` into a new, empty database file,
// timed around the whole process, run just before our import of the same file.
#include "BenchOutput.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Progress.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "io/ImportService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdlib>

using namespace tl::core;
using tl::bench::fail;
using tl::bench::figure;
using tl::bench::out;

namespace {

constexpr int kContracts = 250000;
constexpr int kPerContract = 4;

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        fail(QStringLiteral("write %1").arg(path), Error::internal(file.errorString()));
}

// Imports a file and returns the seconds it took; any problem ends the benchmark.
double timedImport(const Context& ctx, const QString& kind, const QString& path)
{
    NullProgress progress;
    QElapsedTimer timer;
    timer.start();
    const auto result = ImportService(ctx).importFile(kind, path, {}, progress);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result)
        fail(kind + QStringLiteral(" import"), result.error());
    if (!result->committed)
        fail(kind + QStringLiteral(" import"), result->toError());
    return seconds;
}

} // namespace

void benchInstallmentImport(const QString& folder)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        out() << "import 1,000,000 instalments: skipped (no sqlite3 shell for the baseline)\n" << Qt::flush;
        return;
    }
    const QString path = folder + QStringLiteral("/instalments-bench.db");
    SystemClock clock;
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        if (!db)
            fail(QStringLiteral("open"), db.error());
        DemoGenerator::Options options;
        options.scale = DemoGenerator::Scale::Small;
        options.adminPassword = QStringLiteral("benchmark-password");
        NullProgress progress;
        const Status made = DemoGenerator::generate(*db.value(), clock, options, progress);
        if (!made)
            fail(QStringLiteral("demo small"), made.error());
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        fail(QStringLiteral("reopen"), db.error());
    const Context ctx{*db.value(), clock, Session::systemSession(), nullptr};

    // Contracts of the demo's owned customers, credited to their owners; 4 instalments each that add up.
    QList<std::pair<QString, QString>> owned;
    {
        SqlQuery q(ctx.db, QStringLiteral("SELECT c.code, e.code FROM customers c JOIN employees e ON "
                                          "e.id = c.owner_id ORDER BY c.id"));
        q.exec();
        while (q.next())
            owned.append({q.text(0), q.text(1)});
    }
    if (owned.isEmpty())
        fail(QStringLiteral("demo small"), Error::internal(QStringLiteral("no owned customers")));
    QByteArray contracts = "contract_no,customer_code,salesperson_code,signed_on,amount,kind\n";
    QByteArray instalments = "contract_no,seq,due_on,amount\n";
    contracts.reserve(kContracts * 48);
    instalments.reserve(qsizetype(kContracts) * kPerContract * 32);
    const QDate first(2023, 1, 1);
    for (int c = 0; c < kContracts; ++c) {
        const auto& [customer, owner] = owned.at(c % owned.size());
        const QByteArray number = "BX" + QByteArray::number(c + 1).rightJustified(7, '0');
        const QDate signedOn = first.addDays(c % 900);
        qint64 total = 0;
        for (int s = 1; s <= kPerContract; ++s) {
            const qint64 fen = 100000 + (qint64(c) * 7919 + s * 104729) % 900000; // 1,000.00 to 9,999.99
            total += fen;
            instalments += number + ',' + QByteArray::number(s) + ',' +
                           signedOn.addMonths(3 * s).toString(Qt::ISODate).toLatin1() + ',' +
                           QByteArray::number(fen / 100) + '.' +
                           QByteArray::number(fen % 100).rightJustified(2, '0') + '\n';
        }
        contracts += number + ',' + customer.toUtf8() + ',' + owner.toUtf8() + ',' +
                     signedOn.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(total / 100) + '.' +
                     QByteArray::number(total % 100).rightJustified(2, '0') + ",new\n";
    }
    const QString contractsPath = folder + QStringLiteral("/contracts-bench.csv");
    const QString instalmentsPath = folder + QStringLiteral("/instalments-bench.csv");
    writeFile(contractsPath, contracts);
    writeFile(instalmentsPath, instalments);
    contracts.clear();
    instalments.clear();
    contracts.squeeze();
    instalments.squeeze();

    const double contractSeconds = timedImport(ctx, QStringLiteral("contracts"), contractsPath);
    out() << "import " << kContracts << " contracts from CSV: " << QString::number(contractSeconds, 'f', 2)
          << " s (" << QString::number(kContracts / contractSeconds, 'f', 0) << " rows/s)\n"
          << Qt::flush;

    // The baseline: the sqlite3 shell imports the same file into a bare table of a new database file.
    const QString bare = folder + QStringLiteral("/bare.db");
    QFile::remove(bare);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(shell, {bare, QStringLiteral(".import --csv %1 t").arg(instalmentsPath)});
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        fail(QStringLiteral("sqlite3 .import"),
             Error::internal(QString::fromUtf8(process.readAllStandardError()) + process.errorString()));
    const double shellSeconds = double(timer.nsecsElapsed()) / 1e9;
    QFile::remove(bare);

    const qint64 rows = qint64(kContracts) * kPerContract;
    const double ourSeconds = timedImport(ctx, QStringLiteral("installments"), instalmentsPath);
    const double shellRate = double(rows) / shellSeconds;
    const double ourRate = double(rows) / ourSeconds;
    out() << "sqlite3 shell .import of " << rows
          << " instalment rows into a bare table: " << QString::number(shellSeconds, 'f', 2) << " s ("
          << QString::number(shellRate, 'f', 0) << " rows/s)\n"
          << "import " << rows
          << " instalments from CSV with full validation and indexes: " << QString::number(ourSeconds, 'f', 2)
          << " s (" << QString::number(ourRate, 'f', 0) << " rows/s, "
          << QString::number(ourRate / shellRate, 'f', 2) << " x the shell's rate) (target >= 0.50 x)\n"
          << Qt::flush;
}
