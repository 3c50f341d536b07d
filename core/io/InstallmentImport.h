#pragma once

#include "common/Context.h"
#include "io/ImportKind.h"
#include "io/ReceivablesLookup.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace tl::core {

// The `installments` import (DESIGN §5): contract_no(合同编号), seq(期数), due_on(应收日期),
// amount(应收金额), all required. Needs ImportReceivables and EditContracts.
//
// The rows of one contract are its whole payment schedule; the contracts come from the database (also from
// an earlier `contracts` import). Checked as ContractService::validateSchedule checks a schedule:
//  - the contract exists, is not cancelled, and is in the session's scope;
//  - (contract, seq) appears once; the seqs run 1..n without gaps;
//  - every amount > 0, due dates not before the signing date nor before the previous instalment's;
//  - the amounts add up to the contract amount: otherwise every row of the contract gets a problem on its
//    amount naming the sum and the difference;
//  - a stored schedule is REPLACED, which is allowed only while none of its instalments has an allocation,
//    write-off, dispute, promise, letter item or interest record.
// Each instalment's collector is the contract's credited salesperson (an installment_collectors row, reason
// "import", from the signing date).
//
// Built for files of a million rows (DESIGN §6): contracts are looked up in batches of numbers (no SELECT
// per row), rows are kept as compact numbers, schedules are grouped in linear time, and rows are written in
// (contract, seq) order through reused native statements of 64 rows each. Audit records are the compact
// bulk records, their fingerprints built from the values written and hashed on a helper thread
// (CreatedRowFingerprints). When the rows to insert outnumber the instalments already stored, the secondary
// indexes of `installments` are dropped and built again after the inserts, in the same transaction
// (BulkIndexRebuild).
class InstallmentImport final : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::InstallmentImport)

public:
    enum Column
    {
        ContractNo,
        Seq,
        DueOn,
        Amount,
        // read-only columns of InstallmentExport, ignored by the import:
        CustomerCode,
        CustomerName,
        CollectorCode,
        CollectorName,
        Paid,
        WrittenOff,
        Disputed,
        Balance,
        LastPaidOn,
        ContractState,
        ColumnCount
    };

    explicit InstallmentImport(const Context& ctx);

    static const QList<ImportColumn>& columnSpec();

    QString key() const override { return QStringLiteral("installments"); }
    const QList<ImportColumn>& columns() const override { return columnSpec(); }
    Permission permission() const override { return Permission::ImportReceivables; }
    Status prepare(const ImportOptions& options) override;
    void addRow(const ImportRow& row, ProblemSink& problems) override;
    void finish(ProblemSink& problems, ImportResult& result) override;
    Status write(ProblemSink& problems, Progress& progress, ImportResult& result) override;
    QStringList changedEntities() const override;

private:
    struct Row
    {
        int number = 0;    // in the file
        int group = -1;    // index into m_groups; -1: no contract number
        int seq = 0;       // 0: missing or rejected
        qint64 dueDay = 0; // Julian day; 0: missing or rejected
        qint64 amount = 0; // fen; 0: missing or rejected
    };
    struct Group
    {
        QString contractNo;
        ReceivablesLookup::Contract contract; // id 0: not found
        int first = 0;                        // range in m_order
        int count = 0;
        bool broken = false; // a row of it has a problem
        bool valid = false;  // to be written
    };

    void checkGroup(Group& group, ProblemSink& problems);
    void problemOnRows(const Group& group, int column, const QString& reason, ProblemSink& problems) const;

    Context m_ctx; // the caller's context without notifier: ImportService announces the changes once
    QHash<QString, int> m_groupOf; // contract_no -> index into m_groups
    std::vector<Group> m_groups;
    std::vector<Row> m_rows;
    std::vector<int> m_order;             // row indexes grouped by contract (first appearance), then by seq
    QHash<qint64, qint64> m_departmentOf; // employee id -> department id
    qint64 m_toInsert = 0;
    qint64 m_toReplace = 0; // stored instalments to be deleted
};

} // namespace tl::core
