#include "models/OwnershipTableModel.h"

#include "common/ChangeNotifier.h"
#include "customers/CustomerService.h"

#include <QBrush>

#include <algorithm>

namespace tl::ui {

OwnershipTableModel::OwnershipTableModel(const core::Context& ctx, QObject* parent)
    : QAbstractTableModel(parent), m_ctx(ctx)
{
    if (m_ctx.notifier)
        connect(m_ctx.notifier, &core::ChangeNotifier::changed, this, [this](const QString& entity) {
            if (m_customerId != 0 &&
                (entity == QLatin1String("customers") || entity == QLatin1String("customer_ownership")))
                reload();
        });
}

int OwnershipTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OwnershipTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString OwnershipTableModel::ownerText(qint64 id, const QString& name) const
{
    return id == 0 ? tr("Pool") : name;
}

QVariant OwnershipTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::OwnershipChange& c = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case ReasonKeyRole:
        return core::ownershipReasonKey(c.reason);
    case Qt::DisplayRole:
        switch (column) {
        case Column::At:
            return c.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Column::From:
            // The first row ("created") has nobody before it.
            return c.reason == core::OwnershipReason::Created && c.fromOwnerId == 0
                       ? QString()
                       : ownerText(c.fromOwnerId, c.fromOwnerName);
        case Column::To:
            return ownerText(c.toOwnerId, c.toOwnerName);
        case Column::Reason:
            return core::ownershipReasonName(c.reason);
        case Column::By:
            return c.username == QLatin1String("system") ? tr("System") : c.username;
        case Column::Note:
            return c.note;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if ((column == Column::From && c.fromOwnerId == 0) || (column == Column::To && c.toOwnerId == 0))
            return QBrush(Qt::gray);
        return {};
    case Qt::ToolTipRole:
        return column == Column::Note && !c.note.isEmpty() ? QVariant(c.note) : QVariant();
    default:
        return {};
    }
}

QVariant OwnershipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::At:
        return tr("Time");
    case Column::From:
        return tr("From");
    case Column::To:
        return tr("To");
    case Column::Reason:
        return tr("Reason");
    case Column::By:
        return tr("By");
    case Column::Note:
        return tr("Note");
    case Column::Count:
        break;
    }
    return {};
}

void OwnershipTableModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

void OwnershipTableModel::reload()
{
    QList<core::OwnershipChange> rows;
    QString failure;
    if (m_customerId != 0) {
        auto history = core::CustomerService(m_ctx).ownershipHistory(m_customerId);
        if (history) {
            rows = std::move(history).value();
            std::reverse(rows.begin(), rows.end()); // the service gives oldest first
        } else {
            failure = history.error().message;
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

const core::OwnershipChange* OwnershipTableModel::changeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace tl::ui
