#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "org/Employee.h"

#include <QHash>
#include <QList>

namespace tl::core {

// Every employee record and department path, loaded with one query each for bulk work (imports and
// exports), so that rows are looked up by code without a SELECT of their own. Records are unmasked and
// unscoped: callers apply the session's scope and masking.
class EmployeeDirectory
{
public:
    Status load(const Context& ctx); // needs ViewEmployees

    const QList<Employee>& employees() const { return m_employees; } // ordered by code
    const Employee* byCode(const QString& code) const;
    // "销售中心/销售一部"; empty for 0 or an unknown id.
    QString departmentPath(qint64 departmentId) const { return m_paths.value(departmentId); }
    const QList<Department>& departments() const { return m_departments; } // parents before children

private:
    QList<Employee> m_employees;
    QHash<QString, qsizetype> m_byCode;
    QList<Department> m_departments;
    QHash<qint64, QString> m_paths;
};

} // namespace tl::core
