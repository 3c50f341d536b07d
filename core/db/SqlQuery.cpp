#include "db/SqlQuery.h"

#include "db/Database.h"
#include "db/DbException.h"

#include <QDate>
#include <QSqlError>

namespace tl::core {

SqlQuery::SqlQuery(const Database& db, const QString& sql) : m_query(db.connection()), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(QStringLiteral("prepare"));
}

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    m_query.bindValue(m_position++, value);
    return *this;
}

SqlQuery& SqlQuery::bind(const QString& name, const QVariant& value)
{
    m_query.bindValue(name, value);
    return *this;
}

SqlQuery& SqlQuery::exec()
{
    if (!m_query.exec())
        fail(QStringLiteral("exec"));
    m_position = 0;
    return *this;
}

QVariant SqlQuery::nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant SqlQuery::nullable(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant SqlQuery::nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant SqlQuery::scalar(const Database& db, const QString& sql, const QVariantList& args)
{
    SqlQuery q(db, sql);
    for (const QVariant& a : args)
        q.bind(a);
    q.exec();
    return q.next() ? q.value(0) : QVariant();
}

void SqlQuery::fail(const QString& what) const
{
    const QSqlError error = m_query.lastError();
    // SQLite extended codes: 19 = SQLITE_CONSTRAINT (and 275, 531, 787, 1043, 1299, 1555, 1811, 2067...).
    const int code = error.nativeErrorCode().toInt();
    const bool constraint = (code & 0xff) == 19;
    throw DbException(QStringLiteral("%1: %2").arg(
                          what, error.databaseText().isEmpty() ? error.text() : error.databaseText()),
                      m_sql, constraint);
}

} // namespace tl::core
