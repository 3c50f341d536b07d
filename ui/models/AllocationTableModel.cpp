#include "models/AllocationTableModel.h"

#include "receivables/LedgerText.h"

#include <QBrush>

namespace tl::ui {

AllocationTableModel::AllocationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int AllocationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllocationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const core::Allocation* AllocationTableModel::allocationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 AllocationTableModel::total() const
{
    qint64 sum = 0;
    for (const core::Allocation& a : m_rows)
        sum += a.amount;
    return sum;
}

QString AllocationTableModel::kindName(const QString& kind)
{
    if (kind == QLatin1String("auto"))
        return tr("Automatic");
    if (kind == QLatin1String("manual"))
        return tr("By hand");
    if (kind == QLatin1String("reversal"))
        return tr("Reversal");
    if (kind == QLatin1String("unallocate"))
        return tr("Back to credit");
    return kind;
}

QVariant AllocationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Allocation& a = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::OnDate:
            return LedgerText::date(a.onDate);
        case Column::PaymentNo:
            return a.paymentNo;
        case Column::Installment:
            return tr("%1 #%2").arg(a.contractNo).arg(a.seq);
        case Column::Amount:
            return LedgerText::money(a.amount);
        case Column::Kind:
            return kindName(a.kind);
        case Column::Count:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Amount && a.amount < 0)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    default:
        return {};
    }
}

QVariant AllocationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::OnDate:
        return tr("Date");
    case Column::PaymentNo:
        return tr("Payment no.");
    case Column::Installment:
        return tr("Instalment");
    case Column::Amount:
        return tr("Amount");
    case Column::Kind:
        return tr("How");
    case Column::Count:
        break;
    }
    return {};
}

void AllocationTableModel::setAllocations(const QList<core::Allocation>& allocations)
{
    beginResetModel();
    m_rows = allocations;
    endResetModel();
}

} // namespace tl::ui
