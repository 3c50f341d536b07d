#include "models/PayrollTaxTableModel.h"

#include "money/MoneyFormat.h"

#include <QFont>

namespace tl::ui {

using core::Money;

PayrollTaxTableModel::PayrollTaxTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int PayrollTaxTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayrollTaxTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

Money PayrollTaxTableModel::totalTax() const
{
    Money sum;
    for (const core::IncomeTax::Month& m : m_rows)
        sum += m.withholding.thisMonth;
    return sum;
}

QVariant PayrollTaxTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::IncomeTax::Month& m = m_rows.at(index.row());
    const Column column = Column(index.column());
    std::optional<Money> amount;
    switch (column) {
    case Column::CumulativeIncome:
        amount = m_income * m.month;
        break;
    case Column::Taxable:
        amount = m.withholding.taxable;
        break;
    case Column::CumulativeTax:
        amount = m.withholding.cumulativeTax;
        break;
    case Column::ThisMonth:
        amount = m.withholding.thisMonth;
        break;
    case Column::NetPay:
        amount = m_income - m_insurance - m.withholding.thisMonth;
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (amount)
            return core::formatMoney(*amount);
        if (column == Column::Month)
            return tr("Month %1").arg(m.month);
        if (column == Column::Rate)
            return tr("%1%").arg(
                core::IncomeTax::cumulativeTable().at(m.withholding.bracket).rate.percentText());
        return {};
    case AmountFenRole:
        return amount ? QVariant(amount->fen()) : QVariant();
    case Qt::FontRole:
        if (index.row() > 0 && m_rows.at(index.row() - 1).withholding.bracket != m.withholding.bracket) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::ThisMonth)
            return tr("Cumulative tax %1 minus %2 withheld in earlier months")
                .arg(core::formatMoney(m.withholding.cumulativeTax),
                     core::formatMoney(m.withholding.cumulativeTax - m.withholding.thisMonth));
        return {};
    case Qt::TextAlignmentRole:
        return column == Column::Month ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant PayrollTaxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Month:
        return tr("Month");
    case Column::CumulativeIncome:
        return tr("Cumulative income");
    case Column::Taxable:
        return tr("Cumulative taxable income");
    case Column::Rate:
        return tr("Rate");
    case Column::CumulativeTax:
        return tr("Cumulative tax");
    case Column::ThisMonth:
        return tr("Tax this month");
    case Column::NetPay:
        return tr("Pay after insurance and tax");
    case Column::Count:
        break;
    }
    return {};
}

void PayrollTaxTableModel::setMonths(const QList<core::IncomeTax::Month>& months, Money monthlyIncome,
                                     Money monthlyInsurance)
{
    beginResetModel();
    m_rows = months;
    m_income = monthlyIncome;
    m_insurance = monthlyInsurance;
    endResetModel();
}

} // namespace tl::ui
