// The `salary-profiles` import: every bad cell reported by row and column, defaults for new profiles, updates
// of stored ones, Chinese headers, the right to import, and history closed by a locked payroll.
#include "PayrollFixture.h"

#include "io/ImportOptions.h"
#include "io/ImportResult.h"
#include "payroll/SalaryProfileService.h"

using namespace tl::core;
using tl::test::cells;
using tl::test::PayrollFixture;
using tl::test::yuan;

namespace {

using Cells = QList<std::pair<int, QString>>;

const QByteArray kHeader =
    "employee_code,effective_from,base_salary,performance_salary,allowance,si_base,hf_base,"
    "hf_rate,special_deduction,commission_plan\n";

} // namespace

TEST_CASE("salary-profiles import: every bad cell is reported and nothing is written", "[payrollrun][import]")
{
    PayrollFixture f;
    f.employee(QStringLiteral("E001"), QStringLiteral("张伟"), QDate(2024, 1, 1));
    f.employee(QStringLiteral("E002"), QStringLiteral("李娜"), QDate(2024, 1, 1));
    const QByteArray csv = kHeader +
                           "E001,2026-01-01,10000,,,,,,,\n"    // 2: fine
                           "E999,2026-01-01,10000,,,,,,,\n"    // 3: unknown employee
                           "E002,2026-02-30,10000,,,,,,,\n"    // 4: no such date
                           "E002,2026-01-01,abc,,,,,,,\n"      // 5: not an amount
                           "E002,2026-02-01,9000,,,,,15,,\n"   // 6: 15% is above 12%
                           "E001,2026-01-01,11000,,,,,,,\n"    // 7: the same employee and date as row 2
                           "E002,2026-03-01,8000,,,-5,,,,\n"   // 8: negative base
                           "E002,2026-04-01,8000,,,,,0.07,,\n" // 9: 0.07% is below 5%
                           "E002,,8000,,,,,,,\n";              // 10: no start date
    const auto result = f.importCsv(QStringLiteral("salary-profiles"), csv);
    REQUIRE(result.ok());
    CHECK_FALSE(result->committed);
    CHECK(cells(result->problems) == Cells{{3, QStringLiteral("employee_code")},
                                           {4, QStringLiteral("effective_from")},
                                           {5, QStringLiteral("base_salary")},
                                           {6, QStringLiteral("hf_rate")},
                                           {7, QStringLiteral("effective_from")},
                                           {8, QStringLiteral("si_base")},
                                           {9, QStringLiteral("hf_rate")},
                                           {10, QStringLiteral("effective_from")}});
    CHECK(result->problems.at(0).reason == QStringLiteral("employee E999 does not exist"));
    CHECK(result->problems.at(3).reason ==
          QStringLiteral("the housing-fund rate must be between 5% and 12%"));
    CHECK(result->problems.at(4).reason ==
          QStringLiteral("the profile of E001 from 2026-01-01 already appears in row 2"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM salary_profiles")) == 0);
}

TEST_CASE("salary-profiles import: defaults, updates, Chinese headers and permissions",
          "[payrollrun][import]")
{
    PayrollFixture f;
    const qint64 e1 = f.employee(QStringLiteral("E001"), QStringLiteral("张伟"), QDate(2024, 1, 1));
    f.employee(QStringLiteral("E002"), QStringLiteral("李娜"), QDate(2024, 1, 1));
    const auto created = f.importCsv(QStringLiteral("salary-profiles"),
                                     "employee_code,effective_from,base_salary,allowance,hf_rate,first_job,"
                                     "low_earner,bonus_separately\n"
                                     "E001,2026/1/1,\"12,000.50\",300,7%,否,是,no\n"
                                     "E002,2026-01-01,8000,,,,,\n");
    REQUIRE(created.ok());
    INFO(created->summary().toStdString());
    REQUIRE(created->committed);
    CHECK(created->created == 2);
    // New profiles: SI and HF bases default to the base salary, the city's HF rate when empty.
    CHECK(f.rows(QStringLiteral(
              "SELECT e.code, s.effective_from, s.base_salary, s.allowance, s.si_base, s.hf_base, "
              "s.hf_rate_ppm, s.first_job, s.low_earner, s.bonus_separately FROM salary_profiles s "
              "JOIN employees e ON e.id = s.employee_id ORDER BY e.code")) ==
          QStringList{QStringLiteral("E001|2026-01-01|1200050|30000|1200050|1200050|70000|0|1|0"),
                      QStringLiteral("E002|2026-01-01|800000|0|800000|800000|0|0|0|1")});

    // A stored employee and date updates the profile; empty cells keep what is stored.
    const auto updated = f.importCsv(QStringLiteral("salary-profiles"),
                                     QByteArray("工号,生效日期,基本工资,公积金比例,提成方案\n"
                                                "E001,2026-01-01,13000,8,按回款\n"));
    REQUIRE(updated.ok());
    INFO(updated->summary().toStdString());
    REQUIRE(updated->committed);
    CHECK(updated->updated == 1);
    CHECK(f.rows(QStringLiteral(
                     "SELECT base_salary, allowance, si_base, hf_rate_ppm, commission_plan, low_earner "
                     "FROM salary_profiles WHERE employee_id = %1")
                     .arg(e1)) == QStringList{QString::fromUtf8("1300000|30000|1200050|80000|按回款|1")});

    // "New only" refuses it.
    ImportOptions newOnly;
    newOnly.existing = ImportOptions::Existing::Reject;
    const auto refused = f.importCsv(f.system(), QStringLiteral("salary-profiles"),
                                     kHeader + "E001,2026-01-01,14000,,,,,,,\n", newOnly);
    REQUIRE(refused.ok());
    CHECK(cells(refused->problems) == Cells{{2, QStringLiteral("effective_from")}});

    // Only HR imports salaries.
    const Context admin = f.as(f.user(QStringLiteral("admin2"), Role::Admin));
    const Context finance = f.as(f.user(QStringLiteral("fin"), Role::Finance));
    for (const Context& ctx : {admin, finance}) {
        const auto denied = f.importCsv(ctx, QStringLiteral("salary-profiles"),
                                        kHeader + "E002,2026-02-01,1,,,,,,,\n", ImportOptions{});
        REQUIRE_FALSE(denied.ok());
        CHECK(denied.error().code == ErrorCode::PermissionDenied);
    }
    f.requireAuditClean();
}

TEST_CASE("salary-profiles import: a profile that paid a locked month is history", "[payrollrun][import]")
{
    PayrollFixture f;
    const qint64 e = f.employee(QStringLiteral("E001"), QStringLiteral("张伟"), QDate(2024, 1, 1));
    f.profile(e, QDate(2025, 7, 1), "10000");
    f.close(QStringLiteral("2026-01"));
    const auto result =
        f.importCsv(QStringLiteral("salary-profiles"), kHeader + "E001,2025-07-01,10500,,,,,,,\n"
                                                                 "E001,2026-01-15,10500,,,,,,,\n"
                                                                 "E001,2026-02-01,10500,,,,,,,\n");
    REQUIRE(result.ok());
    CHECK(cells(result->problems) ==
          Cells{{2, QStringLiteral("effective_from")}, {3, QStringLiteral("effective_from")}});
    CHECK(result->problems.at(0).reason ==
          QStringLiteral("the payroll of 2026-01 is locked: a change can only apply from a later month"));
    CHECK_FALSE(result->committed);
}
