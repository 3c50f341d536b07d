#include "ShellFixture.h"

#include "audit/AuditLog.h"
#include "audit/AuditLogQuery.h"
#include "auth/AuthService.h"
#include "models/AuditLogTableModel.h"
#include "models/UserTableModel.h"

#include <QAbstractItemModelTester>

using namespace tl;
using tl::test::ShellFixture;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

int rowOf(const QAbstractItemModel& model, const QString& username)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (cell(model, row, 0) == username)
            return row;
    return -1;
}

} // namespace

TEST_CASE("the user table lists accounts with role, status and lockout", "[shell][models]")
{
    ShellFixture f;
    f.addUser(QStringLiteral("wang"), core::Role::Sales, QStringLiteral("王五"));
    const qint64 zhao = f.addUser(QStringLiteral("zhao"), core::Role::Auditor, QStringLiteral("赵六"));
    const core::Context sys = f.t.context();
    REQUIRE(core::UserService(sys).setActive(zhao, false).ok());
    // Five wrong passwords lock "wang" for 15 minutes from 09:00.
    for (int i = 0; i < 5; ++i)
        CHECK_FALSE(
            core::AuthService(sys).login(QStringLiteral("wang"), QStringLiteral("wrong-password")).ok());

    ui::UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const core::Context ctx = f.t.context(f.sessionOf(QStringLiteral("admin")));
    REQUIRE(model.reload(ctx).ok());

    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == 7);
    const int admin = rowOf(model, QStringLiteral("admin"));
    const int wang = rowOf(model, QStringLiteral("wang"));
    const int zhaoRow = rowOf(model, QStringLiteral("zhao"));
    REQUIRE(admin >= 0);
    REQUIRE(wang >= 0);
    REQUIRE(zhaoRow >= 0);
    CHECK(cell(model, admin, 1) == QStringLiteral("管理员"));
    CHECK(cell(model, admin, 2) == QStringLiteral("System administrator"));
    CHECK(cell(model, wang, 2) == QStringLiteral("Salesperson"));
    CHECK(cell(model, wang, 4) == QStringLiteral("Active"));
    CHECK(cell(model, zhaoRow, 4) == QStringLiteral("Deactivated"));
    CHECK(model.data(model.index(wang, 0), ui::UserTableModel::LockedRole).toBool());
    CHECK_FALSE(model.data(model.index(admin, 0), ui::UserTableModel::LockedRole).toBool());
    CHECK(cell(model, wang, 5).contains(QStringLiteral("09:15")));
    CHECK(cell(model, admin, 5).isEmpty());
    CHECK(model.data(model.index(zhaoRow, 0), ui::UserTableModel::UserIdRole).toLongLong() == zhao);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("User name"));
}

TEST_CASE("the user table refuses a salesperson", "[shell][models]")
{
    ShellFixture f;
    f.addUser(QStringLiteral("wang"), core::Role::Sales, QStringLiteral("王五"));
    ui::UserTableModel model;
    const core::Context ctx = f.t.context(f.sessionOf(QStringLiteral("wang")));
    const core::Status s = model.reload(ctx);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == core::ErrorCode::PermissionDenied);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the audit log table loads keyset pages newest first as the view scrolls", "[shell][models]")
{
    ShellFixture f;
    // Set-up wrote the company, settings, profiles and the admin; add three users: three more records.
    f.addUser(QStringLiteral("u1"), core::Role::Sales, QStringLiteral("一"));
    f.addUser(QStringLiteral("u2"), core::Role::Sales, QStringLiteral("二"));
    f.addUser(QStringLiteral("u3"), core::Role::Hr, QStringLiteral("三"));
    const qint64 total =
        core::SqlQuery::scalar(f.t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    REQUIRE(total >= 6);

    ui::AuditLogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(2);
    const core::Context ctx = f.t.context(f.sessionOf(QStringLiteral("admin")));
    REQUIRE(model.setQuery(ctx, {}).ok());
    CHECK(model.totalCount() == total);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == 5);
    // Newest first: the last user created is on top.
    CHECK(cell(model, 0, 4) == QStringLiteral("u3"));
    CHECK(cell(model, 0, 2) == QStringLiteral("Created"));
    CHECK(cell(model, 0, 3) == QStringLiteral("User"));
    CHECK(cell(model, 0, 1) == QStringLiteral("system"));
    CHECK(cell(model, 0, 0) == QStringLiteral("2026-03-15 09:00:00"));
    CHECK(cell(model, 1, 4) == QStringLiteral("u2"));

    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 4);
    CHECK(cell(model, 2, 4) == QStringLiteral("u1"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == total);
    // Every id once, strictly descending.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.data(model.index(row, 0), ui::AuditLogTableModel::RecordIdRole).toLongLong();
        CHECK(id < previous);
        previous = id;
    }
    CHECK(previous == 1);
}

TEST_CASE("the audit log table filters by user, kind, action, text and dates", "[shell][models]")
{
    ShellFixture f;
    f.addUser(QStringLiteral("liu"), core::Role::Finance, QStringLiteral("刘备"));
    const core::Context sys = f.t.context();
    CHECK_FALSE(core::AuthService(sys).login(QStringLiteral("liu"), QStringLiteral("bad-password")).ok());
    f.t.clock().advanceDays(2); // 2026-03-17
    REQUIRE(core::AuthService(sys).login(QStringLiteral("liu"), QStringLiteral("user-pass-1")).ok());

    ui::AuditLogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const core::Context ctx = f.t.context(f.sessionOf(QStringLiteral("admin")));

    core::AuditLogQuery::Filter byUser;
    byUser.username = QStringLiteral("liu");
    REQUIRE(model.setQuery(ctx, byUser).ok());
    REQUIRE(model.rowCount() == 2); // login_failed, login (both recorded as the user logging in)
    CHECK(cell(model, 0, 2) == QStringLiteral("Logged in"));
    CHECK(cell(model, 1, 2) == QStringLiteral("Login failed"));

    core::AuditLogQuery::Filter byAction;
    byAction.action = QStringLiteral("login");
    REQUIRE(model.setQuery(ctx, byAction).ok());
    CHECK(model.rowCount() == 1);

    core::AuditLogQuery::Filter byText;
    byText.text = QStringLiteral("刘备"); // in the users row's display_name
    REQUIRE(model.setQuery(ctx, byText).ok());
    CHECK(model.rowCount() == 3); // create, login_failed, login
    CHECK(model.totalCount() == 3);

    core::AuditLogQuery::Filter byDate;
    byDate.from = QDate(2026, 3, 16);
    REQUIRE(model.setQuery(ctx, byDate).ok());
    CHECK(model.rowCount() == 1);
    byDate.from = {};
    byDate.to = QDate(2026, 3, 15);
    byDate.entity = QStringLiteral("users");
    REQUIRE(model.setQuery(ctx, byDate).ok());
    CHECK(model.rowCount() == 3); // admin created, liu created, liu's failed login
}

TEST_CASE("the audit log query needs ViewAudit and gives a record's before and after", "[shell][models]")
{
    ShellFixture f;
    const qint64 wang = f.addUser(QStringLiteral("wang"), core::Role::Sales, QStringLiteral("王五"));
    const core::Context sys = f.t.context();
    REQUIRE(core::UserService(sys).update(wang, {QStringLiteral("王小五"), core::Role::Sales, 0}).ok());

    const core::Context sales = f.t.context(f.sessionOf(QStringLiteral("wang")));
    auto denied = core::AuditLogQuery(sales).count();
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == core::ErrorCode::PermissionDenied);

    const core::Context auditorCtx = [&] {
        f.addUser(QStringLiteral("audit"), core::Role::Auditor, QStringLiteral("审计"));
        return f.t.context(f.sessionOf(QStringLiteral("audit")));
    }();
    core::AuditLogQuery::Filter filter;
    filter.action = QStringLiteral("update");
    core::AuditLogQuery query(auditorCtx, filter);
    auto page = query.page(0, 10);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 1);
    CHECK(page->nextBefore == 0);
    const core::AuditRecord& r = page->rows.first();
    CHECK(r.entity == QStringLiteral("users"));
    CHECK(r.entityId == wang);
    CHECK(r.before.value(QStringLiteral("display_name")).toString() == QStringLiteral("王五"));
    CHECK(r.after.value(QStringLiteral("display_name")).toString() == QStringLiteral("王小五"));
    auto again = query.get(r.id);
    REQUIRE(again.ok());
    CHECK(again->label == QStringLiteral("wang"));
    auto choices = query.choices();
    REQUIRE(choices.ok());
    CHECK(choices->usernames.contains(QStringLiteral("system")));
    CHECK(choices->entities.contains(QStringLiteral("users")));
    CHECK(choices->actions.contains(QStringLiteral("update")));
}
