#include "models/AuditLogTableModel.h"

#include "models/AuditLabels.h"

#include <QDateTime>
#include <QLocale>

namespace tl::ui {

AuditLogTableModel::AuditLogTableModel(QObject* parent) : QAbstractTableModel(parent) {}

AuditLogTableModel::~AuditLogTableModel() = default;

void AuditLogTableModel::beginReset()
{
    m_changing = true;
    beginResetModel();
}

void AuditLogTableModel::endReset()
{
    endResetModel();
    m_changing = false;
}

core::Status AuditLogTableModel::setQuery(const core::Context& ctx, const core::AuditLogQuery::Filter& filter)
{
    beginReset();
    m_rows.clear();
    m_total = 0;
    m_next = 0;
    m_query.reset();
    m_ctx.emplace(ctx);
    auto query = std::make_unique<core::AuditLogQuery>(*m_ctx, filter);
    auto count = query->count();
    if (!count) {
        endReset();
        return count.error();
    }
    auto first = query->page(0, m_pageSize);
    if (!first) {
        endReset();
        return first.error();
    }
    m_total = count.value();
    m_rows = std::move(first->rows);
    m_next = first->nextBefore;
    m_query = std::move(query);
    endReset();
    return {};
}

void AuditLogTableModel::clear()
{
    beginReset();
    m_rows.clear();
    m_total = 0;
    m_next = 0;
    m_query.reset();
    endReset();
}

const core::AuditRecord* AuditLogTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditLogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

bool AuditLogTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && m_query && m_next > 0;
}

void AuditLogTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_query->page(m_next, m_pageSize);
    if (!page) {
        m_next = 0;
        emit loadFailed(page.error().fullText());
        return;
    }
    m_next = page->nextBefore;
    if (page->rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
    m_rows.append(page->rows);
    endInsertRows();
    m_changing = false;
}

QVariant AuditLogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AuditRecord& r = m_rows.at(index.row());
    if (role == RecordIdRole)
        return r.id;
    if (role == Qt::ToolTipRole && static_cast<Column>(index.column()) == Column::Time)
        return r.at;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Column::Time: {
        const QDateTime at = QDateTime::fromString(r.at, Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm:ss")) : r.at;
    }
    case Column::User:
        return r.username;
    case Column::Action:
        return auditActionName(r.action);
    case Column::Entity:
        return auditEntityName(r.entity);
    case Column::Record:
        return r.label;
    case Column::Count:
        break;
    }
    return {};
}

QVariant AuditLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Time:
        return tr("Time");
    case Column::User:
        return tr("User");
    case Column::Action:
        return tr("Action");
    case Column::Entity:
        return tr("Kind");
    case Column::Record:
        return tr("Record");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tl::ui
