#pragma once

#include "customers/PoolDirectory.h"
#include "customers/PoolService.h"

#include <QCoreApplication>
#include <QList>

namespace tl::core {

// Plans a manager's assignment (pure: no database). Customers are placed in the given order:
//  - ToPerson: all to the one member;
//  - RoundRobin: members in the given order, continuing after the last one served, skipping members
//    who are full and the customer's current owner;
//  - ByRanking: the same deal over the members ranked best first (ranked());
//  - Random: uniformly among the members with room (not the current owner), drawn with PoolRandom(seed).
// A member is full for a customer when owning it would take the customers counted against the cap over
// the cap of the limit in force for the member's role; a customer that cannot be placed gets toOwnerId 0
// and the reason.
class PoolPlanner
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PoolPlanner)

public:
    static QList<PoolService::Move> plan(const QList<PoolCustomer>& customers, QList<PoolMember> members,
                                         PoolService::Strategy strategy, quint64 seed);

    // Best first. Until KPIs exist the ranking is the amount of opportunities won in the last 90 days
    // (wonFen, more is better), then fewer owned customers, then the employee code.
    static QList<PoolMember> ranked(QList<PoolMember> members);
};

} // namespace tl::core
