#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "payroll/PayrollRun.h"
#include "payroll/PayslipCalculator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace tl::core {

class PayComponentsSource;
class Progress;

// One employee's pay of a month as the run would calculate it now (nothing written).
struct PayEstimate
{
    bool payable = false; // false: `issue` says why there is no pay (no salary profile, not employed...)
    QString issue;
    PayResult result;
};

// The monthly payroll run (DESIGN §2.7). Periods are "YYYY-MM".
//
// calculate() (RunPayroll) pays every employee employed in the month (PayrollInputs: salary profile in
// force, city profile, attendance, year to date from the LOCKED runs of the year plus the go-live opening,
// approved loss claims oldest first, and the variable pay of the PayComponentsSource) with
// PayslipCalculator, and writes the payslips and their lines as a new calculation of the run: the run's
// earlier calculation is superseded (payslips are append-only). Employees without a salary profile or a
// city profile are left out and listed as issues. A run can be (re)calculated until it is approved, and
// only when every earlier run is locked and no later run is approved or locked (Conflict otherwise); a
// month that has not started yet is refused (Invalid). One transaction; progress and cancellation
// through `progress` (call it off the GUI thread with its own connection, Database::openAnother()).
//
// approve() and lock() need ApprovePayroll: calculated → approved → locked. Locking writes the loss
// recoveries of the run's loss deductions and settles the claims they complete; from then on the database
// refuses any change to the run (triggers). A change to an approved or locked run is a Conflict.
//
// payslips(): sessions with ViewSalary (HR, auditor) read every payslip; anyone else only their own
// payslip of an approved or locked run (finance, managers and salespeople see no one else's pay).
// Everything written is audited ("payroll_runs", "payslips", "payslip_lines", "loss_recoveries",
// "loss_claims") and announced after commit.
class PayrollRunService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PayrollRunService)

public:
    // components: the plug-in for commission, performance pay, bonuses and the visit allowance; null =
    // none (NoPayComponents). Not owned; it must outlive the service.
    explicit PayrollRunService(const Context& ctx, PayComponentsSource* components = nullptr);
    ~PayrollRunService();

    Result<QList<PayrollRun>> runs() const; // newest first; ViewSalary, RunPayroll or ApprovePayroll
    // NotFound when there is no run of the period. Sessions without ViewSalary, RunPayroll or
    // ApprovePayroll but linked to an employee get the state only (count and totals zero).
    Result<PayrollRun> run(const QString& period) const;

    Result<PayrollCalculation> calculate(const QString& period, Progress& progress);
    // The live estimate (DESIGN §2.7, the salesperson's own payslips page): the month's payslip of one
    // employee from the same inputs as calculate(), without writing it. Anyone for their own employee;
    // RunPayroll for others.
    Result<PayEstimate> estimate(const QString& period, qint64 employeeId) const;

    Status approve(const QString& period);
    Status lock(const QString& period);

    // By employee code. employeeCode: one employee only (NotFound when no such employee).
    Result<QList<Payslip>> payslips(const QString& period, const QString& employeeCode = {}) const;

private:
    Context m_ctx;
    PayComponentsSource* m_components;
    std::unique_ptr<PayComponentsSource> m_none;
};

} // namespace tl::core
