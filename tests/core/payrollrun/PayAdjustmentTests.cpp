// Pay adjustments (DESIGN §2.7: a locked month is corrected by an adjustment in a later run): entered by HR
// for a month whose run is still open, taxable with that month's wage, refused once the month is approved
// or locked (also by the database), audited.
#include "PayrollFixture.h"

#include "db/Database.h"
#include "db/DbException.h"
#include "payroll/PayAdjustmentService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tl::core;
using tl::test::PayrollFixture;
using tl::test::yuan;

namespace {

PayAdjustment adjustment(qint64 employee, const char* period, const char* amount, const char* reason,
                         const char* corrects = "")
{
    PayAdjustment a;
    a.employeeId = employee;
    a.period = QString::fromLatin1(period);
    a.amount = yuan(amount);
    a.reason = QString::fromUtf8(reason);
    a.corrects = QString::fromLatin1(corrects);
    return a;
}

QStringList problemColumns(const Error& e)
{
    QStringList columns;
    for (const FieldProblem& p : e.problems)
        columns << p.column;
    return columns;
}

} // namespace

TEST_CASE("pay adjustments: a locked month is corrected in the next run, taxable with its wage",
          "[payrollrun][adjustment]")
{
    PayrollFixture f;
    const qint64 e = f.employee(QStringLiteral("E501"), QStringLiteral("林涛"), QDate(2024, 1, 1));
    f.profile(e, QDate(2025, 7, 1), "10000");
    // January: contributions 800 + 200 + 50 + 700 = 1,750; tax (10,000 − 5,000 − 1,750) × 3% = 97.50;
    // net 8,152.50.
    f.close(QStringLiteral("2026-01"));
    CHECK(f.payslipOf(QStringLiteral("2026-01"), QStringLiteral("E501")).net == yuan("8152.50"));

    const Session hrSession = f.user(QStringLiteral("hr"), Role::Hr);
    const Context hr = f.as(hrSession);
    PayAdjustmentService service(hr);
    // January is locked: its correction goes to February.
    CHECK(service.add(adjustment(e, "2026-01", "500", "1月加班费漏发")).error().code == ErrorCode::Conflict);
    const auto plus = service.add(adjustment(e, "2026-02", "500", "1月加班费漏发", "2026-01"));
    REQUIRE(plus.ok());
    const auto minus = service.add(adjustment(e, "2026-02", "-120", "1月餐补多发", "2026-01"));
    REQUIRE(minus.ok());
    const auto listed = service.forPeriod(QStringLiteral("2026-02"));
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).amount == yuan("500"));
    CHECK(listed->at(1).corrects == QLatin1String("2026-01"));
    CHECK(listed->at(0).createdBy == QLatin1String("hr"));

    // February: gross 10,000 + 500 − 120 = 10,380; contributions 1,750 as before; cumulative taxable
    // 20,380 − 10,000 − 3,500 = 6,880 × 3% = 206.40 − 97.50 withheld = 108.90; net 10,380 − 1,750 − 108.90
    // = 8,521.10.
    f.calc(QStringLiteral("2026-02"));
    const Payslip feb = f.payslipOf(QStringLiteral("2026-02"), QStringLiteral("E501"));
    CHECK(feb.amount(QStringLiteral("adjustment")) == yuan("380"));
    CHECK(feb.gross == yuan("10380"));
    CHECK(feb.amount(QStringLiteral("iit")) == yuan("108.90"));
    CHECK(feb.net == yuan("8521.10"));
    for (const PayslipLine& l : feb.lines)
        if (l.code == QLatin1String("adjustment")) {
            CHECK(l.explanation.contains(QStringLiteral("1月加班费漏发 [2026-01]")));
            CHECK(l.explanation.contains(QStringLiteral("1月餐补多发")));
        }
    const QJsonObject inputs = QJsonDocument::fromJson(feb.inputs.toUtf8()).object();
    CHECK(inputs.value(QStringLiteral("adjustments")).toArray().size() == 2);

    // Until approval an adjustment can still go; then the month is closed, in the service and the database.
    REQUIRE(service.remove(*minus).ok());
    f.calc(QStringLiteral("2026-02"));
    CHECK(f.payslipOf(QStringLiteral("2026-02"), QStringLiteral("E501")).gross == yuan("10500"));
    f.approve(QStringLiteral("2026-02"));
    CHECK(service.add(adjustment(e, "2026-02", "50", "迟到补扣")).error().code == ErrorCode::Conflict);
    CHECK(service.remove(*plus).error().code == ErrorCode::Conflict);
    CHECK_THROWS_AS(f.db().execScript(QStringLiteral("DELETE FROM pay_adjustments")), DbException);
    CHECK_THROWS_AS(f.db().execScript(QStringLiteral(
                        "INSERT INTO pay_adjustments (employee_id, period, amount, reason, created_at) "
                        "VALUES (1, '2026-02', 100, 'x', '2026-03-15T09:00:00')")),
                    DbException);
    f.requireAuditClean();
}

TEST_CASE("pay adjustments: who may enter them, and what is refused", "[payrollrun][adjustment]")
{
    PayrollFixture f;
    const qint64 e = f.employee(QStringLiteral("E502"), QStringLiteral("方圆"), QDate(2024, 1, 1));
    const Context sales = f.as(f.user(QStringLiteral("fangyuan"), Role::Sales, e));
    const Context finance = f.as(f.user(QStringLiteral("finance"), Role::Finance));
    const Context hr = f.as(f.user(QStringLiteral("hr"), Role::Hr));
    CHECK(PayAdjustmentService(sales).add(adjustment(e, "2026-03", "100", "x")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(PayAdjustmentService(finance).forPeriod(QStringLiteral("2026-03")).error().code ==
          ErrorCode::PermissionDenied);

    const auto bad = PayAdjustmentService(hr).add(adjustment(e, "2026-03", "0", "  ", "2026-03"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::Invalid);
    CHECK(problemColumns(bad.error()) ==
          QStringList{QStringLiteral("amount"), QStringLiteral("reason"), QStringLiteral("corrects")});
    CHECK(problemColumns(PayAdjustmentService(hr).add(adjustment(9999, "2026-13", "1", "x")).error()) ==
          QStringList{QStringLiteral("employee_code"), QStringLiteral("period")});
    CHECK(PayAdjustmentService(hr).remove(4242).error().code == ErrorCode::NotFound);
    CHECK(PayAdjustmentService(hr).forPeriod(QStringLiteral("2026-03"))->isEmpty());
}
