#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QList>

namespace tl::core {

// Year-to-date figures of one employee with this employer before the first payroll run in the
// application (a mid-year go-live): they are added to the employee's locked payslips of the same year for
// the cumulative withholding of income tax (domain-facts §1.1).
struct YtdOpening
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString employeeCode; // read only
    QString employeeName; // read only
    int year = 0;
    int monthsEmployed = 0;  // months of the year already employed by this employer
    Money income;            // 累计收入 (taxable wages)
    Money specialDeduction;  // 累计专项扣除 (the employee's social insurance and housing fund)
    Money specialAdditional; // 累计专项附加扣除
    Money withheld;          // 累计已预扣预缴税额
    QString note;
};

// Openings are read with ViewSalary and written with EditSalaryProfiles, audited ("ytd_openings"). An
// opening of a year in which a payroll run is approved or locked cannot change any more (Conflict).
class YtdOpeningService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::YtdOpeningService)

public:
    explicit YtdOpeningService(const Context& ctx) : m_ctx(ctx) {}

    Result<QList<YtdOpening>> forYear(int year) const; // by employee code
    // Creates or replaces the employee's opening of the year. Invalid: unknown employee, year outside
    // 2000..2100, months outside 0..12, negative amounts.
    Result<qint64> save(const YtdOpening& opening);

private:
    Context m_ctx;
};

} // namespace tl::core
