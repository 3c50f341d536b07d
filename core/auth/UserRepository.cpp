#include "auth/UserRepository.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace tl::core {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT u.id, u.username, u.display_name, u.role, ifnull(u.employee_id, 0), ifnull(e.code, ''), "
    "ifnull(e.name, ''), u.active, u.failed_logins, ifnull(u.locked_until, ''), ifnull(u.last_login_at, ''), "
    "u.created_at FROM users u LEFT JOIN employees e ON e.id = u.employee_id ");

User readUser(const SqlQuery& q)
{
    User u;
    u.id = q.integer(0);
    u.username = q.text(1);
    u.displayName = q.text(2);
    u.role = roleFromKey(q.text(3)).value_or(Role::Auditor);
    u.employeeId = q.integer(4);
    u.employeeCode = q.text(5);
    u.employeeName = q.text(6);
    u.active = q.integer(7) != 0;
    u.failedLogins = int(q.integer(8));
    u.lockedUntil = UserRepository::timeFromText(q.text(9));
    u.lastLoginAt = UserRepository::timeFromText(q.text(10));
    u.createdAt = UserRepository::timeFromText(q.text(11));
    return u;
}

std::optional<User> one(SqlQuery& q)
{
    q.exec();
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

} // namespace

std::optional<User> UserRepository::get(const Database& db, qint64 id)
{
    SqlQuery q(db, kSelect + QStringLiteral("WHERE u.id = ?"));
    q.bind(id);
    return one(q);
}

std::optional<User> UserRepository::findByUsername(const Database& db, const QString& username)
{
    SqlQuery q(db, kSelect + QStringLiteral("WHERE u.username = ?")); // the column collates NOCASE
    q.bind(username);
    return one(q);
}

QList<User> UserRepository::list(const Database& db)
{
    SqlQuery q(db, kSelect + QStringLiteral("ORDER BY u.username, u.id"));
    q.exec();
    QList<User> users;
    while (q.next())
        users.append(readUser(q));
    return users;
}

QString UserRepository::passwordHash(const Database& db, qint64 id)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id})
        .toString();
}

int UserRepository::activeAdminCount(const Database& db)
{
    return SqlQuery::scalar(db,
                            QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"))
        .toInt();
}

bool UserRepository::employeeExists(const Database& db, qint64 employeeId)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT 1 FROM employees WHERE id = ?"), {employeeId})
        .isValid();
}

qint64 UserRepository::userLinkedTo(const Database& db, qint64 employeeId, qint64 exceptUserId)
{
    return SqlQuery::scalar(db,
                            QStringLiteral("SELECT id FROM users WHERE employee_id = ? AND id <> ? LIMIT 1"),
                            {employeeId, exceptUserId})
        .toLongLong();
}

qint64 UserRepository::insert(const Context& ctx, const QString& username, const UserFields& fields,
                              const QString& passwordHash)
{
    SqlQuery q(ctx.db, QStringLiteral("INSERT INTO users (username, display_name, role, employee_id, "
                                      "password_hash, created_at) VALUES (?,?,?,?,?,?)"));
    q.bind(username)
        .bind(fields.displayName)
        .bind(roleKey(fields.role))
        .bind(SqlQuery::nullableId(fields.employeeId))
        .bind(passwordHash)
        .bind(timeValue(ctx.clock.now()))
        .exec();
    const qint64 id = q.lastInsertId();
    AuditLog(ctx).record(QStringLiteral("users"), id, username, QStringLiteral("create"), {},
                         AuditLog::snapshot(ctx.db, QStringLiteral("users"), id));
    return id;
}

void UserRepository::update(const Context& ctx, qint64 id, const QString& action, const QString& assignments,
                            const QVariantList& values)
{
    const QString table = QStringLiteral("users");
    const QJsonObject before = AuditLog::snapshot(ctx.db, table, id);
    SqlQuery q(ctx.db, QStringLiteral("UPDATE users SET %1 WHERE id = ?").arg(assignments));
    for (const QVariant& v : values)
        q.bind(v);
    q.bind(id).exec();
    const QJsonObject after = AuditLog::snapshot(ctx.db, table, id);
    AuditLog(ctx).record(table, id, after.value(QStringLiteral("username")).toString(), action, before,
                         after);
}

QVariant UserRepository::timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime UserRepository::timeFromText(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

} // namespace tl::core
