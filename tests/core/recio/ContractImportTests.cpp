#include <catch2/catch.hpp>

#include "RecioSupport.h"

#include "support/Builders.h"
#include "support/TestDatabase.h"

using namespace tl::core;
using namespace tl::test;

namespace {

const QString kContractRows = QStringLiteral(
    "SELECT c.contract_no, cu.code, e.code, c.signed_on, c.amount, c.kind, c.status, c.title, c.note, "
    "coalesce(c.interest_rate_ppm, ''), c.created_at FROM contracts c JOIN customers cu ON cu.id = "
    "c.customer_id "
    "JOIN employees e ON e.id = c.salesperson_id ORDER BY c.contract_no");

// The four contracts of contracts_*.csv; amounts in fen (10,000.00 yuan = 1000000 fen; 8000.5 = 800050).
const QStringList kSampleContracts{
    QStringLiteral("HT-001|K001|E002|2025-01-10|1000000|new|active||||2026-03-15T09:00:00"),
    QStringLiteral("HT-002|K001|E002|2025-06-01|500000|renewal|active||||2026-03-15T09:00:00"),
    QStringLiteral("HT-003|K002|E003|2025-03-01|800050|addon|active||||2026-03-15T09:00:00"),
    QStringLiteral("HT-004|K002|E003|2025-12-01|300000|new|active||||2026-03-15T09:00:00")};

} // namespace

TEST_CASE("contracts: English UTF-8 and Chinese GBK files create the same contracts", "[recio][contracts]")
{
    const std::string name = GENERATE(as<std::string>{}, "contracts_en_utf8.csv", "contracts_zh_gbk.csv");
    CAPTURE(name);
    TestDatabase t;
    makeLedger(t.context());
    const auto result =
        importFile(t.context(financeSession()), QStringLiteral("contracts"), QString::fromStdString(name));
    requireCommitted(result);
    CHECK(result->rows == 4);
    CHECK(result->created == 4);
    CHECK(result->createdRows == QList<int>{2, 3, 4, 5});
    CHECK(rows(t.db(), kContractRows) == kSampleContracts);
    requireAuditClean(t.db());
}

TEST_CASE("contracts: every bad cell is reported with its row and column, and nothing is written",
          "[recio][contracts]")
{
    TestDatabase t;
    const Ledger l = makeLedger(t.context());
    const Context ctx = t.context(financeSession());
    // EXIST-1 has a payment allocated; EXIST-2 has a schedule of 2 x 5,000 and nothing paid.
    const qint64 exist1 = makeContract(ctx, QStringLiteral("EXIST-1"), l.k001, l.li, QDate(2025, 1, 10),
                                       10000, {{QDate(2025, 2, 1), 10000}});
    makeContract(ctx, QStringLiteral("EXIST-2"), l.k001, l.li, QDate(2025, 1, 10), 10000,
                 {{QDate(2025, 2, 1), 5000}, {QDate(2025, 3, 1), 5000}});
    recordPayment(ctx, QStringLiteral("PAY-1"), l.k001, QDate(2025, 2, 1), 100, exist1);
    const QString before = ledgerChecksum(t.db());

    const auto result = importFile(ctx, QStringLiteral("contracts"), QStringLiteral("contracts_bad.csv"));
    REQUIRE(result.ok());
    CHECK_FALSE(result->committed);
    CHECK(problemTexts(result->problems) ==
          QStringList{
              QStringLiteral("row 3, column contract_no: contract HT-101 already appears in row 2"),
              QStringLiteral("row 4, column customer_code: customer K999 does not exist"),
              QStringLiteral("row 5, column salesperson_code: employee E999 does not exist"),
              QStringLiteral("row 6, column signed_on: signing date 2099-01-01 is after today (2026-03-15)"),
              QStringLiteral("row 7, column signed_on: no such date 2025-02-30"),
              QStringLiteral("row 8, column amount: the contract amount must be greater than zero"),
              QStringLiteral("row 9, column amount: more than 2 decimals in \"12.345\""),
              QString::fromUtf8(
                  "row 10, column kind: unknown value lease; use new, renewal, addon, 新签, 续约, 增购"),
              QStringLiteral("row 11, column contract_no: the contract number is required"),
              QStringLiteral("row 12, column customer_code: the customer is required"),
              QString::fromUtf8(
                  "row 13, column customer_code: the customer of contract EXIST-1 cannot change: its "
                  "instalments already have payments, write-offs, disputes, promises, letters or "
                  "interest records"),
              // 2 x 5,000 = 10,000 against 9,000: 1,000 more.
              QString::fromUtf8(
                  "row 14, column amount: the instalments of contract EXIST-2 add up to ¥10,000.00, "
                  "¥1,000.00 more than the contract amount; change the amount and the schedule "
                  "together")});
    REQUIRE(result->problems.size() == 12);
    CHECK(result->problems.at(6).value == QStringLiteral("12.345"));
    CHECK(ledgerChecksum(t.db()) == before);
}

TEST_CASE("contracts: a dry run plans without writing; a second import of the same file changes nothing",
          "[recio][contracts]")
{
    TestDatabase t;
    makeLedger(t.context());
    const Context ctx = t.context(financeSession());
    const QString empty = ledgerChecksum(t.db());
    ImportOptions dry;
    dry.dryRun = true;
    const auto planned =
        importFile(ctx, QStringLiteral("contracts"), QStringLiteral("contracts_en_utf8.csv"), dry);
    REQUIRE(planned.ok());
    CHECK(planned->problems.isEmpty());
    CHECK(planned->created == 4);
    CHECK_FALSE(planned->committed);
    CHECK(ledgerChecksum(t.db()) == empty);

    importSample(ctx, QStringLiteral("contracts"), QStringLiteral("contracts_en_utf8.csv"));
    const QString once = ledgerChecksum(t.db());
    const qint64 audit = scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    // The same contracts again (also from the Chinese file): all unchanged, nothing but the import event.
    for (const char* file : {"contracts_en_utf8.csv", "contracts_zh_gbk.csv"}) {
        const auto again = importFile(ctx, QStringLiteral("contracts"), QString::fromLatin1(file));
        requireCommitted(again);
        CHECK(again->created == 0);
        CHECK(again->updated == 0);
        CHECK(again->unchanged == 4);
        CHECK(again->unchangedRows == QList<int>{2, 3, 4, 5});
    }
    CHECK(rows(t.db(), kContractRows) == kSampleContracts);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")) == audit + 2);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")) == 3);
    Q_UNUSED(once);
    requireAuditClean(t.db());
}

TEST_CASE("contracts: existing numbers update the header as ContractService does", "[recio][contracts]")
{
    TestDatabase t;
    const Ledger l = makeLedger(t.context());
    const Context ctx = t.context(financeSession());
    // HT-001 with a schedule collected by E002; HT-002 without a schedule.
    makeContract(ctx, QStringLiteral("HT-001"), l.k001, l.li, QDate(2025, 1, 10), 10000,
                 {{QDate(2025, 2, 10), 4000}, {QDate(2025, 5, 10), 6000}});
    requireCommitted(importCsv(ctx, QStringLiteral("contracts"),
                               "contract_no,customer_code,salesperson_code,signed_on,amount,kind\n"
                               "HT-002,K001,E002,2025-06-01,5000,\n"));

    // HT-001: credited to E003, customer K003 (nothing paid yet), kind renewal; the empty signed_on keeps the
    // stored date. HT-002: a new amount (no schedule to agree with) and date.
    const auto result = importCsv(ctx, QStringLiteral("contracts"),
                                  "contract_no,customer_code,salesperson_code,signed_on,amount,kind\n"
                                  "HT-001,K003,E003,,10000,renewal\n"
                                  "HT-002,,,2025-07-01,5500.50,\n");
    requireCommitted(result);
    CHECK(result->updatedRows == QList<int>{2, 3});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT c.contract_no, cu.code, e.code, c.signed_on, c.amount, c.kind FROM "
                              "contracts c JOIN customers cu ON cu.id = c.customer_id JOIN employees e ON "
                              "e.id = c.salesperson_id ORDER BY c.contract_no")) ==
          QStringList{QStringLiteral("HT-001|K003|E003|2025-01-10|1000000|renewal"),
                      QStringLiteral("HT-002|K001|E002|2025-07-01|550050|new")});
    // The new salesperson takes over the instalments from today, noted as an import; the customer follows.
    CHECK(
        rows(t.db(), QStringLiteral(
                         "SELECT i.seq, cu.code, e.code FROM installments i JOIN customers cu ON "
                         "cu.id = i.customer_id JOIN employees e ON e.id = i.collector_id ORDER BY i.seq")) ==
        QStringList{QStringLiteral("1|K003|E003"), QStringLiteral("2|K003|E003")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT i.seq, e.code, h.from_on, h.reason FROM installment_collectors h JOIN "
                              "installments i ON i.id = h.installment_id JOIN employees e ON e.id = "
                              "h.collector_id ORDER BY h.id")) ==
          QStringList{
              QStringLiteral("1|E002|2025-01-10|contract"), QStringLiteral("2|E002|2025-01-10|contract"),
              QStringLiteral("1|E003|2026-03-15|import"), QStringLiteral("2|E003|2026-03-15|import")});
    requireAuditClean(t.db());

    // With the "new only" option an existing number is a problem; a cancelled contract cannot change.
    ImportOptions newOnly;
    newOnly.existing = ImportOptions::Existing::Reject;
    const auto rejected = importCsv(ctx, QStringLiteral("contracts"),
                                    "contract_no,customer_code,salesperson_code,signed_on,amount\n"
                                    "HT-002,K001,E002,2025-07-01,5500.50\n",
                                    newOnly);
    REQUIRE(rejected.ok());
    CHECK(problemTexts(rejected->problems) ==
          QStringList{QStringLiteral("row 2, column contract_no: contract HT-002 already exists")});
    makeContract(ctx, QStringLiteral("HT-009"), l.k001, l.li, QDate(2025, 1, 10), 100,
                 {{QDate(2025, 2, 1), 100}}, ContractStatus::Draft);
    const auto draftFuture = importCsv(ctx, QStringLiteral("contracts"),
                                       "contract_no,customer_code,salesperson_code,signed_on,amount\n"
                                       "HT-009,K001,E002,2026-04-01,100\n");
    REQUIRE(draftFuture.ok());
    // A draft may be dated after today, but not after its first instalment (2025-02-01).
    CHECK(problemTexts(draftFuture->problems) ==
          QStringList{
              QStringLiteral("row 2, column signed_on: signing date 2026-04-01 is after the due date of the "
                             "first instalment (2025-02-01)")});
}

TEST_CASE("contracts: only sessions that import receivables and edit contracts may import them",
          "[recio][contracts]")
{
    TestDatabase t;
    const Ledger l = makeLedger(t.context());
    for (const Session& session :
         {sessionFor(Role::Hr), sessionFor(Role::Sales, l.li),
          sessionFor(Role::SalesManager, l.manager, {l.department}), sessionFor(Role::Auditor)}) {
        CAPTURE(roleKey(session.role).toStdString());
        const auto result = importFile(t.context(session), QStringLiteral("contracts"),
                                       QStringLiteral("contracts_en_utf8.csv"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::PermissionDenied);
    }
    const auto admin = importFile(t.context(sessionFor(Role::Admin)), QStringLiteral("contracts"),
                                  QStringLiteral("contracts_en_utf8.csv"));
    requireCommitted(admin);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM contracts")) == 4);
}
