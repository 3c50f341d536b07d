// The payroll run (PayrollRunService) on a real database: who is paid, effective-dated salary profiles,
// attendance, year to date from locked months only, the go-live opening, the pay-components plug-in, loss
// claims, the lifecycle and the triggers. Every expected amount is worked out by hand in the comments
// (Shanghai 2025-07-01 profile: SI base 7,460–37,302 at 8% / 2% / 0.5% employee and 16% / 10% / 0.5% /
// 0.16% employer, housing fund 7% on 2,740–37,302 rounded to the yuan, minimum wage 2,740).
#include "PayrollFixture.h"

#include "attendance/AttendanceService.h"
#include "common/Progress.h"
#include "db/Database.h"
#include "org/EmployeeService.h"
#include "payroll/LossClaimService.h"
#include "payroll/PayComponentsSource.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/PayrollRunService.h"
#include "payroll/SalaryProfileService.h"
#include "payroll/YtdOpeningService.h"
#include "support/Builders.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace tl::core;
using tl::test::lineTexts;
using tl::test::PayrollFixture;
using tl::test::yuan;

namespace {

QJsonObject inputsOf(const Payslip& p)
{
    return QJsonDocument::fromJson(p.inputs.toUtf8()).object();
}

QStringList codes(const QList<Payslip>& list)
{
    QStringList result;
    for (const Payslip& p : list)
        result << p.employeeCode;
    return result;
}

const QStringList kEmployer10000{
    QStringLiteral("employer_pension 1600.00"), QStringLiteral("employer_medical 1000.00"),
    QStringLiteral("employer_unemployment 50.00"), QStringLiteral("employer_injury 16.00"),
    QStringLiteral("employer_housing_fund 700.00")};

} // namespace

TEST_CASE("payroll run: a salary change applies from its month and history cannot be rewritten",
          "[payrollrun]")
{
    PayrollFixture f;
    const qint64 e = f.employee(QStringLiteral("E101"), QStringLiteral("陈晨"), QDate(2024, 1, 1));
    const qint64 a = f.profile(e, QDate(2025, 7, 1), "10000");
    const qint64 b = f.profile(e, QDate(2026, 2, 16), "12000"); // mid-February: the whole of February

    // January on profile A: SI/HF base 10,000 → 800 + 200 + 50 + 700 = 1,750; tax (10,000 − 5,000 − 1,750)
    // × 3% = 97.50; net 10,000 − 1,750 − 97.50 = 8,152.50.
    f.close(QStringLiteral("2026-01"));
    const Payslip jan = f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E101"));
    CHECK(lineTexts(jan) == QStringList{QStringLiteral("base 10000.00"), QStringLiteral("pension 800.00"),
                                        QStringLiteral("medical 200.00"),
                                        QStringLiteral("unemployment 50.00"),
                                        QStringLiteral("housing_fund 700.00"), QStringLiteral("iit 97.50")} +
                                kEmployer10000);
    CHECK(jan.net == yuan("8152.50"));
    CHECK(jan.employerCost == yuan("3366.00"));
    CHECK(inputsOf(jan)
              .value(QStringLiteral("salary_profile"))
              .toObject()
              .value(QStringLiteral("id"))
              .toInteger() == a);

    // February on profile B, not pro-rated: 12,000; SI/HF base 12,000 → 960 + 240 + 60 + 840 = 2,100;
    // income to date 22,000 − 10,000 − 3,850 = 8,150 × 3% = 244.50 − 97.50 = 147.00; net 9,753.00.
    f.calc(QStringLiteral("2026-02"));
    const Payslip feb = f.payslipOf(QStringLiteral("2026-02"), QStringLiteral("E101"));
    CHECK(feb.amount(QStringLiteral("base")) == yuan("12000"));
    CHECK(feb.amount(QStringLiteral("housing_fund")) == yuan("840"));
    CHECK(feb.amount(QStringLiteral("iit")) == yuan("147"));
    CHECK(feb.net == yuan("9753"));
    CHECK(feb.ytdIncome == yuan("22000"));
    CHECK(inputsOf(feb)
              .value(QStringLiteral("salary_profile"))
              .toObject()
              .value(QStringLiteral("id"))
              .toInteger() == b);

    const Context hr = f.as(f.user(QStringLiteral("hr"), Role::Hr));
    SalaryProfileService profiles(hr);
    CHECK(profiles.inForce(e, {2026, 1})->id == a);
    CHECK(profiles.inForce(e, {2026, 2})->id == b);
    CHECK(profiles.inForce(e, {2025, 6}).error().code == ErrorCode::NotFound);

    // Profile A paid the locked January: it can no longer change or go, nor can a profile start inside
    // January.
    SalaryProfile changed = *profiles.inForce(e, {2026, 1});
    changed.baseSalary = yuan("10500");
    CHECK(profiles.save(changed).error().code == ErrorCode::Conflict);
    CHECK(profiles.remove(a).error().code == ErrorCode::Conflict);
    CHECK(profiles.save(PayrollFixture::profileSpec(e, QDate(2026, 1, 20), "11000")).error().code ==
          ErrorCode::Conflict);
    // February is only calculated: its profile may still change, and a later one may be added.
    SalaryProfile raise = *profiles.inForce(e, {2026, 2});
    raise.allowance = yuan("200");
    CHECK(profiles.save(raise).ok());
    CHECK(profiles.save(PayrollFixture::profileSpec(e, QDate(2026, 3, 1), "13000")).ok());
    CHECK(profiles.history(e)->size() == 3);

    // Validation: the housing-fund rate must be 5–12%.
    SalaryProfile bad = PayrollFixture::profileSpec(e, QDate(2026, 4, 1), "13000");
    bad.hfRatePpm = 150'000;
    const auto refused = profiles.save(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK(tl::test::cells(refused.error().problems) ==
          QList<std::pair<int, QString>>{{0, QStringLiteral("hf_rate")}});
    f.requireAuditClean();
}

TEST_CASE("payroll run: attendance is optional, an unpaid day costs the monthly wage over 21.75",
          "[payrollrun]")
{
    PayrollFixture f;
    const qint64 e1 = f.employee(QStringLiteral("E201"), QStringLiteral("周一"), QDate(2024, 1, 1));
    const qint64 e2 = f.employee(QStringLiteral("E202"), QStringLiteral("吴二"), QDate(2024, 1, 1));
    f.profile(e1, QDate(2025, 7, 1), "8700");
    f.profile(e2, QDate(2025, 7, 1), "8700");
    AttendanceService attendance(f.system());
    REQUIRE(attendance.record(e1, QDate(2026, 1, 5), AttendanceStatus::Absent).ok());
    REQUIRE(attendance.record(e1, QDate(2026, 1, 6), AttendanceStatus::PersonalLeave, true).ok());
    REQUIRE(attendance.record(e1, QDate(2026, 1, 7), AttendanceStatus::SickLeave).ok());
    REQUIRE(attendance.record(e1, QDate(2026, 1, 8), AttendanceStatus::AnnualLeave).ok());
    REQUIRE(attendance.record(e1, QDate(2026, 1, 9), AttendanceStatus::Late).ok());
    f.calc(QStringLiteral("2026-01"));

    // One day absent and half a day of personal leave: 8,700 ÷ 21.75 = 400 a day × 1.5 = 600.00; sick and
    // annual leave are paid, late costs nothing.
    const Payslip p1 = f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E201"));
    CHECK(p1.amount(QStringLiteral("absence_deduction")) == yuan("600"));
    CHECK(p1.gross == yuan("8100"));
    const QJsonObject seen = inputsOf(p1).value(QStringLiteral("attendance")).toObject();
    CHECK(seen.value(QStringLiteral("records")).toInt() == 5);
    CHECK(seen.value(QStringLiteral("unpaid_half_days")).toInt() == 3);
    CHECK(seen.value(QStringLiteral("absent")).toInt() == 2);
    CHECK(seen.value(QStringLiteral("personal_leave")).toInt() == 1);
    CHECK(seen.value(QStringLiteral("present")).toInt() == 1);
    CHECK(seen.value(QStringLiteral("sick_leave")).toInt() == 2);
    for (const PayslipLine& l : p1.lines)
        if (l.code == QLatin1String("absence_deduction"))
            CHECK(l.explanation.contains(QStringLiteral("1.5 day(s)")));

    // No records at all: paid in full.
    const Payslip p2 = f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E202"));
    CHECK(p2.amount(QStringLiteral("absence_deduction")).isZero());
    CHECK(p2.gross == yuan("8700"));
}

TEST_CASE("payroll run: the year to date comes from locked months only, the latest calculation counting",
          "[payrollrun]")
{
    PayrollFixture f;
    const qint64 e = f.employee(QStringLiteral("E301"), QStringLiteral("郑三"), QDate(2020, 1, 1));
    SalaryProfile p = PayrollFixture::profileSpec(e, QDate(2025, 7, 1), "20000");
    p.siBase = p.hfBase = yuan("10000");
    f.save(p);
    f.calc(QStringLiteral("2026-01"));
    CHECK(f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E301")).gross == yuan("20000"));

    // Before approval the profile may change and the run be recalculated: the payslips are replaced.
    p.baseSalary = yuan("30000");
    f.save(p);
    const PayrollCalculation again = f.calc(QStringLiteral("2026-01"));
    CHECK(again.run.calcNo == 2);
    CHECK(again.run.payslipCount == 1);
    // 30,000 − 5,000 − 1,750 = 23,250 × 3% = 697.50; net 30,000 − 1,750 − 697.50 = 27,552.50.
    const Payslip jan = f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E301"));
    CHECK(jan.gross == yuan("30000"));
    CHECK(jan.amount(QStringLiteral("iit")) == yuan("697.50"));
    CHECK(jan.net == yuan("27552.50"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM payslips")) == 2); // the superseded one stays
    CHECK(f.payslips(QStringLiteral("2026-01")).size() == 1);

    // February waits for January to be locked: an approved January is not in the year to date.
    f.approve(QStringLiteral("2026-01"));
    NullProgress progress;
    const auto early = PayrollRunService(f.system()).calculate(QStringLiteral("2026-02"), progress);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::Conflict);
    CHECK(early.error().message.contains(QStringLiteral("2026-01")));

    // Locked: February's tax counts January's 30,000 (not the superseded 20,000 as well):
    // 60,000 − 10,000 − 3,500 = 46,500 × 10% − 2,520 = 2,130.00 − 697.50 = 1,432.50.
    f.lock(QStringLiteral("2026-01"));
    f.calc(QStringLiteral("2026-02"));
    const Payslip feb = f.payslipOf(QStringLiteral("2026-02"), QStringLiteral("E301"));
    CHECK(feb.amount(QStringLiteral("iit")) == yuan("1432.50"));
    CHECK(feb.ytdIncome == yuan("60000"));
    CHECK(feb.ytdWithheld == yuan("2130"));
    CHECK(feb.monthsEmployed == 2);
    CHECK(feb.net == yuan("26817.50"));
    f.requireAuditClean();
}

TEST_CASE("payroll run: a mid-year go-live starts from the year-to-date opening", "[payrollrun]")
{
    PayrollFixture f;
    const qint64 e = f.employee(QStringLiteral("E311"), QStringLiteral("王五"), QDate(2020, 1, 1));
    SalaryProfile p = PayrollFixture::profileSpec(e, QDate(2025, 7, 1), "20000");
    p.siBase = p.hfBase = yuan("10000");
    f.save(p);
    const Context hr = f.as(f.user(QStringLiteral("hr"), Role::Hr));
    YtdOpening o;
    o.employeeId = e;
    o.year = 2026;
    o.monthsEmployed = 2;
    o.income = yuan("40000");
    o.specialDeduction = yuan("3500");
    o.withheld = yuan("450");
    REQUIRE(YtdOpeningService(hr).save(o).ok());
    const Context sales = f.as(f.user(QStringLiteral("sales"), Role::Sales, e));
    CHECK(YtdOpeningService(sales).save(o).error().code == ErrorCode::PermissionDenied);
    CHECK(YtdOpeningService(sales).forYear(2026).error().code == ErrorCode::PermissionDenied);

    // March, the first run in the application: 60,000 − 3 × 5,000 − 5,250 = 39,750 × 10% − 2,520 = 1,455.00,
    // minus the 450 withheld in January and February = 1,005.00.
    f.calc(QStringLiteral("2026-03"));
    const Payslip mar = f.payslipOf(QStringLiteral("2026-03"), QStringLiteral("E311"));
    CHECK(mar.amount(QStringLiteral("iit")) == yuan("1005"));
    CHECK(mar.monthsEmployed == 3);
    CHECK(mar.ytdIncome == yuan("60000"));
    CHECK(mar.ytdWithheld == yuan("1455"));
    CHECK(inputsOf(mar)
              .value(QStringLiteral("ytd_before"))
              .toObject()
              .value(QStringLiteral("opening"))
              .toBool());

    f.approve(QStringLiteral("2026-03"));
    o.withheld = yuan("500");
    CHECK(YtdOpeningService(hr).save(o).error().code == ErrorCode::Conflict);
    CHECK(YtdOpeningService(hr).forYear(2026)->value(0).withheld == yuan("450"));
    f.requireAuditClean();
}

namespace {

// Commission, performance pay, bonuses and the visit allowance as the incentives module will give them.
class FixedComponents final : public PayComponentsSource
{
public:
    void prepare(const Database&, const PayrollPeriod& period) override
    {
        ++prepared;
        preparedFor = period;
    }
    PayComponents components(qint64 employeeId, const PayrollPeriod&, Money standard) override
    {
        standards.append({employeeId, standard});
        if (employeeId != payee)
            return {};
        PayComponents c;
        c.commission = yuan("3000");
        c.performancePay = Money::fromFen(standard.fen() * 12 / 10); // coefficient 1.2
        c.bonus = yuan("500");
        c.visitAllowance = yuan("150");
        c.annualBonus = yuan("36001");
        return c;
    }
    qint64 payee = 0;
    int prepared = 0;
    PayrollPeriod preparedFor;
    QList<std::pair<qint64, Money>> standards;
};

} // namespace

TEST_CASE("payroll run: commission, performance pay, bonuses and visits come from the plug-in",
          "[payrollrun]")
{
    PayrollFixture f;
    const qint64 e1 = f.employee(QStringLiteral("E401"), QStringLiteral("冯四"), QDate(2024, 1, 1));
    const qint64 e2 = f.employee(QStringLiteral("E402"), QStringLiteral("陈六"), QDate(2024, 1, 1));
    SalaryProfile p = PayrollFixture::profileSpec(e1, QDate(2025, 7, 1), "10000");
    p.performanceSalary = yuan("2000");
    f.save(p);
    f.profile(e2, QDate(2025, 7, 1), "10000");
    FixedComponents source;
    source.payee = e1;
    const PayrollCalculation calc = f.calc(QStringLiteral("2026-01"), &source);
    CHECK(source.prepared == 1);
    CHECK(source.preparedFor == PayrollPeriod{2026, 1});
    CHECK(source.standards == QList<std::pair<qint64, Money>>{{e1, yuan("2000")}, {e2, Money()}});

    // Gross 10,000 + 2,400 + 3,000 + (500 + 36,001) + 150 = 52,051.00. The annual bonus is taxed separately:
    // 36,001 × 10% − 210 = 3,390.10; the rest cumulatively: 16,050 − 5,000 − 1,750 = 9,300 × 3% = 279.00;
    // income tax 3,669.10; net 52,051 − 1,750 − 3,669.10 = 46,631.90.
    const Payslip slip = f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E401"));
    CHECK(lineTexts(slip) ==
          QStringList{QStringLiteral("base 10000.00"), QStringLiteral("performance 2400.00"),
                      QStringLiteral("commission 3000.00"), QStringLiteral("bonus 36501.00"),
                      QStringLiteral("visit_allowance 150.00"), QStringLiteral("pension 800.00"),
                      QStringLiteral("medical 200.00"), QStringLiteral("unemployment 50.00"),
                      QStringLiteral("housing_fund 700.00"), QStringLiteral("iit 3669.10")} +
              kEmployer10000);
    CHECK(slip.gross == yuan("52051"));
    CHECK(slip.taxableIncome == yuan("16050"));
    CHECK(slip.iit == yuan("279"));
    CHECK(slip.bonusTax == yuan("3390.10"));
    CHECK(slip.net == yuan("46631.90"));
    // 36,001 is past the 36,000 cliff: (36,000 − 1,080) − (36,001 − 3,390.10) = 2,309.10 less after tax.
    REQUIRE(calc.issues.size() == 1);
    CHECK(calc.issues.at(0).employeeCode == QStringLiteral("E401"));
    CHECK(calc.issues.at(0).message.contains(QStringLiteral("¥2,309.10")));
    CHECK(calc.issues.at(0).paid);
    CHECK(calc.run.payslipCount == 2);

    // The default source pays no variable pay.
    const Payslip other = f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E402"));
    CHECK(other.gross == yuan("10000"));
    f.calc(QStringLiteral("2026-01"));
    CHECK(f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E401")).gross == yuan("10000"));
}

TEST_CASE("payroll run: loss claims are deducted within Art. 16 and settled when recovered", "[payrollrun]")
{
    PayrollFixture f;
    const qint64 department = tl::test::makeDepartment(f.system(), QStringLiteral("销售中心/销售一部"));
    const qint64 low = f.employee(QStringLiteral("E501"), QStringLiteral("钱一"), QDate(2024, 1, 1),
                                  QStringLiteral("shanghai"), department);
    const qint64 high = f.employee(QStringLiteral("E502"), QStringLiteral("孙二"), QDate(2024, 1, 1));
    const qint64 boss = f.employee(QStringLiteral("E503"), QStringLiteral("李经理"), QDate(2020, 1, 1),
                                   QStringLiteral("shanghai"), department, QStringLiteral("sales_manager"));
    f.profile(low, QDate(2025, 7, 1), "4000");
    f.profile(high, QDate(2025, 7, 1), "20000");
    f.profile(boss, QDate(2025, 7, 1), "30000");

    const Context hr = f.as(f.user(QStringLiteral("hr"), Role::Hr));
    const Context hr2 = f.as(f.user(QStringLiteral("hr2"), Role::Hr));
    const Context finance = f.as(f.user(QStringLiteral("finance"), Role::Finance));
    const Context manager = f.as(f.user(QStringLiteral("manager"), Role::SalesManager, boss, {department}));
    const Context sales = f.as(f.user(QStringLiteral("sales"), Role::Sales, low));

    // Who may ask and who may decide.
    CHECK(LossClaimService(sales).request(high, yuan("100"), QStringLiteral("x")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(LossClaimService(manager).request(high, yuan("100"), QStringLiteral("x")).error().code ==
          ErrorCode::PermissionDenied); // not in the manager's department
    CHECK(LossClaimService(manager).request(boss, yuan("100"), QStringLiteral("x")).error().code ==
          ErrorCode::PermissionDenied); // not from oneself
    const auto bad = LossClaimService(hr).request(low, Money(), QString());
    REQUIRE_FALSE(bad.ok());
    CHECK(tl::test::cells(bad.error().problems) ==
          QList<std::pair<int, QString>>{{0, QStringLiteral("amount")}, {0, QStringLiteral("reason")}});

    const auto first = LossClaimService(finance).request(low, yuan("300"), QStringLiteral("遗失样品"));
    const auto second = LossClaimService(hr).request(low, yuan("700"), QStringLiteral("损坏设备"));
    const auto third = LossClaimService(manager).request(low, yuan("50"), QStringLiteral("罚款"));
    const auto big = LossClaimService(hr).request(
        high, yuan("5000"), QStringLiteral("坏账分摊"), QStringLiteral("evidence.pdf"),
        QStringLiteral("application/pdf"), QByteArrayLiteral("%PDF-1.4"));
    REQUIRE((first.ok() && second.ok() && third.ok() && big.ok()));
    CHECK(LossClaimService(finance).approve(*first).error().code == ErrorCode::PermissionDenied);
    CHECK(LossClaimService(hr).approve(*second).error().code == ErrorCode::PermissionDenied); // own request
    REQUIRE(LossClaimService(hr).approve(*first).ok());
    REQUIRE(LossClaimService(hr2).approve(*second).ok());
    REQUIRE(LossClaimService(hr).reject(*third, QStringLiteral("不属于经济损失")).ok());
    CHECK(LossClaimService(hr).approve(*third).error().code == ErrorCode::Conflict);
    REQUIRE(LossClaimService(hr2).approve(*big).ok());
    CHECK(*LossClaimService(hr).evidence(*big) == QByteArrayLiteral("%PDF-1.4"));
    CHECK(LossClaimService(sales).claims()->size() == 3); // own claims only
    CHECK(LossClaimService(sales).claim(*big).error().code == ErrorCode::PermissionDenied);

    // E501: base 4,000; SI base clamped to 7,460: 596.80 + 149.20 + 37.30, housing fund 4,000 × 7% = 280 →
    // 1,063.30. At most 20% = 800, but pay after own contributions 2,936.70 may not fall below the minimum
    // wage 2,740: 196.70 deducted, all from the older claim; net exactly 2,740.00.
    f.close(QStringLiteral("2026-01"));
    const Payslip jan = f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E501"));
    CHECK(jan.amount(QStringLiteral("loss_deduction")) == yuan("196.70"));
    CHECK(jan.net == yuan("2740"));
    // E502: 20% of 20,000 = 4,000 of 5,000; 1,000 carried forward. Tax (20,000 − 5,000 − 3,500) × 3% = 345;
    // net 20,000 − 3,500 − 345 − 4,000 = 12,155.00.
    const Payslip janHigh = f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E502"));
    CHECK(janHigh.amount(QStringLiteral("loss_deduction")) == yuan("4000"));
    CHECK(janHigh.net == yuan("12155"));
    CHECK(inputsOf(janHigh).value(QStringLiteral("loss_carried")).toInteger() == 100000);

    auto claim = [&](qint64 id) { return *LossClaimService(hr).claim(id); };
    CHECK(claim(*first).recovered == yuan("196.70"));
    CHECK(claim(*first).status == QStringLiteral("approved"));
    CHECK(claim(*second).recovered.isZero());
    CHECK(claim(*third).outstanding().isZero());
    CHECK(claim(*big).outstanding() == yuan("1000"));

    // February: 196.70 again — 103.30 settles the older claim, 93.40 goes to the second.
    f.close(QStringLiteral("2026-02"));
    CHECK(claim(*first).status == QStringLiteral("settled"));
    CHECK(claim(*first).recovered == yuan("300"));
    CHECK(claim(*second).recovered == yuan("93.40"));
    CHECK(claim(*second).outstanding() == yuan("606.60"));
    CHECK(claim(*big).status == QStringLiteral("settled"));
    CHECK(
        f.rows(QStringLiteral("SELECT r.period, c.id, l.amount FROM loss_recoveries l "
                              "JOIN payslips p ON p.id = l.payslip_id JOIN payroll_runs r ON r.id = p.run_id "
                              "JOIN loss_claims c ON c.id = l.claim_id ORDER BY l.id")) ==
        QStringList{
            QStringLiteral("2026-01|%1|19670").arg(*first), QStringLiteral("2026-01|%1|400000").arg(*big),
            QStringLiteral("2026-02|%1|10330").arg(*first), QStringLiteral("2026-02|%1|9340").arg(*second),
            QStringLiteral("2026-02|%1|100000").arg(*big)});
    f.requireAuditClean();
}

TEST_CASE("payroll run: payslips are seen by HR and auditors, otherwise only one's own after approval",
          "[payrollrun]")
{
    PayrollFixture f;
    const qint64 d1 = tl::test::makeDepartment(f.system(), QStringLiteral("销售中心/销售一部"));
    const qint64 d2 = tl::test::makeDepartment(f.system(), QStringLiteral("销售中心/销售二部"));
    const qint64 accountant = f.employee(QStringLiteral("E601"), QStringLiteral("财务甲"), QDate(2024, 1, 1),
                                         QStringLiteral("shanghai"), 0, QStringLiteral("finance"));
    const qint64 seller = f.employee(QStringLiteral("E602"), QStringLiteral("业务乙"), QDate(2024, 1, 1),
                                     QStringLiteral("shanghai"), d1);
    const qint64 boss = f.employee(QStringLiteral("E603"), QStringLiteral("经理丙"), QDate(2024, 1, 1),
                                   QStringLiteral("shanghai"), d1, QStringLiteral("sales_manager"));
    const qint64 elsewhere = f.employee(QStringLiteral("E604"), QStringLiteral("业务丁"), QDate(2024, 1, 1),
                                        QStringLiteral("shanghai"), d2);
    for (const qint64 e : {accountant, seller, boss, elsewhere})
        f.profile(e, QDate(2025, 7, 1), "10000");

    const Context hr = f.as(f.user(QStringLiteral("hr"), Role::Hr));
    const Context auditor = f.as(f.user(QStringLiteral("auditor"), Role::Auditor));
    const Context finance = f.as(f.user(QStringLiteral("fin"), Role::Finance, accountant));
    const Context financeOnly = f.as(f.user(QStringLiteral("fin2"), Role::Finance));
    const Context sales = f.as(f.user(QStringLiteral("sales"), Role::Sales, seller));
    const Context manager = f.as(f.user(QStringLiteral("manager"), Role::SalesManager, boss, {d1}));
    const Context admin = f.as(f.user(QStringLiteral("admin2"), Role::Admin));
    const QString jan = QStringLiteral("2026-01");

    NullProgress progress;
    CHECK(PayrollRunService(admin).calculate(jan, progress).error().code == ErrorCode::PermissionDenied);
    CHECK(PayrollRunService(auditor).calculate(jan, progress).error().code == ErrorCode::PermissionDenied);
    CHECK(PayrollRunService(sales).calculate(jan, progress).error().code == ErrorCode::PermissionDenied);
    REQUIRE(PayrollRunService(hr).calculate(jan, progress).ok());
    CHECK(PayrollRunService(sales).approve(jan).error().code == ErrorCode::PermissionDenied);

    const QStringList everyone{QStringLiteral("E601"), QStringLiteral("E602"), QStringLiteral("E603"),
                               QStringLiteral("E604")};
    CHECK(codes(*PayrollRunService(hr).payslips(jan)) == everyone);
    CHECK(codes(*PayrollRunService(auditor).payslips(jan)) == everyone);
    CHECK(PayrollRunService(sales).payslips(jan)->isEmpty()); // not released before approval
    CHECK(PayrollRunService(financeOnly).payslips(jan).error().code == ErrorCode::PermissionDenied);
    CHECK(PayrollRunService(admin).payslips(jan).error().code == ErrorCode::PermissionDenied);
    CHECK(PayrollRunService(sales).runs().error().code == ErrorCode::PermissionDenied);
    CHECK(PayrollRunService(hr).runs()->size() == 1);

    REQUIRE(PayrollRunService(hr).approve(jan).ok());
    CHECK(codes(*PayrollRunService(sales).payslips(jan)) == QStringList{QStringLiteral("E602")});
    CHECK(codes(*PayrollRunService(manager).payslips(jan)) == QStringList{QStringLiteral("E603")});
    CHECK(codes(*PayrollRunService(finance).payslips(jan)) == QStringList{QStringLiteral("E601")});
    CHECK(PayrollRunService(sales).payslips(jan, QStringLiteral("E603")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(PayrollRunService(manager).payslips(jan, QStringLiteral("E602")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(PayrollRunService(hr).payslips(jan, QStringLiteral("E999")).error().code == ErrorCode::NotFound);
    const auto state = PayrollRunService(sales).run(jan);
    REQUIRE(state.ok());
    CHECK(state->status == QStringLiteral("approved"));
    CHECK(state->gross.isZero()); // the totals are everyone's pay
    CHECK(PayrollRunService(hr).run(jan)->gross == yuan("40000"));

    // Salary profiles: amounts for HR, auditors and oneself; masked for others who may see the person.
    auto history = [&](const Context& ctx, qint64 employee) {
        return SalaryProfileService(ctx).history(employee);
    };
    CHECK(history(hr, seller)->at(0).baseSalary == yuan("10000"));
    CHECK(history(auditor, seller)->at(0).baseSalary == yuan("10000"));
    CHECK(history(sales, seller)->at(0).baseSalary == yuan("10000"));
    CHECK_FALSE(history(sales, seller)->at(0).masked);
    CHECK(history(sales, boss).error().code == ErrorCode::PermissionDenied);
    CHECK(history(manager, seller)->at(0).masked);
    CHECK(history(manager, seller)->at(0).baseSalary.isZero());
    CHECK(history(manager, elsewhere).error().code == ErrorCode::PermissionDenied);
    CHECK(history(finance, seller)->at(0).masked);
    CHECK(history(admin, seller)->at(0).masked);
    CHECK(SalaryProfileService(admin)
              .save(PayrollFixture::profileSpec(seller, QDate(2026, 2, 1), "1"))
              .error()
              .code == ErrorCode::PermissionDenied);
}

TEST_CASE("payroll run: the database refuses changes to payslips and to a locked run", "[payrollrun]")
{
    PayrollFixture f;
    f.profile(f.employee(QStringLiteral("E701"), QStringLiteral("林七"), QDate(2024, 1, 1)),
              QDate(2025, 7, 1), "9000");
    f.calc(QStringLiteral("2026-01"));
    auto exec = [&](const char* sql) {
        QSqlQuery q(f.db().connection());
        const bool ok = q.exec(QString::fromLatin1(sql));
        return ok ? QString() : q.lastError().text();
    };
    // Payslips are append-only even before approval: a recalculation writes new ones.
    CHECK(exec("UPDATE payslips SET net = 0").contains(QStringLiteral("payslips are never changed")));
    CHECK(exec("DELETE FROM payslip_lines").contains(QStringLiteral("never deleted")));
    CHECK(exec("UPDATE payroll_runs SET payslip_count = 1").isEmpty()); // a calculated run is not locked

    f.approve(QStringLiteral("2026-01"));
    const char* insert =
        "INSERT INTO payslips (run_id, calc_no, employee_id, city, gross, employee_contributions, "
        "taxable_income, "
        "special_additional, iit, bonus_tax, loss_deducted, net, employer_cost, months_employed, ytd_income, "
        "ytd_special_deduction, ytd_special_additional, ytd_withheld, inputs) "
        "SELECT id, calc_no + 1, (SELECT id FROM employees), 'shanghai', 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, "
        "0, 0, "
        "'{}' FROM payroll_runs";
    CHECK(exec(insert).contains(QStringLiteral("approved or locked")));
    f.lock(QStringLiteral("2026-01"));
    CHECK(exec("UPDATE payroll_runs SET status = 'calculated'").contains(QStringLiteral("locked")));
    CHECK(exec("DELETE FROM payroll_runs").contains(QStringLiteral("locked")));
    CHECK(exec(insert).contains(QStringLiteral("approved or locked")));
    CHECK(exec("INSERT INTO payslip_lines (payslip_id, seq, code, amount) SELECT id, 99, 'bonus', 1 FROM "
               "payslips")
              .contains(QStringLiteral("approved or locked")));
    CHECK(f.rows(QStringLiteral("SELECT status, payslip_count FROM payroll_runs")) ==
          QStringList{QStringLiteral("locked|1")});
}

namespace {

class RecordingProgress final : public Progress
{
public:
    void setTotal(qint64 t) override { total = t; }
    void setDone(qint64 d) override { done = d; }
    bool isCancelled() const override { return cancelled; }
    qint64 total = 0;
    qint64 done = 0;
    bool cancelled = false;
};

} // namespace

TEST_CASE("payroll run: the lifecycle refuses what comes out of order, and a cancelled run writes nothing",
          "[payrollrun]")
{
    PayrollFixture f;
    f.profile(f.employee(QStringLiteral("E801"), QStringLiteral("黄八"), QDate(2024, 1, 1)),
              QDate(2025, 7, 1), "9000");
    f.profile(f.employee(QStringLiteral("E802"), QStringLiteral("徐九"), QDate(2024, 1, 1)),
              QDate(2025, 7, 1), "9000");
    PayrollRunService service(f.system());
    RecordingProgress progress;
    CHECK(service.calculate(QStringLiteral("2026-04"), progress).error().code ==
          ErrorCode::Invalid); // not started
    CHECK(service.calculate(QStringLiteral("2026-13"), progress).error().code == ErrorCode::Invalid);
    CHECK(service.approve(QStringLiteral("2026-01")).error().code == ErrorCode::NotFound);

    progress.cancelled = true;
    CHECK(service.calculate(QStringLiteral("2026-01"), progress).error().code == ErrorCode::Conflict);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM payroll_runs")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM payslips")) == 0);

    progress.cancelled = false;
    REQUIRE(service.calculate(QStringLiteral("2026-01"), progress).ok());
    CHECK(progress.total == 4); // two people computed, then written
    CHECK(progress.done == 4);
    CHECK(service.lock(QStringLiteral("2026-01")).error().code == ErrorCode::Conflict); // approve first
    REQUIRE(service.approve(QStringLiteral("2026-01")).ok());
    CHECK(service.approve(QStringLiteral("2026-01")).error().code == ErrorCode::Conflict);
    CHECK(service.calculate(QStringLiteral("2026-01"), progress).error().code == ErrorCode::Conflict);
    REQUIRE(service.lock(QStringLiteral("2026-01")).ok());
    CHECK(service.lock(QStringLiteral("2026-01")).error().code == ErrorCode::Conflict);
    CHECK(service.calculate(QStringLiteral("2026-01"), progress).error().code == ErrorCode::Conflict);
    const auto run = service.run(QStringLiteral("2026-01"));
    REQUIRE(run.ok());
    CHECK(run->status == QStringLiteral("locked"));
    CHECK(run->calculatedBy.isEmpty()); // by no user: the system (the UI names it)
    CHECK(run->lockedAt.isValid());
    CHECK(f.rows(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'payroll_runs' ORDER BY id")) ==
          QStringList{QStringLiteral("create"), QStringLiteral("calculate"), QStringLiteral("approve"),
                      QStringLiteral("lock")});
    f.requireAuditClean();
}

TEST_CASE("payroll run: everyone employed in the month is paid, pro-rated, or listed as an issue",
          "[payrollrun]")
{
    PayrollFixture f;
    const qint64 later = f.employee(QStringLiteral("E901"), QStringLiteral("新人"), QDate(2026, 2, 2));
    const qint64 gone = f.employee(QStringLiteral("E902"), QStringLiteral("已走"), QDate(2020, 1, 1));
    const qint64 leaving = f.employee(QStringLiteral("E903"), QStringLiteral("月中走"), QDate(2020, 1, 1));
    f.employee(QStringLiteral("E904"), QStringLiteral("无档案"), QDate(2020, 1, 1));
    const qint64 elsewhere = f.employee(QStringLiteral("E905"), QStringLiteral("深圳人"), QDate(2020, 1, 1),
                                        QStringLiteral("深圳"));
    for (const qint64 e : {later, gone, leaving, elsewhere})
        f.profile(e, QDate(2025, 7, 1), "11000");
    EmployeeService employees(f.system());
    REQUIRE(employees.setStatus(gone, EmployeeStatus::Left, QDate(2025, 12, 31)).ok());
    REQUIRE(employees.setStatus(leaving, EmployeeStatus::Left, QDate(2026, 1, 16)).ok());

    const PayrollCalculation calc = f.calc(QStringLiteral("2026-01"));
    CHECK(codes(f.payslips(QStringLiteral("2026-01"))) ==
          QStringList{QStringLiteral("E903"), QStringLiteral("E905")});
    REQUIRE(calc.issues.size() == 1);
    CHECK(calc.issues.at(0).employeeCode == QStringLiteral("E904"));
    CHECK(calc.issues.at(0).message.contains(QStringLiteral("no salary profile")));
    CHECK_FALSE(calc.issues.at(0).paid);

    // Left on Friday 16 January: 12 of January's 22 working days, 11,000 × 12 ÷ 22 = 6,000.00.
    const Payslip partial = f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E903"));
    CHECK(partial.amount(QStringLiteral("base")) == yuan("6000"));
    // No city profile of Shenzhen: the company's Shanghai profile is used.
    const QJsonObject city = inputsOf(f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E905")))
                                 .value(QStringLiteral("city_profile"))
                                 .toObject();
    CHECK(city.value(QStringLiteral("city")).toString() == QStringLiteral("shanghai"));
    CHECK(city.value(QStringLiteral("fallback")).toBool());
}

TEST_CASE("payroll run: the low-earner and first-job flags hold for their tax year", "[payrollrun]")
{
    SECTION("60,000 from January for a low earner of the previous year")
    {
        PayrollFixture f;
        const qint64 flagged = f.employee(QStringLiteral("E1001"), QStringLiteral("甲"), QDate(2020, 1, 1));
        const qint64 stale = f.employee(QStringLiteral("E1002"), QStringLiteral("乙"), QDate(2020, 1, 1));
        SalaryProfile p = PayrollFixture::profileSpec(flagged, QDate(2026, 1, 1), "8000");
        p.lowEarnerPreviousYear = true;
        f.save(p);
        p.employeeId = stale;
        p.effectiveFrom = QDate(2025, 7, 1); // a fact about 2025, not 2026
        f.save(p);
        f.calc(QStringLiteral("2026-01"));
        // 8,000 − 60,000 − 1,400 < 0: nothing withheld; the 2025 flag does not count in 2026:
        // (8,000 − 5,000 − 1,400) × 3% = 48.00.
        const Payslip a = f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E1001"));
        const Payslip b = f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E1002"));
        CHECK(a.amount(QStringLiteral("iit")).isZero());
        CHECK(inputsOf(a).value(QStringLiteral("deduction_rule")).toString() == QStringLiteral("low_earner"));
        CHECK(b.amount(QStringLiteral("iit")) == yuan("48"));
        CHECK(inputsOf(b).value(QStringLiteral("deduction_rule")).toString() == QStringLiteral("standard"));
    }
    SECTION("5,000 for every month from January in the first job of the year")
    {
        PayrollFixture f;
        const qint64 graduate = f.employee(QStringLiteral("E1003"), QStringLiteral("丙"), QDate(2026, 3, 2));
        const qint64 other = f.employee(QStringLiteral("E1004"), QStringLiteral("丁"), QDate(2026, 3, 2));
        SalaryProfile p = PayrollFixture::profileSpec(graduate, QDate(2026, 3, 2), "20000");
        p.siBase = p.hfBase = yuan("10000");
        p.firstJobInYear = true;
        f.save(p);
        p.employeeId = other;
        p.firstJobInYear = false;
        f.save(p);
        f.calc(QStringLiteral("2026-03"));
        // Hired on Monday 2 March: all 22 working days. 20,000 − 3 × 5,000 − 1,750 = 3,250 × 3% = 97.50;
        // without the flag 20,000 − 5,000 − 1,750 = 13,250 × 3% = 397.50.
        CHECK(f.payslipOf(QStringLiteral("2026-03"), QStringLiteral("E1003")).amount(QStringLiteral("iit")) ==
              yuan("97.50"));
        CHECK(f.payslipOf(QStringLiteral("2026-03"), QStringLiteral("E1004")).amount(QStringLiteral("iit")) ==
              yuan("397.50"));
    }
}
