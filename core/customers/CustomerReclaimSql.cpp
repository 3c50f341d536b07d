#include "customers/CustomerReclaimSql.h"

#include <QStringList>

namespace tl::core {

namespace {

// A date() modifier for a whole number of days ("+30 days", "-5 days"). The number is an int from a
// stored rule, never user text, so it is written into the SQL (one expression serves SELECT, WHERE
// and ORDER BY without positional arguments in three places).
QString days(int n)
{
    return QStringLiteral("'%1%2 days'").arg(n >= 0 ? QStringLiteral("+") : QString()).arg(n);
}

} // namespace

Result<CustomerReclaimSql> CustomerReclaimSql::load(const Context& ctx, const QDate& asOf)
{
    CustomerReclaimSql sql;
    const PoolRules rules(ctx);
    for (const QString& level : customerLevels()) {
        auto rule = rules.ruleFor(level, asOf);
        if (!rule)
            return rule.error();
        sql.m_rules.insert(level, *rule);
    }
    return sql;
}

const PoolRule& CustomerReclaimSql::rule(const QString& level) const
{
    const auto found = m_rules.constFind(level);
    return found != m_rules.constEnd() ? *found : m_default;
}

QString CustomerReclaimSql::followUpStart()
{
    return QStringLiteral("max(c.owned_since, coalesce(date(c.last_owner_followup_at), c.owned_since))");
}

QString CustomerReclaimSql::followUpDue(const QString& level) const
{
    return QStringLiteral("date(%1, %2)").arg(followUpStart(), days(rule(level).noFollowUpDays));
}

QString CustomerReclaimSql::dealDue(const QString& level) const
{
    return QStringLiteral("date(c.owned_since, %1)").arg(days(rule(level).noDealDays));
}

QString CustomerReclaimSql::dueExpression() const
{
    QStringList cases;
    for (const QString& level : customerLevels())
        cases << QStringLiteral("WHEN '%1' THEN min(%2, %3)").arg(level, followUpDue(level), dealDue(level));
    return QStringLiteral("(CASE c.level %1 END)").arg(cases.join(QLatin1Char(' ')));
}

CustomerRepository::Condition CustomerReclaimSql::followUpFirst(const QString& level) const
{
    // F + N <= owned_since + M  <=>  F <= owned_since + (M - N)
    const PoolRule& r = rule(level);
    return {QStringLiteral("%1 <= date(c.owned_since, %2)")
                .arg(followUpStart(), days(r.noDealDays - r.noFollowUpDays)),
            {}};
}

CustomerRepository::Condition CustomerReclaimSql::dealFirst(const QString& level) const
{
    const PoolRule& r = rule(level);
    return {QStringLiteral("%1 > date(c.owned_since, %2)")
                .arg(followUpStart(), days(r.noDealDays - r.noFollowUpDays)),
            {}};
}

CustomerRepository::Condition CustomerReclaimSql::dueOnOrBefore(const QDate& day) const
{
    QStringList parts;
    QVariantList args;
    for (const QString& level : customerLevels()) {
        const PoolRule& r = rule(level);
        parts << QStringLiteral("(+c.level = ? AND (+%1 <= ? OR +c.owned_since <= ?))").arg(followUpStart());
        args << level << day.addDays(-r.noFollowUpDays).toString(Qt::ISODate)
             << day.addDays(-r.noDealDays).toString(Qt::ISODate);
    }
    return {QStringLiteral("(+c.owner_id IS NOT NULL AND (%1))").arg(parts.join(QStringLiteral(" OR "))),
            args};
}

CustomerReclaimSql::ClassRange CustomerReclaimSql::classRange(const QString& level, bool followUp,
                                                              const QDate& dueBy) const
{
    const PoolRule& r = rule(level);
    ClassRange range;
    range.index =
        followUp ? QStringLiteral("customers_reclaim_follow_up") : QStringLiteral("customers_reclaim_deal");
    range.column = followUp ? followUpStart() : QStringLiteral("c.owned_since");
    range.shift = followUp ? r.noFollowUpDays : r.noDealDays;
    range.due = followUp ? followUpDue(level) : dealDue(level);
    const CustomerRepository::Condition split = followUp ? followUpFirst(level) : dealFirst(level);
    range.condition.sql = QStringLiteral("c.owner_id IS NOT NULL AND c.level = ? AND ") + split.sql;
    range.condition.args << level;
    if (dueBy.isValid()) {
        range.condition.sql += QStringLiteral(" AND %1 <= ?").arg(range.column);
        range.condition.args << dueBy.addDays(-range.shift).toString(Qt::ISODate);
    }
    return range;
}

} // namespace tl::core
