#include <catch2/catch.hpp>

#include "AuthFixture.h"

#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <optional>
#include <thread>

using namespace tl::core;
using tl::test::AuthFixture;

namespace {

QString userColumn(AuthFixture& f, const QString& column, qint64 id)
{
    return SqlQuery::scalar(f.t.db(),
                            QStringLiteral("SELECT ifnull(%1, '') FROM users WHERE id = ?").arg(column), {id})
        .toString();
}

} // namespace

TEST_CASE_METHOD(AuthFixture, "a correct login returns the session and records the login", "[auth][login]")
{
    auto session = AuthService(sys).login(QStringLiteral("admin"), kAdminPassword);
    REQUIRE(session.ok());
    CHECK(session->userId == adminId());
    CHECK(session->username == QStringLiteral("admin"));
    CHECK(session->displayName == QStringLiteral("管理员"));
    CHECK(session->role == Role::Admin);
    CHECK(session->employeeId == 0);
    CHECK(session->departmentScope.isEmpty());
    CHECK_FALSE(session->system);

    CHECK(userColumn(*this, QStringLiteral("last_login_at"), adminId()) ==
          QStringLiteral("2026-03-15T09:00:00"));
    CHECK(auditActions(QStringLiteral("users"), adminId()) ==
          QStringList{QStringLiteral("create"), QStringLiteral("login")});
    // The login is recorded as the user who logged in.
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT username FROM audit_log ORDER BY id DESC LIMIT 1"))
              .toString() == QStringLiteral("admin"));
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(AuthFixture, "user names are matched without regard to case or surrounding spaces",
                 "[auth][login]")
{
    auto session = AuthService(sys).login(QStringLiteral("  ADMIN "), kAdminPassword);
    REQUIRE(session.ok());
    CHECK(session->username == QStringLiteral("admin"));
}

TEST_CASE_METHOD(AuthFixture, "a wrong password and an unknown user get the same denial", "[auth][login]")
{
    AuthService auth(sys);
    auto wrongPassword = auth.login(QStringLiteral("admin"), QStringLiteral("not-the-password"));
    auto unknownUser = auth.login(QStringLiteral("nobody"), kAdminPassword);
    REQUIRE_FALSE(wrongPassword.ok());
    REQUIRE_FALSE(unknownUser.ok());
    CHECK(wrongPassword.error().code == ErrorCode::PermissionDenied);
    CHECK(unknownUser.error().code == ErrorCode::PermissionDenied);
    CHECK(wrongPassword.error().message == QStringLiteral("Wrong user name or password."));
    CHECK(unknownUser.error().message == wrongPassword.error().message);
    CHECK(auth.login(QString(), QString()).error().message == wrongPassword.error().message);

    CHECK(userColumn(*this, QStringLiteral("failed_logins"), adminId()) == QStringLiteral("1"));
    CHECK(auditActions(QStringLiteral("users"), adminId()).last() == QStringLiteral("login_failed"));
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'event' AND "
                                                  "action = 'login_failed' AND label = 'nobody'"))
              .toInt() == 1);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(AuthFixture, "five failures lock the account for 15 minutes", "[auth][login][lockout]")
{
    AuthService auth(sys);
    const QString wrong = QStringLiteral("guess-guess");
    for (int i = 1; i <= 4; ++i) {
        auto r = auth.login(QStringLiteral("admin"), wrong);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == QStringLiteral("Wrong user name or password."));
    }
    CHECK(userColumn(*this, QStringLiteral("locked_until"), adminId()).isEmpty());

    auto fifth = auth.login(QStringLiteral("admin"), wrong);
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().code == ErrorCode::PermissionDenied);
    CHECK(fifth.error().message.contains(QStringLiteral("locked until 2026-03-15 09:15")));
    CHECK(userColumn(*this, QStringLiteral("locked_until"), adminId()) ==
          QStringLiteral("2026-03-15T09:15:00"));
    CHECK(userColumn(*this, QStringLiteral("failed_logins"), adminId()) == QStringLiteral("5"));
    CHECK(auditActions(QStringLiteral("users"), adminId()).last() == QStringLiteral("locked"));

    // Even the right password is refused while locked, with the time it ends.
    t.clock().advanceSecs(14 * 60 + 59);
    auto stillLocked = auth.login(QStringLiteral("admin"), kAdminPassword);
    REQUIRE_FALSE(stillLocked.ok());
    CHECK(stillLocked.error().message.contains(QStringLiteral("2026-03-15 09:15")));

    t.clock().advanceSecs(1); // 09:15:00
    auto unlocked = auth.login(QStringLiteral("admin"), kAdminPassword);
    REQUIRE(unlocked.ok());
    CHECK(userColumn(*this, QStringLiteral("failed_logins"), adminId()) == QStringLiteral("0"));
    CHECK(userColumn(*this, QStringLiteral("locked_until"), adminId()).isEmpty());
    CHECK(userColumn(*this, QStringLiteral("last_login_at"), adminId()) ==
          QStringLiteral("2026-03-15T09:15:00"));
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(AuthFixture, "after a lock runs out a wrong password starts a new count",
                 "[auth][login][lockout]")
{
    const qint64 id = adminId();
    {
        Transaction tx(t.db());
        UserRepository::update(sys, id, QStringLiteral("locked"),
                               QStringLiteral("failed_logins = 5, locked_until = ?"),
                               {QStringLiteral("2026-03-15T08:30:00")});
        tx.commit();
    }
    auto r = AuthService(sys).login(QStringLiteral("admin"), QStringLiteral("wrong-again"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == QStringLiteral("Wrong user name or password."));
    CHECK(userColumn(*this, QStringLiteral("failed_logins"), id) == QStringLiteral("1"));
    CHECK(userColumn(*this, QStringLiteral("locked_until"), id).isEmpty());
}

TEST_CASE_METHOD(AuthFixture, "an inactive user cannot log in", "[auth][login]")
{
    const qint64 id = addUser(QStringLiteral("finance1"), Role::Finance, QStringLiteral("finance-pass"));
    REQUIRE(UserService(sys).setActive(id, false).ok());
    AuthService auth(sys);
    auto right = auth.login(QStringLiteral("finance1"), QStringLiteral("finance-pass"));
    REQUIRE_FALSE(right.ok());
    CHECK(right.error().code == ErrorCode::PermissionDenied);
    CHECK(right.error().message == QStringLiteral("The user account finance1 is deactivated."));
    // A wrong password does not reveal whether the account is active.
    auto wrong = auth.login(QStringLiteral("finance1"), QStringLiteral("finance-pasS"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message == QStringLiteral("Wrong user name or password."));
    CHECK(AuthService::sessionFor(t.db(), id).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE_METHOD(AuthFixture, "a sales manager's scope is the subtree of their department", "[auth][scope]")
{
    const qint64 centre = addDepartment(QStringLiteral("销售中心"));
    const qint64 east = addDepartment(QStringLiteral("华东销售部"), centre);
    const qint64 eastTeam1 = addDepartment(QStringLiteral("华东一组"), east);
    const qint64 eastTeam1a = addDepartment(QStringLiteral("华东一组A"), eastTeam1);
    const qint64 north = addDepartment(QStringLiteral("华北销售部"), centre);
    const qint64 finance = addDepartment(QStringLiteral("财务部"));

    const qint64 manager = addEmployee(QStringLiteral("E001"), QStringLiteral("王经理"), east);
    const qint64 seller = addEmployee(QStringLiteral("E002"), QStringLiteral("李业务"), eastTeam1);
    const qint64 stranger = addEmployee(QStringLiteral("E003"), QStringLiteral("赵业务"), north);
    addUser(QStringLiteral("wang"), Role::SalesManager, QStringLiteral("manager-pass"), manager);
    addUser(QStringLiteral("li"), Role::Sales, QStringLiteral("seller-pass"), seller);

    auto session = AuthService(sys).login(QStringLiteral("wang"), QStringLiteral("manager-pass"));
    REQUIRE(session.ok());
    CHECK(session->role == Role::SalesManager);
    CHECK(session->employeeId == manager);
    CHECK(session->departmentScope == QList<qint64>{east, eastTeam1, eastTeam1a});
    CHECK(session->canSeeEmployee(seller, eastTeam1));
    CHECK(session->canSeeEmployee(manager, east));
    CHECK_FALSE(session->canSeeEmployee(stranger, north));
    CHECK_FALSE(session->canSeeEmployee(0, finance));

    // A salesperson is limited to themselves, not to a department list.
    const Session sales = sessionOf(QStringLiteral("li"));
    CHECK(sales.departmentScope.isEmpty());
    CHECK(sales.canSeeEmployee(seller, eastTeam1));
    CHECK_FALSE(sales.canSeeEmployee(manager, east));
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(AuthFixture, "a sales manager without a department sees no department", "[auth][scope]")
{
    const qint64 manager = addEmployee(QStringLiteral("E010"), QStringLiteral("孙经理"));
    addUser(QStringLiteral("sun"), Role::SalesManager, QStringLiteral("manager-pass"), manager);
    const Session s = sessionOf(QStringLiteral("sun"));
    CHECK(s.departmentScope.isEmpty());
    CHECK(s.canSeeEmployee(manager, 0));
    CHECK_FALSE(s.canSeeEmployee(manager + 1, 0));
}

TEST_CASE_METHOD(AuthFixture, "a login upgrades a hash made with weaker parameters", "[auth][login]")
{
    auto weak = PasswordHasher(PasswordHasher::Params{1, 8 * 1024}).hash(kAdminPassword);
    REQUIRE(weak.ok());
    {
        Transaction tx(t.db());
        UserRepository::update(sys, adminId(), QStringLiteral("reset_password"),
                               QStringLiteral("password_hash = ?"), {*weak});
        tx.commit();
    }
    REQUIRE(AuthService(sys).login(QStringLiteral("admin"), kAdminPassword).ok());
    const QString stored = UserRepository::passwordHash(t.db(), adminId());
    CHECK(stored.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$")));
    CHECK(PasswordHasher().verify(kAdminPassword, stored));
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(AuthFixture, "login works on a worker thread with its own connection", "[auth][login]")
{
    const QString path = t.path();
    const FixedClock& clock = t.clock();
    std::optional<Result<Session>> result;
    std::thread worker([&] {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        if (!db)
            return;
        const Context ctx{**db, clock, Session{}, nullptr};
        result.emplace(AuthService(ctx).login(QStringLiteral("admin"), kAdminPassword));
    });
    worker.join();
    REQUIRE(result.has_value());
    REQUIRE(result->ok());
    CHECK((*result)->role == Role::Admin);
    CHECK(userColumn(*this, QStringLiteral("last_login_at"), adminId()) ==
          QStringLiteral("2026-03-15T09:00:00"));
}
