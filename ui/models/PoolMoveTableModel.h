#pragma once

#include "customers/PoolService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tl::ui {

// The moves of an assignment preview (PoolService::preview) or of a carried-out assignment: customer,
// current owner, new owner, or why the customer cannot be placed.
class PoolMoveTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Code,
        Customer,
        From,
        To,
        Note,
        Count
    };
    enum DataRole
    {
        CustomerIdRole = Qt::UserRole + 1,
        ToOwnerIdRole,
        SkippedRole
    };

    explicit PoolMoveTableModel(QObject* parent = nullptr);

    // ownerNames: names of the current owners by employee id (a move from id 0 comes from the pool).
    void setMoves(const QList<core::PoolService::Move>& moves, const QHash<qint64, QString>& ownerNames = {});
    void clear();
    const QList<core::PoolService::Move>& moves() const { return m_moves; }
    int placedCount() const;
    int skippedCount() const { return int(m_moves.size()) - placedCount(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::PoolService::Move> m_moves;
    QHash<qint64, QString> m_ownerNames;
};

} // namespace tl::ui
