#include "auth/AuthService.h"

#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserRepository.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace tl::core {

namespace {

// The audit records of a login attempt are written as the user who tries to log in.
Context actorContext(const Context& ctx, qint64 userId, const QString& username)
{
    Session actor;
    actor.userId = userId;
    actor.username = username;
    actor.displayName = username;
    return Context{ctx.db, ctx.clock, actor, ctx.notifier};
}

} // namespace

Result<Session> AuthService::login(const QString& username, const QString& password)
{
    const QString name = username.trimmed();
    if (name.isEmpty())
        return wrongCredentials();
    return guarded([&]() -> Result<Session> {
        const PasswordHasher hasher;
        const auto user = UserRepository::findByUsername(m_ctx.db, name);
        if (!user) {
            // Hash anyway: an unknown name takes as long as a wrong password.
            (void)hasher.hash(password);
            const Context actor = actorContext(m_ctx, 0, name);
            Transaction tx(m_ctx.db);
            AuditLog(actor).event(QStringLiteral("login_failed"), name);
            tx.commit();
            return wrongCredentials();
        }
        if (user->isLocked(m_ctx.clock.now()))
            return lockedUntil(user->lockedUntil);

        const QString stored = UserRepository::passwordHash(m_ctx.db, user->id);
        const bool passwordOk = hasher.verify(password, stored);
        if (passwordOk && !user->active)
            return Error::denied(tr("The user account %1 is deactivated.").arg(user->username));
        // Upgrade a hash made with older parameters while the password is at hand (hashed outside the
        // write transaction: it takes a while).
        const Result<QString> upgraded =
            passwordOk && hasher.needsRehash(stored) ? hasher.hash(password) : Result<QString>(QString());

        const Context actor = actorContext(m_ctx, user->id, user->username);
        Transaction tx(m_ctx.db);
        ChangeNotifier* notifier = m_ctx.notifier;
        const qint64 id = user->id;
        tx.afterCommit([notifier, id] {
            if (notifier)
                notifier->notify(QStringLiteral("users"), {id});
        });
        if (!passwordOk) {
            Error failure = recordFailure(actor, id);
            tx.commit();
            return failure;
        }
        QString assignments = QStringLiteral("failed_logins = 0, locked_until = NULL, last_login_at = ?");
        QVariantList values{UserRepository::timeValue(m_ctx.clock.now())};
        if (upgraded.ok() && !upgraded->isEmpty()) {
            assignments += QStringLiteral(", password_hash = ?");
            values << *upgraded;
        }
        UserRepository::update(actor, id, QStringLiteral("login"), assignments, values);
        auto session = sessionFor(m_ctx.db, id);
        if (!session)
            return session.error();
        tx.commit();
        return session;
    });
}

Error AuthService::recordFailure(const Context& actor, qint64 id) const
{
    // Read again inside the write transaction, so that parallel attempts all count.
    const auto user = UserRepository::get(m_ctx.db, id);
    const QDateTime now = m_ctx.clock.now();
    if (!user)
        return wrongCredentials();
    if (user->isLocked(now)) // locked by a parallel attempt meanwhile
        return lockedUntil(user->lockedUntil);
    // A lock that has run out starts a new count.
    const int failures = (user->lockedUntil.isValid() ? 0 : user->failedLogins) + 1;
    if (failures < kMaxFailedLogins) {
        UserRepository::update(actor, id, QStringLiteral("login_failed"),
                               QStringLiteral("failed_logins = ?, locked_until = NULL"), {failures});
        return wrongCredentials();
    }
    const QDateTime until = now.addSecs(qint64(kLockMinutes) * 60);
    UserRepository::update(actor, id, QStringLiteral("locked"),
                           QStringLiteral("failed_logins = ?, locked_until = ?"),
                           {failures, UserRepository::timeValue(until)});
    return lockedUntil(until);
}

Error AuthService::wrongCredentials()
{
    return Error::denied(tr("Wrong user name or password."));
}

Error AuthService::lockedUntil(const QDateTime& until)
{
    return Error::denied(tr("Too many failed logins: the account is locked until %1.")
                             .arg(until.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

Result<Session> AuthService::sessionFor(const Database& db, qint64 userId)
{
    return guarded([&]() -> Result<Session> {
        const auto user = UserRepository::get(db, userId);
        if (!user)
            return Error::notFound(tr("User %1 does not exist.").arg(userId),
                                   QStringLiteral("user:%1").arg(userId));
        if (!user->active)
            return Error::denied(tr("The user account %1 is deactivated.").arg(user->username));
        Session s;
        s.userId = user->id;
        s.username = user->username;
        s.displayName = user->displayName;
        s.role = user->role;
        s.employeeId = user->employeeId;
        if (user->role == Role::SalesManager)
            s.departmentScope = departmentSubtreeOf(db, user->employeeId);
        return s;
    });
}

QList<qint64> AuthService::departmentSubtreeOf(const Database& db, qint64 employeeId)
{
    SqlQuery q(
        db, QStringLiteral("WITH RECURSIVE tree(id) AS ("
                           "  SELECT department_id FROM employees WHERE id = ? AND department_id IS NOT NULL"
                           "  UNION"
                           "  SELECT d.id FROM departments d JOIN tree t ON d.parent_id = t.id) "
                           "SELECT id FROM tree ORDER BY id"));
    q.bind(employeeId).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}

} // namespace tl::core
