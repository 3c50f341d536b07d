#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "payroll/SalaryProfile.h"

#include <QCoreApplication>
#include <QList>

namespace tl::core {

struct PayrollPeriod;

// Salary profiles (DESIGN §2.7). Reading: sessions with ViewSalary (HR, auditor) and the employee
// themselves see the amounts; any other session that may see the employee (Session::canSeeEmployee) gets
// the profiles with the amounts masked (SalaryProfile::masked, amounts zero). Writing needs
// EditSalaryProfiles. A profile that was (or, created, would be) in force in a month whose payroll is
// approved or locked and paid the employee is history: it cannot be created, changed or removed
// (Conflict); a change then applies from a later month. Every write is audited ("salary_profiles") and
// announced after commit.
class SalaryProfileService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::SalaryProfileService)

public:
    explicit SalaryProfileService(const Context& ctx) : m_ctx(ctx) {}

    Result<QList<SalaryProfile>> history(qint64 employeeId) const; // oldest first
    // The profile in force in the month: the latest starting on or before its last day. NotFound when none.
    Result<SalaryProfile> inForce(qint64 employeeId, const PayrollPeriod& period) const;

    // Creates the profile, or replaces the employee's profile starting on the same date. Invalid with the
    // problems of salaryProfileProblems() and an unknown employee (column employee_code).
    Result<qint64> save(const SalaryProfile& profile);
    Status remove(qint64 profileId);

private:
    Status requireEdit() const;
    Result<bool> maskedFor(qint64 employeeId) const; // denied when the employee is out of sight
    Context m_ctx;
};

} // namespace tl::core
