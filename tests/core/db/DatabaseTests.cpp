#include <catch2/catch.hpp>

#include "db/Database.h"
#include "db/DbException.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "support/TestDatabase.h"

#include <QFile>

using namespace tl::core;
using tl::test::TestDatabase;

TEST_CASE("a new database is migrated to the latest schema with foreign keys on", "[db]")
{
    TestDatabase t;
    CHECK(t.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("PRAGMA journal_mode")).toString() ==
          QStringLiteral("wal"));
}

TEST_CASE("open modes refuse a missing or an existing file", "[db]")
{
    TestDatabase t;
    auto again = Database::open(t.path(), Database::OpenMode::CreateNew);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    auto missing = Database::open(t.dir() + QStringLiteral("/nope.db"), Database::OpenMode::OpenExisting);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("a schema newer than the program is refused", "[db]")
{
    TestDatabase t;
    t.db().execScript(QStringLiteral("PRAGMA user_version = 9999"));
    t.close();
    auto reopened = Database::open(t.path(), Database::OpenMode::OpenExisting);
    REQUIRE_FALSE(reopened.ok());
    CHECK(reopened.error().code == ErrorCode::Conflict);
}

TEST_CASE("a file that is not a database is refused", "[db]")
{
    TestDatabase t;
    const QString junk = t.dir() + QStringLiteral("/junk.db");
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto opened = Database::open(junk, Database::OpenMode::OpenExisting);
    REQUIRE_FALSE(opened.ok());
}

TEST_CASE("transactions roll back unless committed, nested ones too", "[db]")
{
    TestDatabase t;
    auto count = [&] {
        return SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM settings")).toInt();
    };
    {
        Transaction tx(t.db());
        SqlQuery(t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")).exec();
    }
    CHECK(count() == 0);
    bool notified = false;
    {
        Transaction outer(t.db());
        SqlQuery(t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '1')")).exec();
        {
            Transaction inner(t.db());
            SqlQuery(t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('c', '1')")).exec();
        } // inner rolled back
        outer.afterCommit([&] { notified = true; });
        CHECK_FALSE(notified);
        outer.commit();
    }
    CHECK(notified);
    CHECK(count() == 1);
    CHECK(t.db().transactionDepth() == 0);
}

TEST_CASE("constraint failures are reported as such", "[db]")
{
    TestDatabase t;
    SqlQuery(t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")).exec();
    try {
        SqlQuery(t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '2')")).exec();
        FAIL("expected a DbException");
    } catch (const DbException& e) {
        CHECK(e.isConstraint());
    }
}
