#pragma once

#include "common/Context.h"
#include "io/CustomerDirectory.h"
#include "io/ImportKind.h"
#include "io/ReceivablesLookup.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <optional>
#include <vector>

namespace tl::core {

// The `contracts` import (DESIGN §5): contract_no(合同编号), customer_code(客户编号),
// salesperson_code(业务员工号), signed_on(签约日期), amount(合同金额), kind(类型: new, renewal, addon or
// 新签, 续约, 增购; default new). Required columns: contract_no, customer_code, salesperson_code,
// signed_on and amount. Needs ImportReceivables and EditContracts.
//
// A new contract number creates an active contract without a schedule (the `installments` import adds
// it); every cell but kind is then required. A number already stored updates the contract's header as
// ContractService::update does, an empty cell keeping the stored value:
//  - a cancelled contract cannot be changed;
//  - the customer changes only while no instalment has an allocation, write-off, dispute, promise, letter
//    or interest record;
//  - the amount must still equal the sum of a stored schedule (the problem names the difference; change
//    amount and schedule together in the contract editor);
//  - the signing date may not be after today (unless the contract is a draft) nor after the first
//    instalment's due date;
//  - a new credited salesperson takes over, from today, the instalments the previous one collects (an
//    installment_collectors row, reason "import").
// A row equal to the stored contract writes nothing, so importing the same file again changes nothing.
// Customers, salespeople and contracts are looked up in bulk (no SELECT per row); new contracts are
// written through a reused native statement with compact bulk audit records, updates with per-row audit
// snapshots.
class ContractImport final : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ContractImport)

public:
    enum Column
    {
        ContractNo,
        CustomerCode,
        SalespersonCode,
        SignedOn,
        Amount,
        Kind,
        // read-only columns of ContractExport, ignored by the import:
        CustomerName,
        SalespersonName,
        State,
        InstallmentCount,
        Collected,
        WrittenOff,
        Balance,
        ColumnCount
    };

    explicit ContractImport(const Context& ctx);

    static const QList<ImportColumn>& columnSpec();
    // "new", "renewal", "addon" from a key or a Chinese name (新签, 续约, 增购...).
    static std::optional<QString> kindFromText(const QString& text);

    QString key() const override { return QStringLiteral("contracts"); }
    const QList<ImportColumn>& columns() const override { return columnSpec(); }
    Permission permission() const override { return Permission::ImportReceivables; }
    Status prepare(const ImportOptions& options) override;
    void addRow(const ImportRow& row, ProblemSink& problems) override;
    void finish(ProblemSink& problems, ImportResult& result) override;
    Status write(ProblemSink& problems, Progress& progress, ImportResult& result) override;
    QStringList changedEntities() const override;

private:
    struct PendingRow
    {
        int number = 0;
        QString contractNo;
        QString customerCode;
        qint64 customerId = 0; // 0 = empty cell (or a problem already reported)
        qint64 salespersonId = 0;
        QDate signedOn;
        qint64 amount = 0;
        QString kind;
        bool complete = true; // every cell of the row parsed (no problem reported in addRow)
        // Set by finish():
        qint64 existingId = 0;
        ReceivablesLookup::Contract stored;
        bool changed = false;
    };

    bool checkSigningDate(const PendingRow& p, bool draft, ProblemSink& problems) const;
    void checkNew(PendingRow& p, ProblemSink& problems) const;
    void checkUpdate(PendingRow& p, ProblemSink& problems) const;

    Context m_ctx; // the caller's context without notifier: ImportService announces the changes once
    ImportOptions m_options;
    CustomerDirectory m_customers;
    QHash<QString, ReceivablesLookup::Employee> m_employees; // by code
    QHash<qint64, qint64> m_departmentOf;                    // employee id -> department id
    QHash<QString, int> m_rowOfNumber;                       // contract_no -> row in the file
    std::vector<PendingRow> m_rows;
    QList<bool> m_present; // by column: the file has it
    bool m_collectorsMoved = false;
};

} // namespace tl::core
