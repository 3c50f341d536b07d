// DESIGN §6: a payroll run for 10,000 employees in under 5 s (release build). Hidden from the normal run
// ([.bench]); run it with: tl_test_core_payrollrun "[.bench]". The company is written straight into the
// tables (not through the audited services: the figure measured is the run, not the set-up): 10,000 employees
// in Shanghai and Beijing, a salary profile each (a raise from February for every tenth), attendance for a
// third of them (22 working days, some absences), 200 loss claims. January is calculated, approved and
// locked; February is then calculated with January's year to date, timed, and recalculated.
#include "PayrollFixture.h"

#include "common/Progress.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/Transaction.h"
#include "payroll/PayrollRunService.h"

#include <QElapsedTimer>

#include <iostream>

using namespace tl::core;
using tl::test::PayrollFixture;

namespace {

constexpr int kEmployees = 10'000;

void writeCompany(Database& db)
{
    Transaction tx(db);
    sqlite3* h = db.nativeHandle();
    NativeStatement employee(
        h, "INSERT INTO employees (id, code, name, hire_date, city, created_at, updated_at) "
           "VALUES (?,?,?,?,?,'2025-01-01T00:00:00','2025-01-01T00:00:00')");
    NativeStatement profile(
        h, "INSERT INTO salary_profiles (employee_id, effective_from, base_salary, allowance, "
           "si_base, hf_base, special_deduction, created_at, updated_at) "
           "VALUES (?,?,?,?,?,?,?,'2025-01-01T00:00:00','2025-01-01T00:00:00')");
    NativeStatement attendance(h, "INSERT INTO attendance (employee_id, date, status) VALUES (?,?,?)");
    NativeStatement claim(h, "INSERT INTO loss_claims (employee_id, amount, reason, status, requested_at) "
                             "VALUES (?, 300000, 'bench', 'approved', '2025-12-01T00:00:00')");
    for (int i = 1; i <= kEmployees; ++i) {
        const qint64 base = 500'000 + (i * 7919) % 3'000'000; // 5,000 .. 35,000
        employee.bind(1, qint64(i))
            .bind(2, QStringLiteral("B%1").arg(i, 5, 10, QLatin1Char('0')))
            .bind(3, QStringLiteral("员工%1").arg(i))
            .bind(4, i % 50 == 0 ? QStringLiteral("2026-01-19") : QStringLiteral("2022-03-01"))
            .bind(5, i % 3 == 0 ? QStringLiteral("beijing") : QStringLiteral("shanghai"))
            .execute();
        profile.bind(1, qint64(i))
            .bind(2, QStringLiteral("2025-07-01"))
            .bind(3, base)
            .bind(4, qint64(50'000))
            .bind(5, base)
            .bind(6, base)
            .bind(7, qint64(i % 4 == 0 ? 200'000 : 0))
            .execute();
        if (i % 10 == 0)
            profile.bind(1, qint64(i))
                .bind(2, QStringLiteral("2026-02-01"))
                .bind(3, base + 100'000)
                .bind(4, qint64(50'000))
                .bind(5, base)
                .bind(6, base)
                .bind(7, qint64(0))
                .execute();
        if (i % 3 == 1)
            for (const QString& month : {QStringLiteral("2026-01"), QStringLiteral("2026-02")})
                for (int day = 1; day <= 28; ++day) {
                    const QDate date = QDate::fromString(
                        month + QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0')), Qt::ISODate);
                    if (date.dayOfWeek() > 5)
                        continue;
                    attendance.bind(1, qint64(i))
                        .bind(2, date.toString(Qt::ISODate))
                        .bind(3, (i + day) % 17 == 0   ? QStringLiteral("absent")
                                 : (i + day) % 13 == 0 ? QStringLiteral("personal_leave")
                                                       : QStringLiteral("present"))
                        .execute();
                }
        if (i % 50 == 7)
            claim.bind(1, qint64(i)).execute();
    }
    tx.commit();
}

} // namespace

TEST_CASE("payroll bench: a run for 10,000 employees", "[.bench]")
{
    PayrollFixture f;
    f.t.clock().set(QDateTime(QDate(2026, 2, 27), QTime(18, 0)));
    writeCompany(f.db());
    PayrollRunService service(f.system());
    NullProgress progress;
    QElapsedTimer timer;

    timer.start();
    const auto january = service.calculate(QStringLiteral("2026-01"), progress);
    const qint64 januaryMs = timer.elapsed();
    REQUIRE(january.ok());
    REQUIRE(january->run.payslipCount == kEmployees);
    REQUIRE(service.approve(QStringLiteral("2026-01")).ok());
    timer.restart();
    REQUIRE(service.lock(QStringLiteral("2026-01")).ok());
    const qint64 lockMs = timer.elapsed();

    timer.restart();
    const auto february = service.calculate(QStringLiteral("2026-02"), progress);
    const qint64 februaryMs = timer.elapsed();
    REQUIRE(february.ok());
    timer.restart();
    REQUIRE(service.calculate(QStringLiteral("2026-02"), progress).ok());
    const qint64 againMs = timer.elapsed();
    timer.restart();
    const auto slips = service.payslips(QStringLiteral("2026-02"));
    const qint64 readMs = timer.elapsed();
    REQUIRE(slips->size() == kEmployees);

    std::cout << "payroll run, " << kEmployees << " employees (target < 5000 ms): January " << januaryMs
              << " ms, lock " << lockMs << " ms, February (year to date from January) " << februaryMs
              << " ms, recalculated " << againMs << " ms; reading the payslips " << readMs << " ms; "
              << f.scalar(QStringLiteral("SELECT count(*) FROM payslip_lines")) << " payslip lines\n";
    CHECK(februaryMs < 60'000); // the 5 s target is for release builds; a debug build only has to finish
}
