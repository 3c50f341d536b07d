#pragma once

#include "payroll/PayComponentsSource.h"
#include "payroll/PayrollInputs.h"
#include "payroll/PayslipCalculator.h"

#include <QJsonObject>
#include <QList>

#include <utility>

namespace tl::core {

// What the payroll run hands the payslip arithmetic for one payable person (salary profile in force,
// attendance, year to date, loss claims, adjustments, the month's variable pay), and the record of it kept
// with the payslip (payslips.inputs). Used by PayrollRunService for the run and the live estimate.
PayInputs payInputsOf(const PayrollInputs::Person& person, const PayrollPeriod& period,
                      const PayComponents& c);

// loss: the claims the month's loss deduction went to (claim id, amount), oldest first.
QJsonObject payslipInputsJson(const PayrollInputs::Person& person, const PayInputs& in,
                              const PayComponents& c, const QList<std::pair<qint64, Money>>& loss,
                              const PayResult& result);

} // namespace tl::core
