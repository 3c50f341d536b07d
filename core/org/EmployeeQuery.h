#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "org/Employee.h"

#include <QCoreApplication>
#include <QVariant>

namespace tl::core {

// A paged read of the employee list for tables (keyset paging: WHERE (key, id) > (?, ?) ORDER BY key, id
// LIMIT n). Filters and sort are pushed into indexed SQL; the count is a separate query. Rows are
// masked like EmployeeService::get and limited to the session's scope.
//
// Orders (ties broken by id, descending reverses everything):
//   Code, Name, HireDate: that column, then id.
//   Department: employees without a department first, then departments in tree order (as
//     DepartmentService::list(): parents before children, siblings by name then id), then id.
//   Status: active, probation, leaving, left, then id.
class EmployeeQuery
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::EmployeeQuery)

public:
    enum class SortKey
    {
        Code,
        Name,
        Department,
        HireDate,
        Status
    };

    struct Filter
    {
        QString search;                       // code, name, phone or position contains (case-insensitive)
        qint64 departmentId = 0;              // 0 = all; otherwise the department and its subtree
        std::optional<EmployeeStatus> status; // nothing = all but "left" unless includeLeft
        bool includeLeft = false;
    };

    // Where a page ends; pass it back to get the next page. Empty = from the start.
    struct Cursor
    {
        QVariant key;
        qint64 id = 0;
        bool valid() const { return id != 0; }
    };

    struct Page
    {
        QList<Employee> rows;
        Cursor next; // invalid when this was the last page
    };

    // (Two constructors: a nested struct with member initializers cannot be a default argument here.)
    explicit EmployeeQuery(const Context& ctx);
    EmployeeQuery(const Context& ctx, Filter filter, SortKey sort = SortKey::Code, bool ascending = true);

    Result<qint64> count() const;
    Result<Page> page(const Cursor& after, int limit) const;

private:
    Page keysetPage(const Cursor& after, int limit) const; // code, name, hire date
    Page bucketPage(const Cursor& after, int limit) const; // department, status

    const Context m_ctx; // a copy: services may be built from a temporary context
    Filter m_filter;
    SortKey m_sort;
    bool m_ascending;
};

} // namespace tl::core
