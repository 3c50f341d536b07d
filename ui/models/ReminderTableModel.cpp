#include "models/ReminderTableModel.h"

#include "money/MoneyFormat.h"

#include <QBrush>
#include <QColor>

namespace tl::ui {

using core::Reminder;
using core::ReminderSeverity;

ReminderTableModel::ReminderTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReminderTableModel::setOverview(const core::ReminderCentre::Overview& overview)
{
    beginResetModel();
    m_overview = overview;
    rebuildRows();
    endResetModel();
    emit countsChanged();
}

void ReminderTableModel::setKindFilter(const QString& kind)
{
    if (kind == m_kind)
        return;
    beginResetModel();
    m_kind = kind;
    rebuildRows();
    endResetModel();
}

void ReminderTableModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < m_overview.reminders.size(); ++i)
        if (m_kind.isEmpty() || m_overview.reminders.at(i).kind == m_kind)
            m_rows.append(i);
}

qint64 ReminderTableModel::countOf(const QString& kind) const
{
    for (const core::ReminderCentre::KindCount& c : m_overview.counts)
        if (c.kind == kind)
            return c.count;
    return 0;
}

QString ReminderTableModel::kindName(const QString& kind) const
{
    for (const core::ReminderCentre::KindCount& c : m_overview.counts)
        if (c.kind == kind)
            return c.name;
    return kind;
}

const Reminder* ReminderTableModel::reminderAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_overview.reminders.at(m_rows.at(row));
}

int ReminderTableModel::rowOfKey(const QString& key) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_overview.reminders.at(m_rows.at(row)).key == key)
            return row;
    return -1;
}

void ReminderTableModel::removeReminder(const QString& key)
{
    int index = -1;
    for (int i = 0; i < m_overview.reminders.size(); ++i)
        if (m_overview.reminders.at(i).key == key) {
            index = i;
            break;
        }
    if (index < 0)
        return;
    const QString kind = m_overview.reminders.at(index).kind;
    const int row = m_rows.indexOf(index);
    if (row >= 0)
        beginRemoveRows({}, row, row);
    m_overview.reminders.removeAt(index);
    rebuildRows();
    if (row >= 0)
        endRemoveRows();
    for (core::ReminderCentre::KindCount& c : m_overview.counts)
        if (c.kind == kind && c.count > 0) {
            --c.count;
            --m_overview.total;
        }
    emit countsChanged();
}

int ReminderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReminderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ReminderTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reminder& r = *reminderAt(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Kind:
            return kindName(r.kind);
        case Column::Date:
            return r.dueDate.isValid() ? r.dueDate.toString(Qt::ISODate) : QString();
        case Column::Subject:
            return r.title;
        case Column::Amount:
            return r.amount == 0 ? QString() : core::formatMoney(core::Money::fromFen(r.amount));
        case Column::Detail:
            return r.detail;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Subject)
            return r.title + QLatin1Char('\n') + r.detail;
        if (column == Column::Detail)
            return r.detail;
        if (column == Column::Kind)
            return core::reminderSeverityName(r.severity);
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Kind || column == Column::Date) {
            if (r.severity == ReminderSeverity::Critical)
                return QBrush(QColor(0xb0, 0x20, 0x20));
            if (r.severity == ReminderSeverity::Warning)
                return QBrush(QColor(0xb3, 0x6b, 0x00));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return r.key;
    case KindRole:
        return r.kind;
    case SeverityRole:
        return core::reminderSeverityKey(r.severity);
    case EntityTypeRole:
        return r.entityType;
    case EntityIdRole:
        return r.entityId;
    case CustomerIdRole:
        return r.customerId;
    case EmployeeIdRole:
        return r.employeeId;
    case AmountFenRole:
        return r.amount;
    default:
        return {};
    }
}

QVariant ReminderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Kind:
        return tr("Kind");
    case Column::Date:
        return tr("Date");
    case Column::Subject:
        return tr("Subject");
    case Column::Amount:
        return tr("Amount");
    case Column::Detail:
        return tr("Detail");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tl::ui
