#include "payroll/SalaryProfileService.h"

#include "common/ChangeNotifier.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/SalaryProfileRepository.h"

namespace tl::core {

namespace {

const QString kEntity = QStringLiteral("salary_profiles");

void mask(SalaryProfile& p)
{
    p.baseSalary = p.performanceSalary = p.allowance = p.siBase = p.hfBase = p.specialDeduction = Money();
    p.hfRatePpm = 0;
    p.masked = true;
}

} // namespace

Status SalaryProfileService::requireEdit() const
{
    if (!m_ctx.session.can(Permission::EditSalaryProfiles))
        return Error::denied(tr("You may not edit salary profiles."));
    return {};
}

Result<bool> SalaryProfileService::maskedFor(qint64 employeeId) const
{
    const Session& s = m_ctx.session;
    if (s.can(Permission::ViewSalary) || (s.employeeId != 0 && s.employeeId == employeeId))
        return false;
    const QVariant department = SqlQuery::scalar(
        m_ctx.db, QStringLiteral("SELECT ifnull(department_id, 0) FROM employees WHERE id = ?"),
        {employeeId});
    if (!department.isValid())
        return Error::notFound(tr("Employee %1 does not exist.").arg(employeeId),
                               QStringLiteral("employee:%1").arg(employeeId));
    if (!s.canSeeEmployee(employeeId, department.toLongLong()))
        return Error::denied(tr("You may not see this employee's salary profile."));
    return true;
}

Result<QList<SalaryProfile>> SalaryProfileService::history(qint64 employeeId) const
{
    return guarded([&]() -> Result<QList<SalaryProfile>> {
        const Result<bool> masked = maskedFor(employeeId);
        if (!masked)
            return masked.error();
        QList<SalaryProfile> list = SalaryProfileRepository::forEmployee(m_ctx.db, employeeId);
        if (*masked)
            for (SalaryProfile& p : list)
                mask(p);
        return list;
    });
}

Result<SalaryProfile> SalaryProfileService::inForce(qint64 employeeId, const PayrollPeriod& period) const
{
    return guarded([&]() -> Result<SalaryProfile> {
        const Result<bool> masked = maskedFor(employeeId);
        if (!masked)
            return masked.error();
        auto p = SalaryProfileRepository::inForce(m_ctx.db, employeeId, period.last());
        if (!p)
            return Error::notFound(tr("No salary profile is in force in %1.").arg(period.key()),
                                   QStringLiteral("employee:%1").arg(employeeId));
        if (*masked)
            mask(*p);
        return *p;
    });
}

Result<qint64> SalaryProfileService::save(const SalaryProfile& profile)
{
    return guarded([&]() -> Result<qint64> {
        if (Status s = requireEdit(); !s)
            return s.error();
        QList<FieldProblem> problems = salaryProfileProblems(profile);
        const QString code =
            SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT code FROM employees WHERE id = ?"),
                             {profile.employeeId})
                .toString();
        if (code.isEmpty())
            problems.prepend({0, QStringLiteral("employee_code"), QString::number(profile.employeeId),
                              tr("the employee does not exist")});
        if (!problems.isEmpty())
            return Error::invalid(tr("The salary profile cannot be saved."), problems);

        Transaction tx(m_ctx.db);
        if (const auto used =
                SalaryProfileRepository::closedUse(m_ctx.db, profile.employeeId, profile.effectiveFrom))
            return Error::conflict(
                tr("The salary profile of %1 from %2 cannot be saved: %3.")
                    .arg(code, profile.effectiveFrom.toString(Qt::ISODate),
                         PayrollStatus::closedReason(*PayrollPeriod::parse(used->period), used->status)),
                SalaryProfileRepository::label(code, profile.effectiveFrom));
        SalaryProfile stored = profile;
        stored.id =
            SalaryProfileRepository::idStartingOn(m_ctx.db, profile.employeeId, profile.effectiveFrom);
        if (stored.id != 0)
            SalaryProfileRepository::update(m_ctx, stored);
        else
            stored.id = SalaryProfileRepository::insert(m_ctx, stored);
        const qint64 id = stored.id;
        ChangeNotifier* notifier = m_ctx.notifier;
        tx.afterCommit([notifier, id] {
            if (notifier)
                notifier->notify(kEntity, {id});
        });
        tx.commit();
        return id;
    });
}

Status SalaryProfileService::remove(qint64 profileId)
{
    return guarded([&]() -> Status {
        if (Status s = requireEdit(); !s)
            return s;
        Transaction tx(m_ctx.db);
        const auto stored = SalaryProfileRepository::get(m_ctx.db, profileId);
        if (!stored)
            return Error::notFound(tr("Salary profile %1 does not exist.").arg(profileId),
                                   QStringLiteral("salary_profile:%1").arg(profileId));
        if (const auto used =
                SalaryProfileRepository::closedUse(m_ctx.db, stored->employeeId, stored->effectiveFrom))
            return Error::conflict(
                tr("The salary profile of %1 from %2 cannot be removed: %3.")
                    .arg(stored->employeeCode, stored->effectiveFrom.toString(Qt::ISODate),
                         PayrollStatus::closedReason(*PayrollPeriod::parse(used->period), used->status)),
                SalaryProfileRepository::label(stored->employeeCode, stored->effectiveFrom));
        SalaryProfileRepository::remove(m_ctx, profileId);
        ChangeNotifier* notifier = m_ctx.notifier;
        tx.afterCommit([notifier, profileId] {
            if (notifier)
                notifier->notify(kEntity, {profileId});
        });
        tx.commit();
        return {};
    });
}

} // namespace tl::core
