#pragma once

#include "auth/User.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::core {
struct Context;
}

namespace tl::ui {

// The user accounts for the Users page (a short list, loaded whole through UserService).
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Username,
        DisplayName,
        Role,
        Employee,
        Active,
        LockedUntil,
        LastLogin,
        Count
    };
    enum Roles
    {
        UserIdRole = Qt::UserRole + 1,
        ActiveRole,
        LockedRole
    };

    explicit UserTableModel(QObject* parent = nullptr);

    // Loads the list with the context's session (needs ManageUsers or ViewAudit).
    core::Status reload(const core::Context& ctx);

    const core::User* userAt(int row) const;
    int rowOfUser(qint64 userId) const; // -1 if not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::User& user, Column column) const;

    QList<core::User> m_users;
    QDateTime m_now;
};

} // namespace tl::ui
