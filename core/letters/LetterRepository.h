#pragma once

#include "auth/Session.h"
#include "letters/Letter.h"

#include <QVariantList>

#include <optional>

namespace tl::core {

class Database;
class SqlQuery;

// Shared reads of letters for LetterService, LetterQuery, the documents and the reminders: the SELECT with
// its joins, row mapping, and the session's scope (OpportunityScope on the collector) in C++ and as SQL.
class LetterRepository
{
public:
    explicit LetterRepository(const Database& db) : m_db(db) {}

    // "SELECT <columns> FROM letters l JOIN customers c ... LEFT JOIN employees s ..." without WHERE.
    static QString selectSql();
    static Letter fromRow(const SqlQuery& query); // a row of selectSql(), without items

    std::optional<Letter> load(qint64 id) const; // throws DbException
    std::optional<qint64> idForNo(const QString& letterNo) const;
    QList<LetterItem> items(qint64 letterId) const; // by due date, contract no, seq

    // A letter is in the session's scope when the collector it was generated for, or the current collector
    // of one of its instalments, is (OpportunityScope). Sessions seeing everything: always.
    bool inScope(const Session& session, const Letter& letter) const;

    // The same as SQL on the alias `letterAlias` ("1" for sessions seeing everything); values appended.
    static QString scopeCondition(const Session& session, const QString& letterAlias, QVariantList& args);
    // Letters generated for the employee or listing an instalment the employee collects now.
    static QString salespersonCondition(qint64 employeeId, const QString& letterAlias, QVariantList& args);

    static QString dateTimeText(const QDateTime& at); // yyyy-MM-ddTHH:mm:ss

private:
    const Database& m_db;
};

} // namespace tl::core
