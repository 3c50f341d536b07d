#pragma once

#include "common/Context.h"
#include "io/ExportKind.h"

#include <QCoreApplication>

namespace tl::core {

// The contract list in the layout of the `contracts` import template (contract_no, customer_code,
// salesperson_code, signed_on, amount, kind), so that it re-imports, followed by read-only columns the
// import ignores: customer_name, salesperson_name, status, installment_count, collected (Σ paid),
// written_off, balance (Σ open balances of the instalments). Needs ViewReceivables; rows are the contracts
// in the session's scope (LedgerScope: the credited salesperson or a collector of one of its instalments).
// Amounts as formatPlain() (money columns for XLSX), dates ISO. Ordered by contract number.
class ContractExport final : public ExportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ContractExport)

public:
    ContractExport(const Context& ctx, ExportOptions options) : m_ctx(ctx), m_options(options) {}

    QString key() const override { return QStringLiteral("contracts"); }
    Permission permission() const override { return Permission::ViewReceivables; }
    Result<qint64> write(TableWriter& writer, Progress& progress) override;

private:
    const Context m_ctx;
    ExportOptions m_options;
};

} // namespace tl::core
