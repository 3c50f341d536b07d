#include "customers/PoolDirectory.h"

#include "db/Database.h"
#include "db/DbException.h"
#include "db/SqlQuery.h"

namespace tl::core {

PoolDirectory::PoolDirectory(const Context& ctx, QHash<qint64, QDate> dealDates, const QDate& today)
    : m_ctx(ctx), m_dealDates(std::move(dealDates)), m_today(today)
{}

std::optional<PoolCustomer> PoolDirectory::customer(qint64 id) const
{
    SqlQuery q(m_ctx.db,
               QStringLiteral("SELECT c.id, c.code, c.name, c.owner_id, e.code, e.name, e.department_id "
                              "FROM customers c LEFT JOIN employees e ON e.id = c.owner_id "
                              "WHERE c.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    PoolCustomer c;
    c.id = q.integer(0);
    c.code = q.text(1);
    c.name = q.text(2);
    c.ownerId = q.integer(3);
    c.ownerCode = q.text(4);
    c.ownerName = q.text(5);
    c.ownerDepartmentId = q.integer(6);
    c.hasDeal = m_dealDates.contains(c.id);
    return c;
}

std::optional<PoolMember> PoolDirectory::member(qint64 employeeId) const
{
    PoolMember m;
    {
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT id, code, name, role, status, department_id FROM employees "
                                  "WHERE id = ?"));
        q.bind(employeeId).exec();
        if (!q.next())
            return std::nullopt;
        m.id = q.integer(0);
        m.code = q.text(1);
        m.name = q.text(2);
        m.role = q.text(3);
        m.status = q.text(4);
        m.departmentId = q.integer(5);
    }
    auto limit = PoolRules(m_ctx).limitFor(m.role, m_today);
    if (!limit) // only the database itself fails here
        throw DbException(limit.error().message, limit.error().detail, false);
    m.limit = *limit;

    SqlQuery owned(m_ctx.db, QStringLiteral("SELECT id FROM customers WHERE owner_id = ?"));
    owned.bind(employeeId).exec();
    while (owned.next()) {
        ++m.owned;
        if (m.limit.dealCustomersCount || !m_dealDates.contains(owned.integer(0)))
            ++m.counted;
    }
    return m;
}

int PoolDirectory::claimsOn(qint64 employeeId, const QDate& day) const
{
    return SqlQuery::scalar(m_ctx.db,
                            QStringLiteral("SELECT count(*) FROM customer_ownership WHERE to_owner_id = ? "
                                           "AND reason = 'claimed' AND at >= ? AND at < ?"),
                            {employeeId, day.toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate)})
        .toInt();
}

PoolDirectory::Cooldown PoolDirectory::cooldown(const PoolMember& member, qint64 customerId) const
{
    Cooldown result;
    if (member.limit.cooldownDays <= 0)
        return result;
    const QVariant last = SqlQuery::scalar(
        m_ctx.db,
        QStringLiteral("SELECT max(at) FROM customer_ownership WHERE customer_id = ? AND from_owner_id = ? "
                       "AND reason IN ('released', 'reclaimed_no_follow_up', 'reclaimed_no_deal')"),
        {customerId, member.id});
    result.lostOn = QDate::fromString(last.toString().left(10), Qt::ISODate);
    if (!result.lostOn.isValid())
        return result;
    const qint64 elapsed = result.lostOn.daysTo(m_today);
    if (elapsed < member.limit.cooldownDays)
        result.daysLeft = int(member.limit.cooldownDays - elapsed);
    return result;
}

void PoolDirectory::loadRanking(QList<PoolMember>& members) const
{
    SqlQuery q(m_ctx.db,
               QStringLiteral("SELECT coalesce(sum(amount), 0) FROM opportunities "
                              "WHERE owner_id = ? AND stage = 'won' AND closed_on >= ? AND closed_on <= ?"));
    const QString from = m_today.addDays(-90).toString(Qt::ISODate);
    const QString to = m_today.toString(Qt::ISODate);
    for (PoolMember& m : members) {
        q.bind(m.id).bind(from).bind(to).exec();
        m.wonFen = q.next() ? q.integer(0) : 0;
    }
}

} // namespace tl::core
