#pragma once

#include "auth/Session.h"

#include <QString>
#include <QVariantList>

namespace tl::core {

class Database;

// Whose customer-side records (opportunities, check-ins, funnel figures) a session sees (DESIGN §1): a
// salesperson only their own, a sales manager their own and those of the people in their department scope,
// every other role (admin, finance, auditor, HR for the visit counts) and the system everyone's. Whether
// the session may read or write such records at all is checked by the caller (Session::can).
class OpportunityScope
{
public:
    explicit OpportunityScope(const Session& session) : m_session(session) {}

    bool all() const;
    // Whether the records of this employee are in scope (looks up the employee's department; an unknown
    // employee is not). Throws DbException.
    bool includes(const Database& db, qint64 employeeId) const;
    // Whether a department may be reported on: all-scope sessions any, a manager one of their scope.
    bool includesDepartment(qint64 departmentId) const;
    // An SQL condition on an employee id column and that employee's department column ("1" for all);
    // its values are appended to args in order, for positional binding.
    QString condition(const QString& employeeColumn, const QString& departmentColumn,
                      QVariantList& args) const;

private:
    const Session& m_session;
};

} // namespace tl::core
