#include "receivables/ReceivablesPoolFacts.h"

#include "db/Database.h"
#include "receivables/ReceivableSql.h"

#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <functional>

namespace tl::core {

namespace {

namespace R = ReceivableSql;

// The pool services ask for the same facts again and again (the pool page asks on every selection), each a
// pass over every contract or instalment: answers are kept while the connection sees the same data.
template <typename T> class FactCache
{
public:
    T get(const Database& db, const QDate& asOf, const std::function<T()>& compute)
    {
        const R::DataStamp stamp = R::dataStamp(db);
        {
            const QMutexLocker lock(&m_mutex);
            for (const Entry& e : m_entries)
                if (e.stamp == stamp && e.asOf == asOf)
                    return e.value;
        }
        T value = compute();
        const QMutexLocker lock(&m_mutex);
        m_entries.prepend({stamp, asOf, value});
        if (m_entries.size() > kEntries)
            m_entries.resize(kEntries);
        return value;
    }

private:
    static constexpr int kEntries = 4;
    struct Entry
    {
        R::DataStamp stamp;
        QDate asOf;
        T value;
    };
    QMutex m_mutex;
    QList<Entry> m_entries;
};

FactCache<QHash<qint64, QDate>>& dealCache()
{
    static FactCache<QHash<qint64, QDate>> cache;
    return cache;
}

FactCache<QSet<qint64>>& openCache()
{
    static FactCache<QSet<qint64>> cache;
    return cache;
}

} // namespace

QHash<qint64, QDate> ReceivablesPoolFacts::lastDealDates(const QDate& asOf) const
{
    return dealCache().get(m_db, asOf, [&] {
        QHash<qint64, QDate> dates;
        // Every contract is read: a plain scan is faster than a walk of an index with table lookups.
        R::Reader r(m_db,
                    QStringLiteral(
                        "SELECT c.customer_id, max(c.signed_on) FROM contracts c NOT INDEXED WHERE c.status "
                        "IN ('active', 'closed') AND c.signed_on <= ? GROUP BY c.customer_id"),
                    {asOf});
        while (r.next())
            dates.insert(r.integer(0), r.date(1));
        return dates;
    });
}

QSet<qint64> ReceivablesPoolFacts::customersWithOpenReceivables(const QDate& asOf) const
{
    return openCache().get(m_db, asOf, [&] {
        const bool cache = R::cacheCovers(m_db, asOf);
        QVariantList args;
        QString sql =
            QStringLiteral("SELECT DISTINCT i.customer_id FROM installments i NOT INDEXED CROSS JOIN "
                           "contracts c ON c.id = i.contract_id WHERE ");
        sql += R::contractCounts(asOf, args);
        if (cache)
            sql += QStringLiteral(" AND i.paid_total + i.written_off_total < i.amount");
        else
            sql += QStringLiteral(" AND ") + R::balance(false, asOf, args) + QStringLiteral(" > 0");
        QSet<qint64> customers;
        R::Reader r(m_db, sql, args);
        while (r.next())
            customers.insert(r.integer(0));
        return customers;
    });
}

} // namespace tl::core
