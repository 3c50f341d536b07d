#include "LedgerTestSupport.h"

#include "db/SqlQuery.h"
#include "receivables/DisputeService.h"
#include "receivables/PaymentService.h"
#include "receivables/WriteOffService.h"

#include <algorithm>
#include <map>
#include <random>
#include <tuple>

using namespace tl::core;
using namespace tl::test;

// Done means #4: random sequences of ledger operations never break the ledger's invariants, and every refused
// operation leaves every table as it was.
namespace {

QList<qint64> ids(const Database& db, const QString& sql)
{
    SqlQuery q(db, sql);
    q.exec();
    QList<qint64> list;
    while (q.next())
        list << q.integer(0);
    return list;
}

// Every invariant, as a list of violations (empty = all hold).
QStringList violations(const Database& db)
{
    QStringList bad;
    auto collect = [&](const QString& what, const QString& sql) {
        SqlQuery q(db, sql);
        q.exec();
        while (q.next())
            bad << what + QStringLiteral(" ") + q.text(0);
    };
    // Payments: 0 <= Σ allocations <= amount, equal to allocated_total; a reversed payment keeps nothing.
    collect(QStringLiteral("payment sum out of range"),
            QStringLiteral(
                "SELECT p.id FROM payments p WHERE (SELECT coalesce(sum(a.amount), 0) FROM allocations a "
                "WHERE a.payment_id = p.id) NOT BETWEEN 0 AND p.amount"));
    collect(QStringLiteral("payment cache"),
            QStringLiteral(
                "SELECT p.id FROM payments p WHERE (SELECT coalesce(sum(a.amount), 0) FROM allocations a "
                "WHERE a.payment_id = p.id) <> p.allocated_total"));
    collect(
        QStringLiteral("reversed payment keeps allocations"),
        QStringLiteral("SELECT r.payment_id FROM payment_reversals r JOIN payments p ON p.id = r.payment_id "
                       "WHERE p.allocated_total <> 0"));
    // No payment has a negative net allocation to an instalment.
    collect(QStringLiteral("negative pair"),
            QStringLiteral("SELECT payment_id || '/' || installment_id FROM allocations GROUP BY payment_id, "
                           "installment_id HAVING sum(amount) < 0"));
    // Instalments: caches equal the ledger, balance never negative, open disputes within the balance.
    collect(QStringLiteral("paid cache"),
            QStringLiteral(
                "SELECT i.id FROM installments i WHERE i.paid_total <> (SELECT coalesce(sum(a.amount), 0) "
                "FROM allocations a WHERE a.installment_id = i.id)"));
    collect(
        QStringLiteral("written-off cache"),
        QStringLiteral(
            "SELECT i.id FROM installments i WHERE i.written_off_total <> (SELECT coalesce(sum(w.amount), "
            "0) FROM write_offs w WHERE w.installment_id = i.id AND w.status = 'approved')"));
    collect(
        QStringLiteral("negative balance"),
        QStringLiteral(
            "SELECT id FROM installments WHERE paid_total + written_off_total > amount OR paid_total < 0"));
    collect(QStringLiteral("disputes above balance"),
            QStringLiteral(
                "SELECT i.id FROM installments i WHERE (SELECT coalesce(sum(d.amount), 0) FROM disputes d "
                "WHERE d.installment_id = i.id AND d.status = 'open') > i.amount - i.paid_total - "
                "i.written_off_total"));
    collect(
        QStringLiteral("last paid cache"),
        QStringLiteral(
            "SELECT i.id FROM installments i WHERE i.last_paid_on IS NOT (SELECT max(p.d) FROM "
            "(SELECT max(CASE WHEN a.amount > 0 THEN a.on_date END) AS d, sum(a.amount) AS net "
            "FROM allocations a WHERE a.installment_id = i.id GROUP BY a.payment_id) p WHERE p.net > 0)"));
    return bad;
}

enum Op
{
    RecordAuto,
    RecordManual,
    RecordNone,
    AllocateCredit,
    Unallocate,
    Reverse,
    OpenDispute,
    ResolveDispute,
    RequestWriteOff,
    DecideWriteOff,
    OpCount
};

const char* const kOpNames[] = {"record auto",       "record manual",   "record none",  "allocate credit",
                                "unallocate",        "reverse",         "open dispute", "resolve",
                                "request write-off", "decide write-off"};

} // namespace

TEST_CASE("Random ledger operations keep every invariant, and refused ones change nothing",
          "[ledger][property]")
{
    const unsigned seed = GENERATE(1u, 7u, 2026u, 31337u);
    CAPTURE(seed);
    LedgerCompany co;
    // A third contract for K002 so that both customers have several instalments:
    //   HT-K2B signed 2026-01-20, 5,000: 1,000 due 02-20, 1,500 due 03-20, 2,500 due 04-20
    makeContract(
        co.system,
        contractSpec(QStringLiteral("HT-K2B"), co.k2, co.liu, QDate(2026, 1, 20), 5000,
                     {{QDate(2026, 2, 20), 1000}, {QDate(2026, 3, 20), 1500}, {QDate(2026, 4, 20), 2500}}));
    const Context chen = co.as(co.financeChen());
    const Context zhao = co.as(co.financeZhao());
    const QList<qint64> customers{co.k1, co.k2};
    const QList<qint64> contracts = ids(co.t.db(), QStringLiteral("SELECT id FROM contracts"));
    const QList<qint64> installments = ids(co.t.db(), QStringLiteral("SELECT id FROM installments"));

    std::mt19937 rng(seed);
    auto pick = [&](const QList<qint64>& list) -> qint64 {
        return list.isEmpty() ? 999999
                              : list.at(std::uniform_int_distribution<int>(0, int(list.size()) - 1)(rng));
    };
    auto between = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    auto chance = [&](int percent) { return between(1, 100) <= percent; };
    const QDate today = co.t.clock().today();
    // Dates from 2026-01-01 to today, and now and then a few days after today (to be refused).
    auto date = [&] {
        return chance(90) ? QDate(2026, 1, 1).addDays(between(0, QDate(2026, 1, 1).daysTo(today)))
                          : today.addDays(between(1, 10));
    };
    // Mostly a date from `from` to today (valid for the operation), otherwise any date().
    auto dateFrom = [&](const QVariant& from) {
        const QDate d = QDate::fromString(from.toString(), Qt::ISODate);
        if (d.isValid() && d <= today && chance(85))
            return d.addDays(between(0, d.daysTo(today)));
        return date();
    };
    auto installmentsOf = [&](qint64 customerId) {
        return ids(co.t.db(),
                   QStringLiteral("SELECT id FROM installments WHERE customer_id = %1").arg(customerId));
    };
    auto collectable = [&](qint64 installmentId) {
        return SqlQuery::scalar(
                   co.t.db(),
                   QStringLiteral("SELECT i.amount - i.paid_total - i.written_off_total - (SELECT "
                                  "coalesce(sum(d.amount), 0) FROM disputes d WHERE d.installment_id = i.id "
                                  "AND d.status = 'open') FROM installments i WHERE i.id = ?"),
                   {installmentId})
            .toLongLong();
    };
    // An amount for an instalment: mostly within what is collectable, sometimes above.
    auto amountFor = [&](qint64 installmentId) {
        const qint64 c = collectable(installmentId);
        if (c > 0 && chance(75))
            return between(1, c);
        return between(1, 500000);
    };

    int paymentNo = 0;
    std::map<int, int> succeeded, refused;
    for (int step = 0; step < 300; ++step) {
        const Op op = Op(between(0, OpCount - 1));
        CAPTURE(step, kOpNames[op]);
        const QString before = ledgerChecksum(co.t.db());
        const QList<qint64> payments = ids(co.t.db(), QStringLiteral("SELECT id FROM payments"));
        bool ok = false;
        QString error;
        auto take = [&](const auto& result) {
            ok = result.ok();
            if (!ok)
                error = result.error().fullText();
        };
        switch (op) {
        case RecordAuto:
        case RecordManual:
        case RecordNone: {
            const qint64 customer = pick(customers);
            Payment p =
                paymentSpec(QStringLiteral("RP-%1").arg(++paymentNo), customer, date(), between(1, 800000),
                            chance(op == RecordManual ? 5 : 25) ? pick(contracts) : 0);
            if (chance(10))
                p.paymentNo = QStringLiteral("RP-1"); // a duplicate number now and then
            QList<AllocationLine> lines;
            if (op == RecordManual) {
                const QList<qint64> own = installmentsOf(customer);
                for (int n = int(between(1, 2)); n > 0; --n) {
                    const qint64 i = chance(90) ? pick(own) : pick(installments);
                    if (!std::any_of(lines.begin(), lines.end(),
                                     [&](const AllocationLine& l) { return l.installmentId == i; }) ||
                        chance(10))
                        lines.append({i, amountFor(i) / 2 + 1});
                }
            }
            const AllocationMode mode = op == RecordAuto     ? AllocationMode::Auto
                                        : op == RecordManual ? AllocationMode::Manual
                                                             : AllocationMode::None;
            take(PaymentService(chen).record(p, mode, lines));
            break;
        }
        case AllocateCredit: {
            // Mostly a payment with credit left.
            const QList<qint64> withCredit =
                ids(co.t.db(),
                    QStringLiteral("SELECT p.id FROM payments p WHERE p.allocated_total < p.amount AND NOT "
                                   "EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id)"));
            const qint64 payment = chance(85) && !withCredit.isEmpty() ? pick(withCredit) : pick(payments);
            const QDate on = dateFrom(SqlQuery::scalar(
                co.t.db(), QStringLiteral("SELECT received_on FROM payments WHERE id = ?"), {payment}));
            const qint64 customer =
                SqlQuery::scalar(co.t.db(), QStringLiteral("SELECT customer_id FROM payments WHERE id = ?"),
                                 {payment})
                    .toLongLong();
            if (chance(50)) {
                take(PaymentService(chen).allocateCredit(payment, on));
            } else {
                const qint64 i = chance(85) ? pick(installmentsOf(customer)) : pick(installments);
                take(PaymentService(chen).allocateCredit(payment, on, AllocationMode::Manual,
                                                         {{i, amountFor(i)}}));
            }
            break;
        }
        case Unallocate: {
            // Mostly a pair that has an allocation.
            qint64 payment = pick(payments), installment = pick(installments);
            SqlQuery q(co.t.db(),
                       QStringLiteral("SELECT payment_id, installment_id, sum(amount), max(on_date) "
                                      "FROM allocations GROUP BY payment_id, installment_id "
                                      "HAVING sum(amount) > 0 ORDER BY payment_id, installment_id"));
            q.exec();
            QList<std::tuple<qint64, qint64, qint64, QString>> pairs;
            while (q.next())
                pairs.append({q.integer(0), q.integer(1), q.integer(2), q.text(3)});
            qint64 net = 500000;
            QString latest;
            if (!pairs.isEmpty() && chance(80)) {
                const auto& pair = pairs.at(int(between(0, pairs.size() - 1)));
                std::tie(payment, installment, net, latest) = pair;
            }
            take(PaymentService(chen).unallocate(payment, installment, between(1, net + net / 10),
                                                 dateFrom(latest)));
            break;
        }
        case Reverse: {
            const qint64 payment = pick(payments);
            const QVariant latest = SqlQuery::scalar(
                co.t.db(),
                QStringLiteral(
                    "SELECT max(p.received_on, ifnull((SELECT max(a.on_date) FROM allocations a WHERE "
                    "a.payment_id = p.id), '')) FROM payments p WHERE p.id = ?"),
                {payment});
            take(PaymentService(chen).reverse(payment, dateFrom(latest),
                                              chance(90) ? QStringLiteral("退票") : QString()));
            break;
        }
        case OpenDispute: {
            const qint64 i = pick(installments);
            const QVariant signedOn = SqlQuery::scalar(
                co.t.db(),
                QStringLiteral("SELECT c.signed_on FROM installments i JOIN contracts c ON c.id = "
                               "i.contract_id WHERE i.id = ?"),
                {i});
            take(DisputeService(co.system).open(i, amountFor(i), QStringLiteral("争议"), dateFrom(signedOn)));
            break;
        }
        case ResolveDispute: {
            const QList<qint64> open =
                ids(co.t.db(), QStringLiteral("SELECT id FROM disputes WHERE status = 'open'"));
            const qint64 dispute = chance(85) && !open.isEmpty()
                                       ? pick(open)
                                       : pick(ids(co.t.db(), QStringLiteral("SELECT id FROM disputes")));
            const QVariant openedOn = SqlQuery::scalar(
                co.t.db(), QStringLiteral("SELECT opened_on FROM disputes WHERE id = ?"), {dispute});
            take(DisputeService(co.system).resolve(dispute, DisputeService::Resolution(between(0, 3)),
                                                   dateFrom(openedOn), QStringLiteral("结案")));
            break;
        }
        case RequestWriteOff: {
            const qint64 i = pick(installments);
            const qint64 balance =
                SqlQuery::scalar(co.t.db(),
                                 QStringLiteral("SELECT amount - paid_total - written_off_total FROM "
                                                "installments WHERE id = ?"),
                                 {i})
                    .toLongLong();
            take(WriteOffService(chance(80) ? chen : zhao)
                     .request(i, balance > 0 && chance(80) ? between(1, balance) : between(1, 500000),
                              QStringLiteral("坏账")));
            break;
        }
        case DecideWriteOff: {
            const QList<qint64> pending =
                ids(co.t.db(), QStringLiteral("SELECT id FROM write_offs WHERE status = "
                                              "'pending'"));
            const QList<qint64> writeOffs = chance(85) && !pending.isEmpty()
                                                ? pending
                                                : ids(co.t.db(), QStringLiteral("SELECT id FROM write_offs"));
            const Context& who = chance(75) ? zhao : chen;
            if (chance(70))
                take(WriteOffService(who).approve(pick(writeOffs)));
            else
                take(WriteOffService(who).reject(pick(writeOffs)));
            break;
        }
        case OpCount:
            break;
        }
        CAPTURE(error);
        (ok ? succeeded : refused)[op]++;
        if (!ok)
            REQUIRE(ledgerChecksum(co.t.db()) == before);
        REQUIRE(violations(co.t.db()) == QStringList{});
    }
    // Every kind of operation both happened and was refused at least once in the run.
    for (int op = 0; op < OpCount; ++op) {
        CAPTURE(kOpNames[op]);
        CHECK(succeeded[op] > 0);
        CHECK(refused[op] > 0);
    }
    CHECK(auditIssues(co.t.db()).isEmpty());
}
