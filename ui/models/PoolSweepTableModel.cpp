#include "models/PoolSweepTableModel.h"

namespace tl::ui {

using Item = core::PoolSweep::Item;

PoolSweepTableModel::PoolSweepTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PoolSweepTableModel::setItems(const QList<Item>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

QString PoolSweepTableModel::reasonName(const QString& key)
{
    if (key == QLatin1String("no_follow_up"))
        return tr("No follow-up");
    if (key == QLatin1String("no_deal"))
        return tr("No deal");
    if (key == QLatin1String("open_receivables"))
        return tr("Open receivables");
    return key;
}

int PoolSweepTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PoolSweepTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PoolSweepTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items.at(index.row());
    switch (role) {
    case CustomerIdRole:
        return item.customerId;
    case ReasonKeyRole:
        return item.reason;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Code:
            return item.customerCode;
        case Column::Customer:
            return item.customerName;
        case Column::Owner:
            return item.ownerCode;
        case Column::Rule:
            return reasonName(item.reason);
        case Column::DueOn:
            return item.dueOn.isValid() ? item.dueOn.toString(Qt::ISODate) : QString();
        case Column::DaysLeft:
            return item.daysLeft > 0 ? tr("%n day(s)", nullptr, item.daysLeft) : QString();
        case Column::Count:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (Column(index.column()) == Column::DaysLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PoolSweepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Code:
        return tr("Code");
    case Column::Customer:
        return tr("Customer");
    case Column::Owner:
        return tr("Owner");
    case Column::Rule:
        return tr("Rule");
    case Column::DueOn:
        return tr("Due on");
    case Column::DaysLeft:
        return tr("Days left");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tl::ui
