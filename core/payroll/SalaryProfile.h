#pragma once

#include "common/Error.h"
#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// 薪资档案 (DESIGN §2.7): what an employee is paid from a date on. The profile in force for a payroll
// month is the latest one whose effective_from is on or before the month's last day, so a change in the
// middle of the year applies from its month.
struct SalaryProfile
{
    static constexpr int kMinHfRatePpm = 50'000;  // 5%: 住房公积金管理条例 第十八条
    static constexpr int kMaxHfRatePpm = 120'000; // 12%: 建金〔2005〕5号

    qint64 id = 0;
    qint64 employeeId = 0;
    QString employeeCode; // read only (joined)
    QString employeeName; // read only (joined)
    QDate effectiveFrom;
    Money baseSalary;        // 基本工资, a month
    Money performanceSalary; // 绩效工资基数: performance pay = this × the KPI coefficient
    Money allowance;         // 固定津贴, a month
    Money siBase;            // declared social-insurance base (clamped to the city's floor and cap)
    Money hfBase;            // declared housing-fund base
    int hfRatePpm = 0;       // the employee's housing-fund rate; 0 = the city profile's
    Money specialDeduction;  // 专项附加扣除, a month
    QString commissionPlan;
    // Income-tax flags (domain-facts §1.6): facts about the tax year of effectiveFrom only, see
    // flagsApplyIn(); a profile of the next year states them again.
    bool firstJobInYear = false;        // 公告2020年第13号: 5,000 × months from January
    bool lowEarnerPreviousYear = false; // 公告2020年第19号: 60,000 deducted from January
    bool bonusSeparately = true;        // the annual one-off bonus taxed separately (domain-facts §1.5)
    QString note;
    bool masked = false; // the amounts were left out for this session (they read as zero)

    bool flagsApplyIn(int year) const { return effectiveFrom.year() == year; }
};

// Every problem with the profile's own fields, named by the columns of the `salary-profiles` import
// (effective_from, base_salary, performance_salary, allowance, si_base, hf_base, hf_rate,
// special_deduction, commission_plan): a valid date, amounts not negative, the housing-fund rate 0 (the
// city's) or within 5%..12%. Empty = valid.
QList<FieldProblem> salaryProfileProblems(const SalaryProfile& profile);

} // namespace tl::core
