#include "models/UserTableModel.h"

#include "auth/UserService.h"
#include "common/Clock.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace tl::ui {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

core::Status UserTableModel::reload(const core::Context& ctx)
{
    auto users = core::UserService(ctx).list();
    if (!users)
        return users.error();
    beginResetModel();
    m_users = std::move(users).value();
    m_now = ctx.clock.now();
    endResetModel();
    return {};
}

const core::User* UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserTableModel::rowOfUser(qint64 userId) const
{
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users.at(i).id == userId)
            return i;
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant UserTableModel::display(const core::User& user, Column column) const
{
    const QLocale locale;
    switch (column) {
    case Column::Username:
        return user.username;
    case Column::DisplayName:
        return user.displayName;
    case Column::Role:
        return core::roleDisplayName(user.role);
    case Column::Employee:
        if (user.employeeId == 0)
            return QString();
        return tr("%1 %2").arg(user.employeeCode, user.employeeName);
    case Column::Active:
        return user.active ? tr("Active") : tr("Deactivated");
    case Column::LockedUntil:
        return user.isLocked(m_now) ? locale.toString(user.lockedUntil, QLocale::ShortFormat) : QString();
    case Column::LastLogin:
        return user.lastLoginAt.isValid() ? locale.toString(user.lastLoginAt, QLocale::ShortFormat)
                                          : QString();
    case Column::Count:
        break;
    }
    return {};
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::User& user = m_users.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(user, column);
    case Qt::ForegroundRole:
        if (!user.active)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (column == Column::LockedUntil && user.isLocked(m_now))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case UserIdRole:
        return user.id;
    case ActiveRole:
        return user.active;
    case LockedRole:
        return user.isLocked(m_now);
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Username:
        return tr("User name");
    case Column::DisplayName:
        return tr("Display name");
    case Column::Role:
        return tr("Role");
    case Column::Employee:
        return tr("Linked employee");
    case Column::Active:
        return tr("Status");
    case Column::LockedUntil:
        return tr("Locked until");
    case Column::LastLogin:
        return tr("Last login");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tl::ui
