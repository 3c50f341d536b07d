#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// Everything printed on one payslip (工资单 on A4, or a 工资条 strip; DESIGN §2.7) as data: ui/printing
// renders it (PayslipHtml). The figures are those of the stored payslip of the run's current calculation
// (PayrollRunService::payslips), grouped for print:
//   earnings      the pay lines in payslip order, the absence deduction as a negative amount: Σ = gross;
//   deductions    the employee's contributions, income tax (the separately taxed annual bonus included) and
//                 the loss deduction, positive amounts: Σ = deductionsTotal; gross − deductionsTotal = net;
//   employerCosts the employer's contributions: Σ = employerCost (an optional section of the print).
// Who may print: sessions with ViewSalary (HR, auditor) every payslip; anyone else linked to an employee only
// their own, once the run is approved (a salesperson prints only their own payslip). The bank account is
// masked unless the session has ViewBankAccount.
struct PayslipDocument
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PayslipDocument)

public:
    struct Line
    {
        QString code; // DESIGN §4 line code
        QString name; // translated (payLineName)
        Money amount;
        QString explanation;
    };

    QString companyName; // the legal name, else the short name
    QString period;      // "2026-01"
    int year = 0;
    int month = 0;
    QString runStatus;     // calculated, approved, locked
    QString runStatusName; // translated
    bool released = false; // approved or locked: the final figures
    QDate printedOn;       // the clock's today

    qint64 payslipId = 0;
    qint64 employeeId = 0;
    QString employeeCode;
    QString employeeName;
    QString departmentName; // at the time of the calculation
    QString position;
    QString bankName;
    QString bankAccount; // masked ("************1234") without ViewBankAccount
    bool bankMasked = false;

    QList<Line> earnings;
    QList<Line> deductions;
    QList<Line> employerCosts;
    Money gross;           // 应发合计
    Money deductionsTotal; // 扣款合计
    Money net;             // 实发
    QString netCapitals;   // 实发 in Chinese capitals (chineseCapitals)
    Money employerCost;

    Money employeeContributions; // pension, medical, unemployment and housing fund of the month
    Money incomeTax;             // the iit line: cumulative withholding plus the separately taxed bonus
    Money lossDeducted;
    Money lossCarriedForward; // approved loss claims still outstanding after this month's deduction

    // Year to date with this employer after this month (cumulative withholding, domain-facts §1.1).
    int monthsEmployed = 0;
    Money ytdIncome;            // 累计收入 (the separately taxed annual bonus excluded)
    Money ytdSpecialDeduction;  // 累计专项扣除
    Money ytdSpecialAdditional; // 累计专项附加扣除
    Money ytdWithheld;          // 累计已预扣预缴税额, this month included

    Money amount(const QString& code) const; // the line's amount (earnings sign), 0 when absent

    // The payslips of the period's run, by employee code; employeeCode: that employee's only.
    // Invalid: not a month; NotFound: no run, no such employee, or no payslip to print; PermissionDenied:
    // someone else's payslip without ViewSalary; Conflict: the run is not approved yet and the session sees
    // only its own payslip (payslips are released to employees on approval).
    static Result<QList<PayslipDocument>> build(const Context& ctx, const QString& period,
                                                const QString& employeeCode = {});

    static QString documentName(); // translated: "Payslip"
};

} // namespace tl::core
