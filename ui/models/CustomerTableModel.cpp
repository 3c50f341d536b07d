#include "models/CustomerTableModel.h"

#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "customers/PoolRules.h"
#include "models/CustomerCountdown.h"

#include <QBrush>
#include <QFont>
#include <QScopedValueRollback>

namespace tl::ui {

using core::CustomerQuery;
using core::CustomerRow;

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

constexpr int DefaultWarnDays = 7; // DESIGN §5, used when the rules cannot be read

} // namespace

CustomerTableModel::CustomerTableModel(const core::Context& ctx, QObject* parent)
    : QAbstractTableModel(parent), m_ctx(ctx)
{
    if (m_ctx.notifier)
        connect(m_ctx.notifier, &core::ChangeNotifier::changed, this, &CustomerTableModel::onChanged);
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

int CustomerTableModel::warnDays(const QString& level) const
{
    return m_warnDays.value(level, DefaultWarnDays);
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow& row = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case CustomerIdRole:
        return row.customer.id;
    case CustomerCodeRole:
        return row.customer.code;
    case OwnerIdRole:
        return row.customer.ownerId;
    case DaysToReclaimRole:
        return row.daysToReclaim;
    case CountdownStateRole:
        return int(CustomerCountdown::state(row, warnDays(row.customer.level)));
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::ForegroundRole:
        if (column == Column::Reclaim) {
            const QColor colour =
                CustomerCountdown::colour(CustomerCountdown::state(row, warnDays(row.customer.level)));
            return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
        }
        if (column == Column::Owner && row.customer.ownerId == 0)
            return QBrush(Qt::gray);
        return {};
    case Qt::FontRole:
        if (column == Column::Reclaim &&
            CustomerCountdown::emphasised(CustomerCountdown::state(row, warnDays(row.customer.level)))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Level)
            return int(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant CustomerTableModel::display(const CustomerRow& row, Column column) const
{
    const core::Customer& c = row.customer;
    switch (column) {
    case Column::Code:
        return c.code;
    case Column::Name:
        return c.name;
    case Column::Type:
        return core::customerTypeName(c.type);
    case Column::Level:
        return c.level;
    case Column::Region:
        return c.region;
    case Column::Owner:
        if (c.ownerId == 0)
            return tr("Pool");
        return c.ownerName.isEmpty() ? c.ownerCode : c.ownerName;
    case Column::OwnedSince:
        return isoDate(c.ownedSince);
    case Column::LastFollowUp:
        return c.lastOwnerFollowUpAt.isValid() ? c.lastOwnerFollowUpAt.date().toString(Qt::ISODate)
                                               : QString();
    case Column::Reclaim:
        return CustomerCountdown::text(CustomerCountdown::state(row, warnDays(c.level)), row.daysToReclaim);
    case Column::Phone:
        return row.phone;
    case Column::Count:
        break;
    }
    return {};
}

QVariant CustomerTableModel::toolTip(const CustomerRow& row, Column column) const
{
    const core::Customer& c = row.customer;
    switch (column) {
    case Column::Name:
        return c.address.isEmpty() ? QVariant() : QVariant(c.address);
    case Column::Owner:
        if (c.ownerId == 0)
            return tr("In the customer pool since %1").arg(isoDate(c.poolSince));
        return tr("%1 (%2)").arg(c.ownerName, c.ownerCode);
    case Column::LastFollowUp:
        if (!c.lastOwnerFollowUpAt.isValid())
            return tr("No follow-up by the owner since the ownership started");
        return c.lastOwnerFollowUpAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Column::Reclaim: {
        const auto state = CustomerCountdown::state(row, warnDays(c.level));
        const QString text = CustomerCountdown::toolTip(state, row.daysToReclaim, isoDate(row.reclaimOn));
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Column::Phone:
        if (c.contactsHidden)
            return c.ownerId == 0 ? tr("Hidden: claim the customer to see its contacts")
                                  : tr("Hidden: your role may not see this customer's contacts");
        return {};
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Column::Region:
        return tr("Region");
    case Column::Owner:
        return tr("Owner");
    case Column::OwnedSince:
        return tr("Owned since");
    case Column::LastFollowUp:
        return tr("Last follow-up");
    case Column::Reclaim:
        return tr("Pool countdown");
    case Column::Phone:
        return tr("Phone");
    case Column::Count:
        break;
    }
    return {};
}

bool CustomerTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CustomerTableModel::fetchMore(const QModelIndex& parent)
{
    // Not from inside our own reset/insert notifications: canFetchMore() stays true and the view asks again.
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    QList<CustomerRow> rows;
    if (!fetchPage(m_pageSize, &rows) || rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    for (int i = first; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).customer.id, i);
    endInsertRows();
}

bool CustomerTableModel::fetchPage(int limit, QList<CustomerRow>* rows)
{
    const CustomerQuery query(m_ctx, m_filter, sortKey(), m_ascending);
    auto page = query.page(m_next, limit);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error().message);
        return false;
    }
    *rows = std::move(page->rows);
    m_next = page->next;
    m_atEnd = !m_next.valid();
    return true;
}

bool CustomerTableModel::updateCount()
{
    const CustomerQuery query(m_ctx, m_filter, sortKey(), m_ascending);
    auto count = query.count();
    const qint64 total = count ? *count : 0;
    if (!count)
        emit loadFailed(count.error().message);
    if (total != m_total) {
        m_total = total;
        emit totalCountChanged(m_total);
    }
    return count.ok();
}

void CustomerTableModel::loadWarnDays()
{
    m_warnDays.clear();
    const QDate asOf = m_filter.asOf.isValid() ? m_filter.asOf : m_ctx.clock.today();
    const core::PoolRules rules(m_ctx);
    for (const QString& level : core::customerLevels()) {
        auto rule = rules.ruleFor(level, asOf);
        m_warnDays.insert(level, rule ? rule->warnDays : DefaultWarnDays);
    }
}

void CustomerTableModel::reload()
{
    m_loaded = true;
    loadWarnDays();
    resetRows(m_pageSize);
}

void CustomerTableModel::reloadLoadedRows()
{
    // Re-read as many rows as were loaded (at least one page) so the view keeps its place; after a deep
    // scroll through a huge list, start again from the first page instead.
    const int loaded = int(m_rows.size());
    resetRows(loaded > MaxRowsReloadedInPlace ? m_pageSize : std::max(m_pageSize, loaded));
}

void CustomerTableModel::resetRows(int wanted)
{
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_next = {};
    m_atEnd = false;
    if (updateCount())
        fetchPage(wanted, &m_rows);
    else
        m_atEnd = true;
    rebuildIndex();
    endResetModel();
}

void CustomerTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).customer.id, i);
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count) || !isSortable(Column(column)))
        return;
    const bool ascending = order == Qt::AscendingOrder;
    if (Column(column) == m_sortColumn && ascending == m_ascending)
        return;
    m_sortColumn = Column(column);
    m_ascending = ascending;
    if (m_loaded) // before the first load (e.g. a restored header), only remember the order
        resetRows(m_pageSize);
}

bool CustomerTableModel::isSortable(Column column)
{
    switch (column) {
    case Column::Code:
    case Column::Name:
    case Column::Level:
    case Column::Owner:
    case Column::Reclaim:
        return true;
    default:
        return false;
    }
}

CustomerQuery::SortKey CustomerTableModel::sortKey() const
{
    switch (m_sortColumn) {
    case Column::Name:
        return CustomerQuery::SortKey::Name;
    case Column::Level:
        return CustomerQuery::SortKey::Level;
    case Column::Owner:
        return CustomerQuery::SortKey::Owner;
    case Column::Reclaim:
        return CustomerQuery::SortKey::ReclaimOn;
    default:
        return CustomerQuery::SortKey::Code;
    }
}

void CustomerTableModel::setFilter(const CustomerQuery::Filter& filter)
{
    m_filter = filter;
    reload();
}

const CustomerRow* CustomerTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CustomerTableModel::rowOfId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

void CustomerTableModel::onChanged(const QString& entity, const QList<qint64>& ids)
{
    Q_UNUSED(ids)
    if (!m_loaded)
        return;
    if (entity == QLatin1String("pool_rules")) {
        reload();
        return;
    }
    if (entity == QLatin1String("customers") || entity == QLatin1String("customer_contacts") ||
        entity == QLatin1String("customer_ownership") || entity == QLatin1String("followups") ||
        entity == QLatin1String("employees"))
        reloadLoadedRows();
}

} // namespace tl::ui
