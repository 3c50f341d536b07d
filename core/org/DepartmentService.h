#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "org/Employee.h"

#include <QList>

namespace tl::core {

// The department tree. Writes need EditEmployees; every write is audited.
class DepartmentService
{
public:
    explicit DepartmentService(const Context& ctx) : m_ctx(ctx) {}

    Result<QList<Department>> list() const; // all departments, parents before children, by name
    Result<Department> get(qint64 id) const;
    Result<qint64> create(const QString& name, qint64 parentId, qint64 managerId = 0);
    Status update(const Department& department); // rename, move (no cycles), set manager
    Status remove(qint64 id);                    // only when it has no sub-departments and no employees
    // Finds a department by name or by path ("销售中心/销售一部"); creates missing ones when create is true.
    Result<qint64> resolvePath(const QString& path, bool create);
    // The department and all its descendants.
    Result<QList<qint64>> subtree(qint64 id) const;

private:
    const Context& m_ctx;
};

} // namespace tl::core
