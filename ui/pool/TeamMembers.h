#pragma once

#include "common/Context.h"
#include "org/Employee.h"

#include <QList>

namespace tl::ui {

// The people of the sales team the session may see, for pickers and filters: employees in the session's
// scope with a sales role ("sales", "sales_manager"), in the department's subtree (0 = every department),
// by code. Through core::EmployeeQuery (scope and paging in core).
struct TeamMembers
{
    static constexpr int MaxMembers = 2000;

    // activeOnly: without those leaving or gone (assignment); otherwise everyone who has not left.
    static QList<core::Employee> load(const core::Context& ctx, qint64 departmentId, bool activeOnly,
                                      int limit = MaxMembers);
    // The departments a picker offers: every department, or a sales manager's scope.
    static QList<core::Department> departments(const core::Context& ctx);
    static bool isSalesRole(const QString& role);
};

} // namespace tl::ui
