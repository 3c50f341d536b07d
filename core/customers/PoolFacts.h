#pragma once

#include <QDate>
#include <QHash>
#include <QSet>

namespace tl::core {

class Database;

// What the pool rules need to know from modules that come later (contracts, receivables):
// contracts signed per customer and open receivables. Until those modules exist the database has no
// such facts (NoPoolFacts); tests inject fakes.
class PoolFacts
{
public:
    virtual ~PoolFacts() = default;
    // For each customer with a signed contract: the latest signing date on or before asOf.
    virtual QHash<qint64, QDate> lastDealDates(const QDate& asOf) const = 0;
    // Customers with an open (unpaid, not written off) receivable as of the date.
    virtual QSet<qint64> customersWithOpenReceivables(const QDate& asOf) const = 0;
};

class NoPoolFacts final : public PoolFacts
{
public:
    QHash<qint64, QDate> lastDealDates(const QDate&) const override { return {}; }
    QSet<qint64> customersWithOpenReceivables(const QDate&) const override { return {}; }
};

} // namespace tl::core
