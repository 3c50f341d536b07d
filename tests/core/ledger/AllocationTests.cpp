#include "LedgerTestSupport.h"

#include "common/ChangeNotifier.h"
#include "db/SqlQuery.h"
#include "receivables/DisputeService.h"
#include "receivables/PaymentService.h"
#include "sales/ContractService.h"

using namespace tl::core;
using namespace tl::test;

namespace {

QString lastPaidOn(const Database& db, qint64 installmentId)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT last_paid_on FROM installments WHERE id = ?"),
                            {installmentId})
        .toString();
}

qint64 credit(const Context& ctx, qint64 customerId)
{
    auto c = PaymentService(ctx).customerCredit(customerId);
    REQUIRE(c.ok());
    return *c;
}

QStringList rows(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST_CASE("Automatic allocation: oldest due first across contracts, the rest kept as credit",
          "[ledger][allocation]")
{
    LedgerCompany co;
    const Context fin = co.as(co.financeChen());

    SECTION("10,000 covers all three instalments (2,000 + 3,000 + 4,000) and leaves 1,000 of credit")
    {
        const qint64 p =
            recordPayment(fin, paymentSpec(QStringLiteral("P-1"), co.k1, QDate(2026, 3, 5), 1000000));
        CHECK(ledgerRows(co.t.db(), p) ==
              rows({"HT-A#1 200000 auto 2026-03-05", "HT-B#1 300000 auto 2026-03-05",
                    "HT-A#2 400000 auto 2026-03-05"}));
        CHECK(allocatedTotal(co.t.db(), p) == 900000);
        CHECK(credit(fin, co.k1) == 100000);
        CHECK(paidTotal(co.t.db(), co.a1) == 200000);
        CHECK(paidTotal(co.t.db(), co.b1) == 300000);
        CHECK(paidTotal(co.t.db(), co.a2) == 400000);
        CHECK(lastPaidOn(co.t.db(), co.a2) == QStringLiteral("2026-03-05"));
        CHECK(paidTotal(co.t.db(), co.k21) == 0);
    }
    SECTION("4,500 pays HT-A#1 (2,000) and 2,500 of HT-B#1; HT-A#2, due later, gets nothing")
    {
        // The editor's preview says the same before anything is written.
        auto candidates = PaymentService(fin).allocationCandidates(co.k1, 0, QDate(2026, 3, 5), 450000);
        REQUIRE(candidates.ok());
        QStringList preview;
        for (const AllocationCandidate& c : *candidates)
            preview << QStringLiteral("%1#%2 %3/%4")
                           .arg(c.contractNo)
                           .arg(c.seq)
                           .arg(c.autoAmount)
                           .arg(c.collectable);
        CHECK(preview == rows({"HT-A#1 200000/200000", "HT-B#1 250000/300000", "HT-A#2 0/400000"}));
        const qint64 p =
            recordPayment(fin, paymentSpec(QStringLiteral("P-2"), co.k1, QDate(2026, 3, 5), 450000));
        CHECK(ledgerRows(co.t.db(), p) ==
              rows({"HT-A#1 200000 auto 2026-03-05", "HT-B#1 250000 auto 2026-03-05"}));
        CHECK(paidTotal(co.t.db(), co.a2) == 0);
        CHECK(credit(fin, co.k1) == 0);
    }
    SECTION("a payment for HT-A stays within HT-A although HT-B#1 is due before HT-A#2")
    {
        // 5,000 = 2,000 (HT-A#1) + 3,000 (HT-A#2)
        const qint64 p =
            recordPayment(fin, paymentSpec(QStringLiteral("P-3"), co.k1, QDate(2026, 3, 5), 500000, co.htA));
        CHECK(ledgerRows(co.t.db(), p) ==
              rows({"HT-A#1 200000 auto 2026-03-05", "HT-A#2 300000 auto 2026-03-05"}));
        CHECK(paidTotal(co.t.db(), co.b1) == 0);
    }
    SECTION("contracts signed after the date received are left out")
    {
        // Received 2026-01-08; HT-B is signed 2026-01-10: 5,000 = 2,000 (HT-A#1) + 3,000 (HT-A#2)
        const qint64 p =
            recordPayment(fin, paymentSpec(QStringLiteral("P-4"), co.k1, QDate(2026, 1, 8), 500000));
        CHECK(ledgerRows(co.t.db(), p) ==
              rows({"HT-A#1 200000 auto 2026-01-08", "HT-A#2 300000 auto 2026-01-08"}));
    }
    SECTION("a disputed part is skipped: 1,000 of HT-B#1 under dispute")
    {
        REQUIRE(
            DisputeService(co.system).open(co.b1, 100000, QStringLiteral("少发货"), QDate(2026, 3, 2)).ok());
        // 8,500 = 2,000 (HT-A#1) + 2,000 (HT-B#1: 3,000 − 1,000 disputed) + 4,000 (HT-A#2) + 500 credit
        const qint64 p =
            recordPayment(fin, paymentSpec(QStringLiteral("P-5"), co.k1, QDate(2026, 3, 5), 850000));
        CHECK(ledgerRows(co.t.db(), p) ==
              rows({"HT-A#1 200000 auto 2026-03-05", "HT-B#1 200000 auto 2026-03-05",
                    "HT-A#2 400000 auto 2026-03-05"}));
        CHECK(credit(fin, co.k1) == 50000);
    }
    SECTION("a fully disputed instalment is skipped altogether")
    {
        REQUIRE(DisputeService(co.system)
                    .open(co.b1, 300000, QStringLiteral("全部争议"), QDate(2026, 3, 2))
                    .ok());
        // 3,000 = 2,000 (HT-A#1) + 1,000 (HT-A#2)
        const qint64 p =
            recordPayment(fin, paymentSpec(QStringLiteral("P-6"), co.k1, QDate(2026, 3, 5), 300000));
        CHECK(ledgerRows(co.t.db(), p) ==
              rows({"HT-A#1 200000 auto 2026-03-05", "HT-A#2 100000 auto 2026-03-05"}));
    }
    SECTION("same due date: the contract signed first, then by contract number")
    {
        const qint64 htD =
            makeContract(co.system, contractSpec(QStringLiteral("HT-D"), co.k1, co.wang, QDate(2026, 1, 8),
                                                 1000, {{QDate(2026, 3, 1), 1000}}));
        const qint64 htC =
            makeContract(co.system, contractSpec(QStringLiteral("HT-C"), co.k1, co.wang, QDate(2026, 1, 8),
                                                 1000, {{QDate(2026, 3, 1), 1000}}));
        Q_UNUSED(htD);
        Q_UNUSED(htC);
        // Due 03-01: HT-C (signed 01-08, "HT-C" < "HT-D"), HT-D (01-08), HT-B (01-10).
        // 3,500 = 2,000 (HT-A#1) + 1,000 (HT-C#1) + 500 (HT-D#1)
        const qint64 p =
            recordPayment(fin, paymentSpec(QStringLiteral("P-7"), co.k1, QDate(2026, 3, 5), 350000));
        CHECK(ledgerRows(co.t.db(), p) ==
              rows({"HT-A#1 200000 auto 2026-03-05", "HT-C#1 100000 auto 2026-03-05",
                    "HT-D#1 50000 auto 2026-03-05"}));
    }
    SECTION("draft, closed and cancelled contracts take nothing")
    {
        REQUIRE(ContractService(co.system).setStatus(co.htB, ContractStatus::Cancelled).ok());
        // 7,000 = 2,000 (HT-A#1) + 4,000 (HT-A#2) + 1,000 credit
        const qint64 p =
            recordPayment(fin, paymentSpec(QStringLiteral("P-8"), co.k1, QDate(2026, 3, 5), 700000));
        CHECK(ledgerRows(co.t.db(), p) ==
              rows({"HT-A#1 200000 auto 2026-03-05", "HT-A#2 400000 auto 2026-03-05"}));
        CHECK(credit(fin, co.k1) == 100000);
    }
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("Manual allocation: explicit lines, and the reasons a line is refused", "[ledger][allocation]")
{
    LedgerCompany co;
    const Context fin = co.as(co.financeChen());
    PaymentService service(fin);

    SECTION("accepted lines are written as 'manual'; the rest is credit")
    {
        // 5,000 − 4,000 (HT-A#2) − 500 (HT-B#1) = 500 credit
        const qint64 p =
            recordPayment(fin, paymentSpec(QStringLiteral("P-M1"), co.k1, QDate(2026, 3, 5), 500000),
                          AllocationMode::Manual, {{co.a2, 400000}, {co.b1, 50000}});
        CHECK(ledgerRows(co.t.db(), p) ==
              rows({"HT-A#2 400000 manual 2026-03-05", "HT-B#1 50000 manual 2026-03-05"}));
        CHECK(credit(fin, co.k1) == 50000);
    }
    SECTION("every bad line is reported and nothing is written")
    {
        const QString before = ledgerChecksum(co.t.db());
        // Positive line amounts of existing instalments: 3,500 + 100 + 2,000 + 100 = 5,700 > 5,000
        auto r = service.record(
            paymentSpec(QStringLiteral("P-M2"), co.k1, QDate(2026, 3, 5), 500000), AllocationMode::Manual,
            {{co.b1, 350000}, {co.k21, 10000}, {co.a1, 200000}, {co.a1, 10000}, {999999, 1}, {co.a2, 0}});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.error().message ==
              QStringLiteral("Payment P-M2 cannot be allocated this way: 6 problem(s)."));
        CHECK(problemTexts(r.error().problems) ==
              rows({"1/amount: ¥3,500.00 is more than the ¥3,000.00 collectable on instalment HT-B#1",
                    "2/installment: instalment HT-K2#1 belongs to another customer than the payment's (K001)",
                    "4/installment: instalment HT-A#1 appears twice",
                    "5/installment: there is no instalment 999999",
                    "6/amount: the amount must be greater than zero",
                    "0/amount: the allocations add up to ¥5,700.00, more than the ¥5,000.00 of payment P-M2 "
                    "not yet "
                    "allocated"}));
        CHECK(ledgerChecksum(co.t.db()) == before);
    }
    SECTION("a disputed part is not collectable; a named contract limits the lines")
    {
        REQUIRE(
            DisputeService(co.system).open(co.b1, 100000, QStringLiteral("少发货"), QDate(2026, 3, 2)).ok());
        auto r = service.record(paymentSpec(QStringLiteral("P-M3"), co.k1, QDate(2026, 3, 5), 500000),
                                AllocationMode::Manual, {{co.b1, 250000}});
        REQUIRE_FALSE(r.ok());
        CHECK(
            problemTexts(r.error().problems) ==
            rows({"1/amount: ¥2,500.00 is more than the ¥2,000.00 collectable on instalment HT-B#1 (balance "
                  "¥3,000.00, of which ¥1,000.00 disputed)"}));
        r = service.record(paymentSpec(QStringLiteral("P-M3"), co.k1, QDate(2026, 3, 5), 500000, co.htB),
                           AllocationMode::Manual, {{co.a1, 100000}});
        REQUIRE_FALSE(r.ok());
        CHECK(problemTexts(r.error().problems) == rows({"1/installment: the payment is for contract HT-B; "
                                                        "instalment HT-A#1 belongs to another contract"}));
    }
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("Recording a payment checks number, customer, date, amount, method and contract",
          "[ledger][payments]")
{
    LedgerCompany co;
    const Context fin = co.as(co.financeChen());
    recordPayment(fin, paymentSpec(QStringLiteral("P-1"), co.k1, QDate(2026, 3, 5), 100000));
    const QString before = ledgerChecksum(co.t.db());
    Payment bad = paymentSpec(QStringLiteral("P-1"), co.k1, QDate(2026, 3, 16), 0, co.htK2);
    bad.method = QStringLiteral("barter");
    auto r = PaymentService(fin).record(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(problemTexts(r.error().problems) ==
          rows({"0/payment_no: payment P-1 is already recorded (payments are never edited)",
                "0/received_on: the date received 2026-03-16 is after today (2026-03-15)",
                "0/amount: the amount must be greater than zero", "0/method: unknown payment method barter",
                "0/contract_no: contract HT-K2 belongs to another customer"}));
    CHECK(ledgerChecksum(co.t.db()) == before);

    SECTION("only finance (RecordPayments) records payments; others may read within their scope")
    {
        for (const Session& s : {co.salesWang(), co.manager(), co.auditor()})
            CHECK(PaymentService(co.as(s))
                      .record(paymentSpec(QStringLiteral("P-X"), co.k1, QDate(2026, 3, 5), 100))
                      .error()
                      .code == ErrorCode::PermissionDenied);
        const qint64 p2 =
            recordPayment(fin, paymentSpec(QStringLiteral("P-2"), co.k2, QDate(2026, 3, 5), 100000));
        CHECK(PaymentService(co.as(co.salesWang())).customerCredit(co.k1).ok());
        CHECK(PaymentService(co.as(co.salesWang())).get(p2).error().code == ErrorCode::PermissionDenied);
        CHECK(PaymentService(co.as(co.salesLiu())).get(p2).ok());
        CHECK(PaymentService(co.as(co.auditor())).get(p2).ok());
    }
}

TEST_CASE("Credit is applied later, and allocations are undone into credit", "[ledger][allocation]")
{
    LedgerCompany co;
    const Context fin = co.as(co.financeChen());
    PaymentService service(fin);
    // 2,500 kept as credit when received on 03-01
    const qint64 p = recordPayment(fin, paymentSpec(QStringLiteral("P-C"), co.k1, QDate(2026, 3, 1), 250000),
                                   AllocationMode::None);
    CHECK(ledgerRows(co.t.db(), p).isEmpty());
    CHECK(credit(fin, co.k1) == 250000);

    CHECK(service.allocateCredit(p, QDate(2026, 2, 28)).error().code ==
          ErrorCode::Invalid); // before received
    CHECK(service.allocateCredit(p, QDate(2026, 3, 16)).error().code == ErrorCode::Invalid); // after today
    CHECK(service.allocateCredit(p, QDate(2026, 3, 10), AllocationMode::None).error().code ==
          ErrorCode::Invalid);

    // On 03-10: 2,000 to HT-A#1, 500 to HT-B#1
    REQUIRE(service.allocateCredit(p, QDate(2026, 3, 10)).ok());
    CHECK(ledgerRows(co.t.db(), p) ==
          rows({"HT-A#1 200000 auto 2026-03-10", "HT-B#1 50000 auto 2026-03-10"}));
    CHECK(credit(fin, co.k1) == 0);
    CHECK(service.allocateCredit(p, QDate(2026, 3, 10)).error().code == ErrorCode::Conflict); // nothing left

    // Undo 300 of HT-B#1's 500: refused before the allocation date or above what is allocated
    CHECK(service.unallocate(p, co.b1, 30000, QDate(2026, 3, 9)).error().code == ErrorCode::Invalid);
    auto tooMuch = service.unallocate(p, co.b1, 60000, QDate(2026, 3, 12));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(problemTexts(tooMuch.error().problems) ==
          rows({"0/amount: only ¥500.00 of payment P-C is allocated to instalment HT-B#1"}));
    REQUIRE(service.unallocate(p, co.b1, 30000, QDate(2026, 3, 12)).ok());
    CHECK(paidTotal(co.t.db(), co.b1) == 20000);   // 500 − 300
    CHECK(allocatedTotal(co.t.db(), p) == 220000); // 2,000 + 200
    CHECK(credit(fin, co.k1) == 30000);
    CHECK(lastPaidOn(co.t.db(), co.b1) == QStringLiteral("2026-03-10"));

    // The whole rest of HT-B#1 back: nothing of this payment is left on it, so no last paid date either.
    REQUIRE(service.unallocate(p, co.b1, 20000, QDate(2026, 3, 12)).ok());
    CHECK(paidTotal(co.t.db(), co.b1) == 0);
    CHECK(lastPaidOn(co.t.db(), co.b1).isEmpty());

    // Manual re-allocation of the 500 credit to HT-A#2 on 03-14
    REQUIRE(service.allocateCredit(p, QDate(2026, 3, 14), AllocationMode::Manual, {{co.a2, 50000}}).ok());
    CHECK(ledgerRows(co.t.db(), p) ==
          rows({"HT-A#1 200000 auto 2026-03-10", "HT-B#1 50000 auto 2026-03-10",
                "HT-B#1 -30000 unallocate 2026-03-12", "HT-B#1 -20000 unallocate 2026-03-12",
                "HT-A#2 50000 manual 2026-03-14"}));
    auto list = service.allocationsOfInstallment(co.b1);
    REQUIRE(list.ok());
    CHECK(list->size() == 3);
    CHECK(auditIssues(co.t.db()).isEmpty());

    SECTION("with nothing collectable, applying credit is refused")
    {
        const qint64 q =
            recordPayment(fin, paymentSpec(QStringLiteral("P-K2"), co.k2, QDate(2026, 3, 1), 300000));
        // 3,000 − 1,000 (HT-K2#1) = 2,000 credit, and nothing left to pay
        CHECK(credit(fin, co.k2) == 200000);
        auto r = service.allocateCredit(q, QDate(2026, 3, 15));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(r.error().message ==
              QStringLiteral("Nothing can be allocated from payment P-K2: customer K002 has no "
                             "collectable instalment on an active contract signed by 2026-03-15."));
    }
}

TEST_CASE("A reversal restores caches and ledger, and a reversed payment is closed for good",
          "[ledger][reversal]")
{
    LedgerCompany co;
    const Context fin = co.as(co.financeChen());
    PaymentService service(fin);
    const qint64 earlier =
        recordPayment(fin, paymentSpec(QStringLiteral("P-0"), co.k1, QDate(2026, 2, 1), 50000));
    // P-0: 500 to HT-A#1 on 02-01
    const qint64 p =
        recordPayment(fin, paymentSpec(QStringLiteral("P-R"), co.k1, QDate(2026, 3, 5), 1000000));
    // P-R: 1,500 (rest of HT-A#1) + 3,000 (HT-B#1) + 4,000 (HT-A#2) = 8,500; 1,500 credit
    CHECK(ledgerRows(co.t.db(), p) == rows({"HT-A#1 150000 auto 2026-03-05", "HT-B#1 300000 auto 2026-03-05",
                                            "HT-A#2 400000 auto 2026-03-05"}));
    REQUIRE(service.unallocate(p, co.a2, 100000, QDate(2026, 3, 6)).ok()); // HT-A#2 keeps 3,000 of P-R
    CHECK(credit(fin, co.k1) == 250000);

    CHECK(service.reverse(p, QDate(2026, 3, 5), QStringLiteral("退票")).error().code ==
          ErrorCode::Invalid); // < 03-06
    CHECK(service.reverse(p, QDate(2026, 3, 10), QStringLiteral("  ")).error().code == ErrorCode::Invalid);
    REQUIRE(service.reverse(p, QDate(2026, 3, 10), QStringLiteral("银行退票")).ok());

    // Net per instalment cancelled on 03-10: HT-A#1 −1,500, HT-B#1 −3,000, HT-A#2 −3,000
    CHECK(ledgerRows(co.t.db(), p) ==
          rows({"HT-A#1 150000 auto 2026-03-05", "HT-B#1 300000 auto 2026-03-05",
                "HT-A#2 400000 auto 2026-03-05", "HT-A#2 -100000 unallocate 2026-03-06",
                "HT-A#1 -150000 reversal 2026-03-10", "HT-A#2 -300000 reversal 2026-03-10",
                "HT-B#1 -300000 reversal 2026-03-10"}));
    // Back to the state after P-0 alone.
    CHECK(paidTotal(co.t.db(), co.a1) == 50000);
    CHECK(lastPaidOn(co.t.db(), co.a1) == QStringLiteral("2026-02-01"));
    CHECK(paidTotal(co.t.db(), co.b1) == 0);
    CHECK(paidTotal(co.t.db(), co.a2) == 0);
    CHECK(lastPaidOn(co.t.db(), co.a2).isEmpty());
    CHECK(allocatedTotal(co.t.db(), p) == 0);
    CHECK(allocatedTotal(co.t.db(), earlier) == 50000);
    CHECK(credit(fin, co.k1) == 0);
    auto loaded = service.get(p);
    REQUIRE(loaded.ok());
    CHECK(loaded->reversedOn == QDate(2026, 3, 10));
    CHECK(loaded->reversalReason == QStringLiteral("银行退票"));
    CHECK(loaded->unallocated() == 0);

    const QString before = ledgerChecksum(co.t.db());
    auto again = service.reverse(p, QDate(2026, 3, 12), QStringLiteral("再次"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message == QStringLiteral("Payment P-R was already reversed on 2026-03-10."));
    auto allocate = service.allocateCredit(p, QDate(2026, 3, 12));
    REQUIRE_FALSE(allocate.ok());
    CHECK(allocate.error().message ==
          QStringLiteral("Payment P-R was reversed on 2026-03-10; it cannot be allocated again."));
    CHECK(service.unallocate(p, co.a1, 100, QDate(2026, 3, 12)).error().code == ErrorCode::Conflict);
    CHECK(ledgerChecksum(co.t.db()) == before);
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("Payments announce payments and instalments after commit, and nothing when refused",
          "[ledger][notify]")
{
    LedgerCompany co;
    ChangeNotifier notifier;
    QStringList seen;
    QObject::connect(&notifier, &ChangeNotifier::changed,
                     [&](const QString& entity, const QList<qint64>& ids) {
                         QStringList parts;
                         for (qint64 id : ids)
                             parts << QString::number(id);
                         seen << entity + QLatin1Char(':') + parts.join(QLatin1Char(','));
                     });
    Context fin = co.as(co.financeChen());
    fin.notifier = &notifier;
    // 2,500 → HT-A#1 2,000, HT-B#1 500
    const qint64 p = recordPayment(fin, paymentSpec(QStringLiteral("P-N"), co.k1, QDate(2026, 3, 5), 250000));
    CHECK(seen == QStringList{QStringLiteral("payments:%1").arg(p),
                              QStringLiteral("installments:%1,%2").arg(co.a1).arg(co.b1)});
    seen.clear();
    CHECK_FALSE(
        PaymentService(fin).record(paymentSpec(QStringLiteral("P-N"), co.k1, QDate(2026, 3, 5), 100)).ok());
    CHECK_FALSE(PaymentService(fin).reverse(p, QDate(2026, 3, 4), QStringLiteral("x")).ok());
    CHECK(seen.isEmpty());
    REQUIRE(PaymentService(fin).reverse(p, QDate(2026, 3, 6), QStringLiteral("退票")).ok());
    CHECK(seen == QStringList{QStringLiteral("payments:%1").arg(p),
                              QStringLiteral("installments:%1,%2").arg(co.a1).arg(co.b1)});
}
