#include "customers/PoolRules.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "customers/PoolSweep.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "org/Employee.h"

namespace tl::core {

namespace {

const QString kRules = QStringLiteral("pool_rules");
const QString kLimits = QStringLiteral("pool_limits");
const QDate kDefaultsFrom(2000, 1, 1);
constexpr int kMaxDays = 3650;
constexpr int kMaxCount = 1000000;

QDate dateOf(const QString& text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

PoolRule ruleFromRow(const SqlQuery& q)
{
    PoolRule r;
    r.id = q.integer(0);
    r.effectiveFrom = dateOf(q.text(1));
    r.level = q.text(2);
    r.noFollowUpDays = int(q.integer(3));
    r.noDealDays = int(q.integer(4));
    r.warnDays = int(q.integer(5));
    r.exemptOpenReceivables = q.integer(6) != 0;
    return r;
}

PoolLimit limitFromRow(const SqlQuery& q)
{
    PoolLimit l;
    l.id = q.integer(0);
    l.effectiveFrom = dateOf(q.text(1));
    l.employeeRole = q.text(2);
    l.ownedCap = int(q.integer(3));
    l.dealCustomersCount = q.integer(4) != 0;
    l.claimsPerDay = int(q.integer(5));
    l.cooldownDays = int(q.integer(6));
    return l;
}

const QString kRuleColumns = QStringLiteral(
    "id, effective_from, level, no_follow_up_days, no_deal_days, warn_days, exempt_open_receivables");
const QString kLimitColumns = QStringLiteral(
    "id, effective_from, employee_role, owned_cap, deal_customers_count, claims_per_day, cooldown_days");

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, const QString& entity, qint64 id)
{
    tx.afterCommit([notifier, entity, id] {
        if (notifier)
            notifier->notify(entity, {id});
    });
}

} // namespace

QList<PoolRule> PoolRules::defaultRules()
{
    QList<PoolRule> rules;
    for (const QString& level : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
        PoolRule r; // DESIGN §5: 30 / 90 / 7 days, open receivables exempt
        r.effectiveFrom = kDefaultsFrom;
        r.level = level;
        rules.append(r);
    }
    return rules;
}

QList<PoolLimit> PoolRules::defaultLimits()
{
    QList<PoolLimit> limits;
    for (const QString& role : {QStringLiteral("sales"), QStringLiteral("sales_manager")}) {
        PoolLimit l; // DESIGN §5: 50 owned (deal customers not counted), 5 claims a day, 30-day cooldown
        l.effectiveFrom = kDefaultsFrom;
        l.employeeRole = role;
        limits.append(l);
    }
    return limits;
}

QList<FieldProblem> PoolRules::validate(const PoolRule& rule)
{
    QList<FieldProblem> problems;
    auto days = [&](const char* column, int value, int minimum) {
        if (value < minimum || value > kMaxDays)
            problems.append(
                {0, QString::fromLatin1(column), QString::number(value),
                 tr("a number of days between %1 and %2 is expected").arg(minimum).arg(kMaxDays)});
    };
    if (!rule.effectiveFrom.isValid())
        problems.append(
            {0, QStringLiteral("effective_from"), {}, tr("the date the version takes effect is required")});
    if (rule.level != QLatin1String("A") && rule.level != QLatin1String("B") &&
        rule.level != QLatin1String("C"))
        problems.append({0, QStringLiteral("level"), rule.level, tr("the customer level is A, B or C")});
    days("no_follow_up_days", rule.noFollowUpDays, 1);
    days("no_deal_days", rule.noDealDays, 1);
    days("warn_days", rule.warnDays, 0);
    return problems;
}

QList<FieldProblem> PoolRules::validate(const PoolLimit& limit)
{
    QList<FieldProblem> problems;
    auto range = [&](const char* column, int value, int maximum) {
        if (value < 0 || value > maximum)
            problems.append({0, QString::fromLatin1(column), QString::number(value),
                             tr("a whole number between 0 and %1 is expected").arg(maximum)});
    };
    if (!limit.effectiveFrom.isValid())
        problems.append(
            {0, QStringLiteral("effective_from"), {}, tr("the date the version takes effect is required")});
    if (!employeeRoleKeys().contains(limit.employeeRole))
        problems.append({0, QStringLiteral("employee_role"), limit.employeeRole,
                         tr("the role is one of %1").arg(employeeRoleKeys().join(QStringLiteral(", ")))});
    range("owned_cap", limit.ownedCap, kMaxCount);
    range("claims_per_day", limit.claimsPerDay, kMaxCount);
    range("cooldown_days", limit.cooldownDays, kMaxDays);
    return problems;
}

Result<PoolRule> PoolRules::ruleFor(const QString& level, const QDate& on) const
{
    return guarded([&]() -> Result<PoolRule> {
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT %1 FROM pool_rules WHERE level = ? AND effective_from <= ? "
                                  "ORDER BY effective_from DESC LIMIT 1")
                       .arg(kRuleColumns));
        q.bind(level).bind(on.toString(Qt::ISODate)).exec();
        if (q.next())
            return ruleFromRow(q);
        PoolRule fallback;
        fallback.effectiveFrom = kDefaultsFrom;
        fallback.level = level;
        return fallback;
    });
}

Result<PoolLimit> PoolRules::limitFor(const QString& employeeRole, const QDate& on) const
{
    return guarded([&]() -> Result<PoolLimit> {
        SqlQuery q(m_ctx.db, QStringLiteral(
                                 "SELECT %1 FROM pool_limits WHERE employee_role = ? AND effective_from <= ? "
                                 "ORDER BY effective_from DESC LIMIT 1")
                                 .arg(kLimitColumns));
        q.bind(employeeRole).bind(on.toString(Qt::ISODate)).exec();
        if (q.next())
            return limitFromRow(q);
        PoolLimit fallback;
        fallback.effectiveFrom = kDefaultsFrom;
        fallback.employeeRole = employeeRole;
        return fallback;
    });
}

Result<QList<PoolRule>> PoolRules::rules() const
{
    return guarded([&]() -> Result<QList<PoolRule>> {
        SqlQuery q(
            m_ctx.db,
            QStringLiteral("SELECT %1 FROM pool_rules ORDER BY level, effective_from").arg(kRuleColumns));
        q.exec();
        QList<PoolRule> list;
        while (q.next())
            list.append(ruleFromRow(q));
        return list;
    });
}

Result<QList<PoolLimit>> PoolRules::limits() const
{
    return guarded([&]() -> Result<QList<PoolLimit>> {
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT %1 FROM pool_limits ORDER BY employee_role, effective_from")
                       .arg(kLimitColumns));
        q.exec();
        QList<PoolLimit> list;
        while (q.next())
            list.append(limitFromRow(q));
        return list;
    });
}

Result<qint64> PoolRules::addRule(const PoolRule& rule)
{
    if (!m_ctx.session.can(Permission::ManagePoolRules))
        return Error::denied(tr("You may not change the pool rules."));
    if (const QList<FieldProblem> problems = validate(rule); !problems.isEmpty())
        return Error::invalid(
            tr("The pool rule for level %1 has %n problem(s).", nullptr, int(problems.size()))
                .arg(rule.level),
            problems);
    return guarded([&]() -> Result<qint64> {
        Transaction tx(m_ctx.db);
        const QDate lastSweep = PoolSweep::lastRunDate(m_ctx.db);
        if (lastSweep.isValid() && rule.effectiveFrom <= lastSweep)
            return Error::conflict(tr("The pool was already swept as of %1 under the rules then in force; a "
                                      "new version must take "
                                      "effect after that date.")
                                       .arg(lastSweep.toString(Qt::ISODate)),
                                   QStringLiteral("pool_rule:%1").arg(rule.level));

        const QString from = rule.effectiveFrom.toString(Qt::ISODate);
        const QString label = QStringLiteral("%1 %2").arg(rule.level, from);
        const qint64 existing =
            SqlQuery::scalar(
                m_ctx.db, QStringLiteral("SELECT id FROM pool_rules WHERE effective_from = ? AND level = ?"),
                {from, rule.level})
                .toLongLong();
        const QJsonObject before = existing ? AuditLog::snapshot(m_ctx.db, kRules, existing) : QJsonObject();
        qint64 id = existing;
        if (existing) {
            SqlQuery(m_ctx.db,
                     QStringLiteral("UPDATE pool_rules SET no_follow_up_days = ?, no_deal_days = ?, "
                                    "warn_days = ?, exempt_open_receivables = ? WHERE id = ?"))
                .bind(rule.noFollowUpDays)
                .bind(rule.noDealDays)
                .bind(rule.warnDays)
                .bind(rule.exemptOpenReceivables ? 1 : 0)
                .bind(existing)
                .exec();
        } else {
            SqlQuery q(m_ctx.db,
                       QStringLiteral("INSERT INTO pool_rules (effective_from, level, no_follow_up_days, "
                                      "no_deal_days, warn_days, exempt_open_receivables) "
                                      "VALUES (?,?,?,?,?,?)"));
            q.bind(from)
                .bind(rule.level)
                .bind(rule.noFollowUpDays)
                .bind(rule.noDealDays)
                .bind(rule.warnDays)
                .bind(rule.exemptOpenReceivables ? 1 : 0)
                .exec();
            id = q.lastInsertId();
        }
        AuditLog(m_ctx).record(kRules, id, label,
                               existing ? QStringLiteral("update") : QStringLiteral("create"), before,
                               AuditLog::snapshot(m_ctx.db, kRules, id));
        notifyAfterCommit(tx, m_ctx.notifier, kRules, id);
        tx.commit();
        return id;
    });
}

Result<qint64> PoolRules::addLimit(const PoolLimit& limit)
{
    if (!m_ctx.session.can(Permission::ManagePoolRules))
        return Error::denied(tr("You may not change the pool rules."));
    if (const QList<FieldProblem> problems = validate(limit); !problems.isEmpty())
        return Error::invalid(
            tr("The claim limits for the role %1 have %n problem(s).", nullptr, int(problems.size()))
                .arg(limit.employeeRole),
            problems);
    return guarded([&]() -> Result<qint64> {
        Transaction tx(m_ctx.db);
        const QDate lastClaim = dateOf(
            SqlQuery::scalar(
                m_ctx.db, QStringLiteral("SELECT max(at) FROM customer_ownership WHERE reason = 'claimed'"))
                .toString());
        if (lastClaim.isValid() && limit.effectiveFrom <= lastClaim)
            return Error::conflict(
                tr("Customers were already claimed on %1 under the limits then in force; a new "
                   "version must take effect after that date.")
                    .arg(lastClaim.toString(Qt::ISODate)),
                QStringLiteral("pool_limit:%1").arg(limit.employeeRole));

        const QString from = limit.effectiveFrom.toString(Qt::ISODate);
        const QString label = QStringLiteral("%1 %2").arg(limit.employeeRole, from);
        const qint64 existing =
            SqlQuery::scalar(
                m_ctx.db,
                QStringLiteral("SELECT id FROM pool_limits WHERE effective_from = ? AND employee_role = ?"),
                {from, limit.employeeRole})
                .toLongLong();
        const QJsonObject before = existing ? AuditLog::snapshot(m_ctx.db, kLimits, existing) : QJsonObject();
        qint64 id = existing;
        if (existing) {
            SqlQuery(m_ctx.db,
                     QStringLiteral("UPDATE pool_limits SET owned_cap = ?, deal_customers_count = ?, "
                                    "claims_per_day = ?, cooldown_days = ? WHERE id = ?"))
                .bind(limit.ownedCap)
                .bind(limit.dealCustomersCount ? 1 : 0)
                .bind(limit.claimsPerDay)
                .bind(limit.cooldownDays)
                .bind(existing)
                .exec();
        } else {
            SqlQuery q(m_ctx.db,
                       QStringLiteral("INSERT INTO pool_limits (effective_from, employee_role, owned_cap, "
                                      "deal_customers_count, claims_per_day, cooldown_days) "
                                      "VALUES (?,?,?,?,?,?)"));
            q.bind(from)
                .bind(limit.employeeRole)
                .bind(limit.ownedCap)
                .bind(limit.dealCustomersCount ? 1 : 0)
                .bind(limit.claimsPerDay)
                .bind(limit.cooldownDays)
                .exec();
            id = q.lastInsertId();
        }
        AuditLog(m_ctx).record(kLimits, id, label,
                               existing ? QStringLiteral("update") : QStringLiteral("create"), before,
                               AuditLog::snapshot(m_ctx.db, kLimits, id));
        notifyAfterCommit(tx, m_ctx.notifier, kLimits, id);
        tx.commit();
        return id;
    });
}

} // namespace tl::core
