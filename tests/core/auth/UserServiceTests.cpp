#include <catch2/catch.hpp>

#include "AuthFixture.h"

#include "audit/AuditLog.h"
#include "auth/UserRepository.h"
#include "common/ChangeNotifier.h"
#include "db/Transaction.h"

using namespace tl::core;
using tl::test::AuthFixture;

namespace {

QStringList problemColumns(const Error& error)
{
    QStringList columns;
    for (const FieldProblem& p : error.problems)
        columns << p.column;
    return columns;
}

} // namespace

TEST_CASE_METHOD(AuthFixture, "an administrator creates users and lists them with their employee",
                 "[auth][users]")
{
    const qint64 employee = addEmployee(QStringLiteral("E007"), QStringLiteral("陈七"));
    const Context admin = t.context(sessionOf(QStringLiteral("admin")));
    UserService users(admin);
    auto id = users.create(QStringLiteral("chen"), {QStringLiteral("陈七"), Role::Sales, employee},
                           QStringLiteral("chen-password"));
    REQUIRE(id.ok());
    auto noName =
        users.create(QStringLiteral("audit"), {QString(), Role::Auditor, 0}, QStringLiteral("audit-pass"));
    REQUIRE(noName.ok());

    auto list = users.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK((*list)[0].username == QStringLiteral("admin"));
    CHECK((*list)[1].username == QStringLiteral("audit"));
    CHECK((*list)[1].displayName == QStringLiteral("audit")); // defaults to the user name
    const User& chen = (*list)[2];
    CHECK(chen.id == *id);
    CHECK(chen.username == QStringLiteral("chen"));
    CHECK(chen.displayName == QStringLiteral("陈七"));
    CHECK(chen.role == Role::Sales);
    CHECK(chen.employeeId == employee);
    CHECK(chen.employeeCode == QStringLiteral("E007"));
    CHECK(chen.employeeName == QStringLiteral("陈七"));
    CHECK(chen.active);
    CHECK(chen.failedLogins == 0);
    CHECK_FALSE(chen.lockedUntil.isValid());
    CHECK_FALSE(chen.lastLoginAt.isValid());
    CHECK(chen.createdAt == QDateTime(QDate(2026, 3, 15), QTime(9, 0)));

    CHECK(AuthService(sys).login(QStringLiteral("chen"), QStringLiteral("chen-password")).ok());
    CHECK(auditActions(QStringLiteral("users"), *id) ==
          QStringList{QStringLiteral("create"), QStringLiteral("login")});
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(AuthFixture, "user input is validated field by field", "[auth][users]")
{
    UserService users(sys);
    SECTION("short password, taken name, unknown employee")
    {
        auto r = users.create(QStringLiteral("ADMIN"), {QString(), Role::Hr, 4242}, QStringLiteral("short"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(problemColumns(r.error()) == QStringList{QStringLiteral("username"), QStringLiteral("employee"),
                                                       QStringLiteral("password")});
        CHECK(r.error().fullText().contains(QStringLiteral("at least 8 characters")));
    }
    SECTION("empty or spaced user names")
    {
        auto empty = users.create(QStringLiteral("  "), {}, QStringLiteral("long-enough"));
        REQUIRE_FALSE(empty.ok());
        CHECK(problemColumns(empty.error()) == QStringList{QStringLiteral("username")});
        auto spaced = users.create(QStringLiteral("li si"), {}, QStringLiteral("long-enough"));
        REQUIRE_FALSE(spaced.ok());
        CHECK(problemColumns(spaced.error()) == QStringList{QStringLiteral("username")});
    }
    SECTION("an employee is linked to one user at most")
    {
        const qint64 employee = addEmployee(QStringLiteral("E001"), QStringLiteral("张三"));
        addUser(QStringLiteral("zhang"), Role::Sales, QStringLiteral("zhang-pass"), employee);
        auto r = users.create(QStringLiteral("zhang2"), {QString(), Role::Sales, employee},
                              QStringLiteral("long-enough"));
        REQUIRE_FALSE(r.ok());
        CHECK(problemColumns(r.error()) == QStringList{QStringLiteral("employee")});
        CHECK(r.error().problems.first().reason.contains(QStringLiteral("zhang")));
    }
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM users WHERE username <> 'zhang'"))
              .toInt() == 1);
}

TEST_CASE_METHOD(AuthFixture, "the last active administrator keeps the role and stays active",
                 "[auth][users]")
{
    UserService users(sys);
    const qint64 admin = adminId();
    auto demote = users.update(admin, {QStringLiteral("管理员"), Role::Hr, 0});
    REQUIRE_FALSE(demote.ok());
    CHECK(demote.error().code == ErrorCode::Conflict);
    auto deactivate = users.setActive(admin, false);
    REQUIRE_FALSE(deactivate.ok());
    CHECK(deactivate.error().code == ErrorCode::Conflict);
    CHECK(deactivate.error().message.contains(QStringLiteral("last active system administrator")));

    // With a second administrator the first may go; then the second is the last one.
    const qint64 second = addUser(QStringLiteral("admin2"), Role::Admin, QStringLiteral("admin2-pass"));
    REQUIRE(users.setActive(admin, false).ok());
    CHECK(users.setActive(second, false).error().code == ErrorCode::Conflict);
    CHECK(users.update(second, {QString(), Role::Auditor, 0}).error().code == ErrorCode::Conflict);
    // An inactive administrator does not count.
    CHECK(users.update(admin, {QString(), Role::Auditor, 0}).ok());
    CHECK(UserRepository::activeAdminCount(t.db()) == 1);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(AuthFixture, "only administrators manage users; auditors may read the list",
                 "[auth][users][permissions]")
{
    const qint64 admin = adminId();
    for (Role role : {Role::Hr, Role::Finance, Role::SalesManager, Role::Sales, Role::Auditor}) {
        INFO("role " << roleKey(role).toStdString());
        const Context ctx = t.context(roleSession(role));
        UserService users(ctx);
        CHECK(users
                  .create(QStringLiteral("intruder"), {QString(), Role::Admin, 0},
                          QStringLiteral("long-enough"))
                  .error()
                  .code == ErrorCode::PermissionDenied);
        CHECK(users.update(admin, {QString(), Role::Sales, 0}).error().code == ErrorCode::PermissionDenied);
        CHECK(users.setActive(admin, false).error().code == ErrorCode::PermissionDenied);
        CHECK(users.resetPassword(admin, QStringLiteral("new-password")).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(users.unlock(admin).error().code == ErrorCode::PermissionDenied);
        CHECK(users.list().ok() == (role == Role::Auditor));
        CHECK(users.get(admin).ok() == (role == Role::Auditor));
    }
    const Context adminCtx = t.context(sessionOf(QStringLiteral("admin")));
    CHECK(UserService(adminCtx).list().ok());
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM users")).toInt() == 1);
    CHECK(auditActions(QStringLiteral("users"), admin) == QStringList{QStringLiteral("create")});
}

TEST_CASE_METHOD(AuthFixture, "role, display name and linked employee are changed together", "[auth][users]")
{
    const qint64 employee = addEmployee(QStringLiteral("E020"), QStringLiteral("周二十"));
    const qint64 id = addUser(QStringLiteral("zhou"), Role::Sales, QStringLiteral("zhou-password"));
    UserService users(sys);
    REQUIRE(users.update(id, {QStringLiteral("周经理"), Role::SalesManager, employee}).ok());
    auto user = users.get(id);
    REQUIRE(user.ok());
    CHECK(user->displayName == QStringLiteral("周经理"));
    CHECK(user->role == Role::SalesManager);
    CHECK(user->employeeCode == QStringLiteral("E020"));
    REQUIRE(users.update(id, {QStringLiteral("周经理"), Role::SalesManager, 0}).ok());
    CHECK(users.get(id)->employeeId == 0);
    CHECK(users.update(id + 100, {}).error().code == ErrorCode::NotFound);
    CHECK(auditActions(QStringLiteral("users"), id) ==
          QStringList{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("update")});
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(AuthFixture, "an administrator resets a password and unlocks an account", "[auth][users]")
{
    const qint64 id = addUser(QStringLiteral("hr1"), Role::Hr, QStringLiteral("first-password"));
    {
        Transaction tx(t.db());
        UserRepository::update(sys, id, QStringLiteral("locked"),
                               QStringLiteral("failed_logins = 5, locked_until = ?"),
                               {QStringLiteral("2026-03-15T09:15:00")});
        tx.commit();
    }
    UserService users(sys);
    CHECK(users.get(id)->isLocked(t.clock().now()));
    REQUIRE(users.unlock(id).ok());
    CHECK_FALSE(users.get(id)->isLocked(t.clock().now()));
    CHECK(users.get(id)->failedLogins == 0);

    CHECK(users.resetPassword(id, QStringLiteral("short")).error().code == ErrorCode::Invalid);
    REQUIRE(users.resetPassword(id, QStringLiteral("second-password")).ok());
    AuthService auth(sys);
    CHECK_FALSE(auth.login(QStringLiteral("hr1"), QStringLiteral("first-password")).ok());
    CHECK(auth.login(QStringLiteral("hr1"), QStringLiteral("second-password")).ok());
    CHECK(auditActions(QStringLiteral("users"), id) ==
          QStringList{QStringLiteral("create"), QStringLiteral("locked"), QStringLiteral("unlock"),
                      QStringLiteral("reset_password"), QStringLiteral("login_failed"),
                      QStringLiteral("login")});
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(AuthFixture, "users change their own password with the current one", "[auth][users]")
{
    const qint64 id = addUser(QStringLiteral("li"), Role::Sales, QStringLiteral("old-password"));
    const Context own = t.context(sessionOf(QStringLiteral("li")));
    UserService users(own);
    auto wrong = users.changeOwnPassword(QStringLiteral("not-it-at-all"), QStringLiteral("new-password"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::PermissionDenied);
    CHECK(users.changeOwnPassword(QStringLiteral("old-password"), QStringLiteral("short")).error().code ==
          ErrorCode::Invalid);
    REQUIRE(users.changeOwnPassword(QStringLiteral("old-password"), QStringLiteral("new-password")).ok());
    CHECK(AuthService(sys).login(QStringLiteral("li"), QStringLiteral("new-password")).ok());
    CHECK(auditActions(QStringLiteral("users"), id).contains(QStringLiteral("change_password")));
    // A salesperson still cannot touch anyone else's account.
    CHECK(users.resetPassword(adminId(), QStringLiteral("taken-over")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(users.get(id).ok()); // their own account
    // The system session has no account of its own.
    CHECK(UserService(sys)
              .changeOwnPassword(QStringLiteral("x"), QStringLiteral("new-password"))
              .error()
              .code == ErrorCode::PermissionDenied);
}

TEST_CASE_METHOD(AuthFixture, "user changes are announced after commit", "[auth][users]")
{
    ChangeNotifier notifier;
    QList<QPair<QString, QList<qint64>>> seen;
    QObject::connect(&notifier, &ChangeNotifier::changed,
                     [&](const QString& entity, const QList<qint64>& ids) {
                         seen.append({entity, ids});
                     });
    const Context ctx{t.db(), t.clock(), Session::systemSession(), &notifier};
    auto id = UserService(ctx).create(QStringLiteral("fin"), {QString(), Role::Finance, 0},
                                      QStringLiteral("finance-pass"));
    REQUIRE(id.ok());
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].first == QStringLiteral("users"));
    CHECK(seen[0].second == QList<qint64>{*id});
    // A refused change announces nothing.
    CHECK_FALSE(UserService(ctx).setActive(adminId(), false).ok());
    CHECK(seen.size() == 1);
}
