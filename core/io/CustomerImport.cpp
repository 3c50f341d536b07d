#include "io/CustomerImport.h"

#include "audit/BulkAuditWriter.h"
#include "common/Clock.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerValidator.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "io/BulkWriteCache.h"
#include "io/CellParsers.h"
#include "io/ImportProblems.h"
#include "io/ImportService.h"

#include <sqlite3.h>

namespace tl::core {

namespace {

const QString kCustomers = QStringLiteral("customers");
const QString kContacts = QStringLiteral("customer_contacts");
const QString kOwnership = QStringLiteral("customer_ownership");

std::optional<QString> levelFromText(const QString& text)
{
    QString level = text.trimmed().toUpper();
    if (level.endsWith(QChar(u'级')) || level.endsWith(QChar(u'类')))
        level.chop(1);
    if (customerLevels().contains(level))
        return level;
    return std::nullopt;
}

FieldProblem problem(const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{0, QString::fromLatin1(column), value, reason};
}

} // namespace

CustomerImport::CustomerImport(const Context& ctx) : m_ctx{ctx.db, ctx.clock, ctx.session, nullptr} {}

const QList<ImportColumn>& CustomerImport::columnSpec()
{
    static const QList<ImportColumn> spec{
        {QStringLiteral("code"),
         {QStringLiteral("客户编号"), QStringLiteral("客户代码")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("name"),
         {QStringLiteral("客户名称"), QStringLiteral("客户名")},
         true,
         CellParsers::text(200)},
        {QStringLiteral("type"),
         {QStringLiteral("客户类型"), QStringLiteral("类型")},
         false,
         CellParsers::choice(customerTypeFromText, customerTypeKeys().join(QStringLiteral(", ")))},
        {QStringLiteral("level"),
         {QStringLiteral("客户等级"), QStringLiteral("等级")},
         false,
         CellParsers::choice(levelFromText, customerLevels().join(QStringLiteral(", ")))},
        {QStringLiteral("industry"), {QStringLiteral("行业")}, false, CellParsers::text(100)},
        {QStringLiteral("region"),
         {QStringLiteral("区域"), QStringLiteral("地区")},
         false,
         CellParsers::text(100)},
        {QStringLiteral("address"), {QStringLiteral("地址")}, false, CellParsers::text(300)},
        // Coordinates are read as a pair (CustomerValidator::parseCoordinates).
        {QStringLiteral("latitude"), {QStringLiteral("纬度")}, false, {}},
        {QStringLiteral("longitude"), {QStringLiteral("经度")}, false, {}},
        {QStringLiteral("contact"), {QStringLiteral("联系人")}, false, CellParsers::text(100)},
        {QStringLiteral("phone"),
         {QStringLiteral("电话"), QStringLiteral("联系电话"), QStringLiteral("手机号")},
         false,
         CellParsers::text(64)},
        {QStringLiteral("owner_code"),
         {QStringLiteral("负责人工号"), QStringLiteral("负责人")},
         false,
         CellParsers::text(64)},
        {QStringLiteral("created_on"), {QStringLiteral("创建日期")}, false, CellParsers::date()},
        {QStringLiteral("owned_since"), {QStringLiteral("归属日期")}, false, CellParsers::date()},
    };
    return spec;
}

Status CustomerImport::prepare(const ImportOptions&)
{
    if (!m_ctx.session.can(Permission::EditCustomers))
        return Error::denied(tr("You may not create customers."));
    m_rows.clear();
    m_rowOfCode.clear();
    m_departmentOf.clear();
    m_toPool = 0;
    return guarded([&]() -> Status {
        NativeStatement q(m_ctx.db.nativeHandle(), "SELECT id, department_id FROM employees");
        while (q.step())
            m_departmentOf.insert(sqlite3_column_int64(q.raw(), 0), sqlite3_column_int64(q.raw(), 1));
        return {};
    });
}

Customer CustomerImport::customerFrom(const ImportRow& row, QList<FieldProblem>& problems) const
{
    Customer c;
    c.code = row.text(Code);
    const auto take = [&row](int column, QString& field) {
        if (row.has(column))
            field = row.value(column).toString();
    };
    take(Name, c.name);
    take(Type, c.type);
    take(Level, c.level);
    take(Industry, c.industry);
    take(Region, c.region);
    take(Address, c.address);
    c.ownerCode = row.text(OwnerCode);
    c.location = CustomerValidator::parseCoordinates(row.text(Latitude), row.text(Longitude), problems);
    if (row.has(CreatedOn))
        c.createdOn = row.value(CreatedOn).toDate();
    if (row.has(OwnedSince))
        c.ownedSince = row.value(OwnedSince).toDate();
    return c;
}

void CustomerImport::checkScope(const Customer& c, QList<FieldProblem>& problems) const
{
    const Session& s = m_ctx.session;
    if (c.ownerId == 0 && c.ownerCode.isEmpty()) {
        if (!s.system && !s.can(Permission::ViewAllCustomers) && !s.can(Permission::AssignCustomers))
            problems << problem(
                "owner_code", {},
                tr("you may not put new customers into the pool; give an owner in your scope"));
    } else if (c.ownerId != 0 &&
               !CustomerRepository::isEditable(s, c.ownerId, m_departmentOf.value(c.ownerId))) {
        problems << problem("owner_code", c.ownerCode,
                            tr("you may not create customers for %1 (%2)").arg(c.ownerName, c.ownerCode));
    }
}

void CustomerImport::addRow(const ImportRow& row, ProblemSink& problems)
{
    if (!row.present(Code))
        return; // the missing column is reported on the header row
    const QString code = row.text(Code);
    if (const auto it = m_rowOfCode.constFind(code); !code.isEmpty() && it != m_rowOfCode.constEnd()) {
        problems.add(row.number(), Code, code, tr("code %1 already appears in row %2").arg(code).arg(*it));
        return;
    }

    QList<FieldProblem> found;
    PendingRow pending;
    pending.number = row.number();
    Customer& c = pending.customer;
    c = customerFrom(row, found);
    CustomerValidator::normalize(c);
    const CustomerValidator validator(m_ctx.db, m_ctx.clock.today());
    found += validator.check(c, true);
    if (c.ownerCode.isEmpty() && c.ownedSince.isValid())
        found << problem(
            "owned_since", c.ownedSince.toString(Qt::ISODate),
            tr("an ownership start needs an owner (owner_code); customers without one go to the pool"));
    checkScope(c, found);
    if (row.has(Contact) || row.has(Phone)) {
        CustomerContact contact;
        contact.name = row.text(Contact);
        contact.phone = row.text(Phone);
        contact.primary = true; // the first contact is the primary one
        found += validator.checkContact(contact);
        pending.contact = contact;
    }
    addRowProblems(columnSpec(), row, found, problems);

    if (code.isEmpty())
        return; // reported by the validator; nothing else can refer to this row
    m_rowOfCode.insert(code, row.number());
    if (c.ownerId == 0)
        ++m_toPool;
    m_rows.push_back(std::move(pending));
}

void CustomerImport::finish(ProblemSink&, ImportResult& result)
{
    for (const PendingRow& p : m_rows) {
        ++result.created;
        result.createdRows << p.number;
    }
    if (!m_rows.empty())
        result.notes << tr("Customers with an owner: %1. Customers in the pool: %2.")
                            .arg(qint64(m_rows.size()) - m_toPool)
                            .arg(m_toPool);
}

Status CustomerImport::write(ProblemSink&, Progress& progress, ImportResult&)
{
    return guarded([&]() -> Status {
        sqlite3* handle = m_ctx.db.nativeHandle();
        // The rows CustomerService::create and addContact write.
        NativeStatement customer(
            handle, "INSERT INTO customers (code, name, type, level, industry, region, address, "
                    "latitude_e6, longitude_e6, credit_limit, payment_days, created_on, note, owner_id, "
                    "owned_since, pool_since) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        NativeStatement ownership(
            handle, "INSERT INTO customer_ownership (customer_id, from_owner_id, to_owner_id, at, "
                    "reason, note, user_id) VALUES (?,NULL,?,?,?,?,?)");
        NativeStatement contact(
            handle, "INSERT INTO customer_contacts (name, title, phone, email, wechat, is_primary, "
                    "customer_id) VALUES (?,?,?,?,?,?,?)");
        const BulkWriteCache cache(m_ctx.db.nativeHandle(),
                                   BulkWriteCache::kibibytesFor(qint64(m_rows.size()) * 3));
        BulkAuditWriter audit(m_ctx);
        const QDate today = m_ctx.clock.today();
        const QString created = ownershipReasonKey(OwnershipReason::Created);
        const QString note = QStringLiteral("import");

        progress.setTotal(qint64(m_rows.size()));
        qint64 done = 0;
        for (PendingRow& p : m_rows) {
            if (++done % 256 == 0) {
                progress.setDone(done);
                if (progress.isCancelled())
                    return ImportService::cancelledError();
            }
            Customer& c = p.customer;
            if (c.ownerId != 0) {
                if (!c.ownedSince.isValid())
                    c.ownedSince = c.createdOn;
                c.poolSince = QDate();
            } else {
                c.ownedSince = QDate();
                c.poolSince = c.createdOn;
            }
            customer.bind(1, c.code)
                .bind(2, c.name)
                .bind(3, c.type)
                .bind(4, c.level)
                .bind(5, c.industry)
                .bind(6, c.region)
                .bind(7, c.address);
            if (c.location)
                customer.bind(8, c.location->latitudeE6).bind(9, c.location->longitudeE6);
            else
                customer.bindNull(8).bindNull(9);
            customer.bind(10, c.creditLimit.fen())
                .bind(11, qint64(c.paymentDays))
                .bindDate(12, c.createdOn)
                .bind(13, c.note)
                .bindId(14, c.ownerId)
                .bindDate(15, c.ownedSince)
                .bindDate(16, c.poolSince);
            const qint64 id = customer.execute();
            audit.addCreated(kCustomers, id);

            if (c.ownerId != 0) {
                // The ownership starts on owned_since: "now" when that is today, else the start of that day.
                const QDateTime at =
                    c.ownedSince == today ? m_ctx.clock.now() : QDateTime(c.ownedSince, QTime(0, 0));
                ownership.bind(1, id)
                    .bind(2, c.ownerId)
                    .bind(3, CustomerRepository::dateTimeText(at))
                    .bind(4, created)
                    .bind(5, note)
                    .bindId(6, m_ctx.session.userId);
                audit.addCreated(kOwnership, ownership.execute());
            }
            if (p.contact) {
                const CustomerContact& k = *p.contact;
                contact.bind(1, k.name)
                    .bind(2, k.title)
                    .bind(3, k.phone)
                    .bind(4, k.email)
                    .bind(5, k.wechat)
                    .bind(6, qint64(1))
                    .bind(7, id);
                audit.addCreated(kContacts, contact.execute());
            }
        }
        audit.flush();
        progress.setDone(done);
        return {};
    });
}

QStringList CustomerImport::changedEntities() const
{
    return {kCustomers, kContacts};
}

} // namespace tl::core
