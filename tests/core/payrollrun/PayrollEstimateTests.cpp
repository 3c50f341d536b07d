// The live estimate of the current month (PayrollRunService::estimate, the "my payslips" page): the same
// pay as the run would write, nothing written, one's own pay only unless one runs the payroll.
#include "PayrollFixture.h"

#include "db/SqlQuery.h"
#include "payroll/PayrollRunService.h"

using namespace tl::core;
using tl::test::PayrollFixture;
using tl::test::yuan;

TEST_CASE("payroll estimate: the month's pay as the run will calculate it, from the locked year to date",
          "[payrollrun]")
{
    PayrollFixture f;
    const qint64 e = f.employee(QStringLiteral("E201"), QStringLiteral("周敏"), QDate(2024, 1, 1));
    const qint64 other = f.employee(QStringLiteral("E202"), QStringLiteral("吴磊"), QDate(2024, 1, 1));
    f.profile(e, QDate(2025, 7, 1), "10000");
    f.profile(other, QDate(2025, 7, 1), "8000");
    f.close(QStringLiteral("2026-01"));
    f.close(QStringLiteral("2026-02"));

    const Session own = f.user(QStringLiteral("zhoumin"), Role::Sales, e);
    const PayrollRunService service(f.as(own));
    const auto estimate = service.estimate(QStringLiteral("2026-03"), e);
    REQUIRE(estimate.ok());
    REQUIRE(estimate->payable);
    // March, third month at 10,000 (base 10,000 → contributions 800 + 200 + 50 + 700 = 1,750):
    // cumulative 30,000 − 15,000 − 5,250 = 9,750 × 3% = 292.50, withheld before 2 × 97.50 = 195 →
    // 97.50 this month; net 10,000 − 1,750 − 97.50 = 8,152.50.
    CHECK(estimate->result.gross == yuan("10000"));
    CHECK(estimate->result.withholding.thisMonth == yuan("97.50"));
    CHECK(estimate->result.net == yuan("8152.50"));
    CHECK(
        SqlQuery::scalar(f.db(), QStringLiteral("SELECT count(*) FROM payroll_runs WHERE period = '2026-03'"))
            .toLongLong() == 0);

    // The run then writes the same payslip.
    f.calc(QStringLiteral("2026-03"));
    CHECK(f.payslipOf(QStringLiteral("2026-03"), QStringLiteral("E201")).net == estimate->result.net);

    // Someone else's pay: refused to a salesperson, allowed to HR.
    CHECK(service.estimate(QStringLiteral("2026-03"), other).error().code == ErrorCode::PermissionDenied);
    const auto hr = PayrollRunService(f.as(f.user(QStringLiteral("hr"), Role::Hr)))
                        .estimate(QStringLiteral("2026-03"), other);
    REQUIRE(hr.ok());
    CHECK(hr->payable);
    CHECK(hr->result.gross == yuan("8000"));
}

TEST_CASE("payroll estimate: why there is no pay to estimate", "[payrollrun]")
{
    PayrollFixture f;
    const qint64 e = f.employee(QStringLiteral("E301"), QStringLiteral("郑洁"), QDate(2024, 1, 1));
    const Session own = f.user(QStringLiteral("zhengjie"), Role::Sales, e);
    const PayrollRunService service(f.as(own));
    const auto none = service.estimate(QStringLiteral("2026-03"), e); // no salary profile
    REQUIRE(none.ok());
    CHECK_FALSE(none->payable);
    CHECK_FALSE(none->issue.isEmpty());
    // Before the hire date: not employed in the month.
    const auto early = service.estimate(QStringLiteral("2023-12"), e);
    REQUIRE(early.ok());
    CHECK_FALSE(early->payable);
    CHECK(early->issue.contains(QStringLiteral("2023-12")));
    CHECK(service.estimate(QStringLiteral("2026-13"), e).error().code == ErrorCode::Invalid);
}
