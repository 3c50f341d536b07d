#include "customers/CustomerRepository.h"

#include "db/SqlQuery.h"
#include "org/EmployeeRepository.h"

namespace tl::core {

namespace {

QDate dateOf(const QString& text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

bool inOwnScope(const Session& session, qint64 ownerId, qint64 ownerDepartmentId)
{
    if (ownerId == 0)
        return false;
    if (session.employeeId != 0 && ownerId == session.employeeId)
        return true;
    return session.role == Role::SalesManager && ownerDepartmentId != 0 &&
           session.departmentScope.contains(ownerDepartmentId);
}

bool seesEverything(const Session& session)
{
    return session.system || session.can(Permission::ViewAllCustomers);
}

} // namespace

QString CustomerRepository::selectSql(const QString& extraColumns)
{
    return QStringLiteral(
               "SELECT c.id, c.code, c.name, c.type, c.level, c.industry, c.region, c.address, "
               "c.latitude_e6, c.longitude_e6, c.credit_limit, c.payment_days, c.owner_id, o.code, "
               "o.name, o.department_id, c.owned_since, c.pool_since, c.created_on, c.note, "
               "c.last_owner_followup_at%1 "
               "FROM customers c LEFT JOIN employees o ON o.id = c.owner_id")
        .arg(extraColumns.isEmpty() ? QString() : QStringLiteral(", ") + extraColumns);
}

int CustomerRepository::selectColumnCount()
{
    return 21;
}

Customer CustomerRepository::fromRow(const SqlQuery& q)
{
    Customer c;
    c.id = q.integer(0);
    c.code = q.text(1);
    c.name = q.text(2);
    c.type = q.text(3);
    c.level = q.text(4);
    c.industry = q.text(5);
    c.region = q.text(6);
    c.address = q.text(7);
    if (!q.isNull(8) && !q.isNull(9))
        c.location = GeoPoint{q.integer(8), q.integer(9)};
    c.creditLimit = Money::fromFen(q.integer(10));
    c.paymentDays = int(q.integer(11));
    c.ownerId = q.integer(12);
    c.ownerCode = q.text(13);
    c.ownerName = q.text(14);
    c.ownerDepartmentId = q.integer(15);
    c.ownedSince = dateOf(q.text(16));
    c.poolSince = dateOf(q.text(17));
    c.createdOn = dateOf(q.text(18));
    c.note = q.text(19);
    c.lastOwnerFollowUpAt = dateTimeFromText(q.text(20));
    return c;
}

std::optional<Customer> CustomerRepository::load(qint64 id) const
{
    SqlQuery q(m_db, selectSql() + QStringLiteral(" WHERE c.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<qint64> CustomerRepository::idForCode(const QString& code) const
{
    const QVariant id =
        SqlQuery::scalar(m_db, QStringLiteral("SELECT id FROM customers WHERE code = ?"), {code});
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

namespace {

const char* const kContactColumns = "SELECT id, customer_id, name, title, phone, email, wechat, is_primary "
                                    "FROM customer_contacts";

CustomerContact contactFromRow(const SqlQuery& q)
{
    CustomerContact c;
    c.id = q.integer(0);
    c.customerId = q.integer(1);
    c.name = q.text(2);
    c.title = q.text(3);
    c.phone = q.text(4);
    c.email = q.text(5);
    c.wechat = q.text(6);
    c.primary = q.integer(7) != 0;
    return c;
}

} // namespace

QList<CustomerContact> CustomerRepository::contacts(qint64 customerId) const
{
    SqlQuery q(m_db, QString::fromLatin1(kContactColumns) +
                         QStringLiteral(" WHERE customer_id = ? ORDER BY is_primary DESC, id"));
    q.bind(customerId).exec();
    QList<CustomerContact> list;
    while (q.next())
        list << contactFromRow(q);
    return list;
}

std::optional<CustomerContact> CustomerRepository::contact(qint64 contactId) const
{
    SqlQuery q(m_db, QString::fromLatin1(kContactColumns) + QStringLiteral(" WHERE id = ?"));
    q.bind(contactId).exec();
    if (!q.next())
        return std::nullopt;
    return contactFromRow(q);
}

bool CustomerRepository::isVisible(const Session& session, qint64 ownerId, qint64 ownerDepartmentId)
{
    if (!session.can(Permission::ViewCustomers))
        return false;
    return seesEverything(session) || ownerId == 0 || inOwnScope(session, ownerId, ownerDepartmentId);
}

bool CustomerRepository::contactsVisible(const Session& session, qint64 ownerId, qint64 ownerDepartmentId)
{
    if (!session.can(Permission::ViewCustomers))
        return false;
    return seesEverything(session) || inOwnScope(session, ownerId, ownerDepartmentId);
}

bool CustomerRepository::isEditable(const Session& session, qint64 ownerId, qint64 ownerDepartmentId)
{
    if (!session.can(Permission::EditCustomers))
        return false;
    return seesEverything(session) || inOwnScope(session, ownerId, ownerDepartmentId);
}

CustomerRepository::Condition CustomerRepository::ownerScope(const Session& session,
                                                             const QString& ownerColumn)
{
    if (seesEverything(session))
        return {};
    if (session.role == Role::SalesManager && !session.departmentScope.isEmpty())
        return {QStringLiteral("(%1 = ? OR %1 IN (SELECT e.id FROM employees e WHERE e.department_id IN "
                               "(SELECT value FROM json_each(?))))")
                    .arg(ownerColumn),
                {session.employeeId, EmployeeRepository::idArray(session.departmentScope)}};
    return {QStringLiteral("%1 = ?").arg(ownerColumn), {session.employeeId}};
}

void CustomerRepository::hideContacts(Customer& customer, const Session& session)
{
    if (contactsVisible(session, customer.ownerId, customer.ownerDepartmentId))
        return;
    customer.contacts.clear();
    customer.contactsHidden = true;
}

QString CustomerRepository::dateTimeText(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime CustomerRepository::dateTimeFromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    QString normal = text.left(19);
    if (normal.size() > 10 && normal.at(10) == QLatin1Char(' '))
        normal[10] = QLatin1Char('T');
    QDateTime at = QDateTime::fromString(normal, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!at.isValid())
        at = QDateTime(dateOf(text), QTime(0, 0));
    return at;
}

} // namespace tl::core
