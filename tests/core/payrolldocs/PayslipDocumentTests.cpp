// The payslip as printed (core::PayslipDocument): its figures are the stored payslip's, grouped for print,
// and only HR (ViewSalary) or the employee may print it. Expected amounts: PayrollDocsFixture.h.
#include "PayrollDocsFixture.h"

#include "attendance/AttendanceService.h"
#include "payroll/PayLines.h"
#include "payroll/PayrollRunService.h"
#include "payroll/PayslipDocument.h"
#include "support/Builders.h"

using namespace tl::core;
using tl::test::PayrollDocsFixture;

namespace {

Money yuan(qint64 fen)
{
    return Money::fromFen(fen);
}

QStringList codes(const QList<PayslipDocument::Line>& lines)
{
    QStringList list;
    for (const PayslipDocument::Line& l : lines)
        list << l.code;
    return list;
}

Money sum(const QList<PayslipDocument::Line>& lines)
{
    Money total;
    for (const PayslipDocument::Line& l : lines)
        total += l.amount;
    return total;
}

} // namespace

TEST_CASE("payslip document: the figures are the stored payslip's, grouped for print", "[payrolldocs]")
{
    PayrollDocsFixture f;
    f.calculate(QStringLiteral("2026-01"));
    const Context hr = f.as(Role::Hr);

    const auto documents = PayslipDocument::build(hr, QStringLiteral("2026-01"));
    REQUIRE(documents.ok());
    const auto stored = PayrollRunService(hr).payslips(QStringLiteral("2026-01"));
    REQUIRE(stored.ok());
    REQUIRE(documents->size() == 4);
    REQUIRE(stored->size() == 4);

    // Against the stored payslips: every line, the totals and the year to date.
    for (qsizetype i = 0; i < documents->size(); ++i) {
        const PayslipDocument& d = documents->at(i);
        const Payslip& p = stored->at(i);
        INFO(p.employeeCode.toStdString());
        CHECK(d.employeeCode == p.employeeCode);
        CHECK(d.payslipId == p.id);
        CHECK(d.gross == p.gross);
        CHECK(d.net == p.net);
        CHECK(d.employerCost == p.employerCost);
        CHECK(sum(d.earnings) == d.gross);
        CHECK(d.gross - d.deductionsTotal == d.net);
        CHECK(sum(d.deductions) == d.deductionsTotal);
        CHECK(sum(d.employerCosts) == d.employerCost);
        CHECK(d.earnings.size() + d.deductions.size() + d.employerCosts.size() == p.lines.size());
        for (const PayslipLine& line : p.lines) {
            const Money expected =
                line.code == QLatin1String("absence_deduction") ? -line.amount : line.amount;
            CHECK(d.amount(line.code) == expected);
        }
        CHECK(d.ytdIncome == p.ytdIncome);
        CHECK(d.ytdWithheld == p.ytdWithheld);
        CHECK(d.monthsEmployed == 1);
        CHECK(d.period == QStringLiteral("2026-01"));
        CHECK(d.companyName == QStringLiteral("薪资文档测试有限公司"));
        CHECK_FALSE(d.released); // calculated, not approved
    }

    // E001 by hand (PayrollDocsFixture.h).
    const PayslipDocument& e001 = documents->at(0);
    CHECK(e001.employeeName == QStringLiteral("张伟"));
    CHECK(e001.departmentName == QStringLiteral("销售中心"));
    CHECK(e001.position == QStringLiteral("销售代表"));
    CHECK(e001.bankName == QStringLiteral("中国工商银行上海分行"));
    CHECK(e001.bankAccount == QStringLiteral("6222020200112233445")); // HR sees the account
    CHECK_FALSE(e001.bankMasked);
    CHECK(codes(e001.earnings) == QStringList{QStringLiteral("base"), QStringLiteral("allowance")});
    CHECK(codes(e001.deductions) == QStringList{QStringLiteral("pension"), QStringLiteral("medical"),
                                                QStringLiteral("unemployment"),
                                                QStringLiteral("housing_fund"), QStringLiteral("iit")});
    CHECK(e001.earnings.at(0).name == payLineName(QStringLiteral("base")));
    CHECK(e001.earnings.at(0).amount == yuan(2000000));
    CHECK(e001.gross == yuan(2050000));
    CHECK(e001.amount(QStringLiteral("pension")) == yuan(120000));
    CHECK(e001.amount(QStringLiteral("housing_fund")) == yuan(105000));
    CHECK(e001.employeeContributions == yuan(262500));
    CHECK(e001.incomeTax == yuan(32625));
    CHECK(e001.deductionsTotal == yuan(262500 + 32625));
    CHECK(e001.net == yuan(1754875));
    CHECK(e001.netCapitals == QStringLiteral("壹万柒仟伍佰肆拾捌元柒角伍分"));
    CHECK(e001.employerCost == yuan(504900));
    CHECK(e001.lossCarriedForward == Money());
    CHECK(e001.ytdIncome == yuan(2050000));
    CHECK(e001.ytdSpecialDeduction == yuan(262500));
    CHECK(e001.ytdSpecialAdditional == yuan(200000));
    CHECK(e001.ytdWithheld == yuan(32625));
    for (const PayslipDocument::Line& line : e001.deductions)
        CHECK_FALSE(line.explanation.isEmpty());

    // E003: pro-rated, no bank account. E004: the loss deduction and what is carried forward.
    const PayslipDocument& e003 = documents->at(2);
    CHECK(e003.amount(QStringLiteral("base")) == yuan(818182));
    CHECK(e003.net == yuan(638182));
    CHECK(e003.netCapitals == QStringLiteral("陆仟叁佰捌拾壹元捌角贰分"));
    CHECK(e003.bankAccount.isEmpty());
    const PayslipDocument& e004 = documents->at(3);
    CHECK(e004.lossDeducted == yuan(180000));
    CHECK(e004.amount(QStringLiteral("loss_deduction")) == yuan(180000));
    CHECK(e004.lossCarriedForward == yuan(70000));
    CHECK(e004.net == yuan(529035));
    CHECK(e004.deductionsTotal == yuan(184500 + 6465 + 180000));

    // One employee only.
    const auto one = PayslipDocument::build(hr, QStringLiteral("2026-01"), QStringLiteral("E002"));
    REQUIRE(one.ok());
    REQUIRE(one->size() == 1);
    CHECK(one->first().net == yuan(338899));
    CHECK(one->first().netCapitals == QStringLiteral("叁仟叁佰捌拾捌元玖角玖分"));
    CHECK(one->first().bankAccount == QStringLiteral("6225880112345678"));
}

TEST_CASE("payslip document: the absence deduction lowers gross pay on the printed payslip", "[payrolldocs]")
{
    PayrollDocsFixture f;
    REQUIRE(AttendanceService(f.system()).record(f.e001, QDate(2026, 1, 20), AttendanceStatus::Absent).ok());
    f.calculate(QStringLiteral("2026-01"));
    const auto documents =
        PayslipDocument::build(f.as(Role::Hr), QStringLiteral("2026-01"), QStringLiteral("E001"));
    REQUIRE(documents.ok());
    const PayslipDocument& d = documents->first();
    // One day: 20,000 ÷ 21.75 = 919.5402… → 919.54; gross 20,000 + 500 − 919.54 = 19,580.46;
    // tax (19,580.46 − 5,000 − 2,625 − 2,000) × 3% = 9,955.46 × 3% = 298.6638 → 298.66;
    // net 19,580.46 − 2,625 − 298.66 = 16,656.80.
    CHECK(codes(d.earnings) == QStringList{QStringLiteral("base"), QStringLiteral("allowance"),
                                           QStringLiteral("absence_deduction")});
    CHECK(d.amount(QStringLiteral("absence_deduction")) == yuan(-91954));
    CHECK(d.gross == yuan(1958046));
    CHECK(sum(d.earnings) == d.gross);
    CHECK(d.incomeTax == yuan(29866));
    CHECK(d.deductionsTotal == yuan(262500 + 29866));
    CHECK(d.net == yuan(1665680));
    CHECK(d.netCapitals == QStringLiteral("壹万陆仟陆佰伍拾陆元捌角整"));
}

TEST_CASE("payslip document: HR prints anyone's, an employee only their own once approved", "[payrolldocs]")
{
    PayrollDocsFixture f;
    f.calculate(QStringLiteral("2026-01"));
    const QString january = QStringLiteral("2026-01");

    // Finance and the administrator see no salaries.
    CHECK(PayslipDocument::build(f.as(Role::Finance), january).error().code == ErrorCode::PermissionDenied);
    CHECK(PayslipDocument::build(f.as(Role::Admin), january).error().code == ErrorCode::PermissionDenied);
    // The auditor reads every payslip (ViewSalary), with the accounts.
    const auto audited = PayslipDocument::build(f.as(Role::Auditor), january);
    REQUIRE(audited.ok());
    CHECK(audited->size() == 4);

    // The salesperson E003: nothing before approval (Conflict), then only their own payslip, masked account.
    const Context wang = f.as(Role::Sales, f.e003);
    const auto early = PayslipDocument::build(wang, january);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::Conflict);
    f.approve(january);
    const auto own = PayslipDocument::build(wang, january);
    REQUIRE(own.ok());
    REQUIRE(own->size() == 1);
    CHECK(own->first().employeeCode == QStringLiteral("E003"));
    CHECK(own->first().released);
    CHECK(PayslipDocument::build(wang, january, QStringLiteral("E003")).ok());
    CHECK(PayslipDocument::build(wang, january, QStringLiteral("E001")).error().code ==
          ErrorCode::PermissionDenied);

    // E001 as a salesperson: the own account is masked (no ViewBankAccount).
    const auto zhang = PayslipDocument::build(f.as(Role::Sales, f.e001), january);
    REQUIRE(zhang.ok());
    CHECK(zhang->first().bankAccount == QStringLiteral("***************3445"));
    CHECK(zhang->first().bankMasked);
    CHECK(zhang->first().net == Money::fromFen(1754875));

    // Unknown month, employee or period text.
    const Context hr = f.as(Role::Hr);
    CHECK(PayslipDocument::build(hr, QStringLiteral("2025-12")).error().code == ErrorCode::NotFound);
    CHECK(PayslipDocument::build(hr, january, QStringLiteral("E999")).error().code == ErrorCode::NotFound);
    CHECK(PayslipDocument::build(hr, QStringLiteral("January")).error().code == ErrorCode::Invalid);
    // A salesperson without a payslip in the run.
    const qint64 other = tl::test::makeEmployee(f.system(), QStringLiteral("E005"), QStringLiteral("新人"), 0,
                                                QStringLiteral("sales"), 0, QDate(2026, 3, 1));
    CHECK(PayslipDocument::build(f.as(Role::Sales, other), january).error().code == ErrorCode::NotFound);
}
