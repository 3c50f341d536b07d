#pragma once

#include "auth/Session.h"
#include "org/Employee.h"

#include <QVariantList>

#include <optional>

namespace tl::core {

class Database;
class SqlQuery;

// Shared reads of employee rows for EmployeeService and EmployeeQuery: the SELECT with its joins,
// row mapping, the session's scope as SQL, and masking of sensitive fields.
class EmployeeRepository
{
public:
    // A SQL condition (on the alias `e` for employees) and its bound arguments.
    struct Condition
    {
        QString sql; // empty = no restriction
        QVariantList args;
    };

    explicit EmployeeRepository(const Database& db) : m_db(db) {}

    // "SELECT <columns> FROM employees e LEFT JOIN departments d ... LEFT JOIN employees m ..." without
    // WHERE.
    static QString selectSql();
    static Employee fromRow(const SqlQuery& query); // a row of selectSql()

    std::optional<Employee> load(qint64 id) const; // unmasked; throws DbException
    std::optional<Employee> loadByCode(const QString& code) const;
    std::optional<qint64> idForCode(const QString& code) const;

    // The rows the session may see (Session::canSeeEmployee as SQL).
    static Condition scope(const Session& session);
    // Masks ID number and bank account unless the session may see them; sets `masked`.
    static void mask(Employee& employee, const Session& session);

    // A JSON array of ids, for "IN (SELECT value FROM json_each(?))".
    static QString idArray(const QList<qint64>& ids);

private:
    const Database& m_db;
};

} // namespace tl::core
