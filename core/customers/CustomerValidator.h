#pragma once

#include "common/Error.h"
#include "customers/Customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace tl::core {

class Database;

// The field rules of a customer record and its contacts (DESIGN §2.2), reported with the column names
// of the customers import template (code, name, type, level, latitude, longitude, credit_limit,
// payment_days, owner_code, created_on, owned_since; contacts: contact, phone, email). Reads the
// database (unique code, owner); never writes.
class CustomerValidator
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CustomerValidator)

public:
    CustomerValidator(const Database& db, const QDate& today) : m_db(db), m_today(today) {}

    // Trims text, upper-cases the level, turns a type or level given as a name ("大客户") into its key.
    static void normalize(Customer& customer);

    // Every problem; empty = valid. Completes the record: ownerId from ownerCode when ownerId is 0 (and
    // ownerCode from ownerId), createdOn = today when empty. The owner's status is checked only with
    // checkOwner (a new owner; an existing customer keeps an owner who has since left).
    QList<FieldProblem> check(Customer& customer, bool checkOwner = true) const;
    QList<FieldProblem> checkContact(CustomerContact& contact) const;

    // Coordinates typed as two decimal-degree texts ("31.2304", "121.4737"): both or neither, numbers,
    // latitude within ±90 and longitude within ±180. Problems are appended (columns latitude, longitude).
    static std::optional<GeoPoint> parseCoordinates(const QString& latitude, const QString& longitude,
                                                    QList<FieldProblem>& problems);

private:
    void checkOwner(Customer& customer, bool checkStatus, QList<FieldProblem>& problems) const;

    const Database& m_db;
    QDate m_today;
};

} // namespace tl::core
