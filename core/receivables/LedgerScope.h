#pragma once

#include "common/Context.h"

#include <QString>
#include <QVariantList>

namespace tl::core {

// Which contracts, instalments, customers and payments a session may see or work on (DESIGN §1, §2.3):
// ViewAllReceivables (finance, admin, auditor) and the system see everything; a salesperson the
// receivables they collect (and contracts they are credited with); a sales manager those of the people in
// their department scope (OpportunityScope). Whether the session may act at all is checked by the caller
// (Session::can). The checks throw DbException.
class LedgerScope
{
public:
    explicit LedgerScope(const Context& ctx) : m_ctx(ctx) {}

    bool all() const;
    bool employee(qint64 employeeId) const;
    // The instalment's current collector is in scope.
    bool installment(qint64 installmentId) const;
    // The credited salesperson or the collector of one of its instalments is in scope.
    bool contract(qint64 contractId) const;
    // One of the customer's instalments is collected by someone in scope.
    bool customer(qint64 customerId) const;

    // SQL conditions for lists ("1" when all); values are appended to args for positional binding.
    QString contractCondition(const QString& contractIdColumn, QVariantList& args) const;
    QString customerCondition(const QString& customerIdColumn, QVariantList& args) const;
    QString collectorCondition(const QString& collectorIdColumn, QVariantList& args) const;

private:
    // "SELECT e.id FROM employees e WHERE <scope>"
    QString employeesInScope(QVariantList& args) const;
    const Context& m_ctx;
};

} // namespace tl::core
