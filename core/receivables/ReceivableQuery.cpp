#include "receivables/ReceivableQuery.h"

#include "common/Clock.h"
#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "receivables/AgingBuckets.h"
#include "receivables/ReceivableSql.h"
#include "receivables/RiskScore.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <algorithm>
#include <atomic>

namespace tl::core {

namespace {

namespace R = ReceivableSql;

// Up to this many rows are found through the filters' own indexes and sorted; bigger lists are read by
// walking the sort order's index.
std::atomic<int> g_smallSet{5000};

// Open: spelt as installments_open's WHERE (schema 6) so that SQLite may use that partial index.
const QString kOpen = QStringLiteral("i.amount > i.paid_total + i.written_off_total");

struct Where
{
    QStringList parts;
    QVariantList args;

    void add(const QString& sql, const QVariantList& values = {})
    {
        parts << sql;
        args << values;
    }
    QString sql() const
    {
        return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
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

// A text search as id lists, resolved once and kept while the connection sees the same data (the list model
// builds a query object per page; scanning 500,000 contract numbers each time would cost every page).
struct SearchIds
{
    bool resolved = false; // false: too many matches, search with subqueries instead
    QString customers;     // JSON arrays for json_each
    QString contracts;
};

constexpr int kSearchIdCap = 20000;

SearchIds resolveSearch(const Database& db, const QString& pattern)
{
    struct Entry
    {
        R::DataStamp stamp;
        QString pattern;
        SearchIds ids;
    };
    static QMutex mutex;
    static QList<Entry> cache;
    const R::DataStamp stamp = R::dataStamp(db);
    {
        const QMutexLocker lock(&mutex);
        for (const Entry& e : cache)
            if (e.stamp == stamp && e.pattern == pattern)
                return e.ids;
    }
    const auto ids = [&](const QString& sql) -> std::optional<QList<qint64>> {
        QList<qint64> list;
        R::Reader r(db, sql, {pattern, kSearchIdCap + 1});
        while (r.next())
            list << r.integer(0);
        if (list.size() > kSearchIdCap)
            return std::nullopt;
        return list;
    };
    SearchIds result;
    const auto customers =
        ids(QStringLiteral("SELECT id FROM customers WHERE name LIKE ? ESCAPE '\\' LIMIT ?"));
    const auto contracts =
        ids(QStringLiteral("SELECT id FROM contracts WHERE contract_no LIKE ? ESCAPE '\\' LIMIT ?"));
    if (customers && contracts) {
        result.resolved = true;
        result.customers = R::idArray(*customers);
        result.contracts = R::idArray(*contracts);
    }
    const QMutexLocker lock(&mutex);
    cache.prepend({stamp, pattern, result});
    if (cache.size() > 8)
        cache.resize(8);
    return result;
}

// How one order is read: the sort expressions (the last is always i.id), the FROM clause when walking the
// order's index and when sorting a small filtered set.
struct Order
{
    QStringList keys;
    QString walkFrom;
    QString filterFrom;
};

class Reader
{
public:
    Reader(const Context& ctx, const ReceivableQuery::Filter& filter, ReceivableQuery::SortKey sort,
           bool ascending, AgingBuckets buckets)
        : m_ctx(ctx), m_filter(filter), m_sort(sort), m_ascending(ascending), m_buckets(std::move(buckets)),
          m_today(ctx.clock.today())
    {}

    // Invalid filter values (an unknown bucket key) as a translated reason; empty when fine.
    QString problem() const
    {
        if (!m_filter.bucket.isEmpty() && m_buckets.indexOfKey(m_filter.bucket) < 0)
            return ReceivableQuery::tr("Unknown ageing bucket \"%1\".").arg(m_filter.bucket);
        return {};
    }

    // openBound: with a filter that implies an open balance, also "balance > 0" (a range on
    // installments_balance; left out where it would compete with the cursor's lower bound).
    Where filters(bool openBound = true) const
    {
        Where w;
        // Instalments of draft or cancelled contracts are no receivables (a small set through
        // contracts_status).
        w.add(QStringLiteral("i.contract_id NOT IN (SELECT x.id FROM contracts x WHERE x.status IN ('draft', "
                             "'cancelled'))"));
        if (!R::seesAll(m_ctx.session)) {
            QVariantList args;
            const QString scope = R::collectorScope(m_ctx.session, QStringLiteral("i.collector_id"), args);
            w.add(scope, args);
        }
        if (m_filter.collectorId > 0)
            w.add(QStringLiteral("i.collector_id = ?"), {m_filter.collectorId});
        if (m_filter.departmentId > 0) {
            QVariantList args;
            const QString sql =
                R::departmentCollectors(m_filter.departmentId, QStringLiteral("i.collector_id"), args);
            w.add(sql, args);
        }
        if (m_filter.customerId > 0)
            w.add(QStringLiteral("i.customer_id = ?"), {m_filter.customerId});
        if (openBound && impliesOpen()) {
            // The same as kOpen, on installments_balance: the balance order starts at the open rows.
            w.add(QStringLiteral("i.amount - i.paid_total - i.written_off_total > 0"));
        }
        if (!m_filter.bucket.isEmpty()) {
            const int b = m_buckets.indexOfKey(m_filter.bucket);
            w.add(kOpen);
            if (b == 0)
                w.add(QStringLiteral("i.due_on >= ?"), {m_today});
            else if (m_buckets.lastDay(b) < 0)
                w.add(QStringLiteral("i.due_on <= ?"), {m_today.addDays(-m_buckets.firstDay(b))});
            else
                w.add(QStringLiteral("i.due_on >= ? AND i.due_on <= ?"),
                      {m_today.addDays(-m_buckets.lastDay(b)), m_today.addDays(-m_buckets.firstDay(b))});
        }
        switch (m_filter.status) {
        case ReceivableQuery::Status::All:
            break;
        case ReceivableQuery::Status::Open:
            w.add(kOpen);
            break;
        case ReceivableQuery::Status::Overdue:
            w.add(kOpen);
            w.add(QStringLiteral("i.due_on < ?"), {m_today});
            break;
        case ReceivableQuery::Status::Paid:
            w.add(QStringLiteral("i.paid_total = i.amount"));
            break;
        case ReceivableQuery::Status::Disputed:
            w.add(
                QStringLiteral("i.id IN (SELECT d.installment_id FROM disputes d WHERE d.status = 'open')"));
            break;
        case ReceivableQuery::Status::WrittenOff:
            w.add(QStringLiteral(
                "i.id IN (SELECT w.installment_id FROM write_offs w WHERE w.status = 'approved')"));
            break;
        }
        if (m_filter.dueFrom.isValid())
            w.add(QStringLiteral("i.due_on >= ?"), {m_filter.dueFrom});
        if (m_filter.dueTo.isValid())
            w.add(QStringLiteral("i.due_on <= ?"), {m_filter.dueTo});
        const QString search = m_filter.search.trimmed();
        if (!search.isEmpty()) {
            const QString p = likePattern(search);
            const SearchIds ids = resolveSearch(m_ctx.db, p);
            if (ids.resolved)
                w.add(QStringLiteral(
                          "(i.customer_id IN (SELECT value FROM json_each(?)) OR i.contract_id IN (SELECT "
                          "value FROM json_each(?)))"),
                      {ids.customers, ids.contracts});
            else
                w.add(QStringLiteral(
                          "(i.customer_id IN (SELECT s.id FROM customers s WHERE s.name LIKE ? ESCAPE "
                          "'\\') OR i.contract_id IN (SELECT t.id FROM contracts t WHERE t.contract_no "
                          "LIKE ? ESCAPE '\\'))"),
                      {p, p});
        }
        return w;
    }

    // Filters that pick rows through an index of their own (people, text, disputes, write-offs).
    bool pickedByIndex() const
    {
        return !R::seesAll(m_ctx.session) || m_filter.collectorId > 0 || m_filter.departmentId > 0 ||
               m_filter.customerId > 0 || !m_filter.search.trimmed().isEmpty() ||
               m_filter.status == ReceivableQuery::Status::Disputed ||
               m_filter.status == ReceivableQuery::Status::WrittenOff;
    }
    // Filters on the due date (periods, buckets): a range of the due-date indexes.
    bool dueRange() const
    {
        return !m_filter.bucket.isEmpty() || m_filter.dueFrom.isValid() || m_filter.dueTo.isValid();
    }
    // Whether some filter narrows the rows through an index (otherwise counts and totals scan the table).
    bool selective() const { return pickedByIndex() || dueRange(); }

    QString countFrom() const
    {
        return selective() ? QStringLiteral("installments i") : QStringLiteral("installments i NOT INDEXED");
    }

    bool impliesOpen() const
    {
        return !m_filter.bucket.isEmpty() || m_filter.status == ReceivableQuery::Status::Open ||
               m_filter.status == ReceivableQuery::Status::Overdue;
    }

    Order order() const
    {
        using S = ReceivableQuery::SortKey;
        const QString id = QStringLiteral("i.id");
        switch (m_sort) {
        case S::DueOn:
            return {{QStringLiteral("i.due_on"), id},
                    impliesOpen() ? QStringLiteral("installments i INDEXED BY installments_open")
                                  : QStringLiteral("installments i INDEXED BY installments_due"),
                    QStringLiteral("installments i")};
        case S::Balance:
            return {{QStringLiteral("i.amount - i.paid_total - i.written_off_total"), id},
                    QStringLiteral("installments i INDEXED BY installments_balance"),
                    QStringLiteral("installments i")};
        case S::Customer:
            return {{QStringLiteral("cu.code"), QStringLiteral("i.due_on"), id},
                    QStringLiteral(
                        "customers cu INDEXED BY sqlite_autoindex_customers_1 CROSS JOIN installments i "
                        "INDEXED BY installments_customer ON i.customer_id = cu.id"),
                    QStringLiteral("installments i JOIN customers cu ON cu.id = i.customer_id")};
        case S::ContractNo:
            return {{QStringLiteral("c.contract_no"), QStringLiteral("i.seq"), id},
                    QStringLiteral(
                        "contracts c INDEXED BY sqlite_autoindex_contracts_1 CROSS JOIN installments i "
                        "INDEXED BY sqlite_autoindex_installments_1 ON i.contract_id = c.id"),
                    QStringLiteral("installments i JOIN contracts c ON c.id = i.contract_id")};
        }
        return {};
    }

    // Whether the filtered set is big enough to walk the sort index. Without a selective filter, or with
    // only due-date ranges in the due-date order (the walk is then that range), at once.
    bool walk() const
    {
        if (!pickedByIndex() && (!dueRange() || m_sort == ReceivableQuery::SortKey::DueOn))
            return true;
        const Where w = filters();
        const int small = g_smallSet.load();
        const qint64 n = R::scalarInteger(
            m_ctx.db,
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM installments i WHERE %1 LIMIT %2)")
                .arg(w.sql(), QString::number(small + 1)),
            w.args);
        return n > small;
    }

    qint64 count() const
    {
        const Where w = filters();
        return R::scalarInteger(
            m_ctx.db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(countFrom(), w.sql()), w.args);
    }

    ReceivableQuery::Totals totals() const
    {
        const Where w = filters();
        ReceivableQuery::Totals t;
        {
            QVariantList args{m_today};
            args << w.args;
            R::Reader r(
                m_ctx.db,
                QStringLiteral("SELECT count(*), coalesce(sum(i.amount), 0), coalesce(sum(i.paid_total), 0), "
                               "coalesce(sum(i.written_off_total), 0), coalesce(sum(CASE WHEN i.due_on < ? "
                               "THEN i.amount - i.paid_total - i.written_off_total ELSE 0 END), 0) FROM %1 "
                               "WHERE %2")
                    .arg(countFrom(), w.sql()),
                args);
            if (r.next()) {
                t.count = r.integer(0);
                t.amount = r.integer(1);
                t.paid = r.integer(2);
                t.writtenOff = r.integer(3);
                t.overdue = r.integer(4);
            }
        }
        t.balance = t.amount - t.paid - t.writtenOff;
        // Open disputes (each instalment's at most its balance), from the few disputed instalments.
        t.disputed = R::scalarInteger(
            m_ctx.db,
            QStringLiteral(
                "SELECT coalesce(sum(min(dd, bal)), 0) FROM (SELECT sum(d.amount) AS dd, i.amount - "
                "i.paid_total - i.written_off_total AS bal FROM disputes d JOIN installments i ON i.id = "
                "d.installment_id WHERE d.status = 'open' AND %1 GROUP BY i.id)")
                .arg(w.sql()),
            w.args);
        return t;
    }

    ReceivableQuery::Page page(const ReceivableQuery::Cursor& after, int limit) const
    {
        const bool walking = walk();
        const Order o = order();
        // Ascending by balance after a cursor, the cursor's balance is the lower bound.
        const Where w =
            filters(!(after.valid() && m_sort == ReceivableQuery::SortKey::Balance && m_ascending));
        // Walking: the keys as the index has them; filter first: "+(key)" so that SQLite neither walks a sort
        // index nor ranges over one, but reads the filter's rows and sorts them.
        QStringList keys = o.keys;
        if (!walking)
            for (QString& k : keys)
                k = QStringLiteral("+(%1)").arg(k);
        const QString base =
            QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                .arg(o.keys.join(QStringLiteral(", ")), walking ? o.walkFrom : o.filterFrom, w.sql());
        const QString direction = m_ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");

        // The rows after the cursor, as consecutive stretches that each read one index range: with keys
        // (k1, k2, id) and the cursor's (v1, v2, c): k1 = v1 AND k2 = v2 AND id > c, then k1 = v1 AND k2 >
        // v2, then k1 > v1 (a single "(k1, k2, id) > (…)" would make SQLite scan every row equal on k1
        // first). Each stretch is ordered by its free keys only: ordering by a key pinned by "=" makes SQLite
        // sort.
        struct Stretch
        {
            Where where;
            int firstFree = 0;
        };
        QList<Stretch> stretches;
        if (!after.valid()) {
            stretches << Stretch{};
        } else {
            QVariantList values = after.key;
            while (values.size() < keys.size())
                values << after.id;
            const QString gt = m_ascending ? QStringLiteral(">") : QStringLiteral("<");
            for (int j = int(keys.size()) - 1; j >= 0; --j) {
                Stretch stretch;
                stretch.firstFree = j;
                for (int k = 0; k < j; ++k)
                    stretch.where.add(QStringLiteral("%1 = ?").arg(keys.at(k)), {values.at(k)});
                stretch.where.add(QStringLiteral("%1 %2 ?").arg(keys.at(j), gt), {values.at(j)});
                stretches << stretch;
            }
        }

        QList<qint64> ids;
        QList<QVariantList> sortValues;
        for (const Stretch& stretch : stretches) {
            const int wanted = limit + 1 - int(ids.size());
            if (wanted <= 0)
                break;
            QStringList orderTerms;
            for (int k = stretch.firstFree; k < keys.size(); ++k)
                orderTerms << keys.at(k) + direction;
            QVariantList args = w.args;
            args << stretch.where.args << wanted;
            const QString sql =
                base +
                (stretch.where.parts.isEmpty() ? QString() : QStringLiteral(" AND ") + stretch.where.sql()) +
                QStringLiteral(" ORDER BY %1 LIMIT ?").arg(orderTerms.join(QStringLiteral(", ")));
            R::Reader r(m_ctx.db, sql, args);
            while (r.next()) {
                QVariantList key;
                for (int c = 0; c < o.keys.size() - 1; ++c)
                    key << (isNumericKey(c) ? QVariant(r.integer(c)) : QVariant(r.text(c)));
                ids << r.integer(int(o.keys.size()) - 1);
                sortValues << key;
            }
        }
        ReceivableQuery::Page page;
        if (ids.size() > limit) {
            ids.resize(limit);
            sortValues.resize(limit);
            page.next = ReceivableQuery::Cursor{sortValues.last(), ids.last()};
        }
        page.rows = load(ids);
        return page;
    }

private:
    // The balance and the seq are integers; the other sort values text.
    bool isNumericKey(int index) const
    {
        return m_sort == ReceivableQuery::SortKey::Balance ||
               (m_sort == ReceivableQuery::SortKey::ContractNo && index == 1);
    }

    QList<ReceivableRow> load(const QList<qint64>& ids) const
    {
        QList<ReceivableRow> rows;
        if (ids.isEmpty())
            return rows;
        QVariantList args;
        const QString letter = R::latestLetterStatus(QStringLiteral("i.customer_id"), m_today, args);
        args << R::idArray(ids);
        R::Reader r(m_ctx.db,
                    QStringLiteral(
                        "SELECT i.id, i.contract_id, c.contract_no, i.seq, i.customer_id, cu.code, cu.name, "
                        "i.collector_id, e.code, e.name, i.due_on, i.amount, i.paid_total, "
                        "i.written_off_total, i.last_paid_on, coalesce((SELECT sum(d.amount) FROM disputes "
                        "d WHERE d.installment_id = i.id AND d.status = 'open'), 0), %1 FROM installments i "
                        "JOIN contracts c ON c.id = i.contract_id JOIN customers cu ON cu.id = i.customer_id "
                        "JOIN employees e ON e.id = i.collector_id WHERE i.id IN (SELECT value FROM "
                        "json_each(?))")
                        .arg(letter),
                    args);
        QHash<qint64, ReceivableRow> byId;
        QList<qint64> customers;
        while (r.next()) {
            ReceivableRow row;
            row.installmentId = r.integer(0);
            row.contractId = r.integer(1);
            row.contractNo = r.text(2);
            row.seq = int(r.integer(3));
            row.customerId = r.integer(4);
            row.customerCode = r.text(5);
            row.customerName = r.text(6);
            row.collectorId = r.integer(7);
            row.collectorCode = r.text(8);
            row.collectorName = r.text(9);
            row.dueOn = r.date(10);
            row.amount = r.integer(11);
            row.paid = r.integer(12);
            row.writtenOff = r.integer(13);
            row.balance = row.amount - row.paid - row.writtenOff;
            row.lastPaidOn = r.date(14);
            row.disputed = std::clamp<qint64>(r.integer(15), 0, std::max<qint64>(row.balance, 0));
            row.letterStatus = r.text(16);
            if (row.balance > 0) {
                row.daysPastDue = AgingBuckets::daysPastDue(row.dueOn, m_today);
                row.bucketKey = m_buckets.key(m_buckets.bucketOf(row.daysPastDue));
                if (!customers.contains(row.customerId))
                    customers << row.customerId;
            }
            byId.insert(row.installmentId, row);
        }
        if (!customers.isEmpty()) {
            auto risks = RiskScore(m_ctx).forCustomers(customers, m_today);
            if (risks)
                for (ReceivableRow& row : byId)
                    if (row.balance > 0)
                        row.collectionBp =
                            RiskScore::collectionBp(row.daysPastDue, risks->value(row.customerId).score);
        }
        for (qint64 id : ids)
            if (byId.contains(id))
                rows << byId.value(id);
        return rows;
    }

    const Context& m_ctx;
    const ReceivableQuery::Filter& m_filter;
    ReceivableQuery::SortKey m_sort;
    bool m_ascending;
    AgingBuckets m_buckets;
    QDate m_today;
};

Status checkView(const Context& ctx, const ReceivableQuery::Filter& filter)
{
    const Session& s = ctx.session;
    if (!s.can(Permission::ViewReceivables))
        return Error::denied(ReceivableQuery::tr("You may not view receivables."));
    if (R::seesAll(s))
        return {};
    if (filter.collectorId > 0 && !OpportunityScope(s).includes(ctx.db, filter.collectorId))
        return Error::denied(ReceivableQuery::tr("You may not view the receivables this employee collects."));
    if (filter.departmentId > 0 && !OpportunityScope(s).includesDepartment(filter.departmentId))
        return Error::denied(ReceivableQuery::tr("You may not view the receivables of this department."));
    return {};
}

} // namespace

QString ReceivableQuery::statusKey(Status status)
{
    switch (status) {
    case Status::All:
        return QStringLiteral("all");
    case Status::Open:
        return QStringLiteral("open");
    case Status::Overdue:
        return QStringLiteral("overdue");
    case Status::Paid:
        return QStringLiteral("paid");
    case Status::Disputed:
        return QStringLiteral("disputed");
    case Status::WrittenOff:
        return QStringLiteral("written_off");
    }
    return {};
}

std::optional<ReceivableQuery::Status> ReceivableQuery::statusFromKey(const QString& key)
{
    for (Status s :
         {Status::All, Status::Open, Status::Overdue, Status::Paid, Status::Disputed, Status::WrittenOff})
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QString ReceivableQuery::statusName(Status status)
{
    switch (status) {
    case Status::All:
        return tr("All");
    case Status::Open:
        return tr("Open");
    case Status::Overdue:
        return tr("Overdue");
    case Status::Paid:
        return tr("Paid");
    case Status::Disputed:
        return tr("Disputed");
    case Status::WrittenOff:
        return tr("Written off");
    }
    return {};
}

int ReceivableQuery::smallListRows()
{
    return g_smallSet.load();
}

void ReceivableQuery::setSmallListRows(int rows)
{
    g_smallSet.store(std::max(rows, 0));
}

ReceivableQuery::ReceivableQuery(const Context& ctx, const Filter& filter, SortKey sort, bool ascending)
    : m_ctx(ctx), m_filter(filter), m_sort(sort), m_ascending(ascending)
{}

Result<qint64> ReceivableQuery::count() const
{
    return guarded([&]() -> Result<qint64> {
        if (auto ok = checkView(m_ctx, m_filter); !ok)
            return ok.error();
        auto buckets = AgingBuckets::load(m_ctx);
        if (!buckets)
            return buckets.error();
        const Reader reader(m_ctx, m_filter, m_sort, m_ascending, buckets.value());
        if (const QString p = reader.problem(); !p.isEmpty())
            return Error::invalid(p);
        return reader.count();
    });
}

Result<ReceivableQuery::Totals> ReceivableQuery::totals() const
{
    return guarded([&]() -> Result<Totals> {
        if (auto ok = checkView(m_ctx, m_filter); !ok)
            return ok.error();
        auto buckets = AgingBuckets::load(m_ctx);
        if (!buckets)
            return buckets.error();
        const Reader reader(m_ctx, m_filter, m_sort, m_ascending, buckets.value());
        if (const QString p = reader.problem(); !p.isEmpty())
            return Error::invalid(p);
        return reader.totals();
    });
}

Result<ReceivableQuery::Page> ReceivableQuery::page(const Cursor& after, int limit) const
{
    return guarded([&]() -> Result<Page> {
        if (auto ok = checkView(m_ctx, m_filter); !ok)
            return ok.error();
        auto buckets = AgingBuckets::load(m_ctx);
        if (!buckets)
            return buckets.error();
        const Reader reader(m_ctx, m_filter, m_sort, m_ascending, buckets.value());
        if (const QString p = reader.problem(); !p.isEmpty())
            return Error::invalid(p);
        return reader.page(after, std::max(limit, 1));
    });
}

} // namespace tl::core
