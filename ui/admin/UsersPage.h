#pragma once

#include "app/Page.h"
#include "common/Result.h"

class QPushButton;
class QTableView;

namespace tl::core {
struct User;
}

namespace tl::ui {

class UserTableModel;

// Users and roles (administrators): the accounts with their role, linked employee, status, lockout and
// last login; create, edit, reset password, unlock, activate / deactivate through UserService.
class UsersPage : public Page
{
    Q_OBJECT
public:
    explicit UsersPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    UserTableModel* model() const { return m_model; }

private:
    void reload();
    void updateButtons();
    const core::User* selectedUser() const;
    void selectUser(qint64 id);
    void createUser();
    void editUser();
    void resetPassword();
    void unlock();
    void toggleActive();
    void report(const core::Status& status, const QString& success);

    UserTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_create;
    QPushButton* m_edit;
    QPushButton* m_reset;
    QPushButton* m_unlock;
    QPushButton* m_active;
    bool m_stale = true;
};

} // namespace tl::ui
