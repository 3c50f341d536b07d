#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// Evidence coverage (DESIGN §2.4): how much of the open receivables is backed by a signed reconciliation
// letter. As of a day D (today by default):
//   open      = Σ balance of the instalments open on D (OpenItems' formula: active or closed contracts signed
//               on or before D, balance = amount - allocations on or before D - write-offs approved on or
//               before D, > 0);
//   covered   = the part of `open` on instalments listed on a letter replied to as confirmed or difference
//               (letters.status confirmed or difference) with confirmed_on in the 12 months up to D
//               (D.addMonths(-12) < confirmed_on <= D);
//   shareBp   = covered × 10,000 / open, rounded half up to a whole basis point (0 when nothing is open).
// Per collector (the instalment's current collector) and per customer, plus the total; limited to the
// session's scope (ViewReceivables; OpportunityScope on the collector).
class EvidenceCoverage
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::EvidenceCoverage)

public:
    struct Row
    {
        qint64 id = 0; // employee id (by collector) or customer id (by customer)
        QString code;
        QString name;
        qint64 open = 0;    // fen
        qint64 covered = 0; // fen
        int shareBp = 0;    // basis points 0..10,000
        int openItems = 0;
        int coveredItems = 0;
    };
    struct Report
    {
        QDate asOf;
        QList<Row> rows; // by code
        Row total;       // id 0, code "", name translated "Total"
    };

    explicit EvidenceCoverage(const Context& ctx) : m_ctx(ctx) {}

    Result<Report> byCollector(const QDate& asOf = {}) const;
    Result<Report> byCustomer(const QDate& asOf = {}, qint64 collectorId = 0) const;

    // covered × 10,000 / open, half up; 0 when open is 0.
    static int shareBp(qint64 covered, qint64 open);

private:
    Context m_ctx;
};

} // namespace tl::core
