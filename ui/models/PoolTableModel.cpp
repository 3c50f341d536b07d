#include "models/PoolTableModel.h"

#include "common/ChangeNotifier.h"
#include "customers/CustomerService.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace tl::ui {

using core::CustomerQuery;
using core::CustomerRow;

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Whether a change of the record can move it in the sort order or in or out of the filter.
bool placeChanged(const core::Customer& before, const core::Customer& after)
{
    return before.code != after.code || before.name != after.name || before.level != after.level ||
           before.type != after.type || before.region != after.region || before.industry != after.industry ||
           before.poolSince != after.poolSince;
}

} // namespace

PoolTableModel::PoolTableModel(const core::Context& ctx, QObject* parent) : KeysetTableModel(ctx, parent)
{
    m_filter.scope = CustomerQuery::Scope::Pool;
    if (m_ctx.notifier)
        connect(m_ctx.notifier, &core::ChangeNotifier::changed, this, &PoolTableModel::onChanged);
}

int PoolTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PoolTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Customer& c = m_rows.at(index.row()).customer;
    switch (role) {
    case CustomerIdRole:
        return c.id;
    case CustomerCodeRole:
        return c.code;
    case LevelRole:
        return c.level;
    case TypeKeyRole:
        return c.type;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Code:
            return c.code;
        case Column::Name:
            return c.name;
        case Column::Type:
            return core::customerTypeName(c.type);
        case Column::Level:
            return c.level;
        case Column::Industry:
            return c.industry;
        case Column::Region:
            return c.region;
        case Column::PoolSince:
            return isoDate(c.poolSince);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::Name && !c.address.isEmpty())
            return tr("%1\n%2").arg(c.name, c.address);
        return {};
    case Qt::TextAlignmentRole:
        if (Column(index.column()) == Column::Level)
            return int(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant PoolTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Code:
        return tr("Code");
    case Column::Name:
        return tr("Customer");
    case Column::Type:
        return tr("Type");
    case Column::Level:
        return tr("Level");
    case Column::Industry:
        return tr("Industry");
    case Column::Region:
        return tr("Region");
    case Column::PoolSince:
        return tr("In pool since");
    case Column::Count:
        break;
    }
    return {};
}

bool PoolTableModel::isSortable(Column column)
{
    switch (column) {
    case Column::Code:
    case Column::Name:
    case Column::Level:
    case Column::PoolSince:
        return true;
    default:
        return false;
    }
}

CustomerQuery::SortKey PoolTableModel::sortKey() const
{
    switch (Column(m_sortColumn)) {
    case Column::Name:
        return CustomerQuery::SortKey::Name;
    case Column::Level:
        return CustomerQuery::SortKey::Level;
    case Column::PoolSince:
        return CustomerQuery::SortKey::PoolSince;
    default:
        return CustomerQuery::SortKey::Code;
    }
}

void PoolTableModel::setFilter(const CustomerQuery::Filter& filter)
{
    m_filter = filter;
    m_filter.scope = CustomerQuery::Scope::Pool;
    reload();
}

void PoolTableModel::onChanged(const QString& entity, const QList<qint64>& ids)
{
    if (!m_loaded || entity != QLatin1String("customers"))
        return;
    // Many at once (a sweep, an assignment of hundreds): reading each would cost more than a reload.
    if (ids.isEmpty() || ids.size() > MaxChangesInPlace || !applyInPlace(ids))
        reloadLoadedRows(MaxRowsReloadedInPlace);
}

// Removes the loaded rows of customers that left the pool and refreshes changed ones where they are.
// Returns false when the change needs the rows read again (a customer came into the pool, or a change
// moves a row in the sort order or the filter).
bool PoolTableModel::applyInPlace(const QList<qint64>& ids)
{
    const core::CustomerService service(m_ctx);
    QList<int> removed;
    QList<std::pair<int, core::Customer>> updates;
    for (qint64 id : ids) {
        const int row = rowOfId(id);
        auto fresh = service.get(id);
        const bool inPool = fresh && fresh->ownerId == 0;
        if (row < 0) {
            if (inPool)
                return false; // new in the pool
            continue;         // an owned customer changed: not ours
        }
        if (!inPool) {
            removed.append(row);
            continue;
        }
        if (placeChanged(m_rows.at(row).customer, *fresh))
            return false;
        updates.append({row, std::move(fresh).value()});
    }
    const QScopedValueRollback busy(m_busy, true);
    for (auto& [row, customer] : updates) {
        m_rows[row].customer = std::move(customer);
        emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
    }
    std::sort(removed.begin(), removed.end(), std::greater<int>());
    removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
    for (int row : removed) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (!removed.isEmpty()) {
        rebuildIndex();
        m_total = std::max<qint64>(0, m_total - removed.size());
        emit totalCountChanged(m_total);
    }
    return true;
}

} // namespace tl::ui
