#pragma once

#include "models/KeysetTableModel.h"
#include "sales/ContractQuery.h"

namespace tl::ui {

// The contract list (销售合同), fed page by page by core::ContractQuery (keyset paging, see
// KeysetTableModel); sorting by number, signing date and amount re-queries core. Shows per contract what
// was collected (amount and share), the instalments paid in full of all, and the next due date. Reacts to
// ChangeNotifier "contracts", "installments", "payments", "write_offs" by re-reading the loaded rows.
class ContractTableModel : public KeysetTableModel<core::ContractRow, core::ContractQuery>
{
    Q_OBJECT
public:
    enum class Column
    {
        ContractNo,
        Customer,
        Salesperson,
        SignedOn,
        Amount,
        Kind,
        Status,
        Collected,
        Installments,
        NextDue,
        Title,
        Count
    };
    enum DataRole
    {
        ContractIdRole = Qt::UserRole + 1,
        StatusKeyRole,
        AmountRole // fen
    };

    static constexpr int MaxRowsReloadedInPlace = 5000;

    explicit ContractTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the filter and re-queries from the first page.
    void setFilter(const core::ContractQuery::Filter& filter);
    static bool isSortable(Column column);

private:
    void onChanged(const QString& entity, const QList<qint64>& ids);
    QVariant display(const core::ContractRow& row, Column column) const;
    bool isSortableColumn(int column) const override { return isSortable(Column(column)); }
    qint64 rowId(const core::ContractRow& row) const override { return row.contract.id; }
    core::ContractQuery::SortKey sortKey() const override;
};

} // namespace tl::ui
