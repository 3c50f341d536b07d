#include <catch2/catch.hpp>

#include "RecioSupport.h"

#include "db/Database.h"
#include "receivables/DisputeService.h"
#include "receivables/PaymentService.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

using namespace tl::core;
using namespace tl::test;

namespace {

const QString kAllocationRows = QStringLiteral(
    "SELECT p.payment_no, c.contract_no, i.seq, a.amount, a.on_date, a.kind FROM allocations a "
    "JOIN payments p ON p.id = a.payment_id JOIN installments i ON i.id = a.installment_id "
    "JOIN contracts c ON c.id = i.contract_id ORDER BY a.id");
const QString kInstallmentCaches = QStringLiteral(
    "SELECT c.contract_no, i.seq, i.paid_total, coalesce(i.last_paid_on, '') FROM installments i "
    "JOIN contracts c ON c.id = i.contract_id ORDER BY c.contract_no, i.seq");
const QString kPaymentRows = QStringLiteral(
    "SELECT p.payment_no, cu.code, p.received_on, p.amount, p.method, p.reference, coalesce(c.contract_no, "
    "''), "
    "p.allocated_total FROM payments p JOIN customers cu ON cu.id = p.customer_id LEFT JOIN contracts c ON "
    "c.id = p.contract_id ORDER BY p.id");

// The contracts and schedules of the samples, and a dispute of 2,000.00 on HT-001 #3 (opened 2025-06-01).
void prepareLedger(TestDatabase& t)
{
    const Context ctx = t.context(financeSession());
    importSample(ctx, QStringLiteral("contracts"), QStringLiteral("contracts_en_utf8.csv"));
    importSample(ctx, QStringLiteral("installments"), QStringLiteral("installments_en_utf8.csv"));
    const qint64 third =
        scalar(t.db(), QStringLiteral("SELECT i.id FROM installments i JOIN contracts c ON c.id = "
                                      "i.contract_id WHERE c.contract_no = 'HT-001' AND i.seq = 3"));
    const auto dispute =
        DisputeService(ctx).open(third, 200000, QStringLiteral("数量争议"), QDate(2025, 6, 1));
    INFO((dispute ? QString() : dispute.error().fullText()).toStdString());
    REQUIRE(dispute.ok());
}

// Worked by hand from the samples (amounts in fen; a payment takes instalments oldest due first among the
// customer's active contracts signed by its date, or only the named contract's; collectable = balance minus
// open disputes):
//  P-001 K001 2025-03-01  5,000.00: HT-002 not yet signed (06-01). HT-001#1 4,000 -> 400000; #2 1,000 ->
//  100000. P-002 K001 2025-07-15  6,000.00: HT-001#2 (05-10) 2,000 left -> 200000; HT-002#1 (07-01) 2,500 ->
//  250000;
//                                   HT-001#3 (08-10) 3,000 - 2,000 disputed -> 100000; HT-002#2 (10-01) the
//                                   last 500 -> 50000. 2000+2500+1000+500 = 6,000.
//  P-003 K001 2025-11-01  1,000.00 for HT-002: #2 has 2,500 - 500 = 2,000 left -> 100000.
//  P-004 K002 2025-05-01  4,500.25: HT-004 not yet signed (12-01). HT-003#1 4,000 -> 400000; #2 500.25 ->
//  50025. P-005 K002 2026-01-05 10,000.00: HT-003#2 4,000.50 - 500.25 = 3,500.25 -> 350025; HT-004#1 3,000 ->
//  300000;
//                                   3,499.75 stays as credit (allocated 650025).
//  P-006 K002 2026-02-01    100.00 for HT-003: nothing open -> all credit.
const QStringList kExpectedAllocations{QStringLiteral("P-001|HT-001|1|400000|2025-03-01|auto"),
                                       QStringLiteral("P-001|HT-001|2|100000|2025-03-01|auto"),
                                       QStringLiteral("P-002|HT-001|2|200000|2025-07-15|auto"),
                                       QStringLiteral("P-002|HT-002|1|250000|2025-07-15|auto"),
                                       QStringLiteral("P-002|HT-001|3|100000|2025-07-15|auto"),
                                       QStringLiteral("P-002|HT-002|2|50000|2025-07-15|auto"),
                                       QStringLiteral("P-003|HT-002|2|100000|2025-11-01|auto"),
                                       QStringLiteral("P-004|HT-003|1|400000|2025-05-01|auto"),
                                       QStringLiteral("P-004|HT-003|2|50025|2025-05-01|auto"),
                                       QStringLiteral("P-005|HT-003|2|350025|2026-01-05|auto"),
                                       QStringLiteral("P-005|HT-004|1|300000|2026-01-05|auto")};
// paid_total = the sums above per instalment; last_paid_on = the latest date a payment allocated to it.
const QStringList kExpectedCaches{
    QStringLiteral("HT-001|1|400000|2025-03-01"), QStringLiteral("HT-001|2|300000|2025-07-15"),
    QStringLiteral("HT-001|3|100000|2025-07-15"), QStringLiteral("HT-002|1|250000|2025-07-15"),
    QStringLiteral("HT-002|2|150000|2025-11-01"), QStringLiteral("HT-003|1|400000|2025-05-01"),
    QStringLiteral("HT-003|2|400050|2026-01-05"), QStringLiteral("HT-004|1|300000|2026-01-05")};

} // namespace

TEST_CASE("payments: imported payments are allocated oldest due first, as worked out by hand",
          "[recio][payments]")
{
    const std::string name = GENERATE(as<std::string>{}, "payments_zh_utf8bom.csv", "payments_en_utf8.csv");
    CAPTURE(name);
    TestDatabase t;
    makeLedger(t.context());
    prepareLedger(t);
    const auto result =
        importFile(t.context(financeSession()), QStringLiteral("payments"), QString::fromStdString(name));
    requireCommitted(result);
    CHECK(result->created == 6);
    // 5,000 + 6,000 + 1,000 + 4,500.25 + 10,000 + 100 = 26,600.25; credit 3,499.75 + 100 = 3,599.75.
    CHECK(result->summary().contains(QString::fromUtf8(
        "Payments: ¥26,600.25; allocated to instalments: ¥23,000.50; kept as customer credit: ¥3,599.75.")));
    CHECK(rows(t.db(), kAllocationRows) == kExpectedAllocations);
    CHECK(rows(t.db(), kInstallmentCaches) == kExpectedCaches);
    CHECK(rows(t.db(), kPaymentRows) ==
          QStringList{QStringLiteral("P-001|K001|2025-03-01|500000|bank_transfer|BR001||500000"),
                      QStringLiteral("P-002|K001|2025-07-15|600000|cash|||600000"),
                      QStringLiteral("P-003|K001|2025-11-01|100000|cheque||HT-002|100000"),
                      QStringLiteral("P-004|K002|2025-05-01|450025|acceptance_bill|||450025"),
                      QStringLiteral("P-005|K002|2026-01-05|1000000|online|REF5||650025"),
                      QStringLiteral("P-006|K002|2026-02-01|10000|other||HT-003|0")});
    requireAuditClean(t.db());
}

TEST_CASE("payments: the import allocates exactly as PaymentService records the same payments one by one",
          "[recio][payments]")
{
    TestDatabase byImport, byService;
    makeLedger(byImport.context());
    const Ledger l = makeLedger(byService.context());
    prepareLedger(byImport);
    prepareLedger(byService);
    requireCommitted(importFile(byImport.context(financeSession()), QStringLiteral("payments"),
                                QStringLiteral("payments_en_utf8.csv")));
    const Context ctx = byService.context(financeSession());
    const auto contract = [&](const char* no) {
        return scalar(
            byService.db(),
            QStringLiteral("SELECT id FROM contracts WHERE contract_no = '%1'").arg(QLatin1String(no)));
    };
    recordPayment(ctx, QStringLiteral("P-001"), l.k001, QDate(2025, 3, 1), 5000);
    recordPayment(ctx, QStringLiteral("P-002"), l.k001, QDate(2025, 7, 15), 6000);
    recordPayment(ctx, QStringLiteral("P-003"), l.k001, QDate(2025, 11, 1), 1000, contract("HT-002"));
    Payment p4;
    p4.paymentNo = QStringLiteral("P-004");
    p4.customerId = l.k002;
    p4.receivedOn = QDate(2025, 5, 1);
    p4.amount = 450025;
    REQUIRE(PaymentService(ctx).record(p4).ok());
    recordPayment(ctx, QStringLiteral("P-005"), l.k002, QDate(2026, 1, 5), 10000);
    recordPayment(ctx, QStringLiteral("P-006"), l.k002, QDate(2026, 2, 1), 100, contract("HT-003"));
    CHECK(rows(byService.db(), kAllocationRows) == kExpectedAllocations);
    CHECK(rows(byImport.db(), kAllocationRows) == rows(byService.db(), kAllocationRows));
    CHECK(rows(byImport.db(), kInstallmentCaches) == rows(byService.db(), kInstallmentCaches));
    const QString allocated =
        QStringLiteral("SELECT payment_no, allocated_total FROM payments ORDER BY payment_no");
    CHECK(rows(byImport.db(), allocated) == rows(byService.db(), allocated));
}

TEST_CASE("payments: every bad cell is reported; payments are never edited; nothing is written",
          "[recio][payments]")
{
    TestDatabase t;
    const Ledger l = makeLedger(t.context());
    const Context ctx = t.context(financeSession());
    importSample(ctx, QStringLiteral("contracts"), QStringLiteral("contracts_en_utf8.csv"));
    importSample(ctx, QStringLiteral("installments"), QStringLiteral("installments_en_utf8.csv"));
    makeContract(ctx, QStringLiteral("HT-DRAFT"), l.k001, l.li, QDate(2026, 3, 1), 100,
                 {{QDate(2026, 4, 1), 100}}, ContractStatus::Draft);
    recordPayment(ctx, QStringLiteral("OLD-1"), l.k001, QDate(2025, 2, 1), 100);
    const QString before = ledgerChecksum(t.db());

    const auto result = importFile(ctx, QStringLiteral("payments"), QStringLiteral("payments_bad.csv"));
    REQUIRE(result.ok());
    CHECK_FALSE(result->committed);
    CHECK(problemTexts(result->problems) ==
          QStringList{
              QStringLiteral("row 3, column payment_no: payment P-101 already appears in row 2"),
              QStringLiteral("row 4, column customer_code: customer K999 does not exist"),
              QStringLiteral(
                  "row 5, column received_on: the date received 2099-03-01 is after today (2026-03-15)"),
              QStringLiteral("row 6, column amount: the amount must be greater than zero"),
              QString::fromUtf8("row 7, column method: unknown value 刷卡; use bank_transfer, cash, cheque, "
                                "acceptance_bill, online, other, 银行转账, 现金, 支票, 承兑汇票, 线上, 其他"),
              QStringLiteral("row 8, column contract_no: contract HT-999 does not exist"),
              QStringLiteral("row 9, column contract_no: contract HT-003 belongs to another customer"),
              QStringLiteral(
                  "row 10, column payment_no: payment OLD-1 is already recorded (payments are never edited)"),
              QStringLiteral("row 11, column payment_no: the payment number is required"),
              QStringLiteral("row 12, column received_on: the date received is required"),
              QStringLiteral(
                  "row 13, column contract_no: contract HT-DRAFT is a draft or cancelled; it takes no "
                  "payments")});
    CHECK(ledgerChecksum(t.db()) == before);

    // Payments need the right to record them.
    const auto manager = importFile(t.context(sessionFor(Role::SalesManager, l.manager, {l.department})),
                                    QStringLiteral("payments"), QStringLiteral("payments_en_utf8.csv"));
    REQUIRE_FALSE(manager.ok());
    CHECK(manager.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("payments: a dry run plans the allocation without writing it", "[recio][payments]")
{
    TestDatabase t;
    makeLedger(t.context());
    prepareLedger(t);
    const QString before = ledgerChecksum(t.db());
    ImportOptions dry;
    dry.dryRun = true;
    const auto planned = importFile(t.context(financeSession()), QStringLiteral("payments"),
                                    QStringLiteral("payments_en_utf8.csv"), dry);
    REQUIRE(planned.ok());
    CHECK(planned->problems.isEmpty());
    CHECK_FALSE(planned->committed);
    CHECK(planned->created == 6);
    CHECK(planned->summary().contains(QString::fromUtf8("kept as customer credit: ¥3,599.75.")));
    CHECK(ledgerChecksum(t.db()) == before);
}
