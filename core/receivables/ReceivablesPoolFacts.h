#pragma once

#include "customers/PoolFacts.h"

namespace tl::core {

class Database;

// The pool rules' facts from contracts and receivables (core/customers/PoolFacts.h):
//   lastDealDates:                latest signed_on of each customer's active or closed contracts on or
//                                 before asOf;
//   customersWithOpenReceivables: customers with an instalment whose balance as of asOf is > 0 (OpenItems'
//                                 formula; cached columns when asOf is after the last ledger entry).
// Cheap to make, one per database connection; answers are cached (per connection, as-of date and state of
// the data: its own changes and other connections' commits) because the pool page asks on every selection and
// each answer reads every contract or instalment. Throws DbException
// (the pool services call it inside guarded()).
class ReceivablesPoolFacts final : public PoolFacts
{
public:
    explicit ReceivablesPoolFacts(const Database& db) : m_db(db) {}

    QHash<qint64, QDate> lastDealDates(const QDate& asOf) const override;
    QSet<qint64> customersWithOpenReceivables(const QDate& asOf) const override;

private:
    const Database& m_db;
};

} // namespace tl::core
