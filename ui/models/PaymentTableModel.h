#pragma once

#include "models/KeysetTableModel.h"
#include "receivables/PaymentQuery.h"

namespace tl::ui {

// The payment list (回款), fed page by page by core::PaymentQuery (keyset paging); sorting by date or
// number re-queries core. Reversed payments are greyed and struck through, credit left is bold. Reacts to
// ChangeNotifier "payments" and "installments" by re-reading the loaded rows.
class PaymentTableModel : public KeysetTableModel<core::PaymentRow, core::PaymentQuery>
{
    Q_OBJECT
public:
    enum class Column
    {
        PaymentNo,
        Customer,
        ReceivedOn,
        Amount,
        Method,
        Reference,
        ContractNo,
        Allocated,
        Credit,
        Reversed,
        Count
    };
    enum DataRole
    {
        PaymentIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        CreditRole, // fen
        ReversedRole
    };

    static constexpr int MaxRowsReloadedInPlace = 5000;

    explicit PaymentTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const core::PaymentQuery::Filter& filter);
    static bool isSortable(Column column);

private:
    void onChanged(const QString& entity, const QList<qint64>& ids);
    QVariant display(const core::PaymentRow& row, Column column) const;
    bool isSortableColumn(int column) const override { return isSortable(Column(column)); }
    qint64 rowId(const core::PaymentRow& row) const override { return row.id; }
    core::PaymentQuery::SortKey sortKey() const override;
};

} // namespace tl::ui
