#include "receivables/ReceivablesListReport.h"

#include "common/Clock.h"
#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "receivables/InterestCalculator.h"
#include "receivables/ReceivableSql.h"
#include "settings/CompanyService.h"

#include <QHash>
#include <QMap>

namespace tl::core {

namespace {

namespace R = ReceivableSql;

struct Party
{
    QString code;
    QString name;
};

QHash<qint64, Party> parties(const Database& db, const QString& table, const QList<qint64>& ids)
{
    QHash<qint64, Party> map;
    if (ids.isEmpty())
        return map;
    R::Reader r(db,
                QStringLiteral("SELECT id, code, name FROM %1 WHERE id IN (SELECT value FROM json_each(?))")
                    .arg(table),
                {R::idArray(ids)});
    while (r.next())
        map.insert(r.integer(0), {r.text(1), r.text(2)});
    return map;
}

QString departmentPath(const Database& db, qint64 employeeId)
{
    R::Reader r(
        db,
        QStringLiteral("WITH RECURSIVE up(id, parent_id, path) AS (SELECT d.id, d.parent_id, d.name FROM "
                       "employees e JOIN departments d ON d.id = e.department_id WHERE e.id = ? UNION ALL "
                       "SELECT d.id, d.parent_id, d.name || '/' || up.path FROM departments d JOIN up ON "
                       "d.id = up.parent_id) SELECT path FROM up WHERE parent_id IS NULL"),
        {employeeId});
    return r.next() ? r.text(0) : QString();
}

} // namespace

namespace {

Result<ReceivablesListReport::Data> build(const Context& ctx, ReceivablesListReport::Subject subject,
                                          qint64 id, const QDate& asOf)
{
    using Data = ReceivablesListReport::Data;
    const bool collector = subject == ReceivablesListReport::Subject::Collector;
    Data data;
    data.asOf = asOf;
    data.printedOn = ctx.clock.today();
    data.subject = subject;
    data.subjectId = id;

    const QHash<qint64, Party> subjectRow =
        parties(ctx.db, collector ? QStringLiteral("employees") : QStringLiteral("customers"), {id});
    if (!subjectRow.contains(id))
        return Error::notFound(collector ? ReceivablesListReport::tr("The employee does not exist.")
                                         : ReceivablesListReport::tr("The customer does not exist."),
                               QStringLiteral("%1:%2")
                                   .arg(collector ? QStringLiteral("employee") : QStringLiteral("customer"))
                                   .arg(id));
    data.subjectCode = subjectRow.value(id).code;
    data.subjectName = subjectRow.value(id).name;
    if (collector)
        data.subjectDepartment = departmentPath(ctx.db, id);

    auto company = CompanyService(ctx).company();
    if (company)
        data.company = company.value();
    else if (company.error().code != ErrorCode::NotFound)
        return company.error();

    auto buckets = AgingBuckets::load(ctx);
    if (!buckets)
        return buckets.error();
    data.buckets = buckets.value();
    data.bucketTotals.fill(0, data.buckets.count());

    const OpenItems openItems(ctx);
    auto items = collector ? openItems.forCollector(id, asOf) : openItems.forCustomer(id, asOf);
    if (!items)
        return items.error();
    const InterestCalculator interest(ctx);
    auto lines = collector ? interest.forCollector(id, asOf) : interest.forCustomer(id, asOf);
    if (!lines)
        return lines.error();
    QHash<qint64, qint64> interestOf;
    for (const InterestCalculator::Line& l : lines.value()) {
        interestOf.insert(l.installmentId, l.outstanding);
        data.interestOutstanding += l.outstanding;
    }

    QList<qint64> customerIds;
    QList<qint64> collectorIds;
    for (const OpenItem& item : items.value()) {
        if (!customerIds.contains(item.customerId))
            customerIds << item.customerId;
        if (!collectorIds.contains(item.collectorId))
            collectorIds << item.collectorId;
    }
    const QHash<qint64, Party> customers = parties(ctx.db, QStringLiteral("customers"), customerIds);
    const QHash<qint64, Party> collectors = parties(ctx.db, QStringLiteral("employees"), collectorIds);

    QMap<QString, ReceivablesListReport::CustomerLine> byCode;
    for (const OpenItem& item : items.value()) {
        ReceivablesListReport::Item row;
        row.item = item;
        row.customerCode = customers.value(item.customerId).code;
        row.customerName = customers.value(item.customerId).name;
        row.collectorCode = collectors.value(item.collectorId).code;
        row.collectorName = collectors.value(item.collectorId).name;
        row.bucket = data.buckets.bucketOf(item.daysPastDue);
        row.bucketKey = data.buckets.key(row.bucket);
        row.interestOutstanding = interestOf.value(item.installmentId);
        data.items << row;

        data.bucketTotals[row.bucket] += item.balance;
        data.amount += item.amount;
        data.paid += item.paid;
        data.writtenOff += item.writtenOff;
        data.balance += item.balance;
        data.disputed += item.disputed;
        if (item.daysPastDue > 0)
            data.overdue += item.balance;

        ReceivablesListReport::CustomerLine& line = byCode[row.customerCode];
        line.customerId = item.customerId;
        line.code = row.customerCode;
        line.name = row.customerName;
        line.balance += item.balance;
        ++line.items;
    }

    // The latest letter of each customer (not cancelled) dated on or before asOf.
    for (auto it = byCode.begin(); it != byCode.end(); ++it) {
        R::Reader r(
            ctx.db,
            QStringLiteral("SELECT status, letter_no, as_of FROM letters WHERE customer_id = ? AND status <> "
                           "'cancelled' AND as_of <= ? ORDER BY as_of DESC, id DESC LIMIT 1"),
            {it->customerId, asOf});
        if (r.next()) {
            it->letterStatus = r.text(0);
            it->letterNo = r.text(1);
            it->letterAsOf = r.date(2);
        }
        data.customers << it.value();
    }
    return data;
}

} // namespace

Result<ReceivablesListReport::Data> ReceivablesListReport::forCollector(qint64 employeeId,
                                                                        const QDate& asOf) const
{
    return guarded([&]() -> Result<Data> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view receivables."));
        if (!asOf.isValid())
            return Error::invalid(tr("The as-of date is not a valid date."));
        return build(m_ctx, Subject::Collector, employeeId, asOf);
    });
}

Result<ReceivablesListReport::Data> ReceivablesListReport::forCustomer(qint64 customerId,
                                                                       const QDate& asOf) const
{
    return guarded([&]() -> Result<Data> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view receivables."));
        if (!asOf.isValid())
            return Error::invalid(tr("The as-of date is not a valid date."));
        return build(m_ctx, Subject::Customer, customerId, asOf);
    });
}

} // namespace tl::core
