#pragma once

#include "common/Context.h"
#include "io/ExportKind.h"

#include <QCoreApplication>

namespace tl::core {

// The employee list in the layout of the `employees` import template (same columns, same order), so an
// export re-imports cleanly. Needs ExportEmployees; rows outside the session's scope are left out, and ID
// numbers and bank accounts are masked for sessions that may not see them. Departments are written as
// paths ("销售中心/销售一部"), roles as keys, dates as YYYY-MM-DD. Ordered by code.
class EmployeeExport final : public ExportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::EmployeeExport)

public:
    EmployeeExport(const Context& ctx, ExportOptions options) : m_ctx(ctx), m_options(options) {}

    QString key() const override { return QStringLiteral("employees"); }
    Permission permission() const override { return Permission::ExportEmployees; }
    Result<qint64> write(TableWriter& writer, Progress& progress) override;

private:
    const Context m_ctx;
    ExportOptions m_options;
};

} // namespace tl::core
