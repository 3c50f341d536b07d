#pragma once

#include "auth/User.h"
#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace tl::core {

class Transaction;

// User accounts (DESIGN §1, §2.10). Writes need ManageUsers; the list needs ManageUsers or ViewAudit.
// Every write is audited with a snapshot of the users row and notifies "users" after commit. The last
// active administrator can never be deactivated or given another role.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::UserService)
public:
    explicit UserService(const Context& ctx) : m_ctx(ctx) {}

    Result<QList<User>> list() const;
    Result<User> get(qint64 id) const;

    // Problems with the fields (columns: username, display_name, employee, password); empty = valid.
    // password is checked against the policy (at least 8 characters); pass a null QString to skip it.
    QList<FieldProblem> validate(qint64 userId, const QString& username, const UserFields& fields,
                                 const QString& password) const;

    Result<qint64> create(const QString& username, const UserFields& fields, const QString& password);
    Status update(qint64 id, const UserFields& fields); // display name, role, linked employee
    Status setActive(qint64 id, bool active);
    Status resetPassword(qint64 id, const QString& newPassword); // also clears a lockout
    Status unlock(qint64 id);                                    // clears the lockout and the failure count

    // The logged-in user changes their own password; the current one is required.
    Status changeOwnPassword(const QString& currentPassword, const QString& newPassword);

private:
    Status requireManage() const;
    Result<User> existing(qint64 id) const;
    void notifyAfterCommit(Transaction& tx, qint64 id) const;
    const Context& m_ctx;
};

} // namespace tl::core
