#include "models/PayrollLossClaimTableModel.h"

#include "money/MoneyFormat.h"

#include <QLocale>

namespace tl::ui {

using core::Money;

PayrollLossClaimTableModel::PayrollLossClaimTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int PayrollLossClaimTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayrollLossClaimTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const core::LossClaim* PayrollLossClaimTableModel::claimAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

Money PayrollLossClaimTableModel::totalOutstanding() const
{
    Money sum;
    for (const core::LossClaim& c : m_rows)
        sum += c.outstanding();
    return sum;
}

QString PayrollLossClaimTableModel::statusName(const QString& status)
{
    if (status == QLatin1String("requested"))
        return tr("Waiting for approval");
    if (status == QLatin1String("approved"))
        return tr("Approved (being deducted)");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("settled"))
        return tr("Settled");
    return status;
}

QVariant PayrollLossClaimTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::LossClaim& c = m_rows.at(index.row());
    const Column column = Column(index.column());
    std::optional<Money> amount;
    if (column == Column::Amount)
        amount = c.amount;
    else if (column == Column::Recovered)
        amount = c.recovered;
    else if (column == Column::Outstanding)
        amount = c.outstanding();
    switch (role) {
    case Qt::DisplayRole:
        if (amount)
            return core::formatMoney(*amount);
        switch (column) {
        case Column::RequestedAt:
            return c.requestedAt.date().toString(Qt::ISODate);
        case Column::Employee:
            return tr("%1 %2").arg(c.employeeCode, c.employeeName);
        case Column::Reason:
            return c.reason;
        case Column::Evidence:
            return c.evidenceSize > 0
                       ? tr("%1 (%2)").arg(c.evidenceName, QLocale().formattedDataSize(c.evidenceSize))
                       : QString();
        case Column::Status:
            return statusName(c.status);
        case Column::RequestedBy: // no user: written by the system (an import, the demo company)
            return c.requestedByName.isEmpty() ? tr("System") : c.requestedByName;
        case Column::DecidedBy: // decided by no user: the system
            return c.approverName.isEmpty() && c.decidedAt.isValid() ? tr("System") : c.approverName;
        default:
            return {};
        }
    case AmountFenRole:
        return amount ? QVariant(amount->fen()) : QVariant();
    case Qt::ToolTipRole:
        if (column == Column::Reason)
            return c.reason;
        if (column == Column::DecidedBy && !c.decisionNote.isEmpty())
            return c.decisionNote;
        if (column == Column::Outstanding && c.outstanding().isPositive())
            return tr(
                "Deducted from later payrolls: at most 20% of the month's wage, never below the minimum "
                "wage.");
        return {};
    case Qt::TextAlignmentRole:
        return amount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant PayrollLossClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::RequestedAt:
        return tr("Requested");
    case Column::Employee:
        return tr("Employee");
    case Column::Amount:
        return tr("Amount");
    case Column::Recovered:
        return tr("Recovered");
    case Column::Outstanding:
        return tr("Outstanding");
    case Column::Reason:
        return tr("Reason");
    case Column::Evidence:
        return tr("Evidence");
    case Column::Status:
        return tr("Status");
    case Column::RequestedBy:
        return tr("Requested by");
    case Column::DecidedBy:
        return tr("Decided by");
    case Column::Count:
        break;
    }
    return {};
}

void PayrollLossClaimTableModel::setClaims(const QList<core::LossClaim>& claims)
{
    beginResetModel();
    m_rows = claims;
    endResetModel();
}

} // namespace tl::ui
