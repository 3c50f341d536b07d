#pragma once

#include "common/TrText.h"
#include "money/Money.h"
#include "payroll/IncomeTax.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

struct CityProfile;

// One line of a payslip (DESIGN §4 line codes): base, performance, commission, bonus, allowance,
// visit_allowance, absence_deduction, pension, medical, unemployment, housing_fund, iit, loss_deduction,
// and the employer's costs employer_pension, employer_medical, employer_unemployment, employer_injury,
// employer_housing_fund. Deductions are stored as positive amounts; `explanation` says how the amount was
// computed, in the words of the rule.
struct PayLine
{
    QString code;
    Money amount;
    TrText explanation; // how it was computed; stored serialized, shown translated
    bool employerCost = false;
};

// Everything one month's payslip of one employee depends on. The run collects it from the database
// (salary profile in force, attendance summary, year-to-date figures of earlier locked months, city
// profile, loss claims) and from the incentives module (commission, performance pay, visit allowance:
// zero until that module exists).
struct PayInputs
{
    int year = 0;
    int month = 0; // 1..12

    Money baseSalary; // monthly, before pro-rating
    Money performancePay;
    Money commission;
    Money bonus;     // regular bonus of the month (taxed with the wage)
    Money allowance; // fixed allowance
    Money visitAllowance;
    Money annualBonus; // 全年一次性奖金 paid this month, if any
    bool annualBonusSeparately = true;
    Money adjustment;         // 补发 (+) / 补扣 (−) of the month, taxable with the wage
    QString adjustmentDetail; // each adjustment's amount, reason and [corrected month], as entered

    QDate employedFrom;     // hire date (pro-rating when inside the month)
    QDate employedTo;       // leave date (invalid = still employed)
    int absentHalfDays = 0; // unpaid absence in half days (absent, personal leave)

    Money siBase;
    Money hfBase;
    int hfRatePpm = 0;       // 0 = the city's
    Money specialAdditional; // 专项附加扣除 this month

    // Year to date with this employer BEFORE this month (from locked runs or imported at go-live).
    Money ytdIncome;
    Money ytdSpecialDeduction;
    Money ytdSpecialAdditional;
    Money ytdWithheld;
    int monthsEmployedBefore = 0; // months of this year already employed by this employer
    IncomeTax::DeductionRule deductionRule = IncomeTax::DeductionRule::Standard;

    Money lossOutstanding;            // approved loss claims not yet recovered
    bool minimumExcludesOwnSi = true; // Shanghai and Beijing: yes (domain-facts §3.2)
};

struct PayResult
{
    QList<PayLine> lines;
    Money gross; // 应发: pay lines (the annual bonus included) minus the absence deduction
    Money employeeContributions;
    Money taxableThisMonth; // income counted for cumulative withholding (gross − a separately taxed bonus)
    IncomeTax::Withholding withholding;
    Money annualBonusTax;
    IncomeTax::BonusTax bonusTax;
    Money lossDeducted;
    Money lossCarried;
    Money net;          // 实发
    Money employerCost; // employer contributions
    // Year to date AFTER this month, to carry into the next month.
    Money ytdIncome;
    Money ytdSpecialDeduction;
    Money ytdSpecialAdditional;
    Money ytdWithheld;
    int monthsEmployed = 0;

    Money amount(const QString& code) const; // 0 when the line is absent
};

// The payslip arithmetic (DESIGN §2.7), pure and deterministic: pro-rating by working days for a
// mid-month hire or leave, absence at wage ÷ 21.75 a day, contributions from the city profile, cumulative
// withholding of income tax (the annual bonus separately by choice), then the Art. 16 loss deduction.
class PayslipCalculator
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PayslipCalculator)

public:
    static PayResult calculate(const PayInputs& in, const CityProfile& city);
};

} // namespace tl::core
