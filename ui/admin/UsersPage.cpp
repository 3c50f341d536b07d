#include "admin/UsersPage.h"

#include "admin/PasswordDialog.h"
#include "admin/UserDialog.h"
#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "auth/UserService.h"
#include "models/UserTableModel.h"
#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

UsersPage::UsersPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new UserTableModel(this)), m_view(new QTableView(this)),
      m_create(new QPushButton(QIcon(QStringLiteral(":/icons/users.svg")), tr("&New user…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_reset(new QPushButton(tr("&Reset password…"), this)),
      m_unlock(new QPushButton(tr("Un&lock"), this)), m_active(new QPushButton(tr("&Deactivate"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading =
        new QLabel(tr("<b>Users and roles</b> — who may log in and what their role allows."), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_create, m_edit, m_reset, m_unlock, m_active})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    UiSettings::rememberHeader(m_view->horizontalHeader(), QStringLiteral("users"));
    layout->addWidget(m_view, 1);

    connect(m_create, &QPushButton::clicked, this, &UsersPage::createUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPage::unlock);
    connect(m_active, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    connect(&app.notifier(), &core::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("users") || entity == QLatin1String("employees")) {
            if (isVisible())
                reload();
            else
                m_stale = true;
        }
    });
    updateButtons();
}

QString UsersPage::title() const
{
    return tr("Users and roles");
}

QIcon UsersPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/users.svg"));
}

void UsersPage::activate()
{
    if (m_stale)
        reload();
}

void UsersPage::reload()
{
    const core::User* current = selectedUser();
    const qint64 keep = current ? current->id : 0;
    m_stale = false;
    if (core::Status s = m_model->reload(app().core()); !s) {
        app().messageBar()->showError(s.error().fullText());
        return;
    }
    if (keep)
        selectUser(keep);
}

const core::User* UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersPage::selectUser(qint64 id)
{
    const int row = m_model->rowOfUser(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void UsersPage::updateButtons()
{
    const core::User* user = selectedUser();
    const bool manage = app().session().can(core::Permission::ManageUsers);
    m_create->setEnabled(manage);
    m_edit->setEnabled(manage && user);
    m_reset->setEnabled(manage && user);
    m_unlock->setEnabled(manage && user && (user->isLocked(app().clock().now()) || user->failedLogins > 0));
    m_active->setEnabled(manage && user && user->id != app().session().userId);
    m_active->setText(user && !user->active ? tr("&Activate") : tr("&Deactivate"));
}

void UsersPage::report(const core::Status& status, const QString& success)
{
    if (status)
        app().messageBar()->showSuccess(success);
    else
        app().messageBar()->showError(status.error().fullText());
}

void UsersPage::createUser()
{
    UserDialog dialog(app(), nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectUser(dialog.userId());
    if (const core::User* user = selectedUser())
        app().messageBar()->showSuccess(tr("User %1 was created.").arg(user->username));
}

void UsersPage::editUser()
{
    const core::User* user = selectedUser();
    if (!user)
        return;
    const core::User copy = *user;
    UserDialog dialog(app(), &copy, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    app().messageBar()->showSuccess(tr("User %1 was saved.").arg(copy.username));
}

void UsersPage::resetPassword()
{
    const core::User* user = selectedUser();
    if (!user)
        return;
    const core::User copy = *user;
    PasswordDialog dialog(tr("Reset password"),
                          tr("Choose a new password for %1 (%2). Tell it to the user in person; a lockout "
                             "is cleared as well.")
                              .arg(copy.username, copy.displayName),
                          this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Context ctx = app().core();
    report(core::UserService(ctx).resetPassword(copy.id, dialog.password()),
           tr("The password of %1 was reset.").arg(copy.username));
}

void UsersPage::unlock()
{
    const core::User* user = selectedUser();
    if (!user)
        return;
    const core::User copy = *user;
    const core::Context ctx = app().core();
    report(core::UserService(ctx).unlock(copy.id), tr("User %1 was unlocked.").arg(copy.username));
}

void UsersPage::toggleActive()
{
    const core::User* user = selectedUser();
    if (!user)
        return;
    const core::User copy = *user;
    const core::Context ctx = app().core();
    report(core::UserService(ctx).setActive(copy.id, !copy.active),
           copy.active ? tr("User %1 was deactivated: they can no longer log in.").arg(copy.username)
                       : tr("User %1 was activated.").arg(copy.username));
}

} // namespace tl::ui
