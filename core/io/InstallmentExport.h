#pragma once

#include "common/Context.h"
#include "io/ExportKind.h"

#include <QCoreApplication>

namespace tl::core {

// The instalments (receivables) in the layout of the `installments` import template (contract_no, seq,
// due_on, amount), so that they re-import, followed by read-only columns the import ignores: customer_code,
// customer_name, collector_code, collector_name, paid, written_off, disputed (open disputes), balance
// (amount - paid - written off), last_paid_on, contract_status. Needs ViewReceivables; rows are the
// instalments whose collector is in the session's scope. Ordered by contract, then seq.
class InstallmentExport final : public ExportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::InstallmentExport)

public:
    InstallmentExport(const Context& ctx, ExportOptions options) : m_ctx(ctx), m_options(options) {}

    QString key() const override { return QStringLiteral("installments"); }
    Permission permission() const override { return Permission::ViewReceivables; }
    Result<qint64> write(TableWriter& writer, Progress& progress) override;

private:
    const Context m_ctx;
    ExportOptions m_options;
};

} // namespace tl::core
