#include <catch2/catch.hpp>

#include "backup/BackupService.h"
#include "backup/DatabaseCheck.h"
#include "common/Progress.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "settings/SetupService.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace tl::core;
using tl::test::TestDatabase;

namespace {

void initialize(TestDatabase& t)
{
    const Status s = SetupService::initialize(t.db(), t.clock(), QStringLiteral("测试公司"),
                                              QStringLiteral("shanghai"), QStringLiteral("admin"),
                                              QStringLiteral("password123"), QStringLiteral("管理员"));
    REQUIRE(s.ok());
}

qint64 scalar(const Database& db, const char* sql)
{
    return SqlQuery::scalar(db, QString::fromUtf8(sql)).toLongLong();
}

Session salesSession()
{
    Session s;
    s.userId = 5;
    s.username = QStringLiteral("sales");
    s.role = Role::Sales;
    return s;
}

QString writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

// Opens a file as a TeamLedger database, runs a statement behind the application's back, closes it.
void editOutside(const QString& path, const QString& sql)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    db.value()->execScript(sql);
}

} // namespace

TEST_CASE("a backup is a checked copy, recorded as an event, never overwriting a file", "[backup]")
{
    TestDatabase t;
    initialize(t);
    const Context ctx = t.context();
    NullProgress progress;
    const QString target = t.dir() + QStringLiteral("/copies/one.db");

    auto size = BackupService(ctx).backup(target, progress);
    REQUIRE(size.ok());
    CHECK(size.value() == QFileInfo(target).size());
    CHECK(size.value() > 0);
    CHECK(scalar(t.db(), "SELECT count(*) FROM audit_log WHERE entity = 'event' AND action = 'backup' "
                         "AND label = 'one.db'") == 1);
    CHECK(DatabaseCheck::runOn(t.db())->isEmpty());

    auto problems = BackupService::inspect(target);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());

    auto again = BackupService(ctx).backup(target, progress);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);

    const Context sales = t.context(salesSession());
    auto denied = BackupService(sales).backup(t.dir() + QStringLiteral("/two.db"), progress);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFileInfo::exists(t.dir() + QStringLiteral("/two.db")));
}

TEST_CASE("a cancelled backup leaves no file", "[backup]")
{
    TestDatabase t;
    initialize(t);
    const Context ctx = t.context();
    NullProgress progress;
    progress.cancel();
    const QString target = t.dir() + QStringLiteral("/cancelled.db");
    auto size = BackupService(ctx).backup(target, progress);
    REQUIRE_FALSE(size.ok());
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("backups to a folder are named by time and only the newest are kept", "[backup]")
{
    TestDatabase t;
    initialize(t);
    const Context ctx = t.context();
    NullProgress progress;
    const QString folder = t.dir() + QStringLiteral("/auto");
    QDir().mkpath(folder);
    writeFile(folder + QStringLiteral("/notes.txt"), "not a backup");

    QStringList made;
    for (int i = 0; i < 4; ++i) {
        auto path = BackupService(ctx).backupToFolder(folder, 2, progress);
        REQUIRE(path.ok());
        made << QFileInfo(path.value()).fileName();
        if (i == 1)
            t.clock().advanceSecs(1);
    }
    CHECK(made == QStringList{QStringLiteral("teamledger-20260315-090000.db"),
                              QStringLiteral("teamledger-20260315-090000-2.db"),
                              QStringLiteral("teamledger-20260315-090001.db"),
                              QStringLiteral("teamledger-20260315-090001-2.db")});

    const QList<BackupService::BackupFile> kept = BackupService::listBackups(folder);
    REQUIRE(kept.size() == 2);
    CHECK(QFileInfo(kept.at(0).path).fileName() == QStringLiteral("teamledger-20260315-090001-2.db"));
    CHECK(QFileInfo(kept.at(1).path).fileName() == QStringLiteral("teamledger-20260315-090001.db"));
    CHECK(QFileInfo::exists(folder + QStringLiteral("/notes.txt")));

    auto invalid = BackupService(ctx).backupToFolder(folder, 0, progress);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().code == ErrorCode::Invalid);
}

TEST_CASE("inspect finds what makes a file unfit for a restore", "[backup]")
{
    TestDatabase t;
    initialize(t);
    const Context ctx = t.context();
    NullProgress progress;

    auto missing = BackupService::inspect(t.dir() + QStringLiteral("/none.db"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);

    SECTION("not a database")
    {
        auto problems =
            BackupService::inspect(writeFile(t.dir() + QStringLiteral("/junk.db"), QByteArray(8192, 'x')));
        REQUIRE(problems.ok());
        REQUIRE(problems->size() == 1);
        CHECK(problems->first() == QStringLiteral("junk.db is not an SQLite database or is damaged."));
    }
    SECTION("an SQLite database of another program")
    {
        const QString other = t.dir() + QStringLiteral("/other.db");
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open(other.toUtf8().constData(), &handle) == SQLITE_OK);
        REQUIRE(sqlite3_exec(handle, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)", nullptr,
                             nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(handle);
        auto problems = BackupService::inspect(other);
        REQUIRE(problems.ok());
        REQUIRE(problems->size() == 1);
        CHECK(problems->first() == QStringLiteral("other.db is not a TeamLedger database."));
    }
    SECTION("a newer schema")
    {
        const QString newer = t.dir() + QStringLiteral("/newer.db");
        REQUIRE(BackupService(ctx).backup(newer, progress).ok());
        editOutside(newer, QStringLiteral("PRAGMA user_version = 999"));
        auto problems = BackupService::inspect(newer);
        REQUIRE(problems.ok());
        REQUIRE(problems->size() == 1);
        CHECK(problems->first().startsWith(
            QStringLiteral("newer.db has schema version 999, newer than this program")));
    }
    SECTION("a row changed outside the application")
    {
        const QString edited = t.dir() + QStringLiteral("/edited.db");
        REQUIRE(BackupService(ctx).backup(edited, progress).ok());
        editOutside(edited, QStringLiteral("UPDATE company SET name = 'Someone else' WHERE id = 1"));
        auto problems = BackupService::inspect(edited);
        REQUIRE(problems.ok());
        REQUIRE(problems->size() == 1);
        CHECK(problems->first() ==
              QStringLiteral("row 1 of company (测试公司) was changed outside the application: name"));
        // inspect never changes the file it looks at
        CHECK(QFileInfo(edited).size() > 0);
        auto again = BackupService::inspect(edited);
        CHECK(again.value() == problems.value());
    }
}

TEST_CASE("restore replaces the database, keeps the old one and records the restore", "[backup]")
{
    TestDatabase t;
    initialize(t);
    NullProgress progress;
    const QString backup = t.dir() + QStringLiteral("/b.db");
    {
        const Context ctx = t.context();
        REQUIRE(BackupService(ctx).backup(backup, progress).ok());
        // a later change that the restore will undo: another backup event
        REQUIRE(BackupService(ctx).backup(t.dir() + QStringLiteral("/c.db"), progress).ok());
    }
    const qint64 recordsInBackup = scalar(*Database::open(backup, Database::OpenMode::OpenExisting).value(),
                                          "SELECT count(*) FROM audit_log");
    const qint64 recordsBefore = scalar(t.db(), "SELECT count(*) FROM audit_log");
    CHECK(recordsBefore == recordsInBackup + 2);
    t.close();

    Session admin;
    admin.userId = 1;
    admin.username = QStringLiteral("admin");
    admin.role = Role::Admin;
    t.clock().advanceSecs(3600);
    REQUIRE(BackupService::restore(t.path(), backup, admin, t.clock()).ok());

    const QString kept = t.path() + QStringLiteral(".before-restore-20260315-100000");
    CHECK(QFileInfo::exists(kept));
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral(".restore-tmp")));
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
    CHECK(scalar(*Database::open(kept, Database::OpenMode::OpenExisting).value(),
                 "SELECT count(*) FROM audit_log") == recordsBefore);

    t.reopen();
    CHECK(scalar(t.db(), "SELECT count(*) FROM audit_log") == recordsInBackup + 1);
    CHECK(SqlQuery::scalar(t.db(),
                           QStringLiteral("SELECT username || ':' || action || ':' || label FROM audit_log "
                                          "ORDER BY id DESC LIMIT 1"))
              .toString() == QStringLiteral("admin:restore:b.db"));
    CHECK(DatabaseCheck::runOn(t.db())->isEmpty());
}

TEST_CASE("restore refuses an unfit backup and a role without the permission, changing nothing", "[backup]")
{
    TestDatabase t;
    initialize(t);
    NullProgress progress;
    const QString backup = t.dir() + QStringLiteral("/b.db");
    REQUIRE(BackupService(t.context()).backup(backup, progress).ok());
    const qint64 records = scalar(t.db(), "SELECT count(*) FROM audit_log");
    t.close();
    const qint64 sizeBefore = QFileInfo(t.path()).size();

    const Status denied = BackupService::restore(t.path(), backup, salesSession(), t.clock());
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);

    editOutside(backup, QStringLiteral("DELETE FROM settings WHERE id = 1"));
    const Status unfit = BackupService::restore(t.path(), backup, Session::systemSession(), t.clock());
    REQUIRE_FALSE(unfit.ok());
    CHECK(unfit.error().code == ErrorCode::Conflict);
    REQUIRE(unfit.error().problems.size() == 1);
    CHECK(unfit.error().problems.first().reason.contains(QStringLiteral("of settings")));
    CHECK(unfit.error().problems.first().reason.endsWith(
        QStringLiteral("was deleted outside the application")));
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral(".restore-tmp")));
    CHECK(QDir(t.dir()).entryList({QStringLiteral("*.before-restore-*")}).isEmpty());

    CHECK(QFileInfo(t.path()).size() == sizeBefore);
    t.reopen();
    CHECK(scalar(t.db(), "SELECT count(*) FROM audit_log") == records);
}

TEST_CASE("restore into a missing database file creates it", "[backup]")
{
    TestDatabase t;
    initialize(t);
    NullProgress progress;
    const QString backup = t.dir() + QStringLiteral("/b.db");
    REQUIRE(BackupService(t.context()).backup(backup, progress).ok());
    const QString fresh = t.dir() + QStringLiteral("/new/place.db");
    REQUIRE(BackupService::restore(fresh, backup, Session::systemSession(), t.clock()).ok());
    auto db = Database::open(fresh, Database::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    CHECK(scalar(*db.value(), "SELECT count(*) FROM company") == 1);
    CHECK(DatabaseCheck::runOn(*db.value())->isEmpty());
}
