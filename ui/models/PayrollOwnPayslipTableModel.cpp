#include "models/PayrollOwnPayslipTableModel.h"

#include "money/MoneyFormat.h"

namespace tl::ui {

using core::Money;

PayrollOwnPayslipTableModel::PayrollOwnPayslipTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int PayrollOwnPayslipTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayrollOwnPayslipTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const PayrollOwnPayslipTableModel::Row* PayrollOwnPayslipTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant PayrollOwnPayslipTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const core::Payslip& p = r.payslip;
    const Column column = Column(index.column());
    std::optional<Money> amount;
    switch (column) {
    case Column::Gross:
        amount = p.gross;
        break;
    case Column::Contributions:
        amount = p.employeeContributions;
        break;
    case Column::Tax:
        amount = p.iit + p.bonusTax;
        break;
    case Column::LossDeduction:
        amount = p.lossDeducted;
        break;
    case Column::Net:
        amount = p.net;
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (amount)
            return core::formatMoney(*amount);
        return column == Column::Month ? QVariant(r.period) : QVariant();
    case AmountFenRole:
        return amount ? QVariant(amount->fen()) : QVariant();
    case Qt::TextAlignmentRole:
        return amount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant PayrollOwnPayslipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Month:
        return tr("Month");
    case Column::Gross:
        return tr("Gross pay");
    case Column::Contributions:
        return tr("Social insurance and housing fund");
    case Column::Tax:
        return tr("Income tax");
    case Column::LossDeduction:
        return tr("Loss deduction");
    case Column::Net:
        return tr("Net pay");
    case Column::Count:
        break;
    }
    return {};
}

void PayrollOwnPayslipTableModel::setRows(const QList<Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace tl::ui
