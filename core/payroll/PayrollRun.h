#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tl::core {

// A monthly payroll run (DESIGN §2.7): draft → calculated → approved → locked (paid).
struct PayrollRun
{
    qint64 id = 0;
    QString period; // "2026-01"
    QString status; // draft, calculated, approved, locked
    int calcNo = 0; // the current calculation; 0 = not calculated yet
    int payslipCount = 0;
    Money gross;
    Money net;
    Money iit;
    Money employerCost;
    QDateTime createdAt;
    QDateTime calculatedAt;
    QString calculatedBy;
    QDateTime approvedAt;
    QString approvedBy;
    QDateTime lockedAt;
    QString lockedBy;

    bool isClosed() const { return status == QLatin1String("approved") || status == QLatin1String("locked"); }
};

struct PayslipLine
{
    QString code; // DESIGN §4 line code (PayLines.h)
    QString name; // translated (payLineName)
    Money amount; // deductions are positive amounts too (isPayDeduction)
    QString explanation;
    bool employer = false; // an employer's cost, not part of the employee's pay
};

struct Payslip
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString employeeCode;
    QString employeeName;
    qint64 departmentId = 0;
    QString departmentName;
    QString city;
    Money gross;
    Money employeeContributions;
    Money taxableIncome;
    Money specialAdditional;
    Money iit;      // cumulative withholding of the month
    Money bonusTax; // on the annual bonus taxed separately
    Money lossDeducted;
    Money net;
    Money employerCost;
    int monthsEmployed = 0;
    Money ytdIncome;
    Money ytdSpecialDeduction;
    Money ytdSpecialAdditional;
    Money ytdWithheld;
    QString inputs; // JSON of what the calculation used
    QList<PayslipLine> lines;

    Money amount(const QString& code) const; // 0 when the line is absent
};

// Something about one employee the HR administrator must see: an employee left out of the run (no salary
// profile, no city profile; paid = false), or a warning about a payslip that was written (an annual bonus
// past a bracket cliff; paid = true).
struct PayrollIssue
{
    qint64 employeeId = 0;
    QString employeeCode;
    QString employeeName;
    QString message; // translated sentence
    bool paid = false;
};

struct PayrollCalculation
{
    PayrollRun run;
    QList<PayrollIssue> issues;
};

} // namespace tl::core
