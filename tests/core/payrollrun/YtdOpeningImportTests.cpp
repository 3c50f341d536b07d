// The `ytd-openings` import: a mid-year go-live brings each employee's year-to-date figures from the former
// system; the first run then withholds on the cumulative figures (domain-facts §1).
#include "PayrollFixture.h"

#include "io/ImportOptions.h"
#include "io/ImportResult.h"
#include "payroll/YtdOpeningService.h"

using namespace tl::core;
using tl::test::cells;
using tl::test::PayrollFixture;
using tl::test::yuan;

namespace {

using Cells = QList<std::pair<int, QString>>;

} // namespace

TEST_CASE("ytd-openings import: bad cells are named and nothing is written", "[payrollrun][import]")
{
    PayrollFixture f;
    f.employee(QStringLiteral("E601"), QStringLiteral("高远"), QDate(2024, 1, 1));
    f.employee(QStringLiteral("E602"), QStringLiteral("宋雪"), QDate(2024, 1, 1));
    const QByteArray csv = "employee_code,year,months_employed,income,special_deduction,special_additional,"
                           "withheld,note\n"
                           "E601,2026,2,20000,3500,0,195,\n" // row 2: fine
                           "E999,2026,2,1,0,0,0,\n"          // row 3: unknown employee
                           "E602,1999,2,1,0,0,0,\n"          // row 4: year out of range
                           "E602,2025,13,1,0,0,0,\n"         // row 5: 13 months
                           "E602,2026,2,-5,0,0,0,\n"         // row 6: negative income
                           "E601,2026,3,1,0,0,0,\n";         // row 7: E601 / 2026 again
    const auto result = f.importCsv(QStringLiteral("ytd-openings"), csv);
    REQUIRE(result.ok());
    CHECK_FALSE(result->committed);
    CHECK(cells(result->problems) == Cells{{3, QStringLiteral("employee_code")},
                                           {4, QStringLiteral("year")},
                                           {5, QStringLiteral("months_employed")},
                                           {6, QStringLiteral("income")},
                                           {7, QStringLiteral("year")}});
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM ytd_openings")) == QStringList{QStringLiteral("0")});
}

TEST_CASE("ytd-openings import: the first run after a mid-year go-live withholds on the whole year",
          "[payrollrun][import]")
{
    PayrollFixture f;
    const qint64 e = f.employee(QStringLiteral("E601"), QStringLiteral("高远"), QDate(2024, 1, 1));
    f.profile(e, QDate(2025, 7, 1), "10000");
    // January and February in the former system at 10,000 a month: contributions 2 × 1,750 = 3,500;
    // withheld (20,000 − 10,000 − 3,500) × 3% = 195.00. Chinese headers.
    const auto imported =
        f.importCsv(QStringLiteral("ytd-openings"),
                    QByteArray("工号,年度,已任职月数,累计收入,累计专项扣除,累计已预扣预缴税额,备注\n"
                               "E601,2026,2,\"20,000.00\",3500,195,原系统导出\n"));
    REQUIRE(imported.ok());
    INFO(imported->summary().toStdString());
    REQUIRE(imported->committed);
    CHECK(imported->created == 1);
    const auto openings = YtdOpeningService(f.system()).forYear(2026);
    REQUIRE(openings.ok());
    REQUIRE(openings->size() == 1);
    CHECK(openings->first().withheld == yuan("195"));
    CHECK(openings->first().note == QStringLiteral("原系统导出"));

    // March: cumulative 30,000 − 15,000 − 5,250 = 9,750 × 3% = 292.50 − 195.00 = 97.50 this month.
    f.calc(QStringLiteral("2026-03"));
    const Payslip march = f.payslipOf(QStringLiteral("2026-03"), QStringLiteral("E601"));
    CHECK(march.monthsEmployed == 3);
    CHECK(march.ytdIncome == yuan("30000"));
    CHECK(march.amount(QStringLiteral("iit")) == yuan("97.50"));
    CHECK(march.net == yuan("8152.50"));

    // A second file updates the opening (empty cells keep the stored values) until a run of the year is
    // approved; then the year is closed.
    const auto updated =
        f.importCsv(QStringLiteral("ytd-openings"),
                    QByteArray("employee_code,year,months_employed,withheld\nE601,2026,2,200\n"));
    REQUIRE(updated.ok());
    REQUIRE(updated->committed);
    CHECK(updated->updated == 1);
    CHECK(f.rows(QStringLiteral("SELECT income, withheld FROM ytd_openings")) ==
          QStringList{QStringLiteral("2000000|20000")});
    f.calc(QStringLiteral("2026-03"));
    f.approve(QStringLiteral("2026-03"));
    const auto closed = f.importCsv(QStringLiteral("ytd-openings"),
                                    QByteArray("employee_code,year,months_employed\nE601,2026,2\n"));
    REQUIRE(closed.ok());
    CHECK_FALSE(closed->committed);
    CHECK(cells(closed->problems) == Cells{{2, QStringLiteral("year")}});
    f.requireAuditClean();
}
