#include "receivables/LedgerScope.h"

#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace tl::core {

bool LedgerScope::all() const
{
    const Session& s = m_ctx.session;
    return s.system || s.can(Permission::ViewAllReceivables) || OpportunityScope(s).all();
}

bool LedgerScope::employee(qint64 employeeId) const
{
    if (all())
        return true;
    return OpportunityScope(m_ctx.session).includes(m_ctx.db, employeeId);
}

QString LedgerScope::employeesInScope(QVariantList& args) const
{
    return QStringLiteral("SELECT e.id FROM employees e WHERE ") +
           OpportunityScope(m_ctx.session)
               .condition(QStringLiteral("e.id"), QStringLiteral("e.department_id"), args);
}

bool LedgerScope::installment(qint64 installmentId) const
{
    if (all())
        return true;
    const QVariant collector = SqlQuery::scalar(
        m_ctx.db, QStringLiteral("SELECT collector_id FROM installments WHERE id = ?"), {installmentId});
    return collector.isValid() && employee(collector.toLongLong());
}

bool LedgerScope::contract(qint64 contractId) const
{
    if (all())
        return true;
    QVariantList args{contractId};
    const QString sql = QStringLiteral("SELECT 1 WHERE ") + contractCondition(QStringLiteral("?"), args);
    return SqlQuery::scalar(m_ctx.db, sql, args).isValid();
}

bool LedgerScope::customer(qint64 customerId) const
{
    if (all())
        return true;
    QVariantList args{customerId};
    const QString sql = QStringLiteral("SELECT 1 WHERE ") + customerCondition(QStringLiteral("?"), args);
    return SqlQuery::scalar(m_ctx.db, sql, args).isValid();
}

QString LedgerScope::contractCondition(const QString& contractIdColumn, QVariantList& args) const
{
    if (all())
        return QStringLiteral("1");
    QString sql = QStringLiteral("%1 IN (SELECT x.id FROM contracts x WHERE x.salesperson_id IN (%2) UNION "
                                 "SELECT i.contract_id FROM installments i WHERE i.collector_id IN (")
                      .arg(contractIdColumn, employeesInScope(args));
    sql += employeesInScope(args) + QStringLiteral("))");
    return sql;
}

QString LedgerScope::customerCondition(const QString& customerIdColumn, QVariantList& args) const
{
    if (all())
        return QStringLiteral("1");
    return QStringLiteral("%1 IN (SELECT i.customer_id FROM installments i WHERE i.collector_id IN (%2))")
        .arg(customerIdColumn, employeesInScope(args));
}

QString LedgerScope::collectorCondition(const QString& collectorIdColumn, QVariantList& args) const
{
    if (all())
        return QStringLiteral("1");
    return QStringLiteral("%1 IN (%2)").arg(collectorIdColumn, employeesInScope(args));
}

} // namespace tl::core
