#pragma once

#include "auth/Session.h"
#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace tl::core {

class Database;

// Login (DESIGN §2.10). Wrong user name and wrong password give the same PermissionDenied message.
// After kMaxFailedLogins consecutive failures the account locks for kLockMinutes (from ctx.clock);
// a success resets the count and sets last_login_at. Failures, lockouts and successes are audited
// ("login_failed", "locked", "login") with a snapshot of the users row, as the logging-in user.
//
// The password hash takes about 0.1 s: the GUI calls login from a worker thread, with a Context on
// that thread's own Database (the service keeps no state besides the context).
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::AuthService)
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kLockMinutes = 15;

    explicit AuthService(const Context& ctx) : m_ctx(ctx) {}

    Result<Session> login(const QString& username, const QString& password);

    // The session of an existing, active user (role, linked employee, sales manager's department scope).
    static Result<Session> sessionFor(const Database& db, qint64 userId);
    // The department of the employee and all departments below it (empty when the employee has none).
    static QList<qint64> departmentSubtreeOf(const Database& db, qint64 employeeId);

private:
    // Counts a wrong password (and locks at the limit) inside the caller's transaction.
    Error recordFailure(const Context& actor, qint64 id) const;
    static Error wrongCredentials();
    static Error lockedUntil(const QDateTime& until);
    const Context& m_ctx;
};

} // namespace tl::core
