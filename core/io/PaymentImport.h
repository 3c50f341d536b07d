#pragma once

#include "common/Context.h"
#include "io/CustomerDirectory.h"
#include "io/ImportKind.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <optional>
#include <vector>

namespace tl::core {

// The `payments` import (DESIGN §5): payment_no(回款编号), customer_code(客户编号), received_on(回款日期),
// amount(回款金额), method(方式: bank_transfer, cash, cheque, acceptance_bill, online, other or 银行转账,
// 现金, 支票, 承兑汇票, 线上, 其他; default bank_transfer), reference(银行流水号), contract_no(合同编号,
// optional). Required columns: payment_no, customer_code, received_on and amount. Needs ImportReceivables
// and RecordPayments.
//
// Every row records a new payment, checked as PaymentService::record checks one: a number already stored
// or twice in the file is a problem (payments are never edited), the customer exists and is in the
// session's scope, the date is not after today, the amount > 0, a named contract exists, is the
// customer's, and is active or closed.
//
// Payments are allocated exactly as PaymentService's automatic mode allocates them, one after the other in
// file order: oldest due first (due date, the contract's signing date, contract number, seq) over the
// instalments of the named contract, else of all the customer's active contracts signed on or before the
// date received, each taking up to its collectable part (balance minus open disputes); the rest stays as
// customer credit. Allocation rows are dated the date received (kind "auto"); the ledger caches
// (installments.paid_total, last_paid_on; payments.allocated_total) are recomputed from the ledger as
// LedgerWriter defines them. The open instalments of the file's customers are loaded once, in batches;
// payments and allocations are written through reused native statements with compact bulk audit records.
class PaymentImport final : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PaymentImport)

public:
    enum Column
    {
        PaymentNo,
        CustomerCode,
        ReceivedOn,
        Amount,
        Method,
        Reference,
        ContractNo,
        // read-only columns of PaymentExport, ignored by the import:
        CustomerName,
        Allocated,
        Unallocated,
        ReversedOn,
        ColumnCount
    };

    explicit PaymentImport(const Context& ctx);

    static const QList<ImportColumn>& columnSpec();
    // A payment method key from a key or a Chinese name (银行转账, 现金, 支票, 承兑汇票, 线上, 其他...).
    static std::optional<QString> methodFromText(const QString& text);

    QString key() const override { return QStringLiteral("payments"); }
    const QList<ImportColumn>& columns() const override { return columnSpec(); }
    Permission permission() const override { return Permission::ImportReceivables; }
    Status prepare(const ImportOptions& options) override;
    void addRow(const ImportRow& row, ProblemSink& problems) override;
    void finish(ProblemSink& problems, ImportResult& result) override;
    Status write(ProblemSink& problems, Progress& progress, ImportResult& result) override;
    QStringList changedEntities() const override;

    // One planned allocation (for tests and the summary): the payment's row, the instalment, the amount.
    struct Allocation
    {
        int payment = 0; // index into the file's payments
        int target = 0;  // index into the open instalments
        qint64 amount = 0;
    };

private:
    struct PendingRow
    {
        int number = 0;
        QString paymentNo;
        qint64 customerId = 0;
        QDate receivedOn;
        qint64 amount = 0;
        QString method;
        QString reference;
        QString contractNo;
        qint64 contractId = 0; // set by finish()
        qint64 allocated = 0;  // planned
    };
    // An open instalment as automatic allocation sees it (LedgerWriter::Target).
    struct Target
    {
        qint64 installmentId = 0;
        qint64 contractId = 0;
        qint64 customerId = 0;
        QString contractNo;
        int seq = 0;
        QDate dueOn;
        QDate signedOn;
        qint64 collectable = 0; // balance minus open disputes, less what this import allocates
    };

    void loadTargets(const QList<qint64>& customers);
    void plan();

    Context m_ctx; // the caller's context without notifier: ImportService announces the changes once
    CustomerDirectory m_customers;
    QHash<QString, int> m_rowOfNumber;
    std::vector<PendingRow> m_rows;
    std::vector<Target> m_targets;
    QHash<qint64, std::pair<int, int>> m_targetsOf; // customer id -> range in m_targets (in allocation order)
    std::vector<Allocation> m_allocations;
};

} // namespace tl::core
