#pragma once

#include "customers/CustomerQuery.h"
#include "models/KeysetTableModel.h"

namespace tl::ui {

// 公海: the customers in the pool, fed page by page (keyset paging, see KeysetTableModel) by
// core::CustomerQuery with scope Pool; the total comes from the separate count. Contact phones are not
// shown (the core withholds them until a customer is claimed). Follows ChangeNotifier "customers"
// notifications: a customer that left the pool (claimed, assigned) is removed in place, a changed one
// refreshed in place; anything else (a customer came into the pool) re-reads the rows already loaded.
class PoolTableModel : public KeysetTableModel<core::CustomerRow, core::CustomerQuery>
{
    Q_OBJECT
public:
    enum class Column
    {
        Code,
        Name,
        Type,
        Level,
        Industry,
        Region,
        PoolSince,
        Count
    };
    enum DataRole
    {
        CustomerIdRole = Qt::UserRole + 1,
        CustomerCodeRole,
        LevelRole,
        TypeKeyRole
    };

    static constexpr int MaxRowsReloadedInPlace = 20000;
    static constexpr int MaxChangesInPlace = 100;

    explicit PoolTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the filter (its scope is always Pool) and re-queries from the first page. Nothing is read
    // before the first setFilter() or reload().
    void setFilter(const core::CustomerQuery::Filter& filter);

    static bool isSortable(Column column);

private:
    void onChanged(const QString& entity, const QList<qint64>& ids);
    bool applyInPlace(const QList<qint64>& ids);
    bool isSortableColumn(int column) const override { return isSortable(Column(column)); }
    qint64 rowId(const core::CustomerRow& row) const override { return row.customer.id; }
    core::CustomerQuery::SortKey sortKey() const override;
};

} // namespace tl::ui
