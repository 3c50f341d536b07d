#include "SalesTestSupport.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/DbException.h"
#include "db/SqlQuery.h"
#include "sales/ContractService.h"

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace tl::core;
using namespace tl::test;

namespace {

// A schema-4 database file built from the embedded migrations 0001-0004, with one contract of two
// instalments and their collector history written as schema 4 knew them.
void makeSchema4File(const QString& path)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    auto exec = [&](const QByteArray& sql) {
        char* message = nullptr;
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
        INFO(std::string(message ? message : ""));
        sqlite3_free(message);
        REQUIRE(rc == SQLITE_OK);
    };
    for (const char* name :
         {"0001_foundation.sql", "0002_customers.sql", "0003_customer_indexes.sql", "0004_receivables.sql"}) {
        QFile f(QStringLiteral(":/migrations/") + QString::fromLatin1(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        exec(f.readAll());
    }
    exec("PRAGMA user_version = 4;"
         "INSERT INTO employees (id, code, name, hire_date, created_at, updated_at) VALUES "
         "(1, 'E001', '王伟', '2024-01-01', '2024-01-01T00:00:00', '2024-01-01T00:00:00');"
         "INSERT INTO customers (id, code, name, created_on) VALUES (1, 'K001', '上海远景贸易有限公司', "
         "'2025-06-01');"
         "INSERT INTO contracts (id, contract_no, customer_id, salesperson_id, signed_on, amount, kind, "
         "created_at) "
         "VALUES (1, 'HT-1', 1, 1, '2026-01-10', 200000, 'new', '2026-01-10T09:00:00');"
         "INSERT INTO installments (id, contract_id, customer_id, seq, due_on, amount, collector_id) VALUES "
         "(1, 1, 1, 1, '2026-02-10', 100000, 1), (2, 1, 1, 2, '2026-03-10', 100000, 1);"
         "INSERT INTO installment_collectors (installment_id, collector_id, from_on, at, reason) VALUES "
         "(1, 1, '2026-01-10', '2026-01-10T09:00:00', 'contract'), (2, 1, '2026-01-10', "
         "'2026-01-10T09:00:00', "
         "'contract');");
    sqlite3_close(db);
}

} // namespace

// Schema 5 (0005_sales_ledger.sql): two contract indexes, and collector history rows that may go only with
// their instalment.
TEST_CASE("Schema 5 upgrades a schema-4 database and keeps collector history append-only", "[sales][schema]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v4.teamledger"));
    makeSchema4File(path);
    auto opened = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(opened.ok());
    Database& db = **opened;
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(db.schemaVersion() >= 5);
    CHECK(SqlQuery::scalar(
              db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                 "('contracts_amount', 'contracts_status')"))
              .toInt() == 2);

    // History of an existing instalment can be neither deleted nor edited.
    CHECK_THROWS_AS(
        db.execScript(QStringLiteral("DELETE FROM installment_collectors WHERE installment_id = 1")),
        DbException);
    CHECK_THROWS_AS(db.execScript(QStringLiteral("UPDATE installment_collectors SET note = 'x'")),
                    DbException);

    // Removing an instalment from the schedule takes its history with it.
    FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
    const Context system{db, clock, Session::systemSession(), nullptr};
    Contract c = *ContractService(system).get(1);
    REQUIRE(c.installments.size() == 2);
    c.installments.removeFirst();
    c.installments[0].seq = 1;
    c.installments[0].amount = 200000;
    REQUIRE(ContractService(system).update(c).ok());
    CHECK(SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM installments WHERE contract_id = 1"))
              .toInt() == 1);
    CHECK(SqlQuery::scalar(
              db, QStringLiteral("SELECT count(*) FROM installment_collectors WHERE installment_id = 1"))
              .toInt() == 0);
    CHECK(SqlQuery::scalar(
              db, QStringLiteral("SELECT count(*) FROM installment_collectors WHERE installment_id = 2"))
              .toInt() == 1);
    CHECK_FALSE(SqlQuery::scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isValid());
}
