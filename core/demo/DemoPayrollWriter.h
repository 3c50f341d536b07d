#pragma once

#include "common/Context.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "demo/DemoOrgPlan.h"

#include <QDate>
#include <QList>

namespace tl::core::demo {

// The demo company's payroll (issue 5): a salary profile for every employee (raises in April, the
// first-job and 60,000 flags where they apply), year-to-date openings when the history starts after
// January (a mid-year go-live), leave requests with their attendance days, absences and late arrivals,
// loss-deduction claims, and the last twelve months' payroll runs calculated, approved and locked by the
// "hr" user through PayrollRunService on each month's pay day. The current month is left for the user to
// run. Runs inside the caller's transaction; an error (or the cancellation, as a Conflict) means the caller
// rolls back. Throws DbException.
class DemoPayrollWriter
{
public:
    DemoPayrollWriter(const Context& ctx, Progress& progress) : m_ctx(ctx), m_progress(progress) {}

    Status write(const OrgPlan& plan, const QList<qint64>& employeeIds, quint64 seed);

    // The first month of the locked history: twelve months before today's month.
    static QDate historyStart(const QDate& today);

private:
    const Context& m_ctx;
    Progress& m_progress;
};

} // namespace tl::core::demo
