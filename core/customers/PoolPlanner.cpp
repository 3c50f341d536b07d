#include "customers/PoolPlanner.h"

#include "customers/PoolRandom.h"

#include <QHash>

#include <algorithm>

namespace tl::core {

QList<PoolMember> PoolPlanner::ranked(QList<PoolMember> members)
{
    std::stable_sort(members.begin(), members.end(), [](const PoolMember& a, const PoolMember& b) {
        if (a.wonFen != b.wonFen)
            return a.wonFen > b.wonFen;
        if (a.owned != b.owned)
            return a.owned < b.owned;
        return a.code < b.code;
    });
    return members;
}

QList<PoolService::Move> PoolPlanner::plan(const QList<PoolCustomer>& customers, QList<PoolMember> members,
                                           PoolService::Strategy strategy, quint64 seed)
{
    using Strategy = PoolService::Strategy;
    if (strategy == Strategy::ByRanking)
        members = ranked(std::move(members));
    if (strategy == Strategy::ToPerson && members.size() > 1)
        members = members.mid(0, 1);

    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < members.size(); ++i)
        indexOf.insert(members[i].id, i);

    PoolRandom random(seed);
    qsizetype next = 0; // round-robin: where the next search starts
    QList<PoolService::Move> moves;
    moves.reserve(customers.size());
    for (const PoolCustomer& c : customers) {
        PoolService::Move move;
        move.customerId = c.id;
        move.customerCode = c.code;
        move.customerName = c.name;
        move.fromOwnerId = c.ownerId;

        auto eligible = [&](qsizetype i) { return members[i].id != c.ownerId && !members[i].isFullFor(c); };
        qsizetype chosen = -1;
        const qsizetype n = members.size();
        switch (strategy) {
        case Strategy::ToPerson:
            if (n > 0 && eligible(0))
                chosen = 0;
            break;
        case Strategy::RoundRobin:
        case Strategy::ByRanking:
            for (qsizetype k = 0; k < n && chosen < 0; ++k)
                if (const qsizetype i = (next + k) % n; eligible(i))
                    chosen = i;
            if (chosen >= 0)
                next = (chosen + 1) % n;
            break;
        case Strategy::Random: {
            QList<qsizetype> candidates;
            for (qsizetype i = 0; i < n; ++i)
                if (eligible(i))
                    candidates.append(i);
            if (!candidates.isEmpty())
                chosen = candidates[qsizetype(random.below(quint64(candidates.size())))];
            break;
        }
        }

        if (chosen < 0) {
            const bool onlyTheOwner = n == 1 && members[0].id == c.ownerId;
            if (onlyTheOwner)
                move.reason = tr("already owned by %1").arg(members[0].name);
            else if (strategy == Strategy::ToPerson && n == 1)
                move.reason =
                    tr("%1 has reached the cap of %n owned customer(s)", nullptr, members[0].limit.ownedCap)
                        .arg(members[0].name);
            else
                move.reason = tr("every member who could take it has reached the cap of owned customers");
            moves.append(move);
            continue;
        }

        PoolMember& to = members[chosen];
        move.toOwnerId = to.id;
        move.toOwnerName = to.name;
        ++to.owned;
        if (to.counts(c))
            ++to.counted;
        if (const auto from = indexOf.constFind(c.ownerId); c.ownerId > 0 && from != indexOf.constEnd()) {
            PoolMember& previous = members[*from];
            --previous.owned;
            if (previous.counts(c))
                --previous.counted;
        }
        moves.append(move);
    }
    return moves;
}

} // namespace tl::core
