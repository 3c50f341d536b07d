#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3_stmt;

namespace tl::core {

class Database;
class NativeStatement;
struct Session;

// SQL pieces shared by the receivables read side (OpenItems, AgingReport, ReceivableQuery, interest,
// limitation, risk, pool facts), so that the balance formula of OpenItems.h is spelt once. Fragments refer
// to the instalment as `i` and its contract as `c`; their values are appended to `args` in the order they
// appear, for positional (?) binding. Everything throws DbException.
namespace ReceivableSql {

// A read-only statement on the connection's native handle (reads at about five times Qt Sql's speed,
// DESIGN §3), bound from a list of values: integers, text, QDate (ISO text), null.
class Reader
{
public:
    Reader(const Database& db, const QString& sql, const QVariantList& args = {});
    ~Reader();
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    bool next();
    qint64 integer(int column) const;
    QString text(int column) const;
    QDate date(int column) const; // invalid for NULL
    bool isNull(int column) const;

private:
    std::unique_ptr<NativeStatement> m_statement;
};

// First column of the first row as an integer (0 when there is no row or it is NULL).
qint64 scalarInteger(const Database& db, const QString& sql, const QVariantList& args = {});

// Whether the session sees every receivable (system or ViewAllReceivables).
bool seesAll(const Session& session);
// A condition limiting a collector column to the session's scope (OpportunityScope over employees:
// "col IN (SELECT … FROM employees …)"); "1" when the session sees all.
QString collectorScope(const Session& session, const QString& collectorColumn, QVariantList& args);
// "col IN (…)" for the department and all its descendants' employees.
QString departmentCollectors(qint64 departmentId, const QString& collectorColumn, QVariantList& args);

// Whether installments.paid_total / written_off_total equal the ledger as of asOf: no allocation dated
// after it and no write-off approved after it (two indexed MAX queries).
bool cacheCovers(const Database& db, const QDate& asOf);

// Paid, written off and balance of instalment i as of asOf: the cached columns when `cache`, else the
// ledger sums (allocations on or before asOf, approved write-offs decided on or before asOf).
QString paid(bool cache, const QDate& asOf, QVariantList& args);
QString writtenOff(bool cache, const QDate& asOf, QVariantList& args);
QString balance(bool cache, const QDate& asOf, QVariantList& args);
// Open disputes of instalment i as of asOf: opened on or before it and not resolved by then (not capped).
QString disputed(const QDate& asOf, QVariantList& args);
// Contract c counts as of asOf: active or closed, signed on or before asOf.
QString contractCounts(const QDate& asOf, QVariantList& args);

// The status of the latest letter (not cancelled, as_of on or before asOf) of customer column
// `customerColumn`, as a scalar subquery.
QString latestLetterStatus(const QString& customerColumn, const QDate& asOf, QVariantList& args);

// What a connection has seen of its database: the rows it changed itself and the commits of other
// connections (PRAGMA data_version). A result cached under an equal stamp is still current.
struct DataStamp
{
    QString path;
    quintptr handle = 0;
    qint64 changes = -1;
    qint64 version = -1;
    friend bool operator==(const DataStamp&, const DataStamp&) = default;
};
DataStamp dataStamp(const Database& db);

// "[1,2,3]" for json_each(?).
QString idArray(const QList<qint64>& ids);
QString iso(const QDate& date);

} // namespace ReceivableSql

} // namespace tl::core
