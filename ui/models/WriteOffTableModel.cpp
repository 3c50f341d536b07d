#include "models/WriteOffTableModel.h"

#include "receivables/LedgerText.h"

#include <QLocale>

namespace tl::ui {

WriteOffTableModel::WriteOffTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int WriteOffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WriteOffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const core::WriteOff* WriteOffTableModel::writeOffAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString WriteOffTableModel::statusName(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Waiting for approval");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

QVariant WriteOffTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::WriteOff& w = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::RequestedOn:
            return LedgerText::date(w.requestedOn);
        case Column::Installment:
            return tr("%1 #%2").arg(w.contractNo).arg(w.seq);
        case Column::Customer:
            return w.customerName;
        case Column::Amount:
            return LedgerText::money(w.amount);
        case Column::Reason:
            return w.reason;
        case Column::Evidence:
            return w.evidenceSize > 0
                       ? tr("%1 (%2)").arg(w.evidenceName, QLocale().formattedDataSize(w.evidenceSize))
                       : QString();
        case Column::RequestedBy:
            return w.requestedByName;
        case Column::Status:
            return statusName(w.status);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Reason)
            return w.reason;
        if (column == Column::Status && !w.decisionNote.isEmpty())
            return w.decisionNote;
        if (column == Column::Customer)
            return w.customerCode;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant WriteOffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::RequestedOn:
        return tr("Requested");
    case Column::Installment:
        return tr("Instalment");
    case Column::Customer:
        return tr("Customer");
    case Column::Amount:
        return tr("Amount");
    case Column::Reason:
        return tr("Reason");
    case Column::Evidence:
        return tr("Evidence");
    case Column::RequestedBy:
        return tr("Requested by");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

void WriteOffTableModel::setWriteOffs(const QList<core::WriteOff>& writeOffs)
{
    beginResetModel();
    m_rows = writeOffs;
    endResetModel();
}

} // namespace tl::ui
