#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "customers/Customer.h"

#include <QCoreApplication>

namespace tl::core {

// Customer records and contacts: permissions and scope (Session::can + canSeeCustomer), validation,
// audit, notifications ("customers", "customer_contacts"). Ownership changes go through PoolService;
// create() records the "created" ownership row when an owner is given.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CustomerService)

public:
    explicit CustomerService(const Context& ctx) : m_ctx(ctx) {}

    // Visibility: admin/finance/auditor all; sales manager: customers owned by people in the department
    // scope, own, and the pool; salesperson: own customers and the pool. Pool customers and customers
    // outside the scope (when visible at all) come with contactsHidden = true and no contact details.
    Result<Customer> get(qint64 id) const;
    Result<Customer> getByCode(const QString& code) const;
    bool canSee(const Customer& customer) const;

    // Every problem, with the column names of the customers import template (code, name, type, level,
    // latitude, longitude, owner_code, ...). Empty = valid.
    QList<FieldProblem> validate(const Customer& customer) const;

    Result<qint64> create(const Customer& customer); // owner 0 = straight into the pool
    Status update(const Customer& customer);         // owner is not changed here

    Result<qint64> addContact(const CustomerContact& contact);
    Status updateContact(const CustomerContact& contact);
    Status removeContact(qint64 contactId);

    Result<QList<OwnershipChange>> ownershipHistory(qint64 customerId) const; // oldest first

private:
    Context m_ctx;
};

} // namespace tl::core
