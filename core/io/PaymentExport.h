#pragma once

#include "common/Context.h"
#include "io/ExportKind.h"

#include <QCoreApplication>

namespace tl::core {

// The payments in the layout of the `payments` import template (payment_no, customer_code, received_on,
// amount, method, reference, contract_no), followed by read-only columns the import ignores:
// customer_name, allocated (net allocations), unallocated (customer credit; 0 once reversed), reversed_on.
// Needs ViewReceivables; rows are the payments of customers in the session's scope (LedgerScope). Ordered
// by date received, then id.
class PaymentExport final : public ExportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PaymentExport)

public:
    PaymentExport(const Context& ctx, ExportOptions options) : m_ctx(ctx), m_options(options) {}

    QString key() const override { return QStringLiteral("payments"); }
    Permission permission() const override { return Permission::ViewReceivables; }
    Result<qint64> write(TableWriter& writer, Progress& progress) override;

private:
    const Context m_ctx;
    ExportOptions m_options;
};

} // namespace tl::core
