#include "auth/UserService.h"

#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "auth/UserRepository.h"
#include "common/ChangeNotifier.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace tl::core {

namespace {

constexpr int kMaxUsernameLength = 64;
constexpr int kMaxDisplayNameLength = 100;

bool hasSpaceOrControl(const QString& text)
{
    for (const QChar c : text)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    return false;
}

} // namespace

Status UserService::requireManage() const
{
    if (!m_ctx.session.can(Permission::ManageUsers))
        return Error::denied(tr("Only a system administrator may manage user accounts."));
    return {};
}

Result<User> UserService::existing(qint64 id) const
{
    auto user = UserRepository::get(m_ctx.db, id);
    if (!user)
        return Error::notFound(tr("User %1 does not exist.").arg(id), QStringLiteral("user:%1").arg(id));
    return *user;
}

void UserService::notifyAfterCommit(Transaction& tx, qint64 id) const
{
    ChangeNotifier* notifier = m_ctx.notifier;
    tx.afterCommit([notifier, id] {
        if (notifier)
            notifier->notify(QStringLiteral("users"), {id});
    });
}

Result<QList<User>> UserService::list() const
{
    if (!m_ctx.session.can(Permission::ManageUsers) && !m_ctx.session.can(Permission::ViewAudit))
        return Error::denied(tr("Only a system administrator or an auditor may see the user accounts."));
    return guarded([&]() -> Result<QList<User>> { return UserRepository::list(m_ctx.db); });
}

Result<User> UserService::get(qint64 id) const
{
    if (!m_ctx.session.can(Permission::ManageUsers) && !m_ctx.session.can(Permission::ViewAudit) &&
        m_ctx.session.userId != id)
        return Error::denied(tr("Only a system administrator or an auditor may see the user accounts."));
    return guarded([&]() -> Result<User> { return existing(id); });
}

QList<FieldProblem> UserService::validate(qint64 userId, const QString& username, const UserFields& fields,
                                          const QString& password) const
{
    QList<FieldProblem> problems;
    const QString name = username.trimmed();
    if (name.isEmpty())
        problems.append({0, QStringLiteral("username"), username, tr("a user name is required")});
    else if (name.size() > kMaxUsernameLength || hasSpaceOrControl(name))
        problems.append({0, QStringLiteral("username"), username,
                         tr("a user name has at most %1 characters and no spaces").arg(kMaxUsernameLength)});
    else if (auto other = UserRepository::findByUsername(m_ctx.db, name); other && other->id != userId)
        problems.append({0, QStringLiteral("username"), username, tr("the user name %1 is taken").arg(name)});

    if (fields.displayName.trimmed().size() > kMaxDisplayNameLength)
        problems.append({0, QStringLiteral("display_name"), fields.displayName,
                         tr("a display name has at most %1 characters").arg(kMaxDisplayNameLength)});

    if (fields.employeeId != 0) {
        const QString value = QString::number(fields.employeeId);
        if (!UserRepository::employeeExists(m_ctx.db, fields.employeeId))
            problems.append({0, QStringLiteral("employee"), value, tr("the employee does not exist")});
        else if (const qint64 other = UserRepository::userLinkedTo(m_ctx.db, fields.employeeId, userId))
            problems.append({0, QStringLiteral("employee"), value,
                             tr("the employee is already linked to user %1")
                                 .arg(UserRepository::get(m_ctx.db, other)->username)});
    }
    if (!password.isNull())
        if (const QString problem = passwordPolicyProblem(password); !problem.isEmpty())
            problems.append({0, QStringLiteral("password"), {}, problem});
    return problems;
}

Result<qint64> UserService::create(const QString& username, const UserFields& fields, const QString& password)
{
    if (Status s = requireManage(); !s)
        return s.error();
    return guarded([&]() -> Result<qint64> {
        if (const auto problems = validate(0, username, fields, password); !problems.isEmpty())
            return Error::invalid(tr("The user account cannot be saved."), problems);
        auto hash = PasswordHasher().hash(password);
        if (!hash)
            return hash.error();
        const QString name = username.trimmed();
        UserFields clean = fields;
        clean.displayName = fields.displayName.trimmed().isEmpty() ? name : fields.displayName.trimmed();
        Transaction tx(m_ctx.db);
        const qint64 id = UserRepository::insert(m_ctx, name, clean, *hash);
        notifyAfterCommit(tx, id);
        tx.commit();
        return id;
    });
}

Status UserService::update(qint64 id, const UserFields& fields)
{
    if (Status s = requireManage(); !s)
        return s;
    return guarded([&]() -> Status {
        Transaction tx(m_ctx.db);
        auto user = existing(id);
        if (!user)
            return user.error();
        if (const auto problems = validate(id, user->username, fields, QString()); !problems.isEmpty())
            return Error::invalid(tr("The user account cannot be saved."), problems);
        if (user->role == Role::Admin && user->active && fields.role != Role::Admin &&
            UserRepository::activeAdminCount(m_ctx.db) <= 1)
            return Error::conflict(
                tr("%1 is the last active system administrator and must keep that role.").arg(user->username),
                QStringLiteral("user:%1").arg(id));
        const QString display =
            fields.displayName.trimmed().isEmpty() ? user->username : fields.displayName.trimmed();
        UserRepository::update(m_ctx, id, QStringLiteral("update"),
                               QStringLiteral("display_name = ?, role = ?, employee_id = ?"),
                               {display, roleKey(fields.role), SqlQuery::nullableId(fields.employeeId)});
        notifyAfterCommit(tx, id);
        tx.commit();
        return {};
    });
}

Status UserService::setActive(qint64 id, bool active)
{
    if (Status s = requireManage(); !s)
        return s;
    return guarded([&]() -> Status {
        Transaction tx(m_ctx.db);
        auto user = existing(id);
        if (!user)
            return user.error();
        if (user->active == active)
            return {};
        if (!active && user->role == Role::Admin && UserRepository::activeAdminCount(m_ctx.db) <= 1)
            return Error::conflict(tr("%1 is the last active system administrator and cannot be deactivated.")
                                       .arg(user->username),
                                   QStringLiteral("user:%1").arg(id));
        UserRepository::update(m_ctx, id, active ? QStringLiteral("activate") : QStringLiteral("deactivate"),
                               QStringLiteral("active = ?"), {active ? 1 : 0});
        notifyAfterCommit(tx, id);
        tx.commit();
        return {};
    });
}

Status UserService::resetPassword(qint64 id, const QString& newPassword)
{
    if (Status s = requireManage(); !s)
        return s;
    if (const QString problem = passwordPolicyProblem(newPassword); !problem.isEmpty())
        return Error::invalid(problem, {{0, QStringLiteral("password"), {}, problem}});
    return guarded([&]() -> Status {
        if (auto user = existing(id); !user)
            return user.error();
        auto hash = PasswordHasher().hash(newPassword);
        if (!hash)
            return hash.error();
        Transaction tx(m_ctx.db);
        UserRepository::update(m_ctx, id, QStringLiteral("reset_password"),
                               QStringLiteral("password_hash = ?, failed_logins = 0, locked_until = NULL"),
                               {*hash});
        notifyAfterCommit(tx, id);
        tx.commit();
        return {};
    });
}

Status UserService::unlock(qint64 id)
{
    if (Status s = requireManage(); !s)
        return s;
    return guarded([&]() -> Status {
        Transaction tx(m_ctx.db);
        auto user = existing(id);
        if (!user)
            return user.error();
        if (user->failedLogins == 0 && !user->lockedUntil.isValid())
            return {};
        UserRepository::update(m_ctx, id, QStringLiteral("unlock"),
                               QStringLiteral("failed_logins = 0, locked_until = NULL"), {});
        notifyAfterCommit(tx, id);
        tx.commit();
        return {};
    });
}

Status UserService::changeOwnPassword(const QString& currentPassword, const QString& newPassword)
{
    const qint64 id = m_ctx.session.userId;
    if (id <= 0)
        return Error::denied(tr("Only a logged-in user can change their password."));
    if (const QString problem = passwordPolicyProblem(newPassword); !problem.isEmpty())
        return Error::invalid(problem, {{0, QStringLiteral("password"), {}, problem}});
    return guarded([&]() -> Status {
        const PasswordHasher hasher;
        if (!hasher.verify(currentPassword, UserRepository::passwordHash(m_ctx.db, id)))
            return Error::denied(tr("The current password is wrong."));
        auto hash = hasher.hash(newPassword);
        if (!hash)
            return hash.error();
        Transaction tx(m_ctx.db);
        UserRepository::update(m_ctx, id, QStringLiteral("change_password"),
                               QStringLiteral("password_hash = ?"), {*hash});
        notifyAfterCommit(tx, id);
        tx.commit();
        return {};
    });
}

} // namespace tl::core
