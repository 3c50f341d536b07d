#include "models/PaymentTableModel.h"

#include "common/ChangeNotifier.h"
#include "receivables/LedgerText.h"

#include <QBrush>
#include <QFont>

namespace tl::ui {

using core::PaymentQuery;
using core::PaymentRow;

PaymentTableModel::PaymentTableModel(const core::Context& ctx, QObject* parent)
    : KeysetTableModel(ctx, parent)
{
    m_sortColumn = int(Column::ReceivedOn); // PaymentQuery's default: newest first
    m_ascending = false;
    if (m_ctx.notifier)
        connect(m_ctx.notifier, &core::ChangeNotifier::changed, this, &PaymentTableModel::onChanged);
}

int PaymentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PaymentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentRow& row = m_rows.at(index.row());
    const Column column = Column(index.column());
    const bool reversed = row.reversedOn.isValid();
    switch (role) {
    case PaymentIdRole:
        return row.id;
    case CustomerIdRole:
        return row.customerId;
    case CreditRole:
        return row.unallocated;
    case ReversedRole:
        return reversed;
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == Column::Customer)
            return row.customerCode;
        if (reversed)
            return tr("Reversed on %1").arg(LedgerText::date(row.reversedOn));
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case Column::Amount:
        case Column::Allocated:
        case Column::Credit:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (reversed)
            return QBrush(QColor(0x90, 0x90, 0x90));
        if (column == Column::Credit && row.unallocated > 0)
            return QBrush(QColor(0x1f, 0x5f, 0xa0));
        return {};
    case Qt::FontRole:
        if (reversed && (column == Column::Amount || column == Column::PaymentNo)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (column == Column::Credit && row.unallocated > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant PaymentTableModel::display(const PaymentRow& row, Column column) const
{
    switch (column) {
    case Column::PaymentNo:
        return row.paymentNo;
    case Column::Customer:
        return row.customerName;
    case Column::ReceivedOn:
        return LedgerText::date(row.receivedOn);
    case Column::Amount:
        return LedgerText::money(row.amount);
    case Column::Method:
        return LedgerText::paymentMethod(row.method);
    case Column::Reference:
        return row.reference;
    case Column::ContractNo:
        return row.contractNo;
    case Column::Allocated:
        return LedgerText::money(row.allocated);
    case Column::Credit:
        return row.unallocated != 0 ? LedgerText::money(row.unallocated) : QString();
    case Column::Reversed:
        return LedgerText::date(row.reversedOn);
    case Column::Count:
        break;
    }
    return {};
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::PaymentNo:
        return tr("Payment no.");
    case Column::Customer:
        return tr("Customer");
    case Column::ReceivedOn:
        return tr("Received");
    case Column::Amount:
        return tr("Amount");
    case Column::Method:
        return tr("Method");
    case Column::Reference:
        return tr("Reference");
    case Column::ContractNo:
        return tr("Contract");
    case Column::Allocated:
        return tr("Allocated");
    case Column::Credit:
        return tr("Credit left");
    case Column::Reversed:
        return tr("Reversed");
    case Column::Count:
        break;
    }
    return {};
}

bool PaymentTableModel::isSortable(Column column)
{
    return column == Column::PaymentNo || column == Column::ReceivedOn;
}

PaymentQuery::SortKey PaymentTableModel::sortKey() const
{
    return Column(m_sortColumn) == Column::PaymentNo ? PaymentQuery::SortKey::PaymentNo
                                                     : PaymentQuery::SortKey::ReceivedOn;
}

void PaymentTableModel::setFilter(const PaymentQuery::Filter& filter)
{
    m_filter = filter;
    reload();
}

void PaymentTableModel::onChanged(const QString& entity, const QList<qint64>& ids)
{
    Q_UNUSED(ids)
    if (!m_loaded)
        return;
    if (entity == QLatin1String("payments") || entity == QLatin1String("installments") ||
        entity == QLatin1String("customers"))
        reloadLoadedRows(MaxRowsReloadedInPlace);
}

} // namespace tl::ui
