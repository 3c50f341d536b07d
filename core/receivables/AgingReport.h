#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "receivables/AgingBuckets.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tl::core {

// Ageing of receivables as of a date (DESIGN §2.3, domain-facts §5.4): the open balance of every instalment
// (OpenItems' formula: amount − allocations on or before asOf − write-offs approved on or before asOf, of
// active or closed contracts signed on or before asOf) in its bucket by days past due (AgingBuckets), summed
// by customer, salesperson (the instalment's collector), team (the collector's department) or customer type,
// with a grand total and the "over 90 days" figures (>90天合计 / 占比). Scoped by the session:
// ViewReceivables needed; without ViewAllReceivables only instalments whose collector is in the session's
// scope (OpportunityScope on the collector and the collector's department).
//
// One SQL aggregation per report, on the connection's native handle (DESIGN §6 hot path: by salesperson
// over 2,000,000 instalments). Buckets are compared as ISO date text against bucket boundary dates computed
// once in C++ (a row is in 31-60 iff asOf−60 <= due_on <= asOf−31), so no date arithmetic runs per row.
// When asOf is on or after the latest allocations.on_date and the latest approved write_offs.decided_on
// (two indexed MAX queries), the cached installments.paid_total / written_off_total equal the ledger as
// of asOf and are used, and only open instalments (index installments_open) are read; otherwise the
// balances come from the ledger (indexed sums per instalment).
//
// The baseline of the benchmark: the same totals by salesperson written by hand for the sqlite3 shell, its
// fastest form (a plain scan of the instalments, contracts by id; the planner left alone walks
// installments_collector with a table lookup per row, or starts from contracts, both about 3x slower).
// ':a' is the as-of date, ':a30' … ':a365' are asOf minus 30 … 365 days as ISO text. On the 2,000,000
// instalments of the large demo it takes 0.6 s in the shell; AgingReport::run is within 1.0–1.4x of it in the
// same process (tests/core/receivables/ReceivablesPerfTests.cpp, "[.perf]").
//
//   SELECT e.code, e.name, t.* FROM (
//     SELECT i.collector_id AS k,
//       sum(CASE WHEN i.due_on >= :a THEN b END),
//       sum(CASE WHEN i.due_on < :a AND i.due_on >= :a30 THEN b END),
//       sum(CASE WHEN i.due_on < :a30 AND i.due_on >= :a60 THEN b END),
//       sum(CASE WHEN i.due_on < :a60 AND i.due_on >= :a90 THEN b END),
//       sum(CASE WHEN i.due_on < :a90 AND i.due_on >= :a180 THEN b END),
//       sum(CASE WHEN i.due_on < :a180 AND i.due_on >= :a365 THEN b END),
//       sum(CASE WHEN i.due_on < :a365 THEN b END), sum(b), count(*)
//     FROM (SELECT collector_id, due_on, contract_id, amount - paid_total - written_off_total AS b
//           FROM installments NOT INDEXED WHERE paid_total + written_off_total < amount) i
//     CROSS JOIN contracts c ON c.id = i.contract_id
//     WHERE c.status IN ('active', 'closed') AND c.signed_on <= :a
//     GROUP BY i.collector_id) t
//   JOIN employees e ON e.id = t.k ORDER BY e.code;
class AgingReport
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::AgingReport)

public:
    enum class Dimension
    {
        Customer,    // key: customer code, name: customer name
        Salesperson, // the collector: key employee code, name employee name
        Team,        // the collector's department: key its path ("销售中心/销售一部"), name its name;
                     // collectors without a department: key "", name "No department" (translated)
        CustomerType // key: customers.type (key_account, sme, ...), name: customerTypeName()
    };
    // "customer", "salesperson", "team", "customer_type"
    static QString dimensionKey(Dimension by);
    // The keys above; "customer-type" (the CLI's spelling) is accepted too.
    static std::optional<Dimension> dimensionFromKey(const QString& key);
    static QString dimensionName(Dimension by); // translated

    struct Filter
    {
        qint64 collectorId = 0;  // 0 = any
        qint64 departmentId = 0; // 0 = any; else collectors in that department or below it
        qint64 customerId = 0;   // 0 = any
    };

    struct Row
    {
        qint64 id = 0; // customer, employee or department id (0 for a type, "no department", totals)
        QString key;   // see Dimension
        QString name;
        QList<qint64> amounts; // fen per bucket, AgingBuckets order (size AgingBuckets::count())
        qint64 total = 0;      // Σ amounts
        qint64 over90 = 0;     // open balance more than 90 days past due
        qint64 count = 0;      // open instalments (balance > 0)
    };

    struct Report
    {
        QDate asOf;
        Dimension by = Dimension::Salesperson;
        AgingBuckets buckets;
        QList<Row> rows;        // rows with a balance, by key (then name)
        Row total;              // key "", name "Total" (translated)
        qint64 over90 = 0;      // = total.over90 (>90天合计)
        int over90ShareBp = 0;  // over90 / total in basis points, half-up; 0 when the total is 0
        bool fromCache = false; // read from the cached columns (asOf after the last ledger entry)
    };

    explicit AgingReport(const Context& ctx) : m_ctx(ctx) {}

    Result<Report> run(const QDate& asOf, Dimension by, const Filter& filter) const;
    Result<Report> run(const QDate& asOf, Dimension by) const; // no filter

    // = AgingBuckets::daysPastDue: calendar days past due, 0 when due on or after asOf.
    static int daysPastDue(const QDate& due, const QDate& asOf)
    {
        return AgingBuckets::daysPastDue(due, asOf);
    }

private:
    Context m_ctx;
};

} // namespace tl::core
