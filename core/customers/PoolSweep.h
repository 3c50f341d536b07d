#pragma once

#include "common/Context.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "customers/PoolFacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// The automatic reclaim (DESIGN §2.2), as of a date: per level rules in force on that date;
// no follow-up for N days counted from the later of the owner's last follow-up and the ownership start;
// no deal for M days counted from the ownership start (no contract signed during the ownership);
// customers within the warning window are warned; customers with open receivables are never moved
// (exempt, flagged to the manager). Idempotent: a second run on the same data moves nothing.
// The owner's last follow-up is read from the (audited) follow-ups themselves, not from the derived,
// unaudited customers.last_owner_followup_at: an edit of that column outside the application cannot keep a
// customer out of the pool. Follow-ups after the as-of date do not count.
class PoolSweep
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PoolSweep)

public:
    PoolSweep(const Context& ctx, const PoolFacts& facts) : m_ctx(ctx), m_facts(facts) {}

    struct Item
    {
        qint64 customerId = 0;
        QString customerCode;
        QString customerName;
        qint64 ownerId = 0;
        QString ownerCode;
        QString reason;   // "no_follow_up" or "no_deal" (JSON keys, DESIGN §4); exempt items: the rule that
                          // would fire (their JSON reason is "open_receivables")
        QDate dueOn;      // the day the rule fires
        int daysLeft = 0; // warned: days until dueOn
    };
    struct Outcome
    {
        QDate asOf;
        QList<Item> moved; // moved (or, in a dry run, would move)
        QList<Item> warned;
        QList<Item> exempt;
        bool dryRun = true;
    };

    // Needs ManagePoolRules (or the system session: the GUI's start-up sweep). Not a dry run: moves,
    // writes ownership history ("reclaimed_no_follow_up" / "reclaimed_no_deal", dated the as-of day at the
    // time of the run, user NULL for the system), audit, and a pool_sweeps row (every real run, for
    // lastRunDate). All in one transaction: cancelled (Conflict) = nothing changed. Items are sorted by
    // customer code; exempt customers are listed only once due (never warned: they will not move).
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
