#include "models/CustomerOpportunityTableModel.h"

#include "common/ChangeNotifier.h"
#include "money/MoneyFormat.h"

#include <QBrush>

namespace tl::ui {

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

CustomerOpportunityTableModel::CustomerOpportunityTableModel(const core::Context& ctx, QObject* parent)
    : QAbstractTableModel(parent), m_ctx(ctx)
{
    if (m_ctx.notifier)
        connect(m_ctx.notifier, &core::ChangeNotifier::changed, this, [this](const QString& entity) {
            if (m_customerId != 0 &&
                (entity == QLatin1String("opportunities") || entity == QLatin1String("opportunity_stages")))
                reload();
        });
}

int CustomerOpportunityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerOpportunityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CustomerOpportunityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Opportunity& o = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case OpportunityIdRole:
        return o.id;
    case StageKeyRole:
        return o.stage;
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name:
            return o.name;
        case Column::Stage:
            return core::opportunityStageName(o.stage);
        case Column::Amount:
            return core::formatMoney(o.amount);
        case Column::ExpectedClose:
            return isoDate(o.expectedCloseOn);
        case Column::Owner:
            return o.ownerName;
        case Column::CreatedOn:
            return isoDate(o.createdOn);
        case Column::ClosedOn:
            return isoDate(o.closedOn);
        case Column::Count:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Stage && o.stage == QLatin1String("won"))
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (o.stage == QLatin1String("lost"))
            return QBrush(Qt::gray);
        return {};
    case Qt::ToolTipRole:
        return column == Column::Name && !o.note.isEmpty() ? QVariant(o.note) : QVariant();
    default:
        return {};
    }
}

QVariant CustomerOpportunityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Opportunity");
    case Column::Stage:
        return tr("Stage");
    case Column::Amount:
        return tr("Amount");
    case Column::ExpectedClose:
        return tr("Expected close");
    case Column::Owner:
        return tr("Owner");
    case Column::CreatedOn:
        return tr("Created");
    case Column::ClosedOn:
        return tr("Closed");
    case Column::Count:
        break;
    }
    return {};
}

void CustomerOpportunityTableModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

void CustomerOpportunityTableModel::reload()
{
    QList<core::Opportunity> rows;
    QString failure;
    if (m_customerId != 0) {
        auto list = core::OpportunityService(m_ctx).forCustomer(m_customerId);
        if (list)
            rows = std::move(list).value();
        else
            failure = list.error().message;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

const core::Opportunity* CustomerOpportunityTableModel::opportunityAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CustomerOpportunityTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

} // namespace tl::ui
