#pragma once

#include "common/Context.h"
#include "io/ExportKind.h"

#include <QCoreApplication>

namespace tl::core {

// The customer list in the layout of the `customers` import template (same columns, same order), so an
// export re-imports cleanly: types as keys, coordinates in decimal degrees, owners by employee code, dates
// as YYYY-MM-DD, the primary contact's name and phone. Needs ViewCustomers; rows are the customers the
// session sees (CustomerRepository scope: everything, or the pool plus own and team customers), and the
// contact columns stay empty where the services hide contact details (pool customers for claimers,
// customers outside the session's own scope). Ordered by code.
class CustomerExport final : public ExportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CustomerExport)

public:
    CustomerExport(const Context& ctx, ExportOptions options) : m_ctx(ctx), m_options(options) {}

    QString key() const override { return QStringLiteral("customers"); }
    Permission permission() const override { return Permission::ViewCustomers; }
    Result<qint64> write(TableWriter& writer, Progress& progress) override;

    // Micro-degrees as decimal degrees with six decimals ("31.230400", "-0.000001").
    static QString degrees(qint64 e6);

private:
    const Context m_ctx;
    ExportOptions m_options;
};

} // namespace tl::core
