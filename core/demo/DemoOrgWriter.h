#pragma once

#include "common/Context.h"
#include "common/Progress.h"
#include "demo/DemoOrgPlan.h"

#include <QList>

namespace tl::core::demo {

// Writes a planned organization (departments, employees, labour contracts) with reused native statements,
// auditing every row like the services do. Runs inside the caller's transaction. Returns false when the
// progress was cancelled (the caller rolls back). Throws DbException.
class DemoOrgWriter
{
public:
    DemoOrgWriter(const Context& ctx, Progress& progress) : m_ctx(ctx), m_progress(progress) {}

    bool write(const OrgPlan& plan);

    // Database ids of the planned employees, by plan index (after write()).
    const QList<qint64>& employeeIds() const { return m_employeeIds; }

private:
    bool tick(); // progress; false when cancelled

    const Context& m_ctx;
    Progress& m_progress;
    QList<qint64> m_departmentIds;
    QList<qint64> m_employeeIds;
    qint64 m_done = 0;
};

} // namespace tl::core::demo
