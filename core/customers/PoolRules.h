#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// Reclaim rules per customer level, effective-dated (pool_rules). Defaults (DESIGN §5): 30 days without
// follow-up, 90 days without a deal, warn 7 days before, customers with open receivables exempt.
struct PoolRule
{
    qint64 id = 0;
    QDate effectiveFrom;
    QString level; // A, B, C
    int noFollowUpDays = 30;
    int noDealDays = 90;
    int warnDays = 7;
    bool exemptOpenReceivables = true;
};

// Claim limits per employee role, effective-dated (pool_limits). Defaults: 50 owned, customers with deals
// not counted, 5 claims a day, 30-day former-owner cooldown.
struct PoolLimit
{
    qint64 id = 0;
    QDate effectiveFrom;
    QString employeeRole; // sales, sales_manager, ...
    int ownedCap = 50;
    bool dealCustomersCount = false;
    int claimsPerDay = 5;
    int cooldownDays = 30;
};

class PoolRules
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PoolRules)

public:
    explicit PoolRules(const Context& ctx) : m_ctx(ctx) {}

    // In force on a date (the latest effective_from <= date); the built-in defaults when none is stored.
    Result<PoolRule> ruleFor(const QString& level, const QDate& on) const;
    Result<PoolLimit> limitFor(const QString& employeeRole, const QDate& on) const;
    Result<QList<PoolRule>> rules() const;   // all versions
    Result<QList<PoolLimit>> limits() const; // all versions
    // New versions (ManagePoolRules; audited). A version with the same date (and level / role) as a
    // stored one replaces it. The past is not rewritten: a rule version must take effect after the as-of
    // date of the last sweep, a limit version after the day of the last claim (Conflict otherwise).
    Result<qint64> addRule(const PoolRule& rule);
    Result<qint64> addLimit(const PoolLimit& limit);

    // Every problem, with the column names of the tables (effective_from, level, no_follow_up_days,
    // no_deal_days, warn_days / employee_role, owned_cap, claims_per_day, cooldown_days). Empty = valid.
    static QList<FieldProblem> validate(const PoolRule& rule);
    static QList<FieldProblem> validate(const PoolLimit& limit);

    // The default versions, effective from 2000-01-01, written by SetupService::initialize.
    static QList<PoolRule> defaultRules();
    static QList<PoolLimit> defaultLimits();

private:
    Context m_ctx;
};

} // namespace tl::core
