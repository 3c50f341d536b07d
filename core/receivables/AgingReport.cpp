#include "receivables/AgingReport.h"

#include "customers/Customer.h"
#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "receivables/ReceivableSql.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace tl::core {

namespace {

namespace R = ReceivableSql;

// Bucket sums as SQL over a row source with columns due_on and bal: one sum per bucket (due dates between
// the bucket's boundary dates), the total, the part over 90 days and the count.
QString bucketColumns(const AgingBuckets& buckets, const QDate& asOf, QVariantList& args)
{
    QStringList columns;
    for (int b = 0; b < buckets.count(); ++b) {
        if (b == 0) {
            columns << QStringLiteral("sum(CASE WHEN due_on >= ? THEN bal ELSE 0 END)");
            args << asOf;
        } else if (buckets.lastDay(b) < 0) {
            columns << QStringLiteral("sum(CASE WHEN due_on <= ? THEN bal ELSE 0 END)");
            args << asOf.addDays(-buckets.firstDay(b));
        } else {
            columns << QStringLiteral("sum(CASE WHEN due_on <= ? AND due_on >= ? THEN bal ELSE 0 END)");
            args << asOf.addDays(-buckets.firstDay(b)) << asOf.addDays(-buckets.lastDay(b));
        }
    }
    columns << QStringLiteral("sum(bal)") << QStringLiteral("sum(CASE WHEN due_on < ? THEN bal ELSE 0 END)")
            << QStringLiteral("count(*)");
    args << asOf.addDays(-90);
    return columns.join(QStringLiteral(", "));
}

// The same columns summed again over grouped rows t (columns s0 … sN, total, over90, n).
QString rollUpColumns(int bucketCount)
{
    QStringList columns;
    for (int b = 0; b < bucketCount; ++b)
        columns << QStringLiteral("sum(t.s%1)").arg(b);
    columns << QStringLiteral("sum(t.total)") << QStringLiteral("sum(t.over90)")
            << QStringLiteral("sum(t.n)");
    return columns.join(QStringLiteral(", "));
}

QString aliases(int bucketCount)
{
    QStringList names;
    for (int b = 0; b < bucketCount; ++b)
        names << QStringLiteral("s%1").arg(b);
    names << QStringLiteral("total") << QStringLiteral("over90") << QStringLiteral("n");
    return names.join(QStringLiteral(", "));
}

QHash<qint64, QString> departmentPaths(const Database& db)
{
    QHash<qint64, QString> paths;
    R::Reader r(db, QStringLiteral("WITH RECURSIVE p(id, path) AS (SELECT id, name FROM departments WHERE "
                                   "parent_id IS NULL UNION ALL SELECT d.id, p.path || '/' || d.name FROM "
                                   "departments d JOIN p ON d.parent_id = p.id) SELECT id, path FROM p"));
    while (r.next())
        paths.insert(r.integer(0), r.text(1));
    return paths;
}

} // namespace

QString AgingReport::dimensionKey(Dimension by)
{
    switch (by) {
    case Dimension::Customer:
        return QStringLiteral("customer");
    case Dimension::Salesperson:
        return QStringLiteral("salesperson");
    case Dimension::Team:
        return QStringLiteral("team");
    case Dimension::CustomerType:
        return QStringLiteral("customer_type");
    }
    return {};
}

std::optional<AgingReport::Dimension> AgingReport::dimensionFromKey(const QString& key)
{
    for (Dimension d :
         {Dimension::Customer, Dimension::Salesperson, Dimension::Team, Dimension::CustomerType})
        if (key == dimensionKey(d))
            return d;
    if (key == QLatin1String("customer-type"))
        return Dimension::CustomerType;
    return std::nullopt;
}

QString AgingReport::dimensionName(Dimension by)
{
    switch (by) {
    case Dimension::Customer:
        return tr("Customer");
    case Dimension::Salesperson:
        return tr("Salesperson");
    case Dimension::Team:
        return tr("Team");
    case Dimension::CustomerType:
        return tr("Customer type");
    }
    return {};
}

Result<AgingReport::Report> AgingReport::run(const QDate& asOf, Dimension by) const
{
    return run(asOf, by, Filter());
}

Result<AgingReport::Report> AgingReport::run(const QDate& asOf, Dimension by, const Filter& filter) const
{
    return guarded([&]() -> Result<Report> {
        const Session& session = m_ctx.session;
        if (!session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view receivables."));
        if (!asOf.isValid())
            return Error::invalid(tr("The as-of date is not a valid date."));
        const bool all = R::seesAll(session);
        if (filter.collectorId > 0 && !all &&
            !OpportunityScope(session).includes(m_ctx.db, filter.collectorId))
            return Error::denied(tr("You may not view the receivables this employee collects."));
        if (filter.departmentId > 0 && !all &&
            !OpportunityScope(session).includesDepartment(filter.departmentId))
            return Error::denied(tr("You may not view the receivables of this department."));

        auto buckets = AgingBuckets::load(m_ctx);
        if (!buckets)
            return buckets.error();

        Report report;
        report.asOf = asOf;
        report.by = by;
        report.buckets = buckets.value();
        report.fromCache = R::cacheCovers(m_ctx.db, asOf);
        const int n = report.buckets.count();

        // Rows of open instalments: group key g, due_on, bal.
        QVariantList args;
        const QString columns = bucketColumns(report.buckets, asOf, args);
        QString group;
        switch (by) {
        case Dimension::Customer:
        case Dimension::CustomerType:
            group = QStringLiteral("i.customer_id");
            break;
        case Dimension::Salesperson:
        case Dimension::Team:
            group = QStringLiteral("i.collector_id");
            break;
        }
        // Without a filter or a scope that an index narrows, every instalment is read: a plain scan of the
        // table (NOT INDEXED) beats walking an index with a table lookup per row, which the planner would
        // otherwise pick to spare the GROUP BY its sort.
        const bool everything =
            all && filter.collectorId <= 0 && filter.departmentId <= 0 && filter.customerId <= 0;
        QVariantList rowArgs;
        QString rows = QStringLiteral("SELECT %1 AS g, i.due_on AS due_on, %2 AS bal FROM installments i%3 "
                                      "CROSS JOIN contracts c ON c.id = i.contract_id WHERE ")
                           .arg(group, R::balance(report.fromCache, asOf, rowArgs),
                                everything ? QStringLiteral(" NOT INDEXED") : QString());
        rows += R::contractCounts(asOf, rowArgs);
        if (report.fromCache)
            rows += QStringLiteral(" AND i.paid_total + i.written_off_total < i.amount");
        if (!all)
            rows += QStringLiteral(" AND ") +
                    R::collectorScope(session, QStringLiteral("i.collector_id"), rowArgs);
        if (filter.collectorId > 0) {
            rows += QStringLiteral(" AND i.collector_id = ?");
            rowArgs << filter.collectorId;
        }
        if (filter.departmentId > 0)
            rows += QStringLiteral(" AND ") +
                    R::departmentCollectors(filter.departmentId, QStringLiteral("i.collector_id"), rowArgs);
        if (filter.customerId > 0) {
            rows += QStringLiteral(" AND i.customer_id = ?");
            rowArgs << filter.customerId;
        }
        // The cached path reads only open instalments; the ledger path drops settled ones here.
        const QString grouped =
            QStringLiteral("SELECT g, %1 FROM (%2) WHERE bal > 0 GROUP BY g").arg(columns, rows);
        args << rowArgs;

        QString sql;
        const QString named = QStringLiteral("WITH t(g, %1) AS (%2) ").arg(aliases(n), grouped);
        switch (by) {
        case Dimension::Salesperson:
            sql = named +
                  QStringLiteral("SELECT t.g, e.code, e.name, t.* FROM t JOIN employees e ON e.id = t.g "
                                 "ORDER BY e.code");
            break;
        case Dimension::Customer:
            sql = named +
                  QStringLiteral("SELECT t.g, cu.code, cu.name, t.* FROM t JOIN customers cu ON cu.id = "
                                 "t.g ORDER BY cu.code");
            break;
        case Dimension::Team:
            sql = named + QStringLiteral("SELECT coalesce(e.department_id, 0), '', '', 0, %1 FROM t "
                                         "JOIN employees e ON e.id = t.g GROUP BY e.department_id")
                              .arg(rollUpColumns(n));
            break;
        case Dimension::CustomerType:
            sql =
                named + QStringLiteral("SELECT 0, cu.type, '', 0, %1 FROM t JOIN customers cu ON cu.id = t.g "
                                       "GROUP BY cu.type")
                            .arg(rollUpColumns(n));
            break;
        }

        Row total;
        total.name = tr("Total");
        total.amounts.fill(0, n);
        R::Reader r(m_ctx.db, sql, args);
        while (r.next()) {
            Row row;
            row.id = r.integer(0);
            row.key = r.text(1);
            row.name = r.text(2);
            // Column 3 is t.g again; the sums follow.
            for (int b = 0; b < n; ++b) {
                row.amounts << r.integer(4 + b);
                total.amounts[b] += row.amounts.last();
            }
            row.total = r.integer(4 + n);
            row.over90 = r.integer(5 + n);
            row.count = r.integer(6 + n);
            total.total += row.total;
            total.over90 += row.over90;
            total.count += row.count;
            report.rows << row;
        }

        if (by == Dimension::Team) {
            const QHash<qint64, QString> paths = departmentPaths(m_ctx.db);
            for (Row& row : report.rows) {
                row.key = paths.value(row.id);
                row.name = row.id == 0 ? tr("No department") : row.key.section(QLatin1Char('/'), -1);
            }
            std::sort(report.rows.begin(), report.rows.end(), [](const Row& a, const Row& b) {
                return a.key != b.key ? a.key < b.key : a.id < b.id;
            });
        } else if (by == Dimension::CustomerType) {
            const QStringList order = customerTypeKeys();
            for (Row& row : report.rows)
                row.name = customerTypeName(row.key);
            std::sort(report.rows.begin(), report.rows.end(), [&](const Row& a, const Row& b) {
                const qsizetype ia = order.indexOf(a.key), ib = order.indexOf(b.key);
                return ia != ib ? (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib) : a.key < b.key;
            });
        }

        report.total = total;
        report.over90 = total.over90;
        report.over90ShareBp =
            total.total > 0 ? int((total.over90 * 20000 + total.total) / (2 * total.total)) : 0;
        return report;
    });
}

} // namespace tl::core
