#include "customers/CustomerService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerValidator.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace tl::core {

namespace {

const QString kCustomers = QStringLiteral("customers");
const QString kContacts = QStringLiteral("customer_contacts");
const QString kOwnership = QStringLiteral("customer_ownership");

// Qt binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

void bindFields(SqlQuery& q, const Customer& c)
{
    q.bind(notNull(c.code))
        .bind(notNull(c.name))
        .bind(notNull(c.type))
        .bind(notNull(c.level))
        .bind(notNull(c.industry))
        .bind(notNull(c.region))
        .bind(notNull(c.address))
        .bind(c.location ? QVariant(c.location->latitudeE6) : QVariant())
        .bind(c.location ? QVariant(c.location->longitudeE6) : QVariant())
        .bind(c.creditLimit.fen())
        .bind(c.paymentDays)
        .bind(c.createdOn.toString(Qt::ISODate))
        .bind(notNull(c.note));
}

void bindContact(SqlQuery& q, const CustomerContact& c)
{
    q.bind(notNull(c.name))
        .bind(notNull(c.title))
        .bind(notNull(c.phone))
        .bind(notNull(c.email))
        .bind(notNull(c.wechat))
        .bind(c.primary ? 1 : 0);
}

QString contactLabel(const Customer& customer, const CustomerContact& contact)
{
    return customer.code + QStringLiteral(": ") + contact.name;
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, const QString& entity, qint64 id)
{
    tx.afterCommit([notifier, entity, id] {
        if (notifier)
            notifier->notify(entity, {id});
    });
}

} // namespace

Result<Customer> CustomerService::get(qint64 id) const
{
    return guarded([&]() -> Result<Customer> {
        if (!m_ctx.session.can(Permission::ViewCustomers))
            return Error::denied(tr("You may not view customers."));
        const CustomerRepository repo(m_ctx.db);
        auto c = repo.load(id);
        if (!c)
            return Error::notFound(tr("Customer %1 does not exist.").arg(id),
                                   QStringLiteral("customer:%1").arg(id));
        if (!CustomerRepository::isVisible(m_ctx.session, c->ownerId, c->ownerDepartmentId))
            return Error::denied(tr("You may not view customer %1 (%2).").arg(c->name, c->code));
        if (CustomerRepository::contactsVisible(m_ctx.session, c->ownerId, c->ownerDepartmentId))
            c->contacts = repo.contacts(c->id);
        else
            CustomerRepository::hideContacts(*c, m_ctx.session);
        return *c;
    });
}

Result<Customer> CustomerService::getByCode(const QString& code) const
{
    const auto id = guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ViewCustomers))
            return Error::denied(tr("You may not view customers."));
        const auto found = CustomerRepository(m_ctx.db).idForCode(code.trimmed());
        if (!found)
            return Error::notFound(tr("Customer %1 does not exist.").arg(code),
                                   QStringLiteral("customer:%1").arg(code));
        return *found;
    });
    if (!id)
        return id.error();
    return get(*id);
}

bool CustomerService::canSee(const Customer& customer) const
{
    const auto visible = guarded([&]() -> Result<bool> {
        qint64 department = 0;
        if (customer.ownerId != 0)
            department =
                SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT department_id FROM employees WHERE id = ?"),
                                 {customer.ownerId})
                    .toLongLong();
        return CustomerRepository::isVisible(m_ctx.session, customer.ownerId, department);
    });
    return visible && *visible;
}

QList<FieldProblem> CustomerService::validate(const Customer& customer) const
{
    const auto result = guarded([&]() -> Result<QList<FieldProblem>> {
        Customer c = customer;
        CustomerValidator::normalize(c);
        bool newOwner = true;
        if (c.id != 0) {
            if (const auto stored = CustomerRepository(m_ctx.db).load(c.id)) {
                // update() keeps the owner: an owner who has left since is no problem of this record.
                c.ownerId = stored->ownerId;
                c.ownerCode = stored->ownerCode;
                c.ownedSince = stored->ownedSince;
                newOwner = false;
            }
        }
        return CustomerValidator(m_ctx.db, m_ctx.clock.today()).check(c, newOwner);
    });
    if (!result)
        return {FieldProblem{0, {}, {}, result.error().message}};
    return *result;
}

Result<qint64> CustomerService::create(const Customer& customer)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::EditCustomers))
            return Error::denied(tr("You may not edit customers."));
        Customer c = customer;
        c.id = 0;
        CustomerValidator::normalize(c);
        Transaction tx(m_ctx.db);
        const QList<FieldProblem> problems = CustomerValidator(m_ctx.db, m_ctx.clock.today()).check(c);
        if (!problems.isEmpty())
            return Error::invalid(
                tr("The record of customer %1 has %n problem(s).", nullptr, int(problems.size())).arg(c.code),
                problems);

        const Session& s = m_ctx.session;
        if (c.ownerId == 0) {
            if (!s.system && !s.can(Permission::ViewAllCustomers) && !s.can(Permission::AssignCustomers))
                return Error::denied(
                    tr("You may not put new customers into the pool; create them as your own."));
        } else {
            const qint64 department =
                SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT department_id FROM employees WHERE id = ?"),
                                 {c.ownerId})
                    .toLongLong();
            if (!CustomerRepository::isEditable(s, c.ownerId, department))
                return Error::denied(
                    tr("You may not create customers for %1 (%2).").arg(c.ownerName, c.ownerCode));
        }

        const QDate today = m_ctx.clock.today();
        if (c.ownerId != 0) {
            if (!c.ownedSince.isValid())
                c.ownedSince = c.createdOn.isValid() ? c.createdOn : today;
            c.poolSince = QDate();
        } else {
            c.ownedSince = QDate();
            c.poolSince = c.createdOn;
        }

        SqlQuery q(
            m_ctx.db,
            QStringLiteral("INSERT INTO customers (code, name, type, level, industry, region, address, "
                           "latitude_e6, longitude_e6, credit_limit, payment_days, created_on, note, "
                           "owner_id, owned_since, pool_since) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        bindFields(q, c);
        q.bind(SqlQuery::nullableId(c.ownerId))
            .bind(SqlQuery::nullable(c.ownedSince))
            .bind(SqlQuery::nullable(c.poolSince));
        q.exec();
        const qint64 id = q.lastInsertId();

        AuditLog audit(m_ctx);
        audit.record(kCustomers, id, c.code, QStringLiteral("create"), {},
                     AuditLog::snapshot(m_ctx.db, kCustomers, id));

        if (c.ownerId != 0) {
            // The ownership starts on owned_since: "now" when that is today, else the start of that day.
            const QDateTime at =
                c.ownedSince == today ? m_ctx.clock.now() : QDateTime(c.ownedSince, QTime(0, 0));
            SqlQuery own(m_ctx.db, QStringLiteral(
                                       "INSERT INTO customer_ownership (customer_id, from_owner_id, "
                                       "to_owner_id, at, reason, note, user_id) VALUES (?,NULL,?,?,?,'',?)"));
            own.bind(id)
                .bind(c.ownerId)
                .bind(CustomerRepository::dateTimeText(at))
                .bind(ownershipReasonKey(OwnershipReason::Created))
                .bind(SqlQuery::nullableId(s.userId))
                .exec();
            const qint64 rowId = own.lastInsertId();
            audit.record(kOwnership, rowId, c.code, QStringLiteral("create"), {},
                         AuditLog::snapshot(m_ctx.db, kOwnership, rowId));
        }
        notifyAfterCommit(tx, m_ctx.notifier, kCustomers, id);
        tx.commit();
        return id;
    });
}

Status CustomerService::update(const Customer& customer)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditCustomers))
            return Error::denied(tr("You may not edit customers."));
        Transaction tx(m_ctx.db);
        const auto stored = CustomerRepository(m_ctx.db).load(customer.id);
        if (!stored)
            return Error::notFound(tr("Customer %1 does not exist.").arg(customer.id),
                                   QStringLiteral("customer:%1").arg(customer.id));
        if (!CustomerRepository::isEditable(m_ctx.session, stored->ownerId, stored->ownerDepartmentId))
            return Error::denied(tr("You may not edit customer %1 (%2).").arg(stored->name, stored->code));

        Customer c = customer;
        CustomerValidator::normalize(c);
        c.ownerId = stored->ownerId; // ownership changes go through PoolService
        c.ownerCode = stored->ownerCode;
        c.ownedSince = stored->ownedSince;
        const QList<FieldProblem> problems = CustomerValidator(m_ctx.db, m_ctx.clock.today()).check(c, false);
        if (!problems.isEmpty())
            return Error::invalid(
                tr("The record of customer %1 has %n problem(s).", nullptr, int(problems.size())).arg(c.code),
                problems);

        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kCustomers, c.id);
        SqlQuery q(
            m_ctx.db,
            QStringLiteral("UPDATE customers SET code = ?, name = ?, type = ?, level = ?, industry = ?, "
                           "region = ?, address = ?, latitude_e6 = ?, longitude_e6 = ?, "
                           "credit_limit = ?, payment_days = ?, created_on = ?, note = ? WHERE id = ?"));
        bindFields(q, c);
        q.bind(c.id).exec();
        AuditLog(m_ctx).record(kCustomers, c.id, c.code, QStringLiteral("update"), before,
                               AuditLog::snapshot(m_ctx.db, kCustomers, c.id));
        notifyAfterCommit(tx, m_ctx.notifier, kCustomers, c.id);
        tx.commit();
        return {};
    });
}

namespace {

// Makes `keepId` the only primary contact of the customer (audited changes of the others).
void clearOtherPrimaries(const Context& ctx, AuditLog& audit, const Customer& customer, qint64 keepId)
{
    SqlQuery others(ctx.db, QStringLiteral("SELECT id, name FROM customer_contacts "
                                           "WHERE customer_id = ? AND is_primary = 1 AND id <> ?"));
    others.bind(customer.id).bind(keepId).exec();
    QList<std::pair<qint64, QString>> ids;
    while (others.next())
        ids.append({others.integer(0), others.text(1)});
    for (const auto& [id, name] : ids) {
        const QJsonObject before = AuditLog::snapshot(ctx.db, kContacts, id);
        SqlQuery(ctx.db, QStringLiteral("UPDATE customer_contacts SET is_primary = 0 WHERE id = ?"))
            .bind(id)
            .exec();
        audit.record(kContacts, id, customer.code + QStringLiteral(": ") + name, QStringLiteral("update"),
                     before, AuditLog::snapshot(ctx.db, kContacts, id));
    }
}

} // namespace

Result<qint64> CustomerService::addContact(const CustomerContact& contact)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::EditCustomers))
            return Error::denied(tr("You may not edit customers."));
        Transaction tx(m_ctx.db);
        const CustomerRepository repo(m_ctx.db);
        const auto customer = repo.load(contact.customerId);
        if (!customer)
            return Error::notFound(tr("Customer %1 does not exist.").arg(contact.customerId),
                                   QStringLiteral("customer:%1").arg(contact.customerId));
        if (!CustomerRepository::isEditable(m_ctx.session, customer->ownerId, customer->ownerDepartmentId))
            return Error::denied(
                tr("You may not edit customer %1 (%2).").arg(customer->name, customer->code));
        CustomerContact c = contact;
        c.id = 0;
        const QList<FieldProblem> problems = CustomerValidator(m_ctx.db, m_ctx.clock.today()).checkContact(c);
        if (!problems.isEmpty())
            return Error::invalid(
                tr("The contact of customer %1 has %n problem(s).", nullptr, int(problems.size()))
                    .arg(customer->code),
                problems);
        // The first contact is the primary one.
        if (!SqlQuery::scalar(m_ctx.db,
                              QStringLiteral("SELECT 1 FROM customer_contacts WHERE customer_id = ?"),
                              {customer->id})
                 .isValid())
            c.primary = true;

        SqlQuery q(m_ctx.db,
                   QStringLiteral("INSERT INTO customer_contacts (name, title, phone, email, wechat, "
                                  "is_primary, customer_id) VALUES (?,?,?,?,?,?,?)"));
        bindContact(q, c);
        q.bind(customer->id).exec();
        const qint64 id = q.lastInsertId();
        AuditLog audit(m_ctx);
        if (c.primary)
            clearOtherPrimaries(m_ctx, audit, *customer, id);
        audit.record(kContacts, id, contactLabel(*customer, c), QStringLiteral("create"), {},
                     AuditLog::snapshot(m_ctx.db, kContacts, id));
        notifyAfterCommit(tx, m_ctx.notifier, kContacts, id);
        notifyAfterCommit(tx, m_ctx.notifier, kCustomers, customer->id);
        tx.commit();
        return id;
    });
}

Status CustomerService::updateContact(const CustomerContact& contact)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditCustomers))
            return Error::denied(tr("You may not edit customers."));
        Transaction tx(m_ctx.db);
        const CustomerRepository repo(m_ctx.db);
        const auto stored = repo.contact(contact.id);
        if (!stored)
            return Error::notFound(tr("Contact %1 does not exist.").arg(contact.id),
                                   QStringLiteral("customer_contact:%1").arg(contact.id));
        const auto customer = repo.load(stored->customerId);
        if (!customer ||
            !CustomerRepository::isEditable(m_ctx.session, customer->ownerId, customer->ownerDepartmentId))
            return Error::denied(tr("You may not edit the contacts of this customer."));
        CustomerContact c = contact;
        c.customerId = stored->customerId; // a contact does not move to another customer
        const QList<FieldProblem> problems = CustomerValidator(m_ctx.db, m_ctx.clock.today()).checkContact(c);
        if (!problems.isEmpty())
            return Error::invalid(
                tr("The contact of customer %1 has %n problem(s).", nullptr, int(problems.size()))
                    .arg(customer->code),
                problems);

        AuditLog audit(m_ctx);
        if (c.primary)
            clearOtherPrimaries(m_ctx, audit, *customer, c.id);
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kContacts, c.id);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("UPDATE customer_contacts SET name = ?, title = ?, phone = ?, email = ?, "
                                  "wechat = ?, is_primary = ? WHERE id = ?"));
        bindContact(q, c);
        q.bind(c.id).exec();
        audit.record(kContacts, c.id, contactLabel(*customer, c), QStringLiteral("update"), before,
                     AuditLog::snapshot(m_ctx.db, kContacts, c.id));
        notifyAfterCommit(tx, m_ctx.notifier, kContacts, c.id);
        notifyAfterCommit(tx, m_ctx.notifier, kCustomers, customer->id);
        tx.commit();
        return {};
    });
}

Status CustomerService::removeContact(qint64 contactId)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditCustomers))
            return Error::denied(tr("You may not edit customers."));
        Transaction tx(m_ctx.db);
        const CustomerRepository repo(m_ctx.db);
        const auto stored = repo.contact(contactId);
        if (!stored)
            return Error::notFound(tr("Contact %1 does not exist.").arg(contactId),
                                   QStringLiteral("customer_contact:%1").arg(contactId));
        const auto customer = repo.load(stored->customerId);
        if (!customer ||
            !CustomerRepository::isEditable(m_ctx.session, customer->ownerId, customer->ownerDepartmentId))
            return Error::denied(tr("You may not edit the contacts of this customer."));
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kContacts, contactId);
        SqlQuery(m_ctx.db, QStringLiteral("DELETE FROM customer_contacts WHERE id = ?"))
            .bind(contactId)
            .exec();
        AuditLog(m_ctx).record(kContacts, contactId, contactLabel(*customer, *stored),
                               QStringLiteral("delete"), before, {});
        notifyAfterCommit(tx, m_ctx.notifier, kContacts, contactId);
        notifyAfterCommit(tx, m_ctx.notifier, kCustomers, customer->id);
        tx.commit();
        return {};
    });
}

Result<QList<OwnershipChange>> CustomerService::ownershipHistory(qint64 customerId) const
{
    return guarded([&]() -> Result<QList<OwnershipChange>> {
        if (!m_ctx.session.can(Permission::ViewCustomers))
            return Error::denied(tr("You may not view customers."));
        const auto customer = CustomerRepository(m_ctx.db).load(customerId);
        if (!customer)
            return Error::notFound(tr("Customer %1 does not exist.").arg(customerId),
                                   QStringLiteral("customer:%1").arg(customerId));
        if (!CustomerRepository::isVisible(m_ctx.session, customer->ownerId, customer->ownerDepartmentId))
            return Error::denied(
                tr("You may not view customer %1 (%2).").arg(customer->name, customer->code));
        SqlQuery q(
            m_ctx.db,
            QStringLiteral("SELECT h.id, h.customer_id, h.from_owner_id, f.name, h.to_owner_id, t.name, "
                           "h.at, h.reason, h.note, u.username FROM customer_ownership h "
                           "LEFT JOIN employees f ON f.id = h.from_owner_id "
                           "LEFT JOIN employees t ON t.id = h.to_owner_id "
                           "LEFT JOIN users u ON u.id = h.user_id "
                           "WHERE h.customer_id = ? ORDER BY h.at, h.id"));
        q.bind(customerId).exec();
        QList<OwnershipChange> list;
        while (q.next()) {
            OwnershipChange h;
            h.id = q.integer(0);
            h.customerId = q.integer(1);
            h.fromOwnerId = q.integer(2);
            h.fromOwnerName = q.text(3);
            h.toOwnerId = q.integer(4);
            h.toOwnerName = q.text(5);
            h.at = CustomerRepository::dateTimeFromText(q.text(6));
            h.reason = ownershipReasonFromKey(q.text(7)).value_or(OwnershipReason::Manual);
            h.note = q.text(8);
            h.username = q.isNull(9) ? QStringLiteral("system") : q.text(9);
            list << h;
        }
        return list;
    });
}

} // namespace tl::core
