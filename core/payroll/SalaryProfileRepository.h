#pragma once

#include "common/Context.h"
#include "payroll/SalaryProfile.h"

#include <QDate>
#include <QList>

#include <optional>

namespace tl::core {

class Database;

// The SQL on salary_profiles. No permission checks (SalaryProfileService and the import do them). Throws
// DbException; writes run inside the caller's Transaction and are audited with a snapshot of the row.
class SalaryProfileRepository
{
public:
    // The columns written by insert() and update(), in binding order (for bulk writers).
    static const char* columnList();

    static QList<SalaryProfile> forEmployee(const Database& db, qint64 employeeId); // oldest first
    static std::optional<SalaryProfile> get(const Database& db, qint64 id);
    // The profile in force on `date` (the latest starting on or before it).
    static std::optional<SalaryProfile> inForce(const Database& db, qint64 employeeId, const QDate& date);
    // The id of the employee's profile starting on that date, 0 = none.
    static qint64 idStartingOn(const Database& db, qint64 employeeId, const QDate& from);
    // The first approved or locked payroll month that paid the employee with a profile starting on `from`
    // (the profile is in force in the month: it starts by the month's last day and no other profile of
    // the employee starts after it by then). Such a profile is history: it may not be created, changed or
    // removed. Nothing when there is none.
    struct ClosedUse
    {
        QString period; // "2026-01"
        QString status; // approved, locked
    };
    static std::optional<ClosedUse> closedUse(const Database& db, qint64 employeeId, const QDate& from);

    static qint64 insert(const Context& ctx, const SalaryProfile& profile);
    static void update(const Context& ctx, const SalaryProfile& profile); // by profile.id
    static void remove(const Context& ctx, qint64 id);

    static QString label(const QString& employeeCode, const QDate& from); // "E001 2026-02-01"
};

} // namespace tl::core
