#pragma once

#include "auth/User.h"
#include "common/Context.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace tl::core {

class Database;

// The SQL on the users table, shared by UserService, AuthService and SetupService. No permission
// checks here (the services do them). Throws DbException; writes must run inside the caller's
// Transaction and are audited with a snapshot of the row.
class UserRepository
{
public:
    static std::optional<User> get(const Database& db, qint64 id);
    static std::optional<User> findByUsername(const Database& db,
                                              const QString& username); // case-insensitive
    static QList<User> list(const Database& db);                        // by user name
    static QString passwordHash(const Database& db, qint64 id);
    static int activeAdminCount(const Database& db);
    static bool employeeExists(const Database& db, qint64 employeeId);
    // The user (other than exceptUserId) linked to the employee, 0 = none.
    static qint64 userLinkedTo(const Database& db, qint64 employeeId, qint64 exceptUserId);

    static qint64 insert(const Context& ctx, const QString& username, const UserFields& fields,
                         const QString& passwordHash);
    // UPDATE users SET <assignments> WHERE id = ?, with `values` bound to the assignments' placeholders,
    // audited as `action` under the user name.
    static void update(const Context& ctx, qint64 id, const QString& action, const QString& assignments,
                       const QVariantList& values);

    // Stored date-time text (ISO 8601, local time, seconds) and back; invalid <-> NULL.
    static QVariant timeValue(const QDateTime& time);
    static QDateTime timeFromText(const QString& text);
};

} // namespace tl::core
