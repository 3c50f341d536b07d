// Benchmark case of DESIGN §6 on the large demo company's payroll: the run of the current month for its
// 10,000 employees (target: under 5 s). The demo has locked the twelve months before, so the run reads a
// real year to date (the locked payslips of this year plus the go-live openings), the month's attendance
// and the open loss claims; it is timed once from nothing, then recalculated (a second calculation
// supersedes the first), and the reading of every payslip of the run is timed too.
#include "BenchOutput.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Progress.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "payroll/PayrollRunService.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <cstdlib>

using namespace tl::core;
using tl::bench::fail;
using tl::bench::figure;
using tl::bench::out;

void benchPayroll(const Context& ctx)
{
    const QString period = ctx.clock.today().toString(QStringLiteral("yyyy-MM"));
    out() << "demo large payroll: "
          << SqlQuery::scalar(ctx.db,
                              QStringLiteral("SELECT count(*) FROM payroll_runs WHERE status = 'locked'"))
                 .toLongLong()
          << " locked runs, "
          << SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*) FROM payslips")).toLongLong()
          << " payslips, "
          << SqlQuery::scalar(ctx.db, QStringLiteral("SELECT count(*) FROM payslip_lines")).toLongLong()
          << " payslip lines; running " << period << "\n"
          << Qt::flush;

    PayrollRunService service(ctx);
    NullProgress progress;
    QElapsedTimer timer;
    timer.start();
    const auto first = service.calculate(period, progress);
    const double firstSeconds = double(timer.elapsed()) / 1000.0;
    if (!first)
        fail(QStringLiteral("payroll run"), first.error());
    figure(QStringLiteral("payroll run %1 for %2 employees").arg(period).arg(first->run.payslipCount),
           firstSeconds, QStringLiteral("s"), QStringLiteral("< 5 s"));

    timer.restart();
    const auto again = service.calculate(period, progress);
    const double againSeconds = double(timer.elapsed()) / 1000.0;
    if (!again)
        fail(QStringLiteral("payroll recalculation"), again.error());
    figure(QStringLiteral("payroll recalculated (calculation %1)").arg(again->run.calcNo), againSeconds,
           QStringLiteral("s"), QStringLiteral("< 5 s"));

    timer.restart();
    const auto slips = service.payslips(period);
    const double readSeconds = double(timer.elapsed()) / 1000.0;
    if (!slips)
        fail(QStringLiteral("payslips"), slips.error());
    figure(QStringLiteral("read the run's %1 payslips with their lines").arg(slips->size()), readSeconds,
           QStringLiteral("s"), QStringLiteral("-"));
}
