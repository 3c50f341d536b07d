#include "customers/PoolService.h"

#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "customers/PoolDirectory.h"
#include "customers/PoolOwnershipWriter.h"
#include "customers/PoolPlanner.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/Transaction.h"

#include <QSet>

namespace tl::core {

namespace {

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, const QList<qint64>& ids)
{
    tx.afterCommit([notifier, ids] {
        if (notifier)
            notifier->notify(QStringLiteral("customers"), ids);
    });
}

QString customerEntity(const QString& code)
{
    return QStringLiteral("customer:%1").arg(code);
}

template <typename T> QList<T> distinct(const QList<T>& values)
{
    QList<T> list;
    QSet<T> seen;
    for (const T& v : values)
        if (!seen.contains(v)) {
            seen.insert(v);
            list.append(v);
        }
    return list;
}

} // namespace

Result<qint64> PoolService::claimantId(qint64 employeeId) const
{
    const qint64 id = employeeId > 0 ? employeeId : m_ctx.session.employeeId;
    if (id <= 0)
        return Error::invalid(tr("Your user is not linked to an employee, so it cannot own customers."));
    return id;
}

Status PoolService::mayClaimFor(const PoolMember& member) const
{
    const Session& s = m_ctx.session;
    if (member.id == s.employeeId && s.employeeId != 0) {
        if (!s.can(Permission::ClaimCustomers))
            return Error::denied(tr("You may not claim customers."));
        return {};
    }
    if (!s.can(Permission::AssignCustomers))
        return Error::denied(tr("You may not claim customers for other people."));
    if (!s.canSeeEmployee(member.id, member.departmentId))
        return Error::denied(tr("%1 (%2) is not in your team.").arg(member.name, member.code));
    return {};
}

QString PoolService::refusal(const PoolDirectory& directory, const PoolCustomer& customer,
                             const PoolMember& member) const
{
    if (customer.ownerId != 0)
        return tr("%1 (%2) was already claimed by %3.").arg(customer.name, customer.code, customer.ownerName);
    if (!member.mayOwn())
        return tr("%1 (%2) has left or is leaving and cannot take customers.").arg(member.name, member.code);
    if (member.isFullFor(customer))
        return tr("%1 already owns %n customer(s) counted against the cap of %2.", nullptr, member.counted)
            .arg(member.name, QString::number(member.limit.ownedCap));
    const QDate today = m_ctx.clock.today();
    if (const int claims = directory.claimsOn(member.id, today); claims >= member.limit.claimsPerDay)
        return tr("%1 has already claimed %n customer(s) today; the daily limit is %2.", nullptr, claims)
            .arg(member.name, QString::number(member.limit.claimsPerDay));
    if (const PoolDirectory::Cooldown cooldown = directory.cooldown(member, customer.id);
        cooldown.daysLeft > 0)
        return tr("%1 gave up %2 on %3; it can be claimed again in %n day(s).", nullptr, cooldown.daysLeft)
            .arg(member.name, customer.name, cooldown.lostOn.toString(Qt::ISODate));
    return {};
}

QString PoolService::claimRefusal(qint64 customerId, qint64 employeeId) const
{
    const Result<QString> result = guarded([&]() -> Result<QString> {
        const auto who = claimantId(employeeId);
        if (!who)
            return who.error();
        const QDate today = m_ctx.clock.today();
        const PoolDirectory directory(m_ctx, m_facts.lastDealDates(today), today);
        const auto member = directory.member(*who);
        if (!member)
            return Error::notFound(tr("Employee %1 does not exist.").arg(*who));
        if (Status allowed = mayClaimFor(*member); !allowed)
            return allowed.error();
        const auto customer = directory.customer(customerId);
        if (!customer)
            return Error::notFound(tr("Customer %1 does not exist.").arg(customerId));
        return refusal(directory, *customer, *member);
    });
    return result ? *result : result.error().message;
}

Status PoolService::claim(qint64 customerId, qint64 employeeId)
{
    return guarded([&]() -> Status {
        const auto who = claimantId(employeeId);
        if (!who)
            return who.error();
        Transaction tx(m_ctx.db); // BEGIN IMMEDIATE: a second claimer waits here and then sees the owner
        const QDateTime now = m_ctx.clock.now();
        const PoolDirectory directory(m_ctx, m_facts.lastDealDates(now.date()), now.date());
        const auto member = directory.member(*who);
        if (!member)
            return Error::notFound(tr("Employee %1 does not exist.").arg(*who));
        if (Status allowed = mayClaimFor(*member); !allowed)
            return allowed;
        const auto customer = directory.customer(customerId);
        if (!customer)
            return Error::notFound(tr("Customer %1 does not exist.").arg(customerId));
        if (const QString why = refusal(directory, *customer, *member); !why.isEmpty())
            return Error::conflict(why, customerEntity(customer->code));

        PoolOwnershipWriter writer(m_ctx);
        if (!writer.apply(
                {customer->id, customer->code, 0, member->id, QStringLiteral("claimed"), now, {}})) {
            const auto current = directory.customer(customerId);
            return Error::conflict(
                tr("%1 (%2) was already claimed by %3.")
                    .arg(customer->name, customer->code, current ? current->ownerName : QString()),
                customerEntity(customer->code));
        }
        notifyAfterCommit(tx, m_ctx.notifier, {customer->id});
        tx.commit();
        return {};
    });
}

Status PoolService::release(qint64 customerId, const QString& note)
{
    return guarded([&]() -> Status {
        Transaction tx(m_ctx.db);
        const QDateTime now = m_ctx.clock.now();
        const PoolDirectory directory(m_ctx, {}, now.date());
        const auto customer = directory.customer(customerId);
        if (!customer)
            return Error::notFound(tr("Customer %1 does not exist.").arg(customerId));
        if (customer->ownerId == 0)
            return Error::conflict(tr("%1 (%2) is already in the pool.").arg(customer->name, customer->code),
                                   customerEntity(customer->code));
        const Session& s = m_ctx.session;
        const bool own = s.employeeId != 0 && customer->ownerId == s.employeeId;
        if (own && !s.can(Permission::ClaimCustomers))
            return Error::denied(tr("You may not release customers to the pool."));
        if (!own) {
            if (!s.can(Permission::AssignCustomers))
                return Error::denied(tr("You may only release your own customers."));
            if (!s.canSeeEmployee(customer->ownerId, customer->ownerDepartmentId))
                return Error::denied(tr("%1 (%2) is owned by %3, who is not in your team.")
                                         .arg(customer->name, customer->code, customer->ownerName));
        }

        PoolOwnershipWriter writer(m_ctx);
        if (!writer.apply(
                {customer->id, customer->code, customer->ownerId, 0, QStringLiteral("released"), now, note}))
            return Error::conflict(
                tr("%1 (%2) changed hands meanwhile; look again.").arg(customer->name, customer->code),
                customerEntity(customer->code));
        notifyAfterCommit(tx, m_ctx.notifier, {customer->id});
        tx.commit();
        return {};
    });
}

Result<QList<PoolService::Move>> PoolService::plan(const QList<qint64>& customerIds, Strategy strategy,
                                                   const QList<qint64>& memberIds, quint64 seed) const
{
    const Session& s = m_ctx.session;
    if (!s.can(Permission::AssignCustomers))
        return Error::denied(tr("You may not assign customers."));
    if (customerIds.isEmpty())
        return Error::invalid(tr("Select the customers to assign."));
    const QList<qint64> memberList = distinct(memberIds);
    if (memberList.isEmpty())
        return Error::invalid(tr("Choose who receives the customers."));
    if (strategy == Strategy::ToPerson && memberList.size() != 1)
        return Error::invalid(tr("Assigning to a person takes exactly one person."));

    return guarded([&]() -> Result<QList<Move>> {
        const QDate today = m_ctx.clock.today();
        const PoolDirectory directory(m_ctx, m_facts.lastDealDates(today), today);
        QList<PoolMember> members;
        for (qint64 id : memberList) {
            const auto m = directory.member(id);
            if (!m)
                return Error::notFound(tr("Employee %1 does not exist.").arg(id));
            if (!s.canSeeEmployee(m->id, m->departmentId))
                return Error::denied(tr("%1 (%2) is not in your team.").arg(m->name, m->code));
            if (!m->mayOwn())
                return Error::invalid(
                    tr("%1 (%2) has left or is leaving and cannot take customers.").arg(m->name, m->code));
            members.append(*m);
        }
        QList<PoolCustomer> customers;
        for (qint64 id : distinct(customerIds)) {
            const auto c = directory.customer(id);
            if (!c)
                return Error::notFound(tr("Customer %1 does not exist.").arg(id));
            if (c->ownerId != 0 && !s.can(Permission::ViewAllCustomers) &&
                !s.canSeeEmployee(c->ownerId, c->ownerDepartmentId))
                return Error::denied(tr("%1 (%2) is owned by %3, who is not in your team.")
                                         .arg(c->name, c->code, c->ownerName));
            customers.append(*c);
        }
        if (strategy == Strategy::ByRanking)
            directory.loadRanking(members);
        return PoolPlanner::plan(customers, members, strategy, seed);
    });
}

Result<QList<PoolService::Move>> PoolService::preview(const QList<qint64>& customerIds, Strategy strategy,
                                                      const QList<qint64>& memberIds, quint64 seed) const
{
    return plan(customerIds, strategy, memberIds, seed);
}

Result<QList<PoolService::Move>> PoolService::assign(const QList<qint64>& customerIds, Strategy strategy,
                                                     const QList<qint64>& memberIds, quint64 seed,
                                                     const QString& note)
{
    return guarded([&]() -> Result<QList<Move>> {
        Transaction tx(m_ctx.db); // the plan and the moves see the same data
        auto moves = plan(customerIds, strategy, memberIds, seed);
        if (!moves)
            return moves.error();
        const QDateTime now = m_ctx.clock.now();
        PoolOwnershipWriter writer(m_ctx);
        QList<qint64> moved;
        for (const Move& move : *moves) {
            if (move.toOwnerId == 0)
                continue;
            if (!writer.apply({move.customerId, move.customerCode, move.fromOwnerId, move.toOwnerId,
                               QStringLiteral("assigned"), now, note}))
                return Error::conflict(tr("%1 (%2) changed hands meanwhile; look again.")
                                           .arg(move.customerName, move.customerCode),
                                       customerEntity(move.customerCode));
            moved.append(move.customerId);
        }
        if (!moved.isEmpty())
            notifyAfterCommit(tx, m_ctx.notifier, moved);
        tx.commit();
        return moves;
    });
}

} // namespace tl::core
