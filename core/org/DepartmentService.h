#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "org/Employee.h"

#include <QCoreApplication>

#include <QList>

namespace tl::core {

// The department tree. Writes need EditEmployees; every write is audited.
class DepartmentService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::DepartmentService)

public:
    explicit DepartmentService(const Context& ctx) : m_ctx(ctx) {}

    // All departments, parents before children, siblings by name (then id), with path and depth.
    Result<QList<Department>> list() const;
    Result<Department> get(qint64 id) const;
    Result<qint64> create(const QString& name, qint64 parentId, qint64 managerId = 0);
    Status update(const Department& department); // rename, move (no cycles), set manager
    Status remove(qint64 id);                    // only when it has no sub-departments and no employees
    // Finds a department by name or by path ("销售中心/销售一部"; '/' or '／', spaces around parts ignored);
    // creates the missing levels when create is true (that needs EditEmployees). A single name is a root
    // department or else a department of that name anywhere in the tree if there is only one (several:
    // Invalid, asking for the full path). Not found without create: NotFound.
    Result<qint64> resolvePath(const QString& path, bool create);
    // The department and all its descendants.
    Result<QList<qint64>> subtree(qint64 id) const;

private:
    const Context m_ctx; // a copy: services may be built from a temporary context
};

} // namespace tl::core
