#pragma once

#include "common/Context.h"
#include "common/Progress.h"
#include "demo/DemoOrgPlan.h"

#include <QCoreApplication>
#include <QList>

namespace tl::core::demo {

// Plans (CustomerPlanner) and writes the demo company's customers: contacts, ownership history,
// follow-ups, opportunities with their stages, and check-ins matched like CheckinService matches them
// (CheckinMatcher). Rows are written as the services write them, through reused native statements, and
// audited with compact bulk records (BulkAuditWriter::addCreated), so that `check` passes. Runs inside the
// caller's transaction, after the organization and the pool rules exist. Returns false when the progress
// was cancelled (the caller rolls back). Throws DbException.
class DemoCustomerWriter
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::DemoCustomerWriter)

public:
    DemoCustomerWriter(const Context& ctx, Progress& progress) : m_ctx(ctx), m_progress(progress) {}

    // employeeIds: database ids by plan index (DemoOrgWriter::employeeIds()).
    bool write(const OrgPlan& org, const QList<qint64>& employeeIds, int customers, quint64 seed);

private:
    const Context& m_ctx;
    Progress& m_progress;
};

} // namespace tl::core::demo
