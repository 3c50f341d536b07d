#include "models/ContractTableModel.h"

#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "receivables/LedgerText.h"

#include <QBrush>

namespace tl::ui {

using core::ContractQuery;
using core::ContractRow;
using core::ContractStatus;

ContractTableModel::ContractTableModel(const core::Context& ctx, QObject* parent)
    : KeysetTableModel(ctx, parent)
{
    m_sortColumn = int(Column::SignedOn); // ContractQuery's default: newest first
    m_ascending = false;
    if (m_ctx.notifier)
        connect(m_ctx.notifier, &core::ChangeNotifier::changed, this, &ContractTableModel::onChanged);
}

int ContractTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ContractTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContractRow& row = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case ContractIdRole:
        return row.contract.id;
    case StatusKeyRole:
        return core::contractStatusKey(row.contract.status);
    case AmountRole:
        return row.contract.amount;
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == Column::Collected)
            return tr("%1 of %2 collected")
                .arg(LedgerText::money(row.collected), LedgerText::money(row.contract.amount));
        if (column == Column::Customer)
            return tr("%1 (%2)").arg(row.contract.customerName, row.contract.customerCode);
        if (column == Column::Salesperson)
            return row.contract.salespersonCode;
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case Column::Amount:
        case Column::Collected:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Column::Installments:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == Column::Status) {
            switch (row.contract.status) {
            case ContractStatus::Draft:
                return QBrush(QColor(0x80, 0x80, 0x80));
            case ContractStatus::Cancelled:
                return QBrush(QColor(0xb0, 0x20, 0x20));
            case ContractStatus::Closed:
                return QBrush(QColor(0x20, 0x80, 0x40));
            case ContractStatus::Active:
                return {};
            }
        }
        if (column == Column::NextDue && row.nextDueOn.isValid() && row.nextDueOn < m_ctx.clock.today())
            return QBrush(QColor(0xb0, 0x20, 0x20)); // overdue
        return {};
    default:
        return {};
    }
}

QVariant ContractTableModel::display(const ContractRow& row, Column column) const
{
    const core::Contract& c = row.contract;
    switch (column) {
    case Column::ContractNo:
        return c.contractNo;
    case Column::Customer:
        return c.customerName;
    case Column::Salesperson:
        return c.salespersonName.isEmpty() ? c.salespersonCode : c.salespersonName;
    case Column::SignedOn:
        return LedgerText::date(c.signedOn);
    case Column::Amount:
        return LedgerText::money(c.amount);
    case Column::Kind:
        return core::contractKindName(c.kind);
    case Column::Status:
        return core::contractStatusName(c.status);
    case Column::Collected:
        return LedgerText::percentBp(row.collectedBp);
    case Column::Installments:
        return tr("%1/%2").arg(row.paidInstallments).arg(row.totalInstallments);
    case Column::NextDue:
        return LedgerText::date(row.nextDueOn);
    case Column::Title:
        return c.title;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::ContractNo:
        return tr("Contract no.");
    case Column::Customer:
        return tr("Customer");
    case Column::Salesperson:
        return tr("Salesperson");
    case Column::SignedOn:
        return tr("Signed");
    case Column::Amount:
        return tr("Amount");
    case Column::Kind:
        return tr("Kind");
    case Column::Status:
        return tr("Status");
    case Column::Collected:
        return tr("Collected");
    case Column::Installments:
        return tr("Paid instalments");
    case Column::NextDue:
        return tr("Next due");
    case Column::Title:
        return tr("Title");
    case Column::Count:
        break;
    }
    return {};
}

bool ContractTableModel::isSortable(Column column)
{
    return column == Column::ContractNo || column == Column::SignedOn || column == Column::Amount;
}

ContractQuery::SortKey ContractTableModel::sortKey() const
{
    switch (Column(m_sortColumn)) {
    case Column::ContractNo:
        return ContractQuery::SortKey::ContractNo;
    case Column::Amount:
        return ContractQuery::SortKey::Amount;
    default:
        return ContractQuery::SortKey::SignedOn;
    }
}

void ContractTableModel::setFilter(const ContractQuery::Filter& filter)
{
    m_filter = filter;
    reload();
}

void ContractTableModel::onChanged(const QString& entity, const QList<qint64>& ids)
{
    Q_UNUSED(ids)
    if (!m_loaded)
        return;
    if (entity == QLatin1String("contracts") || entity == QLatin1String("installments") ||
        entity == QLatin1String("payments") || entity == QLatin1String("write_offs") ||
        entity == QLatin1String("customers") || entity == QLatin1String("employees"))
        reloadLoadedRows(MaxRowsReloadedInPlace);
}

} // namespace tl::ui
