#pragma once

#include "common/Context.h"
#include "common/Progress.h"
#include "demo/DemoOrgPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tl::core::demo {

struct PlannedCustomer;
class RowSet;
class RowTable;

// More rows planned beside each customer and written in the same stream (the receivables). Every call
// but tables() and sequentialIndexes() runs on the planning thread, in customer order.
class CustomerExtension
{
public:
    virtual ~CustomerExtension() = default;
    // Its tables in insertion order (parents first); the writer prepares them (RowTable::prepare).
    virtual QList<RowTable*> tables() = 0;
    // Indexes of its tables that the load fills in order (the others are created after the load).
    virtual QStringList sequentialIndexes() const = 0;
    // Before the customer's own rows are built: may add follow-ups (keeping c.followUps in time order).
    virtual void plan(PlannedCustomer& c, qint64 customerId) = 0;
    // After them (the follow-ups carry their ids): appends its rows of the customer.
    virtual void addRows(const PlannedCustomer& c, qint64 customerId, RowSet& rows) = 0;
    // After the last customer: rows that need all customers (written last).
    virtual void finish(RowSet& rows) = 0;
};

// Plans (CustomerPlanner) and writes the demo company's customers: contacts, ownership history,
// follow-ups, opportunities with their stages, and check-ins matched exactly as CheckinMatcher matches
// them (in memory: every customer and follow-up is known), plus the rows of an extension. Rows are
// planned with their audit fingerprints on a second thread and written by the caller's thread through
// multi-row statements (demo/DemoRows.h), audited with compact bulk records (BulkAuditWriter), so that
// `check` passes. Runs inside the caller's transaction, after the organization and the pool rules exist.
// Returns false when the progress was cancelled (the caller rolls back). Throws DbException.
class DemoCustomerWriter
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::DemoCustomerWriter)

public:
    DemoCustomerWriter(const Context& ctx, Progress& progress) : m_ctx(ctx), m_progress(progress) {}

    // employeeIds: database ids by plan index (DemoOrgWriter::employeeIds()).
    bool write(const OrgPlan& org, const QList<qint64>& employeeIds, int customers, quint64 seed,
               CustomerExtension* extension = nullptr);

private:
    const Context& m_ctx;
    Progress& m_progress;
};

} // namespace tl::core::demo
