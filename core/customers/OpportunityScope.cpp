#include "customers/OpportunityScope.h"

#include "db/SqlQuery.h"

#include <QStringList>

namespace tl::core {

bool OpportunityScope::all() const
{
    return m_session.system || (m_session.role != Role::Sales && m_session.role != Role::SalesManager);
}

bool OpportunityScope::includes(const Database& db, qint64 employeeId) const
{
    if (employeeId <= 0)
        return false;
    SqlQuery q(db, QStringLiteral("SELECT department_id FROM employees WHERE id = ?"));
    q.bind(employeeId).exec();
    if (!q.next())
        return false;
    if (all())
        return true;
    if (employeeId == m_session.employeeId)
        return true;
    return m_session.role == Role::SalesManager && !q.isNull(0) &&
           m_session.departmentScope.contains(q.integer(0));
}

bool OpportunityScope::includesDepartment(qint64 departmentId) const
{
    return all() ||
           (m_session.role == Role::SalesManager && m_session.departmentScope.contains(departmentId));
}

QString OpportunityScope::condition(const QString& employeeColumn, const QString& departmentColumn,
                                    QVariantList& args) const
{
    if (all())
        return QStringLiteral("1");
    // A session without a linked employee (id 0) matches no one: ids start at 1.
    args << m_session.employeeId;
    QString sql = QStringLiteral("(%1 = ?").arg(employeeColumn);
    if (m_session.role == Role::SalesManager && !m_session.departmentScope.isEmpty()) {
        QStringList marks;
        for (qint64 department : m_session.departmentScope) {
            marks << QStringLiteral("?");
            args << department;
        }
        sql += QStringLiteral(" OR %1 IN (%2)").arg(departmentColumn, marks.join(QLatin1Char(',')));
    }
    return sql + QLatin1Char(')');
}

} // namespace tl::core
