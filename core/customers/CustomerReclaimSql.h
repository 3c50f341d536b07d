#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "customers/CustomerRepository.h"
#include "customers/PoolRules.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace tl::core {

// ReclaimClock as SQL, for sorting and filtering customer lists by the pool countdown in the database
// (CustomerQuery). For an owned customer of level L, with the rule of L in force on the as-of date
// (N no-follow-up days, M no-deal days):
//     F = max(owned_since, date(last_owner_followup_at))   -- the no-follow-up clock's start
//     reclaim on = min(F + N days, owned_since + M days)   -- the no-follow-up rule wins a tie
// F is spelled exactly as in the indexes of 0003_customer_indexes.sql so that SQLite uses them.
// No contract exists before the contracts module, so the no-deal rule always runs here; when contracts
// arrive, customers with a deal during the ownership lose their no-deal date (as in ReclaimClock).
class CustomerReclaimSql
{
public:
    // The rules of levels A, B and C in force on asOf (PoolRules::ruleFor).
    static Result<CustomerReclaimSql> load(const Context& ctx, const QDate& asOf);

    const PoolRule& rule(const QString& level) const; // a level not A/B/C gets the built-in defaults

    // F on the alias c.
    static QString followUpStart();
    // The reclaim date of an owned row (ISO text), for any level.
    QString dueExpression() const;
    // Owned rows reclaimed on or before `day`: per level, F <= day - N or owned_since <= day - M. Written
    // so that SQLite checks it row by row instead of choosing an index for it (classRange() ranges).
    CustomerRepository::Condition dueOnOrBefore(const QDate& day) const;

    // One of the two classes of a level, as a range over its index (INDEXED BY `index`): the rows of the
    // level whose follow-up rule (followUp) or no-deal rule fires first; with a valid `dueBy`, only those
    // reclaimed on or before it. `column` is F or owned_since, the index's order after the level;
    // `shift` the days from it to the reclaim date; `due` the reclaim date as SQL.
    struct ClassRange
    {
        QString index;
        QString column;
        int shift = 0;
        QString due;
        CustomerRepository::Condition condition;
    };
    ClassRange classRange(const QString& level, bool followUp, const QDate& dueBy = {}) const;

private:
    // The reclaim date when the follow-up rule fires first / when the no-deal rule fires first.
    QString followUpDue(const QString& level) const;
    QString dealDue(const QString& level) const;
    // Which rule fires first for a row of the level (the two classes are disjoint and cover every row).
    CustomerRepository::Condition followUpFirst(const QString& level) const;
    CustomerRepository::Condition dealFirst(const QString& level) const;

    QHash<QString, PoolRule> m_rules;
    PoolRule m_default;
};

} // namespace tl::core
