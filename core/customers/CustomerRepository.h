#pragma once

#include "auth/Session.h"
#include "customers/Customer.h"

#include <QVariantList>

#include <optional>

namespace tl::core {

class Database;
class SqlQuery;

// Shared reads of customer rows (CustomerService, CustomerQuery, FollowUpService): the SELECT with the
// owner joined, row mapping, contacts, and the session's customer scope as rules and as SQL.
//
// Scope (DESIGN §1, §2.2):
//  - visible: ViewAllCustomers (admin, finance, auditor) everything; otherwise the pool, own customers
//    and, for a sales manager, customers owned by people in the department scope;
//  - contact details: ViewAllCustomers, or an owned customer in the session's own scope (own, team);
//    pool customers' contacts stay hidden from claimers until claimed;
//  - editable (EditCustomers): ViewAllCustomers everything; otherwise own customers and, for a sales
//    manager, the team's customers.
class CustomerRepository
{
public:
    // A SQL condition on the alias `c` (customers) and its bound arguments.
    struct Condition
    {
        QString sql; // empty = no restriction
        QVariantList args;
    };

    explicit CustomerRepository(const Database& db) : m_db(db) {}

    // "SELECT <columns> FROM customers c LEFT JOIN employees o ON o.id = c.owner_id" without WHERE;
    // extraColumns (e.g. "x, y") are selected after the selectColumnCount() customer columns.
    static QString selectSql(const QString& extraColumns = {});
    static int selectColumnCount();
    static Customer fromRow(const SqlQuery& query); // a row of selectSql() (contacts not filled)

    std::optional<Customer> load(qint64 id) const; // unfiltered; throws DbException
    std::optional<qint64> idForCode(const QString& code) const;
    QList<CustomerContact> contacts(qint64 customerId) const; // primary first, then by id
    std::optional<CustomerContact> contact(qint64 contactId) const;

    static bool isVisible(const Session& session, qint64 ownerId, qint64 ownerDepartmentId);
    static bool contactsVisible(const Session& session, qint64 ownerId, qint64 ownerDepartmentId);
    static bool isEditable(const Session& session, qint64 ownerId, qint64 ownerDepartmentId);
    // Owners the session's own scope covers (own and, for a manager, the team), as SQL on `ownerColumn`;
    // empty sql = everyone (ViewAllCustomers).
    static Condition ownerScope(const Session& session, const QString& ownerColumn);

    // Empties the contact details of a customer the session may not see them for; sets contactsHidden.
    static void hideContacts(Customer& customer, const Session& session);

    // "yyyy-MM-ddTHH:mm:ss" (local, no zone), the form SQLite's date() reads without shifting it.
    static QString dateTimeText(const QDateTime& at);
    static QDateTime dateTimeFromText(const QString& text);

private:
    const Database& m_db;
};

} // namespace tl::core
