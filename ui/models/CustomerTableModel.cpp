#include "models/CustomerTableModel.h"

#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "customers/PoolRules.h"
#include "models/CustomerCountdown.h"
#include "models/RiskLevelStyle.h"

#include <QBrush>
#include <QFont>

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
    : KeysetTableModel(ctx, parent), m_showRisk(ctx.session.can(core::Permission::ViewReceivables))
{
    if (m_ctx.notifier)
        connect(m_ctx.notifier, &core::ChangeNotifier::changed, this, &CustomerTableModel::onChanged);
    // Connected before any view: the risks of new rows are there when the view first asks for them.
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { loadRisks(first, last); });
    connect(this, &QAbstractItemModel::modelReset, this, [this] {
        m_risks.clear();
        loadRisks(0, rowCount() - 1);
    });
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
    case RiskScoreRole: {
        const core::RiskScore::Risk* risk = riskOf(row);
        return risk ? QVariant(risk->score) : QVariant();
    }
    case RiskLevelRole: {
        const core::RiskScore::Risk* risk = riskOf(row);
        return risk ? QVariant(core::RiskScore::levelKey(risk->level)) : QVariant();
    }
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
        if (column == Column::Risk) {
            const core::RiskScore::Risk* risk = riskOf(row);
            return risk ? QVariant(QBrush(RiskLevelStyle::colour(risk->level))) : QVariant();
        }
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
    case Column::Risk: {
        const core::RiskScore::Risk* risk = riskOf(row);
        return risk ? RiskLevelStyle::text(*risk) : QString();
    }
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
    case Column::Risk: {
        if (!m_showRisk)
            return {};
        const core::RiskScore::Risk* risk = riskOf(row);
        if (!risk)
            return tr("No receivables history to score");
        return risk->explain() + QStringLiteral("\n\n") + core::RiskScore::formulaText();
    }
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
    case Column::Risk:
        return tr("Risk");
    case Column::Count:
        break;
    }
    return {};
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
    loadWarnDays();
    KeysetTableModel::reload();
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
    switch (Column(m_sortColumn)) {
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

const core::RiskScore::Risk* CustomerTableModel::riskOf(const CustomerRow& row) const
{
    if (!m_showRisk)
        return nullptr;
    const auto it = m_risks.constFind(row.customer.id);
    if (it == m_risks.cend() || !RiskLevelStyle::hasHistory(*it))
        return nullptr;
    return &*it;
}

void CustomerTableModel::loadRisks(int first, int last)
{
    if (!m_showRisk || first < 0 || last < first || last >= m_rows.size())
        return;
    QList<qint64> ids;
    for (int i = first; i <= last; ++i)
        if (!m_risks.contains(m_rows.at(i).customer.id))
            ids.append(m_rows.at(i).customer.id);
    if (ids.isEmpty())
        return;
    auto risks = core::RiskScore(m_ctx).forCustomers(ids, m_ctx.clock.today());
    if (!risks) {
        emit loadFailed(risks.error().message);
        return;
    }
    m_risks.insert(*risks);
}

void CustomerTableModel::refreshRisks()
{
    if (!m_showRisk || m_rows.isEmpty())
        return;
    m_risks.clear();
    loadRisks(0, int(m_rows.size()) - 1);
    const int column = int(Column::Risk);
    emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
}

void CustomerTableModel::onChanged(const QString& entity, const QList<qint64>& ids)
{
    Q_UNUSED(ids)
    if (!m_loaded)
        return;
    if (entity == QLatin1String("installments") || entity == QLatin1String("payments") ||
        entity == QLatin1String("letters") || entity == QLatin1String("disputes") ||
        entity == QLatin1String("write_offs")) {
        refreshRisks();
        return;
    }
    if (entity == QLatin1String("pool_rules")) {
        reload();
        return;
    }
    if (entity == QLatin1String("customers") || entity == QLatin1String("customer_contacts") ||
        entity == QLatin1String("customer_ownership") || entity == QLatin1String("followups") ||
        entity == QLatin1String("employees"))
        reloadLoadedRows(MaxRowsReloadedInPlace);
}

} // namespace tl::ui
