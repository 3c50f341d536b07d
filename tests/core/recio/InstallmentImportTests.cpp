#include <catch2/catch.hpp>

#include "RecioSupport.h"

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "io/CreatedRowFingerprints.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

using namespace tl::core;
using namespace tl::test;

namespace {

const QString kScheduleRows = QStringLiteral(
    "SELECT c.contract_no, i.seq, i.due_on, i.amount, cu.code, e.code, i.paid_total, i.written_off_total, "
    "coalesce(i.last_paid_on, '') FROM installments i JOIN contracts c ON c.id = i.contract_id "
    "JOIN customers cu ON cu.id = i.customer_id JOIN employees e ON e.id = i.collector_id ORDER BY "
    "c.contract_no, i.seq");
const QString kHistoryRows = QStringLiteral(
    "SELECT c.contract_no, i.seq, e.code, h.from_on, h.at, h.reason, h.note, coalesce(h.user_id, '') "
    "FROM installment_collectors h JOIN installments i ON i.id = h.installment_id JOIN contracts c ON "
    "c.id = i.contract_id JOIN employees e ON e.id = h.collector_id ORDER BY c.contract_no, i.seq, h.id");

// The schedules of installments_*.csv (yuan -> fen), collected by each contract's salesperson.
const QStringList kSampleSchedules{QStringLiteral("HT-001|1|2025-02-10|400000|K001|E002|0|0|"),
                                   QStringLiteral("HT-001|2|2025-05-10|300000|K001|E002|0|0|"),
                                   QStringLiteral("HT-001|3|2025-08-10|300000|K001|E002|0|0|"),
                                   QStringLiteral("HT-002|1|2025-07-01|250000|K001|E002|0|0|"),
                                   QStringLiteral("HT-002|2|2025-10-01|250000|K001|E002|0|0|"),
                                   QStringLiteral("HT-003|1|2025-04-01|400000|K002|E003|0|0|"),
                                   QStringLiteral("HT-003|2|2025-09-01|400050|K002|E003|0|0|"),
                                   QStringLiteral("HT-004|1|2026-06-01|300000|K002|E003|0|0|")};

} // namespace

TEST_CASE("installments: schedules import from English UTF-8 and Chinese GBK files", "[recio][installments]")
{
    const std::string name =
        GENERATE(as<std::string>{}, "installments_en_utf8.csv", "installments_zh_gbk.csv");
    CAPTURE(name);
    TestDatabase t;
    makeLedger(t.context());
    const Context ctx = t.context(financeSession());
    importSample(ctx, QStringLiteral("contracts"), QStringLiteral("contracts_en_utf8.csv"));
    const auto result = importFile(ctx, QStringLiteral("installments"), QString::fromStdString(name));
    requireCommitted(result);
    CHECK(result->created == 8);
    CHECK(rows(t.db(), kScheduleRows) == kSampleSchedules);
    // One collector row per instalment: the credited salesperson from the signing date, reason "import".
    CHECK(rows(t.db(), kHistoryRows) ==
          QStringList{QStringLiteral("HT-001|1|E002|2025-01-10|2026-03-15T09:00:00|import||"),
                      QStringLiteral("HT-001|2|E002|2025-01-10|2026-03-15T09:00:00|import||"),
                      QStringLiteral("HT-001|3|E002|2025-01-10|2026-03-15T09:00:00|import||"),
                      QStringLiteral("HT-002|1|E002|2025-06-01|2026-03-15T09:00:00|import||"),
                      QStringLiteral("HT-002|2|E002|2025-06-01|2026-03-15T09:00:00|import||"),
                      QStringLiteral("HT-003|1|E003|2025-03-01|2026-03-15T09:00:00|import||"),
                      QStringLiteral("HT-003|2|E003|2025-03-01|2026-03-15T09:00:00|import||"),
                      QStringLiteral("HT-004|1|E003|2025-12-01|2026-03-15T09:00:00|import||")});
    requireAuditClean(t.db());
}

TEST_CASE("installments: every bad cell and every broken schedule is reported, and nothing is written",
          "[recio][installments]")
{
    TestDatabase t;
    const Ledger l = makeLedger(t.context());
    const Context ctx = t.context(financeSession());
    importSample(ctx, QStringLiteral("contracts"), QStringLiteral("contracts_en_utf8.csv"));
    requireCommitted(importCsv(ctx, QStringLiteral("contracts"),
                               "contract_no,customer_code,salesperson_code,signed_on,amount\n"
                               "HT-005,K001,E002,2025-01-01,105\nHT-006,K001,E002,2025-01-01,2000\n"));
    const qint64 exist = makeContract(ctx, QStringLiteral("EXIST-1"), l.k001, l.li, QDate(2025, 1, 10), 10000,
                                      {{QDate(2025, 2, 1), 10000}});
    recordPayment(ctx, QStringLiteral("PAY-1"), l.k001, QDate(2025, 2, 1), 100, exist);
    const QString before = ledgerChecksum(t.db());

    const auto result =
        importFile(ctx, QStringLiteral("installments"), QStringLiteral("installments_bad.csv"));
    REQUIRE(result.ok());
    CHECK_FALSE(result->committed);
    // HT-001: 4,000 + 3,000 + 2,000 = 9,000 against 10,000 -> 1,000 less, on each of its rows.
    const QString sum = QString::fromUtf8("the instalments of contract HT-001 add up to ¥9,000.00, ¥1,000.00 "
                                          "less than the contract amount ¥10,000.00");
    CHECK(
        problemTexts(result->problems) ==
        QStringList{
            QStringLiteral("row 2, column amount: ") + sum, QStringLiteral("row 3, column amount: ") + sum,
            QStringLiteral("row 4, column amount: ") + sum,
            QStringLiteral("row 6, column seq: instalment 1 of contract HT-002 already appears in row 5"),
            QStringLiteral(
                "row 7, column due_on: due date 2025-02-01 is before the signing date 2025-03-01 of "
                "contract HT-003"),
            QStringLiteral(
                "row 8, column seq: the instalments of contract HT-004 must be numbered from 1 without "
                "gaps: 1 is missing"),
            QStringLiteral("row 9, column contract_no: contract HT-999 does not exist"),
            QStringLiteral("row 10, column due_on: no such date 2026-13-01"),
            QStringLiteral("row 11, column amount: the amount may not be negative"),
            QStringLiteral("row 12, column seq: x is not a whole number"),
            QStringLiteral("row 14, column due_on: due date 2025-04-01 is before the due date 2025-05-01 of "
                           "instalment 1"),
            QStringLiteral(
                "row 15, column contract_no: the schedule of contract EXIST-1 cannot be replaced: its "
                "instalments already have payments or write-offs")});
    CHECK(result->problems.at(0).value == QStringLiteral("4000.00"));
    CHECK(ledgerChecksum(t.db()) == before);

    // A dry run of a good file writes nothing either.
    ImportOptions dry;
    dry.dryRun = true;
    const auto planned =
        importFile(ctx, QStringLiteral("installments"), QStringLiteral("installments_en_utf8.csv"), dry);
    REQUIRE(planned.ok());
    CHECK(planned->problems.isEmpty());
    CHECK(planned->created == 8);
    CHECK(ledgerChecksum(t.db()) == before);
}

TEST_CASE("installments: a schedule nothing refers to is replaced; a collected one is not",
          "[recio][installments]")
{
    TestDatabase t;
    const Ledger l = makeLedger(t.context());
    const Context ctx = t.context(financeSession());
    makeContract(ctx, QStringLiteral("HT-001"), l.k001, l.li, QDate(2025, 1, 10), 10000,
                 {{QDate(2025, 2, 10), 4000}, {QDate(2025, 5, 10), 6000}});
    const auto result = importCsv(ctx, QStringLiteral("installments"),
                                  "contract_no,seq,due_on,amount\n"
                                  "HT-001,1,2025-03-01,2500\nHT-001,2,2025-04-01,2500\n"
                                  "HT-001,3,2025-05-01,2500\nHT-001,4,2025-06-01,2500\n");
    requireCommitted(result);
    CHECK(result->summary().contains(
        QStringLiteral("2 stored instalment(s) will be replaced by the new schedules.")));
    CHECK(rows(t.db(), QStringLiteral("SELECT seq, due_on, amount FROM installments ORDER BY seq")) ==
          QStringList{QStringLiteral("1|2025-03-01|250000"), QStringLiteral("2|2025-04-01|250000"),
                      QStringLiteral("3|2025-05-01|250000"), QStringLiteral("4|2025-06-01|250000")});
    // The old instalments went with their collector history.
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM installment_collectors")) == 4);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'")) == 4);
    requireAuditClean(t.db());

    // A payment on instalment 1 keeps the schedule.
    recordPayment(ctx, QStringLiteral("PAY-1"), l.k001, QDate(2025, 3, 1), 1);
    const auto refused = importCsv(ctx, QStringLiteral("installments"),
                                   "contract_no,seq,due_on,amount\nHT-001,1,2025-03-01,10000\n");
    REQUIRE(refused.ok());
    CHECK(problemTexts(refused->problems) ==
          QStringList{
              QStringLiteral("row 2, column contract_no: the schedule of contract HT-001 cannot be replaced: "
                             "its instalments already have payments or write-offs")});
    // Instalment schedules need the right to edit contracts.
    const auto sales = importCsv(t.context(sessionFor(Role::Sales, l.li)), QStringLiteral("installments"),
                                 "contract_no,seq,due_on,amount\nHT-001,1,2025-03-01,10000\n");
    REQUIRE_FALSE(sales.ok());
    CHECK(sales.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("installments: thousands of rows rebuild the indexes and stay audited", "[recio][installments]")
{
    TestDatabase t;
    makeLedger(t.context());
    const Context ctx = t.context(financeSession());
    const QString indexSql = QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                            "tbl_name = 'installments' ORDER BY name");
    const QStringList indexes = rows(t.db(), indexSql);
    REQUIRE(indexes.size() >= 5);

    // 3,000 contracts x 4 instalments of 25.00 = 12,000 rows (above the rebuild threshold of 10,000).
    QByteArray contracts = "contract_no,customer_code,salesperson_code,signed_on,amount,kind\n";
    QByteArray schedule = "contract_no,seq,due_on,amount\n";
    for (int c = 1; c <= 3000; ++c) {
        const QByteArray no = "B" + QByteArray::number(c).rightJustified(5, '0');
        contracts += no + (c % 2 ? ",K001,E002" : ",K002,E003") + ",2025-01-01,100,new\n";
        for (int s = 1; s <= 4; ++s)
            schedule += no + ',' + QByteArray::number(s) + ",2025-0" + QByteArray::number(s + 1) + "-01,25\n";
    }
    requireCommitted(importCsv(ctx, QStringLiteral("contracts"), contracts));
    const auto result = importCsv(ctx, QStringLiteral("installments"), schedule);
    requireCommitted(result);
    CHECK(result->created == 12000);
    CHECK(rows(t.db(), indexSql) == indexes);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM installments")) == 12000);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM installment_collectors")) == 12000);
    CHECK(rows(t.db(), QStringLiteral("PRAGMA integrity_check")) == QStringList{QStringLiteral("ok")});
    // The indexes answer as before (the planner uses installments_collector here).
    CHECK(scalar(t.db(),
                 QStringLiteral("SELECT count(*) FROM installments WHERE collector_id = (SELECT id FROM "
                                "employees WHERE code = 'E003') AND due_on >= '2025-03-01'")) == 4500);
    CHECK(rows(t.db(),
               QStringLiteral("SELECT seq, due_on, amount FROM installments WHERE contract_id = (SELECT id "
                              "FROM contracts WHERE contract_no = 'B02999') ORDER BY seq")) ==
          QStringList{QStringLiteral("1|2025-02-01|2500"), QStringLiteral("2|2025-03-01|2500"),
                      QStringLiteral("3|2025-04-01|2500"), QStringLiteral("4|2025-05-01|2500")});
    // Compact bulk records: runs of up to 2,000 rows per table.
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'installments'")) ==
          6);
    requireAuditClean(t.db());
}

TEST_CASE("installments: fingerprints built from the values written equal the audit snapshots",
          "[recio][installments]")
{
    TestDatabase t;
    makeLedger(t.context());
    const Context ctx = t.context(financeSession());
    importSample(ctx, QStringLiteral("contracts"), QStringLiteral("contracts_en_utf8.csv"));
    importSample(ctx, QStringLiteral("installments"), QStringLiteral("installments_en_utf8.csv"));
    const qint64 id = scalar(t.db(), QStringLiteral("SELECT max(id) FROM installments"));
    const QStringList stored =
        rows(t.db(), QStringLiteral("SELECT contract_id, customer_id, seq, due_on, amount, "
                                    "collector_id FROM installments WHERE id = %1")
                         .arg(id))
            .first()
            .split(QLatin1Char('|'));
    using Value = CreatedRowFingerprints::Value;
    const QByteArray due = stored.at(3).toLatin1();
    const Value values[] = {Value::of(stored.at(0).toLongLong()), Value::of(stored.at(1).toLongLong()),
                            Value::of(stored.at(2).toLongLong()), Value::of(due),
                            Value::of(stored.at(4).toLongLong()), Value::of(stored.at(5).toLongLong())};
    const CreatedRowFingerprints prints(
        t.db(), QStringLiteral("installments"),
        {"contract_id", "customer_id", "seq", "due_on", "amount", "collector_id"});
    REQUIRE(prints.valid());
    CHECK(QString::fromUtf8(prints.snapshot(id, values)) ==
          canonicalJson(AuditLog::snapshot(t.db(), QStringLiteral("installments"), id)));
    // A column left out (or one the table does not have) makes it unusable: callers read the rows back.
    CHECK_FALSE(CreatedRowFingerprints(t.db(), QStringLiteral("installments"), {"contract_id", "customer_id"})
                    .valid());
    CHECK_FALSE(
        CreatedRowFingerprints(t.db(), QStringLiteral("installments"),
                               {"contract_id", "customer_id", "seq", "due_on", "amount", "collector_id", "x"})
            .valid());
}
