#include "customers/CustomerQuery.h"

#include "common/Clock.h"
#include "customers/CustomerReclaimSql.h"
#include "customers/CustomerRepository.h"
#include "customers/ReclaimClock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "org/EmployeeRepository.h"

#include <QSet>

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <optional>

namespace tl::core {

namespace {

using Condition = CustomerRepository::Condition;

// Up to this many rows are found through the filter's own index (or a reclaim-window range) and sorted;
// bigger lists are read by walking the sort order's index.
std::atomic<int> g_smallSet{5000};

struct Where
{
    QStringList parts;
    QVariantList args;

    void add(const QString& sql, const QVariantList& values = {})
    {
        if (sql.isEmpty())
            return;
        parts << sql;
        args << values;
    }
    void add(const Condition& condition) { add(condition.sql, condition.args); }
    QString sql() const
    {
        return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
};

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// How a list is read (SQLite has no statistics here, so the query says which index to use):
//  FilterFirst: the filter's rows come through its own index (owner, pool, team) and are then sorted;
//               sort keys are written "+key" so that SQLite does not walk the sort index instead;
//  WindowFirst: a small reclaim window in a big list: its rows come from the reclaim index ranges;
//  Walk:        the sort order's index is walked; owner terms are written "+c.owner_id" so that SQLite
//               does not use the owner index for them.
enum class Plan
{
    FilterFirst,
    WindowFirst,
    Walk
};

// A stretch of the order read with one kind of query (e.g. owned customers, then the pool).
struct Segment
{
    int id = 0;             // position in ascending order (kept in the cursor)
    QString where;          // its rows, indexable
    QString walkWhere;      // the same when walking the sort index
    QStringList keys;       // sort expressions; together unique
    QString walkIndex;      // the index to walk (INDEXED BY); empty = the planner's choice
    bool ownerJoin = false; // the keys use the owner (employees o)
    bool reclaim = false;   // owned customers by reclaim date
};

struct Key
{
    QVariantList values; // the segment's sort values
    qint64 id = 0;
};

const char* const kPhoneColumn = "(SELECT p.phone FROM customer_contacts p WHERE p.customer_id = c.id "
                                 "ORDER BY p.is_primary DESC, p.id LIMIT 1)";

class Reader
{
public:
    Reader(const Context& ctx, const CustomerQuery::Filter& filter, CustomerQuery::SortKey sort,
           bool ascending, CustomerReclaimSql rules)
        : m_ctx(ctx), m_filter(filter), m_sort(sort), m_ascending(ascending), m_rules(std::move(rules)),
          m_asOf(filter.asOf.isValid() ? filter.asOf : ctx.clock.today()),
          m_seesAll(ctx.session.system || ctx.session.can(Permission::ViewAllCustomers)),
          m_search(filter.search.trimmed())
    {
        if (filter.reclaimWithinDays >= 0)
            m_window = m_asOf.addDays(filter.reclaimWithinDays);
        choosePlan();
    }

    qint64 count() const
    {
        if (m_plan == Plan::WindowFirst)
            return m_windowCount;
        if (m_plan == Plan::Walk && m_window.isValid())
            return windowCount(-1);
        Where where = filters(false);
        where.add(windowCondition());
        return SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT count(*) FROM customers c") + where.sql(),
                                where.args)
            .toLongLong();
    }

    CustomerQuery::Page page(const CustomerQuery::Cursor& after, int limit) const
    {
        QList<Segment> segments = segmentsFor();
        if (!m_ascending)
            std::reverse(segments.begin(), segments.end());
        int start = 0;
        QVariantList resume;
        if (after.valid()) {
            const QVariantList key = after.key.toList();
            const int segmentId = key.value(0).toInt();
            const auto found = std::find_if(segments.begin(), segments.end(),
                                            [&](const Segment& s) { return s.id == segmentId; });
            start = found != segments.end() ? int(found - segments.begin()) : int(segments.size());
            resume = key.mid(1);
        }

        QList<Key> keys;
        QList<int> keySegment;
        for (int s = start; s < segments.size() && keys.size() <= limit; ++s) {
            const Segment& segment = segments.at(s);
            const QVariantList* from = (after.valid() && s == start) ? &resume : nullptr;
            const int wanted = limit + 1 - int(keys.size());
            QList<Key> got;
            if (!segment.reclaim)
                got = simpleKeys(segment, from, wanted);
            else if (m_plan == Plan::Walk)
                got = reclaimStreamKeys(from, wanted);
            else
                got = reclaimDirectKeys(from, wanted);
            for (const Key& k : got) {
                keys << k;
                keySegment << segment.id;
            }
        }

        CustomerQuery::Page page;
        if (keys.size() > limit) {
            keys.resize(limit);
            QVariantList cursor{keySegment.at(limit - 1)};
            cursor << keys.last().values;
            page.next = CustomerQuery::Cursor{cursor, keys.last().id};
        }
        page.rows = load(keys);
        return page;
    }

private:
    void choosePlan()
    {
        if (!m_search.isEmpty() || m_filter.scope == CustomerQuery::Scope::Mine || m_filter.ownerId != 0) {
            m_plan = Plan::FilterFirst;
            return;
        }
        const int small = g_smallSet.load();
        const Where where = filters(false);
        const qint64 filtered =
            SqlQuery::scalar(m_ctx.db,
                             QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM customers c%1 "
                                            "LIMIT %2)")
                                 .arg(where.sql(), QString::number(small + 1)),
                             where.args)
                .toLongLong();
        if (filtered <= small) {
            m_plan = Plan::FilterFirst;
        } else if (m_window.isValid()) {
            m_windowCount = windowCount(small + 1);
            m_plan = m_windowCount <= small ? Plan::WindowFirst : Plan::Walk;
        } else {
            m_plan = Plan::Walk;
        }
    }

    QStringList levels() const
    {
        return m_filter.level.isEmpty() ? customerLevels() : QStringList{m_filter.level};
    }

    // Scope and filters without the reclaim window. walk: owner (and level) terms are not offered to the
    // planner as index constraints.
    Where filters(bool walk) const
    {
        const Session& s = m_ctx.session;
        const QString owner = walk ? QStringLiteral("+c.owner_id") : QStringLiteral("c.owner_id");
        Where where;
        if (!s.can(Permission::ViewCustomers))
            where.add(QStringLiteral("0"));
        else if (!m_seesAll) {
            const Condition own = CustomerRepository::ownerScope(s, owner);
            where.add(QStringLiteral("(%1 IS NULL OR %2)").arg(owner, own.sql), own.args);
        }
        switch (m_filter.scope) {
        case CustomerQuery::Scope::Mine:
            where.add(QStringLiteral("c.owner_id = ?"), {s.employeeId});
            break;
        case CustomerQuery::Scope::Pool:
            where.add(owner + QStringLiteral(" IS NULL"));
            break;
        case CustomerQuery::Scope::Team:
            where.add(owner + QStringLiteral(" IS NOT NULL"));
            where.add(CustomerRepository::ownerScope(s, owner));
            break;
        case CustomerQuery::Scope::All:
            break;
        }
        if (!m_search.isEmpty()) {
            const QString p = likePattern(m_search);
            where.add(QStringLiteral("(c.code LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\' "
                                     "OR c.region LIKE ? ESCAPE '\\' OR c.industry LIKE ? ESCAPE '\\')"),
                      {p, p, p, p});
        }
        if (m_filter.ownerId != 0)
            where.add(QStringLiteral("c.owner_id = ?"), {m_filter.ownerId});
        if (!m_filter.level.isEmpty())
            where.add(walk && m_sort != CustomerQuery::SortKey::Level ? QStringLiteral("+c.level = ?")
                                                                      : QStringLiteral("c.level = ?"),
                      {m_filter.level});
        if (!m_filter.type.isEmpty())
            where.add(QStringLiteral("c.type = ?"), {m_filter.type});
        return where;
    }

    Condition windowCondition() const
    {
        return m_window.isValid() ? m_rules.dueOnOrBefore(m_window) : Condition{};
    }

    // Rows in the reclaim window, counted over the reclaim index ranges (limit < 0: all).
    qint64 windowCount(int limit) const
    {
        const Where base = filters(true);
        qint64 total = 0;
        for (const QString& level : levels())
            for (const bool followUp : {true, false}) {
                const auto range = m_rules.classRange(level, followUp, m_window);
                Where where = base;
                where.add(range.condition);
                QString sql =
                    QStringLiteral("SELECT 1 FROM customers c INDEXED BY %1%2").arg(range.index, where.sql());
                if (limit >= 0)
                    sql += QStringLiteral(" LIMIT %1").arg(limit);
                total += SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT count(*) FROM (%1)").arg(sql),
                                          where.args)
                             .toLongLong();
                if (limit >= 0 && total >= limit)
                    return total;
            }
        return total;
    }

    // "c.id IN (the window's rows)" for WindowFirst.
    Condition windowIds() const
    {
        QStringList parts;
        QVariantList args;
        for (const QString& level : levels())
            for (const bool followUp : {true, false}) {
                const auto range = m_rules.classRange(level, followUp, m_window);
                parts << QStringLiteral("SELECT c.id FROM customers c INDEXED BY %1 WHERE %2")
                             .arg(range.index, range.condition.sql);
                args << range.condition.args;
            }
        return {QStringLiteral("c.id IN (%1)").arg(parts.join(QStringLiteral(" UNION ALL "))), args};
    }

    // The rows a page may come from (before the segment and the cursor).
    Where rowsWhere() const
    {
        Where where = filters(m_plan == Plan::Walk);
        where.add(windowCondition());
        if (m_plan == Plan::WindowFirst)
            where.add(windowIds());
        return where;
    }

    QList<Segment> segmentsFor() const
    {
        const QString owned = QStringLiteral("c.owner_id IS NOT NULL");
        const QString pool = QStringLiteral("c.owner_id IS NULL");
        const QString walkOwned = QStringLiteral("+c.owner_id IS NOT NULL");
        const QString walkPool = QStringLiteral("+c.owner_id IS NULL");
        const QString code = QStringLiteral("c.code");
        const QString id = QStringLiteral("c.id");
        using S = CustomerQuery::SortKey;
        switch (m_sort) {
        case S::Code:
            return {{0, {}, {}, {code}}};
        case S::Name:
            return {{0, {}, {}, {QStringLiteral("c.name"), id}}};
        case S::Level:
            return {{0, {}, {}, {QStringLiteral("c.level"), code}}};
        case S::Owner:
            return {{0, owned, owned, {QStringLiteral("o.code"), code}, {}, true},
                    {1, pool, walkPool, {code}}};
        case S::PoolSince: {
            const QString dated = pool + QStringLiteral(" AND c.pool_since IS NOT NULL");
            return {{0, dated, dated, {QStringLiteral("c.pool_since"), id}, QStringLiteral("customers_pool")},
                    {1,
                     pool + QStringLiteral(" AND c.pool_since IS NULL"),
                     walkPool + QStringLiteral(" AND c.pool_since IS NULL"),
                     {id}},
                    {2, owned, walkOwned, {id}}};
        }
        case S::ReclaimOn:
            return {{0, owned, owned, {QStringLiteral("due"), id}, {}, false, true},
                    {1, pool, walkPool, {id}}};
        }
        return {};
    }

    // (k1, k2) after (v1, v2) in the list's direction, written so that SQLite ranges over an index on k1.
    Condition after(const QStringList& keys, const QVariantList& values) const
    {
        const QString gt = m_ascending ? QStringLiteral(">") : QStringLiteral("<");
        if (keys.size() == 1)
            return {QStringLiteral("%1 %2 ?").arg(keys.at(0), gt), {values.value(0)}};
        return {QStringLiteral("%1 %2= ? AND (%1 %2 ? OR %3 %2 ?)").arg(keys.at(0), gt, keys.at(1)),
                {values.value(0), values.value(0), values.value(1)}};
    }

    QString orderBy(const QStringList& keys) const
    {
        QStringList parts;
        for (const QString& k : keys)
            parts << k + (m_ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
        return QStringLiteral(" ORDER BY ") + parts.join(QStringLiteral(", "));
    }

    // Runs a query whose columns are the sort values and then the id.
    QList<Key> keysOf(const QString& sql, const QVariantList& args, int valueCount) const
    {
        SqlQuery q(m_ctx.db, sql);
        for (const QVariant& arg : args)
            q.bind(arg);
        q.exec();
        QList<Key> keys;
        while (q.next()) {
            Key k;
            for (int i = 0; i < valueCount; ++i)
                k.values << q.value(i);
            k.id = q.integer(valueCount);
            keys << k;
        }
        return keys;
    }

    QList<Key> simpleKeys(const Segment& segment, const QVariantList* resume, int limit) const
    {
        const bool walk = m_plan == Plan::Walk;
        QStringList keys = segment.keys;
        if (!walk)
            for (QString& k : keys)
                k.prepend(QLatin1Char('+'));
        Where where = rowsWhere();
        where.add(walk ? segment.walkWhere : segment.where);
        if (resume)
            where.add(after(keys, *resume));
        QString from = QStringLiteral(" FROM customers c");
        if (walk && !segment.walkIndex.isEmpty())
            from += QStringLiteral(" INDEXED BY ") + segment.walkIndex;
        if (segment.ownerJoin)
            from += QStringLiteral(" JOIN employees o ON o.id = c.owner_id");
        const QString sql = QStringLiteral("SELECT %1, c.id").arg(segment.keys.join(QStringLiteral(", "))) +
                            from + where.sql() + orderBy(keys) + QStringLiteral(" LIMIT ?");
        QVariantList args = where.args;
        args << limit;
        return keysOf(sql, args, int(segment.keys.size()));
    }

    // A small set of owned customers by reclaim date: the date is computed once per row, then sorted.
    QList<Key> reclaimDirectKeys(const QVariantList* resume, int limit) const
    {
        Where inner = rowsWhere();
        inner.add(QStringLiteral("c.owner_id IS NOT NULL"));
        Where outer;
        if (resume)
            outer.add(after({QStringLiteral("due"), QStringLiteral("id")}, *resume));
        const QString sql =
            QStringLiteral("WITH m AS MATERIALIZED (SELECT c.id AS id, %1 AS due FROM customers c%2) "
                           "SELECT due, id FROM m%3%4 LIMIT ?")
                .arg(m_rules.dueExpression(), inner.sql(), outer.sql(),
                     orderBy({QStringLiteral("due"), QStringLiteral("id")}));
        QVariantList args = inner.args;
        args << outer.args << limit;
        return withIdAsValue(keysOf(sql, args, 1));
    }

    // Owned customers by reclaim date over a big list: per level, the rows whose follow-up rule fires first
    // come in order of F from customers_reclaim_follow_up, those whose no-deal rule fires first in order of
    // owned_since from customers_reclaim_deal; each read is in reclaim-date order, so the first `limit`
    // of each, merged, hold the page.
    QList<Key> reclaimStreamKeys(const QVariantList* resume, int limit) const
    {
        const Where base = filters(true);
        QList<Key> merged;
        for (const QString& level : levels())
            for (const bool followUp : {true, false}) {
                const auto range = m_rules.classRange(level, followUp, m_window);
                Where where = base;
                where.add(range.condition);
                if (resume) {
                    const QDate due = QDate::fromString(resume->value(0).toString(), Qt::ISODate);
                    where.add(after({range.column, QStringLiteral("c.id")},
                                    {due.addDays(-range.shift).toString(Qt::ISODate), resume->value(1)}));
                }
                const QString sql = QStringLiteral("SELECT %1, c.id FROM customers c INDEXED BY %2")
                                        .arg(range.due, range.index) +
                                    where.sql() + orderBy({range.column, QStringLiteral("c.id")}) +
                                    QStringLiteral(" LIMIT ?");
                QVariantList args = where.args;
                args << limit;
                merged << withIdAsValue(keysOf(sql, args, 1));
            }
        std::sort(merged.begin(), merged.end(), [&](const Key& a, const Key& b) {
            const QString da = a.values.at(0).toString();
            const QString db = b.values.at(0).toString();
            return m_ascending ? (da < db || (da == db && a.id < b.id))
                               : (da > db || (da == db && a.id > b.id));
        });
        if (merged.size() > limit)
            merged.resize(limit);
        return merged;
    }

    // The reclaim keys are (due, id): the id is a sort value too.
    static QList<Key> withIdAsValue(QList<Key> keys)
    {
        for (Key& k : keys)
            k.values << k.id;
        return keys;
    }

    QList<CustomerRow> load(const QList<Key>& keys) const
    {
        QList<qint64> ids;
        for (const Key& k : keys)
            ids << k.id;
        QHash<qint64, CustomerRow> rows;
        if (!ids.isEmpty()) {
            SqlQuery q(m_ctx.db, CustomerRepository::selectSql(QString::fromLatin1(kPhoneColumn)) +
                                     QStringLiteral(" WHERE c.id IN (SELECT value FROM json_each(?))"));
            q.bind(EmployeeRepository::idArray(ids)).exec();
            while (q.next()) {
                CustomerRow row = makeRow(q, q.text(CustomerRepository::selectColumnCount()));
                rows.insert(row.customer.id, row);
            }
            applyReceivableFacts(ids, rows);
        }
        QList<CustomerRow> ordered;
        for (qint64 id : ids)
            if (rows.contains(id))
                ordered << rows.value(id);
        return ordered;
    }

    // The page's rows as PoolSweep sees them (PoolFacts): a contract signed during the ownership stops the
    // no-deal clock, and an open receivable exempts the customer where its level's rule says so. Read for
    // the page's ids only (indexes contracts_customer and installments_customer; the unary "+" keeps SQLite
    // from walking contracts_status over every contract instead). The list's order and
    // window filter still use the follow-up/no-deal SQL of CustomerReclaimSql.
    void applyReceivableFacts(const QList<qint64>& ids, QHash<qint64, CustomerRow>& rows) const
    {
        const QString idArray = EmployeeRepository::idArray(ids);
        QHash<qint64, QDate> deals;
        SqlQuery d(m_ctx.db, QStringLiteral("SELECT customer_id, max(signed_on) FROM contracts "
                                            "WHERE customer_id IN (SELECT value FROM json_each(?)) "
                                            "AND +status IN ('active', 'closed') AND +signed_on <= ? "
                                            "GROUP BY customer_id"));
        d.bind(idArray).bind(m_asOf.toString(Qt::ISODate)).exec();
        while (d.next())
            deals.insert(d.integer(0), QDate::fromString(d.text(1), Qt::ISODate));
        QSet<qint64> open;
        SqlQuery o(m_ctx.db, QStringLiteral("SELECT DISTINCT i.customer_id FROM installments i "
                                            "JOIN contracts c ON c.id = i.contract_id "
                                            "WHERE i.customer_id IN (SELECT value FROM json_each(?)) "
                                            "AND i.amount > i.paid_total + i.written_off_total "
                                            "AND +c.status IN ('active', 'closed') AND +c.signed_on <= ?"));
        o.bind(idArray).bind(m_asOf.toString(Qt::ISODate)).exec();
        while (o.next())
            open.insert(o.integer(0));
        for (CustomerRow& row : rows) {
            const Customer& c = row.customer;
            if (c.ownerId == 0)
                continue;
            const PoolRule& rule = m_rules.rule(c.level);
            row.exempt = rule.exemptOpenReceivables && open.contains(c.id);
            const QDate deal = deals.value(c.id);
            if (deal.isValid()) {
                const ReclaimClock clock =
                    ReclaimClock::compute(rule, c.ownedSince, c.lastOwnerFollowUpAt, deal);
                row.reclaimOn = clock.dueOn;
                row.daysToReclaim = clock.daysLeft(m_asOf);
            }
        }
    }

    CustomerRow makeRow(const SqlQuery& q, const QString& phone) const
    {
        CustomerRow row;
        row.customer = CustomerRepository::fromRow(q);
        Customer& c = row.customer;
        const bool contacts =
            CustomerRepository::contactsVisible(m_ctx.session, c.ownerId, c.ownerDepartmentId);
        c.contactsHidden = !contacts;
        row.phone = contacts ? phone : QString();
        if (c.ownerId != 0) {
            // Deals and open receivables are applied for the whole page afterwards (applyReceivableFacts).
            const ReclaimClock clock =
                ReclaimClock::compute(m_rules.rule(c.level), c.ownedSince, c.lastOwnerFollowUpAt, QDate());
            row.reclaimOn = clock.dueOn;
            row.daysToReclaim = clock.daysLeft(m_asOf);
        }
        return row;
    }

    const Context& m_ctx;
    const CustomerQuery::Filter& m_filter;
    CustomerQuery::SortKey m_sort;
    bool m_ascending;
    CustomerReclaimSql m_rules;
    QDate m_asOf;
    bool m_seesAll;
    QString m_search;
    QDate m_window; // reclaimed on or before; invalid = no window filter
    Plan m_plan = Plan::Walk;
    qint64 m_windowCount = 0;
};

} // namespace

int CustomerQuery::smallListRows()
{
    return g_smallSet.load();
}

void CustomerQuery::setSmallListRows(int rows)
{
    g_smallSet.store(std::max(rows, 0));
}

CustomerQuery::CustomerQuery(const Context& ctx, const Filter& filter, SortKey sort, bool ascending)
    : m_ctx(ctx), m_filter(filter), m_sort(sort), m_ascending(ascending)
{}

Result<qint64> CustomerQuery::count() const
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ViewCustomers))
            return Error::denied(tr("You may not view customers."));
        const QDate asOf = m_filter.asOf.isValid() ? m_filter.asOf : m_ctx.clock.today();
        auto rules = CustomerReclaimSql::load(m_ctx, asOf);
        if (!rules)
            return rules.error();
        return Reader(m_ctx, m_filter, m_sort, m_ascending, std::move(rules).value()).count();
    });
}

Result<CustomerQuery::Page> CustomerQuery::page(const Cursor& after, int limit) const
{
    return guarded([&]() -> Result<Page> {
        if (!m_ctx.session.can(Permission::ViewCustomers))
            return Error::denied(tr("You may not view customers."));
        const QDate asOf = m_filter.asOf.isValid() ? m_filter.asOf : m_ctx.clock.today();
        auto rules = CustomerReclaimSql::load(m_ctx, asOf);
        if (!rules)
            return rules.error();
        return Reader(m_ctx, m_filter, m_sort, m_ascending, std::move(rules).value())
            .page(after, std::max(limit, 1));
    });
}

} // namespace tl::core
