#include "payroll/RunInputs.h"

#include "money/MoneyFormat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tl::core {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QJsonValue fen(Money amount)
{
    return QJsonValue(amount.fen());
}

} // namespace

// What one payslip's calculation used (payslips.inputs).
QJsonObject payslipInputsJson(const PayrollInputs::Person& p, const PayInputs& in, const PayComponents& c,
                              const QList<std::pair<qint64, Money>>& loss, const PayResult& r)
{
    const SalaryProfile& s = *p.profile;
    const CityProfile& city = *p.cityProfile;
    QJsonObject profile{{QStringLiteral("id"), s.id},
                        {QStringLiteral("effective_from"), iso(s.effectiveFrom)},
                        {QStringLiteral("base_salary"), fen(s.baseSalary)},
                        {QStringLiteral("performance_salary"), fen(s.performanceSalary)},
                        {QStringLiteral("allowance"), fen(s.allowance)},
                        {QStringLiteral("si_base"), fen(s.siBase)},
                        {QStringLiteral("hf_base"), fen(s.hfBase)},
                        {QStringLiteral("hf_rate_ppm"), s.hfRatePpm},
                        {QStringLiteral("special_deduction"), fen(s.specialDeduction)},
                        {QStringLiteral("commission_plan"), s.commissionPlan},
                        {QStringLiteral("first_job"), s.firstJobInYear},
                        {QStringLiteral("low_earner"), s.lowEarnerPreviousYear},
                        {QStringLiteral("bonus_separately"), s.bonusSeparately}};
    QJsonObject cityJson{{QStringLiteral("id"), city.id},
                         {QStringLiteral("city"), city.city},
                         {QStringLiteral("effective_from"), iso(city.effectiveFrom)},
                         {QStringLiteral("fallback"), p.cityFallback},
                         {QStringLiteral("si_base_min"), city.siBaseMin},
                         {QStringLiteral("si_base_max"), city.siBaseMax},
                         {QStringLiteral("hf_base_min"), city.hfBaseMin},
                         {QStringLiteral("hf_base_max"), city.hfBaseMax},
                         {QStringLiteral("pension_employee_ppm"), city.pensionEmployeePpm},
                         {QStringLiteral("medical_employee_ppm"), city.medicalEmployeePpm},
                         {QStringLiteral("unemployment_employee_ppm"), city.unemploymentEmployeePpm},
                         {QStringLiteral("pension_employer_ppm"), city.pensionEmployerPpm},
                         {QStringLiteral("medical_employer_ppm"), city.medicalEmployerPpm},
                         {QStringLiteral("unemployment_employer_ppm"), city.unemploymentEmployerPpm},
                         {QStringLiteral("injury_employer_ppm"), city.injuryEmployerPpm},
                         {QStringLiteral("hf_rate_ppm"), city.hfRatePpm},
                         {QStringLiteral("minimum_wage"), city.minimumWage},
                         {QStringLiteral("si_rounding"), city.siRounding},
                         {QStringLiteral("hf_rounding"), city.hfRounding}};
    QJsonObject attendance{{QStringLiteral("records"), p.attendance.records},
                           {QStringLiteral("unpaid_half_days"), in.absentHalfDays}};
    for (AttendanceStatus status : allAttendanceStatuses())
        attendance.insert(attendanceStatusKey(status), p.attendance.halfDaysOf(status));
    const QJsonObject ytd{{QStringLiteral("months_employed"), p.ytd.monthsEmployed},
                          {QStringLiteral("locked_months"), p.ytd.lockedMonths},
                          {QStringLiteral("opening"), p.ytd.opening},
                          {QStringLiteral("income"), fen(p.ytd.income)},
                          {QStringLiteral("special_deduction"), fen(p.ytd.specialDeduction)},
                          {QStringLiteral("special_additional"), fen(p.ytd.specialAdditional)},
                          {QStringLiteral("withheld"), fen(p.ytd.withheld)}};
    const QJsonObject components{{QStringLiteral("commission"), fen(c.commission)},
                                 {QStringLiteral("performance"), fen(c.performancePay)},
                                 {QStringLiteral("bonus"), fen(c.bonus)},
                                 {QStringLiteral("visit_allowance"), fen(c.visitAllowance)},
                                 {QStringLiteral("annual_bonus"), fen(c.annualBonus)}};
    QJsonArray adjustments;
    for (const PayrollInputs::Adjustment& a : p.adjustments)
        adjustments.append(QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("amount"), fen(a.amount)},
                                       {QStringLiteral("reason"), a.reason},
                                       {QStringLiteral("corrects"), a.corrects}});
    QJsonArray claims;
    for (const auto& [claimId, deducted] : loss)
        claims.append(
            QJsonObject{{QStringLiteral("claim"), claimId}, {QStringLiteral("deducted"), fen(deducted)}});
    QString rule = QStringLiteral("standard");
    if (in.deductionRule == IncomeTax::DeductionRule::FirstJobInYear)
        rule = QStringLiteral("first_job");
    else if (in.deductionRule == IncomeTax::DeductionRule::LowEarnerPreviousYear)
        rule = QStringLiteral("low_earner");
    QJsonObject json{{QStringLiteral("salary_profile"), profile},
                     {QStringLiteral("city_profile"), cityJson},
                     {QStringLiteral("employed_from"), iso(p.hireDate)},
                     {QStringLiteral("employed_to"), p.leaveDate.isValid() ? iso(p.leaveDate) : QString()},
                     {QStringLiteral("attendance"), attendance},
                     {QStringLiteral("ytd_before"), ytd},
                     {QStringLiteral("deduction_rule"), rule},
                     {QStringLiteral("components"), components},
                     {QStringLiteral("loss_claims"), claims},
                     {QStringLiteral("adjustments"), adjustments},
                     {QStringLiteral("loss_outstanding"), fen(in.lossOutstanding)},
                     {QStringLiteral("loss_carried"), fen(r.lossCarried)}};
    if (r.bonusTax.pastCliff())
        json.insert(QStringLiteral("bonus_cliff"),
                    QJsonObject{{QStringLiteral("bonus"), fen(r.bonusTax.cliffBonus)},
                                {QStringLiteral("net_loss"), fen(r.bonusTax.netLoss)}});
    return json;
}

// The payslip arithmetic's inputs of one payable person (profile, attendance, year to date, loss
// claims) with the month's variable pay.
PayInputs payInputsOf(const PayrollInputs::Person& p, const PayrollPeriod& period, const PayComponents& c)
{
    const SalaryProfile& s = *p.profile;
    PayInputs in;
    in.year = period.year;
    in.month = period.month;
    in.baseSalary = s.baseSalary;
    in.performancePay = c.performancePay;
    in.commission = c.commission;
    in.bonus = c.bonus;
    in.allowance = s.allowance;
    in.visitAllowance = c.visitAllowance;
    in.annualBonus = c.annualBonus;
    in.annualBonusSeparately = s.bonusSeparately;
    in.employedFrom = p.hireDate;
    in.employedTo = p.leaveDate;
    in.absentHalfDays = p.attendance.unpaidHalfDays();
    in.siBase = s.siBase;
    in.hfBase = s.hfBase;
    in.hfRatePpm = s.hfRatePpm;
    in.specialAdditional = s.specialDeduction;
    in.ytdIncome = p.ytd.income;
    in.ytdSpecialDeduction = p.ytd.specialDeduction;
    in.ytdSpecialAdditional = p.ytd.specialAdditional;
    in.ytdWithheld = p.ytd.withheld;
    in.monthsEmployedBefore = p.ytd.monthsEmployed;
    if (s.flagsApplyIn(period.year) && s.lowEarnerPreviousYear)
        in.deductionRule = IncomeTax::DeductionRule::LowEarnerPreviousYear;
    else if (s.flagsApplyIn(period.year) && s.firstJobInYear)
        in.deductionRule = IncomeTax::DeductionRule::FirstJobInYear;
    for (const auto& claim : p.lossClaims)
        in.lossOutstanding += claim.outstanding;
    QStringList details;
    for (const PayrollInputs::Adjustment& a : p.adjustments) {
        in.adjustment += a.amount;
        details << (a.amount.isPositive() ? QStringLiteral("+") : QString()) + formatMoney(a.amount) +
                       QLatin1Char(' ') + a.reason +
                       (a.corrects.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(a.corrects));
    }
    in.adjustmentDetail = details.join(QStringLiteral("; "));
    return in;
}

} // namespace tl::core
