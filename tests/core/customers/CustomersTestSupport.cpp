#include "CustomersTestSupport.h"

#include "audit/AuditLog.h"
#include "support/Builders.h"

namespace tl::test {

CustomerCompany::CustomerCompany()
{
    team1 = makeDepartment(system, QStringLiteral("销售中心/销售一部"));
    team2 = makeDepartment(system, QStringLiteral("销售中心/销售二部"));
    financeDept = makeDepartment(system, QStringLiteral("财务部"));
    zhang = makeEmployee(system, QStringLiteral("E010"), QStringLiteral("张敏"), team1,
                         QStringLiteral("sales_manager"));
    wang = makeEmployee(system, QStringLiteral("E001"), QStringLiteral("王伟"), team1,
                        QStringLiteral("sales"), zhang);
    li = makeEmployee(system, QStringLiteral("E002"), QStringLiteral("李娜"), team1, QStringLiteral("sales"),
                      zhang);
    liu =
        makeEmployee(system, QStringLiteral("E003"), QStringLiteral("刘洋"), team2, QStringLiteral("sales"));
    chen = makeEmployee(system, QStringLiteral("E020"), QStringLiteral("陈静"), financeDept,
                        QStringLiteral("finance"));

    const QDate created(2026, 1, 5);
    k1 = makeCustomer(system, QStringLiteral("K001"), QStringLiteral("上海远景贸易有限公司"), wang,
                      QStringLiteral("A"), created);
    k2 = makeCustomer(system, QStringLiteral("K002"), QStringLiteral("北京华信科技有限公司"), liu,
                      QStringLiteral("B"), created);
    k3 = makeCustomer(system, QStringLiteral("K003"), QStringLiteral("杭州青禾食品有限公司"), li,
                      QStringLiteral("C"), created);
    core::Customer pool = customerSpec(QStringLiteral("K004"), QStringLiteral("苏州明达机械厂"));
    pool.createdOn = created;
    k4 = makeCustomer(system, pool);
    makeCustomerContact(system, k1, QStringLiteral("周总"), QStringLiteral("13800000001"));
    makeCustomerContact(system, k2, QStringLiteral("吴经理"), QStringLiteral("13800000002"));
    makeCustomerContact(system, k3, QStringLiteral("郑女士"), QStringLiteral("13800000003"));
    makeCustomerContact(system, k4, QStringLiteral("孙先生"), QStringLiteral("13800000004"));
}

QStringList auditIssues(const core::Database& db)
{
    QStringList list;
    for (const core::AuditLog::Issue& issue : core::AuditLog::verify(db))
        list << issue.table + QStringLiteral(" ") + QString::number(issue.id) + QStringLiteral(": ") +
                    issue.what;
    return list;
}

} // namespace tl::test
