#include "models/PayrollPayslipTableModel.h"

#include "money/MoneyFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cstdlib>

namespace tl::ui {

using core::Money;

PayrollPayslipTableModel::PayrollPayslipTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int PayrollPayslipTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_rows.isEmpty())
        return 0;
    return int(m_rows.size()) + 1; // + totals
}

int PayrollPayslipTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const core::Payslip* PayrollPayslipTableModel::payslipAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 PayrollPayslipTableModel::amountOf(const core::Payslip& p, Column column)
{
    switch (column) {
    case Column::Gross:
        return p.gross.fen();
    case Column::Contributions:
        return p.employeeContributions.fen();
    case Column::Tax:
        return (p.iit + p.bonusTax).fen();
    case Column::LossDeduction:
        return p.lossDeducted.fen();
    case Column::Net:
        return p.net.fen();
    case Column::EmployerCost:
        return p.employerCost.fen();
    default:
        return 0;
    }
}

qint64 PayrollPayslipTableModel::total(Column column) const
{
    Money sum;
    for (const core::Payslip& p : m_rows)
        sum += Money::fromFen(amountOf(p, column));
    return sum.fen();
}

bool PayrollPayslipTableModel::changedFromLastMonth(int row) const
{
    const core::Payslip* p = payslipAt(row);
    if (!p || !m_compare)
        return false;
    const auto it = m_previousNet.constFind(p->employeeId);
    // Cumulative withholding moves the net pay by a fen or so from month to month: a change counts from
    // ¥1.00 (the tooltip still shows any difference).
    return it == m_previousNet.constEnd() || std::abs(it.value() - p->net.fen()) >= kNoticeableFen;
}

QVariant PayrollPayslipTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column column = Column(index.column());
    const bool amountColumn = column >= Column::Gross && column <= Column::EmployerCost;
    if (isTotalsRow(index.row())) {
        switch (role) {
        case Qt::DisplayRole:
            if (column == Column::Code)
                return tr("Total");
            if (column == Column::Employee)
                return tr("%n payslip(s)", nullptr, int(m_rows.size()));
            return amountColumn ? QVariant(core::formatMoney(Money::fromFen(total(column)))) : QVariant();
        case AmountFenRole:
            return amountColumn ? QVariant(total(column)) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::TextAlignmentRole:
            return amountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        default:
            return {};
        }
    }
    const core::Payslip& p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Code:
            return p.employeeCode;
        case Column::Employee:
            return p.employeeName;
        case Column::Department:
            return p.departmentName;
        case Column::Count:
            return {};
        default:
            return core::formatMoney(Money::fromFen(amountOf(p, column)));
        }
    case AmountFenRole:
        return amountColumn ? QVariant(amountOf(p, column)) : QVariant();
    case ChangedRole:
        return changedFromLastMonth(index.row());
    case Qt::BackgroundRole:
        if (column == Column::Net && changedFromLastMonth(index.row()))
            return QBrush(QColor(0xff, 0xf0, 0xc0));
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Net && m_compare) {
            const auto it = m_previousNet.constFind(p.employeeId);
            if (it == m_previousNet.constEnd())
                return tr("Not paid last month.");
            const Money before = Money::fromFen(it.value());
            if (before == p.net)
                return tr("The same as last month.");
            const Money change = p.net - before;
            return tr("Last month: %1 (%2%3)")
                .arg(core::formatMoney(before), change.isPositive() ? QStringLiteral("+") : QString(),
                     core::formatMoney(change));
        }
        if (column == Column::Tax && p.bonusTax.isPositive())
            return tr("Cumulative withholding %1, annual bonus taxed separately %2")
                .arg(core::formatMoney(p.iit), core::formatMoney(p.bonusTax));
        return {};
    case Qt::TextAlignmentRole:
        return amountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant PayrollPayslipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Code:
        return tr("Code");
    case Column::Employee:
        return tr("Employee");
    case Column::Department:
        return tr("Department");
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
    case Column::EmployerCost:
        return tr("Employer contributions");
    case Column::Count:
        break;
    }
    return {};
}

void PayrollPayslipTableModel::setPayslips(const QList<core::Payslip>& payslips,
                                           const QList<core::Payslip>& previous)
{
    beginResetModel();
    m_rows = payslips;
    m_previousNet.clear();
    for (const core::Payslip& p : previous)
        m_previousNet.insert(p.employeeId, p.net.fen());
    m_compare = !previous.isEmpty();
    endResetModel();
}

} // namespace tl::ui
