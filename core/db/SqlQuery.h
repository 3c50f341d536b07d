#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace tl::core {

class Database;

// A prepared statement that throws DbException instead of returning false.
// All SQL lives in core and binds its parameters.
class SqlQuery
{
public:
    SqlQuery(const Database& db, const QString& sql);

    SqlQuery& bind(const QVariant& value);                      // positional (?)
    SqlQuery& bind(const QString& name, const QVariant& value); // named (:name)
    SqlQuery& exec();
    bool next() { return m_query.next(); }

    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    QString text(int index) const { return m_query.value(index).toString(); }
    qint64 integer(int index) const { return m_query.value(index).toLongLong(); }
    bool isNull(int index) const { return m_query.isNull(index); }

    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& raw() { return m_query; }

    // NULL for an empty string / invalid date, the value otherwise.
    static QVariant nullable(const QString& text);
    static QVariant nullable(const QDate& date);
    static QVariant nullableId(qint64 id); // NULL for id <= 0

    // First column of the first row, or an invalid QVariant when there is no row.
    static QVariant scalar(const Database& db, const QString& sql, const QVariantList& args = {});

private:
    [[noreturn]] void fail(const QString& what) const;
    QSqlQuery m_query;
    QString m_sql;
    int m_position = 0;
};

} // namespace tl::core
