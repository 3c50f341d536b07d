#include "receivables/ReceivableSql.h"

#include "auth/Session.h"
#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/NativeStatement.h"

#include <QStringList>

#include <sqlite3.h>

namespace tl::core::ReceivableSql {

Reader::Reader(const Database& db, const QString& sql, const QVariantList& args)
    : m_statement(std::make_unique<NativeStatement>(db.nativeHandle(), sql.toUtf8().constData()))
{
    for (int i = 0; i < args.size(); ++i) {
        const QVariant& v = args.at(i);
        const int index = i + 1;
        if (v.isNull())
            m_statement->bindNull(index);
        else if (v.typeId() == QMetaType::QDate)
            m_statement->bindDate(index, v.toDate());
        else if (v.typeId() == QMetaType::QString)
            m_statement->bind(index, v.toString());
        else
            m_statement->bind(index, v.toLongLong());
    }
}

Reader::~Reader() = default;

bool Reader::next()
{
    return m_statement->step();
}

qint64 Reader::integer(int column) const
{
    return sqlite3_column_int64(m_statement->raw(), column);
}

QString Reader::text(int column) const
{
    sqlite3_stmt* s = m_statement->raw();
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(s, column)) : QString();
}

QDate Reader::date(int column) const
{
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

bool Reader::isNull(int column) const
{
    return sqlite3_column_type(m_statement->raw(), column) == SQLITE_NULL;
}

qint64 scalarInteger(const Database& db, const QString& sql, const QVariantList& args)
{
    Reader r(db, sql, args);
    return r.next() ? r.integer(0) : 0;
}

bool seesAll(const Session& session)
{
    return session.system || session.can(Permission::ViewAllReceivables);
}

QString collectorScope(const Session& session, const QString& collectorColumn, QVariantList& args)
{
    if (seesAll(session))
        return QStringLiteral("1");
    const QString condition = OpportunityScope(session).condition(QStringLiteral("se.id"),
                                                                  QStringLiteral("se.department_id"), args);
    return QStringLiteral("%1 IN (SELECT se.id FROM employees se WHERE %2)").arg(collectorColumn, condition);
}

QString departmentCollectors(qint64 departmentId, const QString& collectorColumn, QVariantList& args)
{
    args << departmentId;
    return QStringLiteral("%1 IN (SELECT de.id FROM employees de WHERE de.department_id IN ("
                          "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT d.id FROM departments d "
                          "JOIN sub ON d.parent_id = sub.id) SELECT id FROM sub))")
        .arg(collectorColumn);
}

bool cacheCovers(const Database& db, const QDate& asOf)
{
    const QString day = iso(asOf);
    Reader allocations(db, QStringLiteral("SELECT max(on_date) FROM allocations"));
    if (allocations.next() && !allocations.isNull(0) && allocations.text(0) > day)
        return false;
    Reader writeOffs(db, QStringLiteral("SELECT max(decided_on) FROM write_offs WHERE status = 'approved'"));
    return !(writeOffs.next() && !writeOffs.isNull(0) && writeOffs.text(0) > day);
}

QString paid(bool cache, const QDate& asOf, QVariantList& args)
{
    if (cache)
        return QStringLiteral("i.paid_total");
    args << asOf;
    return QStringLiteral("coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.installment_id = i.id "
                          "AND a.on_date <= ?), 0)");
}

QString writtenOff(bool cache, const QDate& asOf, QVariantList& args)
{
    if (cache)
        return QStringLiteral("i.written_off_total");
    args << asOf;
    // By instalment (write_offs_installment), not by the decision date (write_offs_decided).
    return QStringLiteral("coalesce((SELECT sum(w.amount) FROM write_offs w WHERE w.installment_id = i.id "
                          "AND +w.status = 'approved' AND +w.decided_on <= ?), 0)");
}

QString balance(bool cache, const QDate& asOf, QVariantList& args)
{
    if (cache)
        return QStringLiteral("(i.amount - i.paid_total - i.written_off_total)");
    const QString p = paid(false, asOf, args);
    const QString w = writtenOff(false, asOf, args);
    return QStringLiteral("(i.amount - %1 - %2)").arg(p, w);
}

QString disputed(const QDate& asOf, QVariantList& args)
{
    args << asOf << asOf;
    return QStringLiteral("coalesce((SELECT sum(d.amount) FROM disputes d WHERE d.installment_id = i.id "
                          "AND d.opened_on <= ? AND (d.resolved_on IS NULL OR d.resolved_on > ?)), 0)");
}

QString contractCounts(const QDate& asOf, QVariantList& args)
{
    args << asOf;
    // Not offered to the planner as index constraints (contracts_status): instalments drive, contracts are
    // looked up by id; almost every contract passes.
    return QStringLiteral("+c.status IN ('active', 'closed') AND +c.signed_on <= ?");
}

QString latestLetterStatus(const QString& customerColumn, const QDate& asOf, QVariantList& args)
{
    args << asOf;
    return QStringLiteral(
               "(SELECT l.status FROM letters l WHERE l.customer_id = %1 AND l.status <> 'cancelled' "
               "AND l.as_of <= ? ORDER BY l.as_of DESC, l.id DESC LIMIT 1)")
        .arg(customerColumn);
}

DataStamp dataStamp(const Database& db)
{
    // The pragma runs as a statement (a read lock), so it sees commits made since the last read.
    sqlite3* handle = db.nativeHandle();
    const qint64 version = scalarInteger(db, QStringLiteral("PRAGMA data_version"));
    return {db.path(), quintptr(handle), qint64(sqlite3_total_changes64(handle)), version};
}

QString idArray(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace tl::core::ReceivableSql
