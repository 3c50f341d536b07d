#include "models/ReceivableTableModel.h"

#include "common/ChangeNotifier.h"
#include "receivables/LedgerText.h"

#include <QBrush>
#include <QFont>

namespace tl::ui {

using core::ReceivableQuery;
using core::ReceivableRow;

ReceivableTableModel::ReceivableTableModel(const core::Context& ctx, QObject* parent)
    : KeysetTableModel(ctx, parent)
{
    setCountOnReset(false);
    m_sortColumn = int(Column::DueOn);
    m_ascending = true;
    if (m_ctx.notifier)
        connect(m_ctx.notifier, &core::ChangeNotifier::changed, this, &ReceivableTableModel::onChanged);
}

int ReceivableTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

int ReceivableTableModel::bucketIndex(const ReceivableRow& row) const
{
    return row.bucketKey.isEmpty() ? -1 : m_buckets.indexOfKey(row.bucketKey);
}

QVariant ReceivableTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceivableRow& row = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case InstallmentIdRole:
        return row.installmentId;
    case CustomerIdRole:
        return row.customerId;
    case ContractIdRole:
        return row.contractId;
    case CollectorIdRole:
        return row.collectorId;
    case BalanceRole:
        return row.balance;
    case BucketIndexRole:
        return bucketIndex(row);
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Customer:
            return tr("%1 (%2)").arg(row.customerName, row.customerCode);
        case Column::Collector:
            return row.collectorCode;
        case Column::Balance:
            if (row.writtenOff != 0)
                return tr("Written off: %1").arg(LedgerText::money(row.writtenOff));
            return {};
        case Column::Probability:
            return tr(
                "Estimated probability of collecting the balance, from the customer's risk score and the "
                "days past due");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (column) {
        case Column::Amount:
        case Column::Paid:
        case Column::Balance:
        case Column::Disputed:
        case Column::DaysPastDue:
        case Column::Probability:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Column::Bucket:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    case Qt::BackgroundRole: {
        const int bucket = bucketIndex(row);
        if (bucket <= 0 || row.balance <= 0)
            return {};
        return QBrush(LedgerText::bucketTint(bucket, m_buckets.count()));
    }
    case Qt::ForegroundRole:
        if (column == Column::Disputed && row.disputed > 0)
            return QBrush(QColor(0x9a, 0x50, 0x00));
        if (column == Column::Balance && row.balance == 0)
            return QBrush(QColor(0x20, 0x80, 0x40));
        if (bucketIndex(row) > 0 && row.balance > 0)
            return QBrush(QColor(0x20, 0x20, 0x20)); // readable on the tint in any style
        return {};
    case Qt::FontRole:
        if (column == Column::Balance && row.balance > 0 && row.daysPastDue > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReceivableTableModel::display(const ReceivableRow& row, Column column) const
{
    switch (column) {
    case Column::Customer:
        return row.customerName;
    case Column::Contract:
        return tr("%1 #%2").arg(row.contractNo).arg(row.seq);
    case Column::Collector:
        return row.collectorName.isEmpty() ? row.collectorCode : row.collectorName;
    case Column::DueOn:
        return LedgerText::date(row.dueOn);
    case Column::Amount:
        return LedgerText::money(row.amount);
    case Column::Paid:
        return LedgerText::money(row.paid);
    case Column::Balance:
        return LedgerText::money(row.balance);
    case Column::Disputed:
        return row.disputed != 0 ? LedgerText::money(row.disputed) : QString();
    case Column::DaysPastDue:
        return row.daysPastDue > 0 ? QVariant(row.daysPastDue) : QVariant(QString());
    case Column::Bucket: {
        const int bucket = bucketIndex(row);
        return bucket >= 0 ? m_buckets.label(bucket) : QString();
    }
    case Column::Probability:
        return row.balance > 0 ? LedgerText::percentBp(row.collectionBp) : QString();
    case Column::LastPaidOn:
        return LedgerText::date(row.lastPaidOn);
    case Column::Letter:
        return LedgerText::letterStatus(row.letterStatus);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ReceivableTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Customer:
        return tr("Customer");
    case Column::Contract:
        return tr("Contract / instalment");
    case Column::Collector:
        return tr("Collector");
    case Column::DueOn:
        return tr("Due date");
    case Column::Amount:
        return tr("Amount");
    case Column::Paid:
        return tr("Received");
    case Column::Balance:
        return tr("Balance");
    case Column::Disputed:
        return tr("Disputed");
    case Column::DaysPastDue:
        return tr("Days late");
    case Column::Bucket:
        return tr("Ageing");
    case Column::Probability:
        return tr("Collection");
    case Column::LastPaidOn:
        return tr("Last payment");
    case Column::Letter:
        return tr("Latest letter");
    case Column::Count:
        break;
    }
    return {};
}

bool ReceivableTableModel::isSortable(Column column)
{
    return column == Column::DueOn || column == Column::Balance || column == Column::Customer ||
           column == Column::Contract;
}

ReceivableQuery::SortKey ReceivableTableModel::sortKey() const
{
    switch (Column(m_sortColumn)) {
    case Column::Balance:
        return ReceivableQuery::SortKey::Balance;
    case Column::Customer:
        return ReceivableQuery::SortKey::Customer;
    case Column::Contract:
        return ReceivableQuery::SortKey::ContractNo;
    default:
        return ReceivableQuery::SortKey::DueOn;
    }
}

void ReceivableTableModel::reload()
{
    auto buckets = core::AgingBuckets::load(m_ctx);
    m_buckets = buckets ? *buckets : core::AgingBuckets();
    KeysetTableModel::reload();
}

void ReceivableTableModel::setFilter(const ReceivableQuery::Filter& filter)
{
    m_filter = filter;
    reload();
}

void ReceivableTableModel::onChanged(const QString& entity, const QList<qint64>& ids)
{
    Q_UNUSED(ids)
    if (!m_loaded)
        return;
    if (entity == QLatin1String("settings")) {
        reload();
        emit rowsRefreshed();
        return;
    }
    if (entity == QLatin1String("installments") || entity == QLatin1String("payments") ||
        entity == QLatin1String("disputes") || entity == QLatin1String("write_offs") ||
        entity == QLatin1String("contracts") || entity == QLatin1String("letters") ||
        entity == QLatin1String("customers") || entity == QLatin1String("employees")) {
        reloadLoadedRows(MaxRowsReloadedInPlace);
        emit rowsRefreshed();
    }
}

} // namespace tl::ui
