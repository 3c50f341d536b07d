#include "io/EmployeeDirectory.h"

#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "org/DepartmentService.h"
#include "org/EmployeeRepository.h"

namespace tl::core {

Status EmployeeDirectory::load(const Context& ctx)
{
    Result<QList<Department>> departments = DepartmentService(ctx).list();
    if (!departments)
        return departments.error();
    return guarded([&]() -> Status {
        m_departments = std::move(departments).value();
        m_paths.clear();
        for (const Department& d : m_departments)
            m_paths.insert(d.id, d.path);

        m_employees.clear();
        m_byCode.clear();
        SqlQuery q(ctx.db, EmployeeRepository::selectSql() + QStringLiteral(" ORDER BY e.code"));
        q.exec();
        while (q.next()) {
            m_byCode.insert(q.text(1), m_employees.size());
            m_employees.append(EmployeeRepository::fromRow(q));
        }
        return {};
    });
}

const Employee* EmployeeDirectory::byCode(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &m_employees.at(*it);
}

} // namespace tl::core
