#pragma once

#include "common/Context.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "customers/PoolFacts.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// The automatic reclaim (DESIGN §2.2), as of a date: per level rules in force on that date;
// no follow-up for N days counted from the later of the owner's last follow-up and the ownership start;
// no deal for M days counted from the ownership start (no contract signed during the ownership);
// customers within the warning window are warned; customers with open receivables are never moved
// (exempt, flagged to the manager). Idempotent: a second run on the same data moves nothing.
class PoolSweep
{
public:
    PoolSweep(const Context& ctx, const PoolFacts& facts) : m_ctx(ctx), m_facts(facts) {}

    struct Item
    {
        qint64 customerId = 0;
        QString customerCode;
        QString customerName;
        qint64 ownerId = 0;
        QString ownerCode;
        QString reason;   // "no_follow_up" or "no_deal" (JSON keys, DESIGN §4)
        QDate dueOn;      // the day the rule fires
        int daysLeft = 0; // warned: days until dueOn
    };
    struct Outcome
    {
        QDate asOf;
        QList<Item> moved;  // moved (or, in a dry run, would move)
        QList<Item> warned;
        QList<Item> exempt;
        bool dryRun = true;
    };

    // Needs ManagePoolRules (or the system session: the GUI's start-up sweep). Not a dry run: moves,
    // writes ownership history ("reclaimed_no_follow_up" / "reclaimed_no_deal"), audit, a pool_sweeps row.
    Result<Outcome> run(const QDate& asOf, bool dryRun, Progress& progress);

    // The same result as JSON text, shape of DESIGN §4:
    // {"as_of":"…","moved":[{"customer":"C001","from":"E001","reason":"no_follow_up"}],"warned":[…],"exempt":[…]}
    // (warned items also carry "days_left", exempt items "reason").
    static QString toJson(const Outcome& result);

    // When the GUI last ran the start-up sweep (pool_sweeps); invalid if never.
    static QDate lastRunDate(const Database& db);

private:
    Context m_ctx;
    const PoolFacts& m_facts;
};

} // namespace tl::core
