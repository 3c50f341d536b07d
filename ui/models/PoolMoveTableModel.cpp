#include "models/PoolMoveTableModel.h"

#include <QColor>

#include <algorithm>

namespace tl::ui {

using Move = core::PoolService::Move;

PoolMoveTableModel::PoolMoveTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PoolMoveTableModel::setMoves(const QList<Move>& moves, const QHash<qint64, QString>& ownerNames)
{
    beginResetModel();
    m_moves = moves;
    m_ownerNames = ownerNames;
    endResetModel();
}

void PoolMoveTableModel::clear()
{
    setMoves({});
}

int PoolMoveTableModel::placedCount() const
{
    return int(
        std::count_if(m_moves.cbegin(), m_moves.cend(), [](const Move& m) { return m.toOwnerId != 0; }));
}

int PoolMoveTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_moves.size());
}

int PoolMoveTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PoolMoveTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Move& m = m_moves.at(index.row());
    const bool skipped = m.toOwnerId == 0;
    switch (role) {
    case CustomerIdRole:
        return m.customerId;
    case ToOwnerIdRole:
        return m.toOwnerId;
    case SkippedRole:
        return skipped;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Code:
            return m.customerCode;
        case Column::Customer:
            return m.customerName;
        case Column::From:
            if (m.fromOwnerId == 0)
                return tr("Pool");
            return m_ownerNames.value(m.fromOwnerId, QString::number(m.fromOwnerId));
        case Column::To:
            return skipped ? tr("Not assigned") : m.toOwnerName;
        case Column::Note:
            return m.reason;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::Note && !m.reason.isEmpty())
            return m.reason;
        return {};
    case Qt::ForegroundRole:
        if (skipped)
            return QColor(0xa0, 0x30, 0x30);
        return {};
    default:
        return {};
    }
}

QVariant PoolMoveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Code:
        return tr("Code");
    case Column::Customer:
        return tr("Customer");
    case Column::From:
        return tr("Current owner");
    case Column::To:
        return tr("New owner");
    case Column::Note:
        return tr("Note");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tl::ui
