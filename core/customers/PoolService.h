#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "customers/PoolFacts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tl::core {

class PoolDirectory;
struct PoolCustomer;
struct PoolMember;

// Claim, release, assign and distribute (DESIGN §2.2). Every ownership change writes customer_ownership
// and the audit in one transaction; "first claimer wins" (a conditional UPDATE inside BEGIN IMMEDIATE).
class PoolService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PoolService)

public:
    PoolService(const Context& ctx, const PoolFacts& facts) : m_ctx(ctx), m_facts(facts) {}

    // Why a claim would be refused right now, or empty when it would succeed (for the claim button).
    QString claimRefusal(qint64 customerId, qint64 employeeId = 0) const;
    // The session's employee (or employeeId, for a manager claiming for someone) takes a pool customer.
    // Refused (Conflict, translated reason) when: not in the pool any more ("already claimed by 张三"),
    // owned cap reached, daily claim limit reached, former-owner cooldown not over (days left).
    Status claim(qint64 customerId, qint64 employeeId = 0);
    // Back to the pool (owner or a manager in scope); reason "released".
    Status release(qint64 customerId, const QString& note = {});

    enum class Strategy
    {
        ToPerson,
        RoundRobin,
        ByRanking,
        Random
    };
    struct Move
    {
        qint64 customerId = 0;
        QString customerCode;
        QString customerName;
        qint64 fromOwnerId = 0;
        qint64 toOwnerId = 0; // 0 = cannot be placed (reason says why)
        QString toOwnerName;
        QString reason; // translated; why skipped
    };
    // A manager's assignment of selected customers (pool or own team) to a person or spread over members.
    // preview() computes the moves honouring caps (and the seed for Random); assign() carries out exactly
    // what preview() returns for the same input. Members: employees in scope with an active status.
    // Strategies (see PoolPlanner): ToPerson (exactly one member), RoundRobin (members in the given order,
    // skipping full ones), ByRanking (dealt the same way over the members ranked best first, so the best
    // get customers first; until KPIs exist the ranking is the amount of opportunities won in the last 90
    // days, then fewer owned customers, then the employee code), Random (reproducible from the seed). Caps
    // are honoured (the owned-customer cap of each member's role); the daily claim limit and the cooldown
    // apply to claims, not to a manager's assignment.
    Result<QList<Move>> preview(const QList<qint64>& customerIds, Strategy strategy,
                                const QList<qint64>& memberIds, quint64 seed = 1) const;
    Result<QList<Move>> assign(const QList<qint64>& customerIds, Strategy strategy,
                               const QList<qint64>& memberIds, quint64 seed = 1, const QString& note = {});

private:
    QString refusal(const PoolDirectory& directory, const PoolCustomer& customer,
                    const PoolMember& member) const;
    Status mayClaimFor(const PoolMember& member) const;
    Result<qint64> claimantId(qint64 employeeId) const;
    Result<QList<Move>> plan(const QList<qint64>& customerIds, Strategy strategy,
                             const QList<qint64>& memberIds, quint64 seed) const;

    Context m_ctx;
    const PoolFacts& m_facts;
};

} // namespace tl::core
