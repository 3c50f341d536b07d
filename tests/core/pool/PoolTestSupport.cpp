#include "PoolTestSupport.h"

#include "audit/AuditLog.h"
#include "customers/PoolRules.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "support/Builders.h"

#include <stdexcept>

namespace tl::test {

using namespace tl::core;

QHash<qint64, QDate> FakePoolFacts::lastDealDates(const QDate& asOf) const
{
    QHash<qint64, QDate> result;
    for (auto it = deals.cbegin(); it != deals.cend(); ++it)
        if (it.value() <= asOf)
            result.insert(it.key(), it.value());
    return result;
}

NotificationLog::NotificationLog()
{
    QObject::connect(&notifier, &ChangeNotifier::changed,
                     [this](const QString& entity, const QList<qint64>& ids) {
                         QStringList list;
                         for (qint64 id : ids)
                             list << QString::number(id);
                         seen << entity + QLatin1Char(':') + list.join(QLatin1Char(','));
                     });
}

PoolFixture::PoolFixture() : sys(t.context())
{
    teamOne = makeDepartment(sys, QStringLiteral("销售中心/销售一部"));
    teamTwo = makeDepartment(sys, QStringLiteral("销售中心/销售二部"));
    manager = makeEmployee(sys, QStringLiteral("M001"), QStringLiteral("李经理"), teamOne,
                           QStringLiteral("sales_manager"));
    e1 = makeEmployee(sys, QStringLiteral("E001"), QStringLiteral("王一"), teamOne);
    e2 = makeEmployee(sys, QStringLiteral("E002"), QStringLiteral("王二"), teamOne);
    e3 = makeEmployee(sys, QStringLiteral("E003"), QStringLiteral("王三"), teamOne);
    e4 = makeEmployee(sys, QStringLiteral("E004"), QStringLiteral("赵四"), teamTwo);
}

Session PoolFixture::sales(qint64 employeeId) const
{
    return sessionFor(Role::Sales, employeeId);
}

Session PoolFixture::managerOfTeamOne() const
{
    return sessionFor(Role::SalesManager, manager, {teamOne});
}

qint64 PoolFixture::customer(const QString& code, const QString& level, qint64 ownerId,
                             const QDate& ownedSince)
{
    return makeCustomer(sys, code, QStringLiteral("客户") + code, ownerId, level,
                        ownerId && !ownedSince.isValid() ? QDate(2025, 1, 1) : ownedSince);
}

qint64 PoolFixture::followUp(qint64 customerId, qint64 employeeId, const QDateTime& at)
{
    return logFollowUp(sys, customerId, at, employeeId);
}

qint64 PoolFixture::wonOpportunity(qint64 customerId, qint64 ownerId, qint64 amountYuan,
                                   const QDate& closedOn)
{
    // Won on closedOn: the stage change is dated by the clock.
    const QDateTime now = t.clock().now();
    t.clock().set(QDateTime(closedOn, QTime(11, 0)));
    const qint64 id = makeOpportunity(sys, customerId, ownerId, QStringLiteral("年度采购"), amountYuan,
                                      {QStringLiteral("won")}, closedOn.addDays(-30));
    t.clock().set(now);
    return id;
}

void PoolFixture::salesLimit(int ownedCap, bool dealCustomersCount, int claimsPerDay, int cooldownDays)
{
    PoolLimit limit;
    limit.effectiveFrom = QDate(2000, 1, 1);
    limit.employeeRole = QStringLiteral("sales");
    limit.ownedCap = ownedCap;
    limit.dealCustomersCount = dealCustomersCount;
    limit.claimsPerDay = claimsPerDay;
    limit.cooldownDays = cooldownDays;
    const auto added = PoolRules(sys).addLimit(limit);
    if (!added)
        throw std::runtime_error(added.error().fullText().toStdString());
}

qint64 PoolFixture::ownerOf(qint64 customerId)
{
    return SqlQuery::scalar(t.db(), QStringLiteral("SELECT owner_id FROM customers WHERE id = ?"),
                            {customerId})
        .toLongLong();
}

QString PoolFixture::ownerCodeOf(qint64 customerId)
{
    return SqlQuery::scalar(
               t.db(),
               QStringLiteral("SELECT e.code FROM customers c JOIN employees e ON e.id = c.owner_id "
                              "WHERE c.id = ?"),
               {customerId})
        .toString();
}

qint64 PoolFixture::count(const QString& sql)
{
    return SqlQuery::scalar(t.db(), sql).toLongLong();
}

QStringList PoolFixture::auditIssues()
{
    QStringList list;
    for (const AuditLog::Issue& issue : AuditLog::verify(t.db()))
        list << issue.what;
    return list;
}

QStringList PoolFixture::history(qint64 customerId)
{
    SqlQuery q(t.db(),
               QStringLiteral("SELECT o.reason, coalesce(f.code, ''), coalesce(e.code, '') "
                              "FROM customer_ownership o LEFT JOIN employees f ON f.id = o.from_owner_id "
                              "LEFT JOIN employees e ON e.id = o.to_owner_id "
                              "WHERE o.customer_id = ? ORDER BY o.id"));
    q.bind(customerId).exec();
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1:%2->%3").arg(q.text(0), q.text(1), q.text(2));
    return rows;
}

} // namespace tl::test
