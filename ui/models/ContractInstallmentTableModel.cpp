#include "models/ContractInstallmentTableModel.h"

#include "receivables/LedgerText.h"

#include <QBrush>

namespace tl::ui {

ContractInstallmentTableModel::ContractInstallmentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int ContractInstallmentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContractInstallmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const core::Installment* ContractInstallmentTableModel::installmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant ContractInstallmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Installment& i = m_rows.at(index.row());
    const Column column = Column(index.column());
    const bool overdue = i.balance() > 0 && i.dueOn.isValid() && i.dueOn < m_today;
    switch (role) {
    case InstallmentIdRole:
        return i.id;
    case Qt::DisplayRole:
        switch (column) {
        case Column::Seq:
            return i.seq;
        case Column::DueOn:
            return LedgerText::date(i.dueOn);
        case Column::Amount:
            return LedgerText::money(i.amount);
        case Column::Paid:
            return LedgerText::money(i.paid);
        case Column::WrittenOff:
            return i.writtenOff != 0 || i.pendingWriteOff != 0 ? LedgerText::money(i.writtenOff) : QString();
        case Column::Disputed:
            return i.disputed != 0 ? LedgerText::money(i.disputed) : QString();
        case Column::Balance:
            return LedgerText::money(i.balance());
        case Column::Collector:
            return i.collectorName.isEmpty() ? i.collectorCode : i.collectorName;
        case Column::LastPaidOn:
            return LedgerText::date(i.lastPaidOn);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::WrittenOff && i.pendingWriteOff != 0)
            return tr("%1 waiting for approval").arg(LedgerText::money(i.pendingWriteOff));
        if (column == Column::Balance && overdue)
            return tr("Overdue since %1").arg(LedgerText::date(i.dueOn.addDays(1)));
        if (column == Column::Collector)
            return i.collectorCode;
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case Column::Seq:
            return int(Qt::AlignCenter);
        case Column::Amount:
        case Column::Paid:
        case Column::WrittenOff:
        case Column::Disputed:
        case Column::Balance:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if ((column == Column::Balance || column == Column::DueOn) && overdue)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (column == Column::Balance && i.balance() == 0)
            return QBrush(QColor(0x20, 0x80, 0x40));
        return {};
    default:
        return {};
    }
}

QVariant ContractInstallmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Seq:
        return tr("No.");
    case Column::DueOn:
        return tr("Due date");
    case Column::Amount:
        return tr("Amount");
    case Column::Paid:
        return tr("Received");
    case Column::WrittenOff:
        return tr("Written off");
    case Column::Disputed:
        return tr("Disputed");
    case Column::Balance:
        return tr("Balance");
    case Column::Collector:
        return tr("Collector");
    case Column::LastPaidOn:
        return tr("Last payment");
    case Column::Count:
        break;
    }
    return {};
}

void ContractInstallmentTableModel::setInstallments(const QList<core::Installment>& installments,
                                                    const QDate& today)
{
    beginResetModel();
    m_rows = installments;
    m_today = today;
    endResetModel();
}

} // namespace tl::ui
