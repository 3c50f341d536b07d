// The demo company's payroll (issue 5): salary profiles, attendance and leave, loss claims, go-live
// openings and the twelve locked runs before today's month. TestDatabase's clock stands on 2026-03-15, so
// the history runs from 2025-03 to 2026-02, with openings of January and February 2025.
#include <catch2/catch.hpp>

#include "backup/DatabaseCheck.h"
#include "common/Progress.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoPayrollWriter.h"
#include "payroll/IncomeTax.h"
#include "support/TestDatabase.h"

#include <memory>

using namespace tl::core;
using tl::test::TestDatabase;

namespace {

TestDatabase& company()
{
    static std::unique_ptr<TestDatabase> t = [] {
        auto db = std::make_unique<TestDatabase>();
        DemoGenerator::Options options;
        options.adminPassword = QStringLiteral("demo-pass-123");
        NullProgress progress;
        const Status s = DemoGenerator::generate(db->db(), db->clock(), options, progress);
        INFO((s.ok() ? QString() : s.error().fullText()).toStdString());
        REQUIRE(s.ok());
        return db;
    }();
    return *t;
}

qint64 count(const char* sql)
{
    return SqlQuery::scalar(company().db(), QString::fromUtf8(sql)).toLongLong();
}

} // namespace

TEST_CASE("demo payroll: the history starts twelve months before today's month", "[demo][payroll]")
{
    CHECK(demo::DemoPayrollWriter::historyStart(QDate(2026, 3, 15)) == QDate(2025, 3, 1));
    CHECK(demo::DemoPayrollWriter::historyStart(QDate(2026, 11, 24)) == QDate(2025, 11, 1));
    CHECK(demo::DemoPayrollWriter::historyStart(QDate(2027, 1, 1)) == QDate(2026, 1, 1));
}

TEST_CASE("demo payroll: twelve locked runs by the hr user, this month left to run, and a clean check",
          "[demo][payroll]")
{
    TestDatabase& t = company();
    SqlQuery q(t.db(), QStringLiteral("SELECT r.period, r.status, r.calc_no, r.calculated_at, r.locked_at, "
                                      "u.username FROM payroll_runs r JOIN users u ON u.id = r.calculated_by "
                                      "ORDER BY r.period"));
    q.exec();
    QStringList periods;
    while (q.next()) {
        periods << q.text(0);
        CHECK(q.text(1) == QLatin1String("locked"));
        CHECK(q.integer(2) == 1);
        CHECK(q.text(3) == q.text(0) + QStringLiteral("-25T16:00:00")); // calculated on the 25th
        CHECK(q.text(4) == q.text(0) + QStringLiteral("-28T11:00:00"));
        CHECK(q.text(5) == QLatin1String("hr"));
    }
    CHECK(periods ==
          QStringList{QStringLiteral("2025-03"), QStringLiteral("2025-04"), QStringLiteral("2025-05"),
                      QStringLiteral("2025-06"), QStringLiteral("2025-07"), QStringLiteral("2025-08"),
                      QStringLiteral("2025-09"), QStringLiteral("2025-10"), QStringLiteral("2025-11"),
                      QStringLiteral("2025-12"), QStringLiteral("2026-01"), QStringLiteral("2026-02")});

    auto issues = DatabaseCheck::runOn(t.db());
    REQUIRE(issues.ok());
    for (const AuditLog::Issue& issue : *issues)
        UNSCOPED_INFO(issue.what.toStdString());
    CHECK(issues->isEmpty());
    // Everything the payroll wrote is in the audit log.
    CHECK(count("SELECT count(*) FROM audit_log WHERE entity = 'payroll_runs' AND action = 'lock'") == 12);
}

TEST_CASE("demo payroll: everyone employed in a month with a profile is paid, and only they",
          "[demo][payroll]")
{
    // Each run's payslips are exactly the employees employed in the month (hired by its last day, not left
    // before its first day).
    SqlQuery q(company().db(), QStringLiteral("SELECT period, payslip_count FROM payroll_runs"));
    q.exec();
    int runs = 0;
    while (q.next()) {
        ++runs;
        const QDate first = QDate::fromString(q.text(0) + QStringLiteral("-01"), Qt::ISODate);
        const QDate last = first.addMonths(1).addDays(-1);
        const qint64 employed =
            SqlQuery::scalar(company().db(),
                             QStringLiteral("SELECT count(*) FROM employees WHERE hire_date <= '%1' AND "
                                            "(leave_date IS NULL OR leave_date >= '%2')")
                                 .arg(last.toString(Qt::ISODate), first.toString(Qt::ISODate)))
                .toLongLong();
        INFO(q.text(0).toStdString());
        CHECK(q.integer(1) == employed);
        CHECK(q.integer(1) > 40);
    }
    CHECK(runs == 12);
    // A profile for every employee paid, no one paid twice in a run.
    CHECK(count("SELECT count(*) FROM (SELECT run_id, employee_id FROM payslips GROUP BY 1, 2 HAVING "
                "count(*) > 1)") == 0);
    CHECK(count("SELECT count(*) FROM payslips p WHERE NOT EXISTS (SELECT 1 FROM salary_profiles s WHERE "
                "s.employee_id = p.employee_id)") == 0);
}

TEST_CASE("demo payroll: the year to date runs on from the openings and from month to month",
          "[demo][payroll]")
{
    // 2025 went live in March: openings of January and February for the people employed before.
    CHECK(count("SELECT count(*) FROM ytd_openings WHERE year = 2025") > 30);
    CHECK(count("SELECT count(*) FROM ytd_openings WHERE year <> 2025") == 0);
    CHECK(count("SELECT max(months_employed) FROM ytd_openings") == 2);
    // An opening is two equal months of the first profile's pay, its contributions and its deduction.
    CHECK(count("SELECT count(*) FROM ytd_openings o JOIN salary_profiles s ON s.employee_id = o.employee_id "
                "AND s.effective_from = '2025-03-01' WHERE o.months_employed = 2 AND "
                "(o.income <> 2 * (s.base_salary + s.allowance) OR "
                "o.special_additional <> 2 * s.special_deduction)") == 0);
    // Its withholding is the cumulative table applied to the two months (checked for one person by hand:
    // income, contributions and deduction from the opening row).
    SqlQuery o(company().db(),
               QStringLiteral("SELECT income, special_deduction, special_additional, withheld "
                              "FROM ytd_openings WHERE months_employed = 2 ORDER BY income DESC "
                              "LIMIT 1"));
    o.exec();
    REQUIRE(o.next());
    const qint64 taxable = o.integer(0) - 2 * 500'000 - o.integer(1) - o.integer(2);
    // 3% up to 36,000, 10% − 2,520 up to 144,000, 20% − 16,920 up to 300,000 (domain-facts §1.2).
    const qint64 tax = taxable <= 0            ? 0
                       : taxable <= 3'600'000  ? (taxable * 3 + 50) / 100
                       : taxable <= 14'400'000 ? (taxable * 10 + 50) / 100 - 252'000
                                               : (taxable * 20 + 50) / 100 - 1'692'000;
    CHECK(o.integer(3) == tax);

    // The first run of 2025 adds its month to the opening; every later month adds to the month before;
    // January 2026 starts a new year.
    CHECK(count("SELECT count(*) FROM payslips p JOIN payroll_runs r ON r.id = p.run_id "
                "JOIN ytd_openings o ON o.employee_id = p.employee_id AND o.year = 2025 "
                "WHERE r.period = '2025-03' AND (p.ytd_income <> o.income + p.taxable_income OR "
                "p.ytd_withheld <> o.withheld + p.iit OR p.months_employed <> o.months_employed + 1)") == 0);
    CHECK(
        count(
            "SELECT count(*) FROM payslips p JOIN payroll_runs r ON r.id = p.run_id "
            "WHERE r.period = '2026-01' AND (p.ytd_income <> p.taxable_income OR p.ytd_withheld <> p.iit)") ==
        0);
    CHECK(count("SELECT count(*) FROM payslips p JOIN payroll_runs r ON r.id = p.run_id "
                "JOIN payslips b ON b.employee_id = p.employee_id JOIN payroll_runs rb ON rb.id = b.run_id "
                "WHERE ((r.period = '2026-02' AND rb.period = '2026-01') OR "
                "(r.period = '2025-12' AND rb.period = '2025-11')) AND "
                "(p.ytd_income <> b.ytd_income + p.taxable_income OR p.ytd_withheld <> b.ytd_withheld + "
                "p.iit)") == 0);
    // Tax is withheld across the history (the demo's pay is above the threshold for most).
    CHECK(count("SELECT count(*) FROM payslips WHERE iit > 0") > 200);
}

TEST_CASE("demo payroll: raises, income-tax flags and declared bases", "[demo][payroll]")
{
    // The yearly raise in April 2025 (the last April before today) for about a third.
    const qint64 raised = count("SELECT count(*) FROM salary_profiles WHERE effective_from = '2025-04-01'");
    CHECK(raised > 5);
    CHECK(raised < 35);
    CHECK(
        count(
            "SELECT count(*) FROM salary_profiles a JOIN salary_profiles b ON b.employee_id = a.employee_id "
            "AND b.effective_from = '2025-04-01' WHERE a.effective_from < '2025-04-01' AND "
            "b.base_salary <= a.base_salary") == 0);
    // The 60,000 rule: a profile from January 2026 for people employed here all of 2025 with at most
    // 60,000 of income; they pay no tax in 2026 (cumulative deduction 60,000 from January).
    CHECK(
        count("SELECT count(*) FROM salary_profiles WHERE low_earner = 1 AND (effective_from <> '2026-01-01' "
              "OR (base_salary + allowance) * 12 > 6000000)") == 0);
    CHECK(
        count("SELECT count(*) FROM payslips p JOIN payroll_runs r ON r.id = p.run_id JOIN salary_profiles s "
              "ON s.employee_id = p.employee_id AND s.low_earner = 1 WHERE r.period >= '2026-01' AND "
              "p.iit > 0") == 0);
    CHECK(
        count("SELECT count(*) FROM payslips p JOIN payroll_runs r ON r.id = p.run_id JOIN salary_profiles s "
              "ON s.employee_id = p.employee_id AND s.low_earner = 1 WHERE r.period >= '2026-01' AND "
              "json_extract(p.inputs, '$.deduction_rule') <> 'low_earner'") == 0);
    // First job in the year: only people hired during the history, the rule used in that year.
    CHECK(
        count("SELECT count(*) FROM salary_profiles s JOIN employees e ON e.id = s.employee_id "
              "WHERE s.first_job = 1 AND (e.hire_date < '2025-03-01' OR s.effective_from <> e.hire_date)") ==
        0);
    CHECK(
        count(
            "SELECT count(*) FROM payslips p JOIN payroll_runs r ON r.id = p.run_id JOIN salary_profiles s "
            "ON s.employee_id = p.employee_id AND s.first_job = 1 WHERE substr(r.period, 1, 4) = "
            "substr(s.effective_from, 1, 4) AND json_extract(p.inputs, '$.deduction_rule') <> 'first_job'") ==
        0);
    // Declared bases below the city's floor are clamped on the payslip (some declare the base salary only).
    CHECK(count("SELECT count(*) FROM payslips WHERE json_extract(inputs, '$.salary_profile.si_base') < "
                "json_extract(inputs, '$.city_profile.si_base_min')") > 0);
}

TEST_CASE("demo payroll: leave and absences reach the attendance and the payslips", "[demo][payroll]")
{
    CHECK(count("SELECT count(DISTINCT kind) FROM leave_requests WHERE status = 'approved'") == 3);
    // An approved request has exactly its working days in the attendance; a waiting one has none.
    CHECK(count("SELECT count(*) FROM leave_requests l WHERE status = 'approved' AND half_days <> "
                "(SELECT sum(CASE WHEN a.half_day = 1 THEN 1 ELSE 2 END) FROM attendance a "
                "WHERE a.leave_request_id = l.id AND a.status = l.kind)") == 0);
    CHECK(count("SELECT count(*) FROM attendance a JOIN leave_requests l ON l.id = a.leave_request_id "
                "WHERE l.status <> 'approved'") == 0);
    CHECK(count("SELECT count(*) FROM leave_requests WHERE status = 'approved' AND "
                "(approver_id IS NULL OR decided_at IS NULL)") == 0);
    CHECK(count("SELECT count(*) FROM attendance WHERE CAST(strftime('%w', date) AS INTEGER) IN (0, 6)") ==
          0);
    // Unpaid days (personal leave, absence) are deducted at ÷ 21.75 on the month's payslip.
    CHECK(count("SELECT count(*) FROM payslip_lines WHERE code = 'absence_deduction' AND amount <> 0") > 0);
    CHECK(
        count("SELECT count(*) FROM payslips p JOIN payroll_runs r ON r.id = p.run_id "
              "WHERE json_extract(p.inputs, '$.attendance.unpaid_half_days') > 0 AND NOT EXISTS "
              "(SELECT 1 FROM payslip_lines l WHERE l.payslip_id = p.id AND l.code = 'absence_deduction')") ==
        0);
}

TEST_CASE("demo payroll: loss claims are recovered within Art. 16's bound and settle", "[demo][payroll]")
{
    CHECK(count("SELECT count(*) FROM loss_claims") >= 2);
    CHECK(count("SELECT count(*) FROM loss_claims WHERE status = 'requested'") == 1);
    CHECK(count("SELECT count(*) FROM loss_recoveries") > 0);
    // recovered is the sum of the recoveries; settled exactly when all is recovered.
    CHECK(count("SELECT count(*) FROM loss_claims c WHERE recovered <> "
                "(SELECT ifnull(sum(amount), 0) FROM loss_recoveries r WHERE r.claim_id = c.id)") == 0);
    CHECK(count("SELECT count(*) FROM loss_claims WHERE (status = 'settled') <> (recovered = amount)") == 0);
    // At most 20% of the month's wage (工资支付暂行规定 Art. 16).
    CHECK(count("SELECT count(*) FROM payslips WHERE loss_deducted * 5 > gross") == 0);
    CHECK(count("SELECT count(*) FROM payslips WHERE loss_deducted > 0") > 0);
}
