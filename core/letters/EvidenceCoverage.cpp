#include "letters/EvidenceCoverage.h"

#include "common/Clock.h"
#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "receivables/ReceivableSql.h"

namespace tl::core {

namespace {

namespace R = ReceivableSql;

enum class By
{
    Collector,
    Customer
};

Result<EvidenceCoverage::Report> coverage(const Context& ctx, const QDate& requested, By by,
                                          qint64 collectorId)
{
    return guarded([&]() -> Result<EvidenceCoverage::Report> {
        if (!ctx.session.can(Permission::ViewReceivables))
            return Error::denied(EvidenceCoverage::tr("You may not view receivables."));
        const QDate asOf = requested.isValid() ? requested : ctx.clock.today();
        if (collectorId > 0 && !R::seesAll(ctx.session) &&
            !OpportunityScope(ctx.session).includes(ctx.db, collectorId))
            return Error::denied(
                EvidenceCoverage::tr("You may not view the receivables this employee collects."));

        // The open items as of asOf (OpenItems' formula through ReceivableSql), each with whether a letter
        // confirmed in the 12 months up to asOf lists it (the set of such instalments is read once, through
        // letters_status: cheaper than a lookup per open item); summed per collector or customer.
        const bool cache = R::cacheCovers(ctx.db, asOf);
        QVariantList args;
        const QString balance = R::balance(cache, asOf, args);
        args << R::iso(asOf.addMonths(-12)) << R::iso(asOf);
        QString items =
            QStringLiteral(
                "SELECT i.collector_id AS collector_id, i.customer_id AS customer_id, %1 AS balance, "
                "i.id IN (SELECT li.installment_id FROM letters l JOIN letter_items li ON "
                "li.letter_id = l.id WHERE l.status IN ('confirmed', 'difference') "
                "AND l.confirmed_on > ? AND l.confirmed_on <= ?) AS covered "
                "FROM installments i JOIN contracts c ON c.id = i.contract_id WHERE ")
                .arg(balance);
        items += R::contractCounts(asOf, args);
        items +=
            QStringLiteral(" AND ") + R::collectorScope(ctx.session, QStringLiteral("i.collector_id"), args);
        if (collectorId > 0) {
            items += QStringLiteral(" AND i.collector_id = ?");
            args << collectorId;
        }
        if (cache)
            items += QStringLiteral(" AND i.paid_total + i.written_off_total < i.amount");

        const bool byCollector = by == By::Collector;
        const QString key = byCollector ? QStringLiteral("collector_id") : QStringLiteral("customer_id");
        const QString names = byCollector ? QStringLiteral("employees") : QStringLiteral("customers");
        const QString sql =
            QStringLiteral("SELECT g.k, x.code, x.name, g.open, g.covered, g.n, g.nc FROM (SELECT %1 AS k, "
                           "sum(balance) AS open, sum(CASE WHEN covered THEN balance ELSE 0 END) AS covered, "
                           "count(*) AS n, sum(covered) AS nc FROM (%2) WHERE balance > 0 GROUP BY %1) g "
                           "JOIN %3 x ON x.id = g.k ORDER BY x.code")
                .arg(key, items, names);

        EvidenceCoverage::Report report;
        report.asOf = asOf;
        report.total.name = EvidenceCoverage::tr("Total");
        R::Reader r(ctx.db, sql, args);
        while (r.next()) {
            EvidenceCoverage::Row row;
            row.id = r.integer(0);
            row.code = r.text(1);
            row.name = r.text(2);
            row.open = r.integer(3);
            row.covered = r.integer(4);
            row.openItems = int(r.integer(5));
            row.coveredItems = int(r.integer(6));
            row.shareBp = EvidenceCoverage::shareBp(row.covered, row.open);
            report.total.open += row.open;
            report.total.covered += row.covered;
            report.total.openItems += row.openItems;
            report.total.coveredItems += row.coveredItems;
            report.rows << row;
        }
        report.total.shareBp = EvidenceCoverage::shareBp(report.total.covered, report.total.open);
        return report;
    });
}

} // namespace

Result<EvidenceCoverage::Report> EvidenceCoverage::byCollector(const QDate& asOf) const
{
    return coverage(m_ctx, asOf, By::Collector, 0);
}

Result<EvidenceCoverage::Report> EvidenceCoverage::byCustomer(const QDate& asOf, qint64 collectorId) const
{
    return coverage(m_ctx, asOf, By::Customer, collectorId);
}

int EvidenceCoverage::shareBp(qint64 covered, qint64 open)
{
    if (open <= 0)
        return 0;
    // covered × 10,000 / open, half up (covered <= open keeps it within qint64 for any real balance).
    return int((covered * 20000 + open) / (2 * open));
}

} // namespace tl::core
