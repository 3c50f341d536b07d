#pragma once

#include "attendance/Attendance.h"
#include "money/Money.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/SalaryProfile.h"
#include "settings/CityProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace tl::core {

class Database;

// What the payroll run of one month needs of each employee employed in it (hired on or before the month's
// last day, not left before its first), loaded with a few set-based queries (DESIGN §6: 10,000 employees
// in under 5 s): the salary profile in force in the month, the city profile in force on the month's first
// day for the employee's work city (else the company's city), the month's attendance, the year to date
// with this employer before the month (locked runs of the year plus the opening of a mid-year go-live)
// the approved loss claims not yet recovered, oldest first, and the month's pay adjustments. No permission
// checks; throws DbException.
class PayrollInputs
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PayrollInputs)

public:
    struct LossClaimShare
    {
        qint64 claimId = 0;
        Money outstanding;
    };
    // A pay adjustment of the month (PayAdjustmentService).
    struct Adjustment
    {
        qint64 id = 0;
        Money amount;
        QString reason;
        QString corrects; // the month it corrects, empty = none
    };
    struct YearToDate
    {
        int monthsEmployed = 0; // months of the year paid before this month
        Money income;
        Money specialDeduction;
        Money specialAdditional;
        Money withheld;
        int lockedMonths = 0; // of which in locked runs
        bool opening = false; // an opening of the year was added
    };
    struct Person
    {
        qint64 employeeId = 0;
        QString code;
        QString name;
        qint64 departmentId = 0;
        QDate hireDate;
        QDate leaveDate;
        QString city;              // the city whose profile is used
        bool cityFallback = false; // the work city had no profile: the company's city is used
        const SalaryProfile* profile = nullptr;
        const CityProfile* cityProfile = nullptr;
        AttendanceSummary attendance; // records == 0: none (paid in full)
        YearToDate ytd;
        QList<LossClaimShare> lossClaims;
        QList<Adjustment> adjustments; // of the month, in entry order
        QString issue;                 // why the employee cannot be paid (no profile...), empty = payable
    };

    static PayrollInputs load(const Database& db, const PayrollPeriod& period);

    PayrollInputs() = default;
    PayrollInputs(PayrollInputs&&) = default; // people point into the profile vectors: never copied
    PayrollInputs(const PayrollInputs&) = delete;
    PayrollInputs& operator=(const PayrollInputs&) = delete;

    PayrollPeriod period;
    std::vector<Person> people; // by employee code

private:
    std::vector<SalaryProfile> m_profiles;
    std::vector<CityProfile> m_cities;
};

} // namespace tl::core
