#include "models/PayrollSalaryProfileTableModel.h"

#include "money/MoneyFormat.h"
#include "money/Rate.h"

#include <QFont>
#include <QLocale>
#include <QStringList>

namespace tl::ui {

PayrollSalaryProfileTableModel::PayrollSalaryProfileTableModel(QObject* parent) : QAbstractTableModel(parent)
{}

int PayrollSalaryProfileTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayrollSalaryProfileTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const core::SalaryProfile* PayrollSalaryProfileTableModel::profileAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

namespace {

std::optional<core::Money> amountOf(const core::SalaryProfile& p,
                                    PayrollSalaryProfileTableModel::Column column)
{
    using C = PayrollSalaryProfileTableModel::Column;
    switch (column) {
    case C::BaseSalary:
        return p.baseSalary;
    case C::PerformanceSalary:
        return p.performanceSalary;
    case C::Allowance:
        return p.allowance;
    case C::SiBase:
        return p.siBase;
    case C::HfBase:
        return p.hfBase;
    case C::SpecialDeduction:
        return p.specialDeduction;
    default:
        return std::nullopt;
    }
}

} // namespace

QVariant PayrollSalaryProfileTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SalaryProfile& p = m_rows.at(index.row());
    const Column column = Column(index.column());
    const auto amount = amountOf(p, column);
    switch (role) {
    case Qt::DisplayRole:
        if (amount)
            return p.masked ? QStringLiteral("***") : core::formatMoney(*amount);
        switch (column) {
        case Column::EffectiveFrom:
            return p.effectiveFrom.toString(Qt::ISODate);
        case Column::HfRate:
            if (p.masked)
                return QStringLiteral("***");
            return p.hfRatePpm == 0 ? tr("City rate")
                                    : tr("%1%").arg(core::Rate::fromPpm(p.hfRatePpm).percentText());
        case Column::TaxFlags: {
            QStringList flags;
            if (p.firstJobInYear)
                flags << tr("First job in the year");
            if (p.lowEarnerPreviousYear)
                flags << tr("60,000 deduction");
            if (!p.bonusSeparately)
                flags << tr("Bonus taxed with wages");
            return flags.join(QStringLiteral(", "));
        }
        case Column::Note:
            return p.note;
        default:
            return {};
        }
    case AmountFenRole:
        return amount && !p.masked ? QVariant(amount->fen()) : QVariant();
    case Qt::FontRole:
        if (index.row() == m_current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.row() == m_current && column == Column::EffectiveFrom)
            return tr("In force today");
        if (column == Column::Note)
            return p.note;
        return {};
    case Qt::TextAlignmentRole:
        if (amount || column == Column::HfRate)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PayrollSalaryProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::EffectiveFrom:
        return tr("From");
    case Column::BaseSalary:
        return tr("Base salary");
    case Column::PerformanceSalary:
        return tr("Performance salary");
    case Column::Allowance:
        return tr("Allowance");
    case Column::SiBase:
        return tr("Social-insurance base");
    case Column::HfBase:
        return tr("Housing-fund base");
    case Column::HfRate:
        return tr("Housing-fund rate");
    case Column::SpecialDeduction:
        return tr("Special additional deductions");
    case Column::TaxFlags:
        return tr("Income-tax flags");
    case Column::Note:
        return tr("Note");
    case Column::Count:
        break;
    }
    return {};
}

void PayrollSalaryProfileTableModel::setProfiles(const QList<core::SalaryProfile>& profiles,
                                                 const QDate& today)
{
    beginResetModel();
    m_rows = profiles;
    m_current = -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).effectiveFrom <= today)
            m_current = i; // oldest first: the last one started is in force
    endResetModel();
}

} // namespace tl::ui
