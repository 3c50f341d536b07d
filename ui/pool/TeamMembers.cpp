#include "pool/TeamMembers.h"

#include "org/DepartmentService.h"
#include "org/EmployeeQuery.h"

namespace tl::ui {

bool TeamMembers::isSalesRole(const QString& role)
{
    return role == QLatin1String("sales") || role == QLatin1String("sales_manager");
}

QList<core::Employee> TeamMembers::load(const core::Context& ctx, qint64 departmentId, bool activeOnly,
                                        int limit)
{
    core::EmployeeQuery::Filter filter;
    filter.departmentId = departmentId;
    const core::EmployeeQuery query(ctx, filter, core::EmployeeQuery::SortKey::Code, true);
    QList<core::Employee> members;
    core::EmployeeQuery::Cursor cursor;
    // Pages until enough sales people are found (other roles are skipped).
    do {
        auto page = query.page(cursor, 500);
        if (!page)
            break;
        for (core::Employee& e : page->rows) {
            if (!isSalesRole(e.role))
                continue;
            if (activeOnly && e.status != core::EmployeeStatus::Active &&
                e.status != core::EmployeeStatus::Probation)
                continue;
            members.append(std::move(e));
            if (members.size() >= limit)
                return members;
        }
        cursor = page->next;
    } while (cursor.valid());
    return members;
}

QList<core::Department> TeamMembers::departments(const core::Context& ctx)
{
    auto all = core::DepartmentService(ctx).list();
    if (!all)
        return {};
    const core::Session& s = ctx.session;
    if (s.system || s.role != core::Role::SalesManager)
        return *all;
    QList<core::Department> scoped;
    for (const core::Department& d : *all)
        if (s.departmentScope.contains(d.id))
            scoped.append(d);
    return scoped;
}

} // namespace tl::ui
