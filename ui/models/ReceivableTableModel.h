#pragma once

#include "models/KeysetTableModel.h"
#include "receivables/AgingBuckets.h"
#include "receivables/ReceivableQuery.h"

namespace tl::ui {

// The Receivables list: every instalment (2,000,000 in the large demo), fed page by page by
// core::ReceivableQuery (keyset paging, filters and sorts in indexed SQL; see KeysetTableModel). The model
// does not count: counting and the totals over all matching rows take longer on big tables, so the page
// reads them on a worker thread (ReceivableQuery::totals) and reports the count with setTotalCount().
// Overdue rows are tinted by their ageing bucket; money is right-aligned. Reacts to ChangeNotifier
// "installments", "payments", "disputes", "write_offs", "contracts", "letters" by re-reading the loaded
// rows.
class ReceivableTableModel : public KeysetTableModel<core::ReceivableRow, core::ReceivableQuery>
{
    Q_OBJECT
public:
    enum class Column
    {
        Customer,
        Contract,
        Collector,
        DueOn,
        Amount,
        Paid,
        Balance,
        Disputed,
        DaysPastDue,
        Bucket,
        Probability,
        LastPaidOn,
        Letter,
        Count
    };
    enum DataRole
    {
        InstallmentIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        ContractIdRole,
        CollectorIdRole,
        BalanceRole, // fen
        BucketIndexRole
    };

    static constexpr int MaxRowsReloadedInPlace = 2000;

    explicit ReceivableTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const core::ReceivableQuery::Filter& filter);
    static bool isSortable(Column column);
    const core::AgingBuckets& buckets() const { return m_buckets; }
    int bucketIndex(const core::ReceivableRow& row) const; // -1 when nothing is open

public slots:
    // Also re-reads the ageing buckets (a setting).
    void reload() override;

signals:
    // The loaded rows were re-read after a change notification (the page then recounts).
    void rowsRefreshed();

private:
    void onChanged(const QString& entity, const QList<qint64>& ids);
    QVariant display(const core::ReceivableRow& row, Column column) const;
    bool isSortableColumn(int column) const override { return isSortable(Column(column)); }
    qint64 rowId(const core::ReceivableRow& row) const override { return row.installmentId; }
    core::ReceivableQuery::SortKey sortKey() const override;

    core::AgingBuckets m_buckets;
};

} // namespace tl::ui
