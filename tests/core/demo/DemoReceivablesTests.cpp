#include <catch2/catch.hpp>

#include "audit/AuditLog.h"
#include "audit/BulkAuditWriter.h"
#include "backup/DatabaseCheck.h"
#include "common/Progress.h"
#include "customers/PoolSweep.h"
#include "db/DbException.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoRows.h"
#include "receivables/CollectionService.h"
#include "receivables/OpenItems.h"
#include "receivables/ReceivablesPoolFacts.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlRecord>

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <vector>

using namespace tl::core;
using tl::test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("demo-pass-123");
const QDate kToday(2026, 3, 15); // TestDatabase's clock

void generate(TestDatabase& t, quint64 seed)
{
    DemoGenerator::Options options;
    options.seed = seed;
    options.adminPassword = kPassword;
    NullProgress progress;
    const Status s = DemoGenerator::generate(t.db(), t.clock(), options, progress);
    INFO((s.ok() ? QString() : s.error().fullText()).toStdString());
    REQUIRE(s.ok());
}

// One small demo company for the read-only checks (generated once).
TestDatabase& company()
{
    static std::unique_ptr<TestDatabase> t = [] {
        auto db = std::make_unique<TestDatabase>();
        generate(*db, 20260101);
        return db;
    }();
    return *t;
}

qint64 count(TestDatabase& t, const char* sql)
{
    return SqlQuery::scalar(t.db(), QString::fromUtf8(sql)).toLongLong();
}

QDate date(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// Everything the generator decides about contracts, instalments, payments and letters, by number.
QByteArray receivablesDigest(TestDatabase& t)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries{
        QStringLiteral(
            "SELECT c.contract_no, cu.code, e.code, c.signed_on, c.amount, c.kind, c.status, "
            "c.interest_rate_ppm, c.title FROM contracts c JOIN customers cu ON cu.id = c.customer_id "
            "JOIN employees e ON e.id = c.salesperson_id ORDER BY c.contract_no"),
        QStringLiteral(
            "SELECT c.contract_no, i.seq, i.due_on, i.amount, i.paid_total, i.written_off_total FROM "
            "installments i JOIN contracts c ON c.id = i.contract_id ORDER BY c.contract_no, i.seq"),
        QStringLiteral(
            "SELECT payment_no, received_on, amount, method, reference, allocated_total FROM payments "
            "ORDER BY payment_no"),
        QStringLiteral("SELECT letter_no, as_of, balance, status FROM letters ORDER BY letter_no"),
    };
    for (const QString& query : queries) {
        SqlQuery q(t.db(), query);
        q.exec();
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.raw().record().count(); ++i)
                cells << q.raw().value(i).toString();
            hash.addData(cells.join(QLatin1Char('|')).toUtf8().append('\n'));
        }
    }
    return hash.result();
}

// ---- replay of the allocation ledger, written independently of the generator ----

struct Inst
{
    qint64 id = 0;
    qint64 contract = 0;
    QString contractNo;
    QDate signedOn;
    QDate dueOn;
    int seq = 0;
    qint64 amount = 0;
    bool active = false; // contract active or closed (not draft, not cancelled)
    qint64 paid = 0;
    qint64 writtenOff = 0;
    qint64 disputed = 0;
    qint64 collectable() const { return std::max<qint64>(0, amount - paid - writtenOff - disputed); }
};

struct Stored
{
    qint64 payment = 0;
    qint64 installment = 0;
    qint64 amount = 0;
    QString kind;
};

// PaymentService's automatic rule, spelt out here: the named contract's instalments, else those of the
// customer's active contracts signed by then; oldest due first (due date, signing date, contract number,
// seq); each up to its balance minus open disputes.
std::vector<std::pair<qint64, qint64>> autoAllocation(std::vector<Inst>& insts, qint64 contract,
                                                      const QDate& on, qint64 amount)
{
    std::vector<Inst*> order;
    for (Inst& i : insts)
        if ((contract ? i.contract == contract : i.active && i.signedOn <= on) && i.collectable() > 0)
            order.push_back(&i);
    std::sort(order.begin(), order.end(), [](const Inst* a, const Inst* b) {
        if (a->dueOn != b->dueOn)
            return a->dueOn < b->dueOn;
        if (a->signedOn != b->signedOn)
            return a->signedOn < b->signedOn;
        if (a->contractNo != b->contractNo)
            return a->contractNo < b->contractNo;
        return a->seq < b->seq;
    });
    std::vector<std::pair<qint64, qint64>> out;
    for (Inst* i : order) {
        if (amount <= 0)
            break;
        const qint64 part = std::min(amount, i->collectable());
        out.emplace_back(i->id, part);
        i->paid += part;
        amount -= part;
    }
    return out;
}

} // namespace

TEST_CASE("demo receivables: every kind of record, and the full check passes", "[demo][receivables]")
{
    TestDatabase& t = company();
    auto issues = DatabaseCheck::runOn(t.db());
    REQUIRE(issues.ok());
    for (const AuditLog::Issue& issue : *issues)
        UNSCOPED_INFO(issue.what.toStdString());
    CHECK(issues->isEmpty());

    // 300 customers: about 2.5 contracts a customer, about 4 instalments a contract, about 3 payments a
    // contract (DESIGN §6 large: 500,000 / 2,000,000 / 1,500,000 for 200,000 customers).
    const qint64 contracts = count(t, "SELECT count(*) FROM contracts");
    const qint64 installments = count(t, "SELECT count(*) FROM installments");
    const qint64 payments = count(t, "SELECT count(*) FROM payments");
    CHECK(contracts >= 600);
    CHECK(contracts <= 900);
    CHECK(installments * 10 >= contracts * 35);
    CHECK(installments * 10 <= contracts * 45);
    CHECK(payments * 10 >= contracts * 25);
    CHECK(payments * 10 <= contracts * 35);

    CHECK(count(t, "SELECT count(DISTINCT kind) FROM contracts") == 3);
    CHECK(count(t, "SELECT count(DISTINCT status) FROM contracts") == 4); // draft, active, closed, cancelled
    CHECK(count(t, "SELECT count(*) FROM contracts WHERE interest_rate_ppm IS NOT NULL") > 0);
    CHECK(count(t, "SELECT count(*) FROM payment_reversals") > 0);
    CHECK(count(t, "SELECT count(*) FROM payments p WHERE allocated_total < amount AND NOT EXISTS "
                   "(SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id)") > 0); // credit left
    CHECK(count(t, "SELECT count(*) FROM payments WHERE contract_id IS NULL") > 0);
    CHECK(count(t, "SELECT count(DISTINCT method) FROM payments") >= 5);
    CHECK(count(t, "SELECT count(*) FROM disputes WHERE status = 'open'") > 0);
    CHECK(count(t, "SELECT count(*) FROM disputes WHERE status = 'resolved'") > 0);
    CHECK(count(t, "SELECT count(*) FROM disputes WHERE letter_id IS NOT NULL") > 0);
    CHECK(count(t, "SELECT count(*) FROM write_offs WHERE status = 'approved'") > 0);
    CHECK(count(t, "SELECT count(*) FROM write_offs WHERE status = 'pending'") > 0);
    CHECK(count(t, "SELECT count(*) FROM write_offs WHERE requested_by = decided_by") == 0);
    CHECK(count(t, "SELECT count(*) FROM payment_promises") > 0);
    CHECK(count(t, "SELECT count(*) FROM payment_promises WHERE followup_id IS NOT NULL") > 0);
    CHECK(count(t, "SELECT count(*) FROM payment_demands") > 0);
    CHECK(count(t, "SELECT count(DISTINCT kind) FROM interest_settlements") == 2);
    CHECK(count(t, "SELECT count(DISTINCT status) FROM letters") == 6);
    CHECK(count(t, "SELECT count(*) FROM letter_items") > count(t, "SELECT count(*) FROM letters"));

    // Due dates from about three years ago to about a year ahead; open, overdue and paid instalments.
    CHECK(count(t, "SELECT min(due_on) < '2023-09-15' FROM installments") == 1);
    CHECK(count(t, "SELECT max(due_on) > '2026-09-15' FROM installments") == 1);
    CHECK(count(t, "SELECT count(*) FROM installments WHERE due_on < '2026-03-15' AND "
                   "paid_total + written_off_total < amount") > 0);
    CHECK(count(t, "SELECT count(*) FROM installments WHERE due_on >= '2026-03-15' AND paid_total = 0") > 0);
    // Nothing recorded in the future.
    CHECK(count(t, "SELECT count(*) FROM payments WHERE received_on >= '2026-03-15'") == 0);
    CHECK(count(t, "SELECT count(*) FROM allocations WHERE on_date >= '2026-03-15'") == 0);
    CHECK(count(t, "SELECT count(*) FROM letters WHERE created_at >= '2026-03-15'") == 0);
}

TEST_CASE("demo receivables: schedules add up, caches equal the ledger, allocations fit their payments",
          "[demo][receivables]")
{
    TestDatabase& t = company();
    // 1-8 instalments numbered 1..n, summing to the contract amount.
    CHECK(count(t,
                "SELECT count(*) FROM contracts c WHERE c.amount <> (SELECT sum(amount) FROM installments i "
                "WHERE i.contract_id = c.id)") == 0);
    CHECK(count(t,
                "SELECT count(*) FROM (SELECT count(*) n, max(seq) m FROM installments GROUP BY contract_id) "
                "WHERE n NOT BETWEEN 1 AND 8 OR m <> n") == 0);
    CHECK(count(t,
                "SELECT count(DISTINCT n) FROM (SELECT count(*) n FROM installments GROUP BY contract_id)") ==
          8);
    // The instalment caches (LedgerWriter's definitions).
    CHECK(count(t, "SELECT count(*) FROM installments i WHERE paid_total <> (SELECT coalesce(sum(amount), 0) "
                   "FROM allocations a WHERE a.installment_id = i.id)") == 0);
    CHECK(count(t, "SELECT count(*) FROM installments i WHERE written_off_total <> (SELECT "
                   "coalesce(sum(amount), 0) FROM write_offs w WHERE w.installment_id = i.id AND w.status = "
                   "'approved')") == 0);
    CHECK(
        count(t,
              "SELECT count(*) FROM installments i WHERE last_paid_on IS NOT (SELECT max(p.last_on) FROM "
              "(SELECT max(CASE WHEN a.amount > 0 THEN a.on_date END) AS last_on, sum(a.amount) AS net "
              "FROM allocations a WHERE a.installment_id = i.id GROUP BY a.payment_id) p WHERE p.net > 0)") ==
        0);
    CHECK(count(t, "SELECT count(*) FROM installments WHERE paid_total + written_off_total > amount OR "
                   "paid_total < 0") == 0);
    // Payments: 0 <= allocations = allocated_total <= amount; a reversed payment keeps nothing.
    CHECK(count(t,
                "SELECT count(*) FROM payments p WHERE allocated_total <> (SELECT coalesce(sum(amount), 0) "
                "FROM allocations a WHERE a.payment_id = p.id) OR allocated_total > amount OR "
                "allocated_total < 0") == 0);
    CHECK(count(t, "SELECT count(*) FROM payments p JOIN payment_reversals r ON r.payment_id = p.id WHERE "
                   "p.allocated_total <> 0 OR r.reversed_on < p.received_on") == 0);
    // Open disputes never exceed the balance.
    CHECK(count(t,
                "SELECT count(*) FROM installments i WHERE (SELECT coalesce(sum(amount), 0) FROM disputes d "
                "WHERE d.installment_id = i.id AND d.status = 'open') > amount - paid_total - "
                "written_off_total") == 0);
    // Contracts fully settled are closed; drafts and cancelled ones have nothing paid.
    CHECK(count(t,
                "SELECT count(*) FROM contracts c WHERE status = 'active' AND NOT EXISTS (SELECT 1 FROM "
                "installments i WHERE i.contract_id = c.id AND paid_total + written_off_total < amount)") ==
          0);
    CHECK(count(t,
                "SELECT count(*) FROM contracts c WHERE status = 'closed' AND EXISTS (SELECT 1 FROM "
                "installments i WHERE i.contract_id = c.id AND paid_total + written_off_total < amount)") ==
          0);
    CHECK(count(t, "SELECT count(*) FROM contracts c JOIN installments i ON i.contract_id = c.id WHERE "
                   "c.status IN ('draft', 'cancelled') AND (i.paid_total > 0 OR EXISTS (SELECT 1 FROM "
                   "payments p WHERE p.contract_id = c.id))") == 0);
}

TEST_CASE("demo receivables: every allocation is what the automatic rule gives", "[demo][receivables]")
{
    TestDatabase& t = company();
    Database& db = t.db();

    // The ledger of each customer, replayed day by day: resolved disputes, approved write-offs, then
    // payments (by id), reversals, and disputes opened that day.
    std::map<qint64, std::vector<Inst>> insts;
    {
        SqlQuery q(db,
                   QStringLiteral("SELECT i.id, i.customer_id, c.id, c.contract_no, c.signed_on, i.due_on, "
                                  "i.seq, i.amount, c.status FROM installments i JOIN contracts c ON c.id = "
                                  "i.contract_id ORDER BY i.id"));
        q.exec();
        while (q.next()) {
            Inst i;
            i.id = q.integer(0);
            i.contract = q.integer(2);
            i.contractNo = q.text(3);
            i.signedOn = date(q.text(4));
            i.dueOn = date(q.text(5));
            i.seq = int(q.integer(6));
            i.amount = q.integer(7);
            i.active = q.text(8) == QLatin1String("active") || q.text(8) == QLatin1String("closed");
            insts[q.integer(1)].push_back(i);
        }
    }
    QHash<qint64, std::vector<Stored>> stored; // by payment, in id order
    {
        SqlQuery q(db, QStringLiteral(
                           "SELECT payment_id, installment_id, amount, kind FROM allocations ORDER BY id"));
        q.exec();
        while (q.next())
            stored[q.integer(0)].push_back(Stored{q.integer(0), q.integer(1), q.integer(2), q.text(3)});
    }
    struct Event
    {
        QDate on;
        int rank;
        qint64 id;
        qint64 installment;
        qint64 amount;
        qint64 contract;
    };
    std::map<qint64, std::vector<Event>> events; // by customer
    const auto add = [&](const char* sql, int rank) {
        SqlQuery q(db, QString::fromUtf8(sql));
        q.exec();
        while (q.next())
            events[q.integer(0)].push_back(
                Event{date(q.text(1)), rank, q.integer(2), q.integer(3), q.integer(4), q.integer(5)});
    };
    add("SELECT i.customer_id, d.resolved_on, d.id, d.installment_id, d.amount, 0 FROM disputes d JOIN "
        "installments i ON i.id = d.installment_id WHERE d.status = 'resolved'",
        0);
    add("SELECT i.customer_id, w.decided_on, w.id, w.installment_id, w.amount, 0 FROM write_offs w JOIN "
        "installments i ON i.id = w.installment_id WHERE w.status = 'approved'",
        1);
    add("SELECT customer_id, received_on, id, 0, amount, coalesce(contract_id, 0) FROM payments", 2);
    add("SELECT p.customer_id, r.reversed_on, p.id, 0, 0, 0 FROM payment_reversals r JOIN payments p ON p.id "
        "= "
        "r.payment_id",
        3);
    add("SELECT i.customer_id, d.opened_on, d.id, d.installment_id, d.amount, 0 FROM disputes d JOIN "
        "installments i ON i.id = d.installment_id",
        4);

    qint64 payments = 0, reversals = 0, disputes = 0, writeOffs = 0, mismatches = 0;
    for (auto& [customer, list] : events) {
        std::sort(list.begin(), list.end(), [](const Event& a, const Event& b) {
            return a.on != b.on ? a.on < b.on : a.rank != b.rank ? a.rank < b.rank : a.id < b.id;
        });
        std::vector<Inst>& mine = insts[customer];
        const auto inst = [&](qint64 id) -> Inst& {
            return *std::find_if(mine.begin(), mine.end(), [&](const Inst& i) { return i.id == id; });
        };
        for (const Event& e : list) {
            switch (e.rank) {
            case 0:
                inst(e.installment).disputed -= e.amount;
                break;
            case 1: {
                Inst& i = inst(e.installment);
                CHECK(e.amount <= i.collectable());
                i.writtenOff += e.amount;
                ++writeOffs;
                break;
            }
            case 2: {
                const auto expected = autoAllocation(mine, e.contract, e.on, e.amount);
                std::vector<std::pair<qint64, qint64>> actual;
                for (const Stored& s : stored.value(e.id))
                    if (s.kind == QLatin1String("auto"))
                        actual.emplace_back(s.installment, s.amount);
                if (expected != actual) {
                    ++mismatches;
                    UNSCOPED_INFO("payment " << e.id << " of customer " << customer << " on "
                                             << e.on.toString(Qt::ISODate).toStdString());
                }
                ++payments;
                break;
            }
            case 3: {
                // Per instalment, the payment's net allocation is cancelled.
                std::map<qint64, qint64> net, cancelled;
                for (const Stored& s : stored.value(e.id))
                    (s.kind == QLatin1String("reversal") ? cancelled : net)[s.installment] += s.amount;
                for (const auto& [installment, amount] : net) {
                    CHECK(cancelled[installment] == -amount);
                    inst(installment).paid -= amount;
                }
                ++reversals;
                break;
            }
            case 4: {
                Inst& i = inst(e.installment);
                CHECK(e.amount <= i.collectable());
                i.disputed += e.amount;
                ++disputes;
                break;
            }
            }
        }
        // The replay ends where the caches are.
        for (const Inst& i : mine) {
            const qint64 paid =
                SqlQuery::scalar(db, QStringLiteral("SELECT paid_total FROM installments WHERE id = ?"),
                                 {i.id})
                    .toLongLong();
            CHECK(i.paid == paid);
        }
    }
    CHECK(mismatches == 0);
    CHECK(payments == count(t, "SELECT count(*) FROM payments"));
    CHECK(reversals > 0);
    CHECK(disputes > 0);
    CHECK(writeOffs > 0);
}

TEST_CASE("demo receivables: letters list the open items as of their date, numbered by date",
          "[demo][receivables]")
{
    TestDatabase& t = company();
    const Context ctx = t.context();
    SqlQuery q(t.db(),
               QStringLiteral("SELECT id, letter_no, customer_id, as_of, balance, status, created_at, "
                              "confirmed_balance, difference_amount FROM letters ORDER BY id"));
    q.exec();
    int letters = 0;
    QMap<QString, int> serials; // by year
    QString lastCreated;
    const QRegularExpression number(QStringLiteral("^DZ-(\\d{4})-(\\d{6})$"));
    while (q.next()) {
        ++letters;
        const qint64 id = q.integer(0);
        INFO(q.text(1).toStdString());
        // OpenItems as of the letter's date is what the letter lists (the ledger is dated).
        const auto open = OpenItems(ctx).forCustomer(q.integer(2), date(q.text(3)));
        REQUIRE(open.ok());
        QStringList expected, actual;
        qint64 balance = 0;
        for (const OpenItem& item : *open) {
            expected << QStringLiteral("%1:%2:%3")
                            .arg(item.installmentId)
                            .arg(item.amount - item.balance)
                            .arg(item.balance);
            balance += item.balance;
        }
        SqlQuery items(t.db(), QStringLiteral("SELECT installment_id, paid, balance FROM letter_items WHERE "
                                              "letter_id = ? ORDER BY id"));
        items.bind(id).exec();
        while (items.next())
            actual << QStringLiteral("%1:%2:%3")
                          .arg(items.integer(0))
                          .arg(items.integer(1))
                          .arg(items.integer(2));
        CHECK(actual == expected);
        CHECK(q.integer(4) == balance);
        CHECK(balance > 0);
        if (q.text(5) == QLatin1String("confirmed"))
            CHECK(q.integer(7) == q.integer(4));
        if (q.text(5) == QLatin1String("difference"))
            CHECK(q.integer(7) + q.integer(8) == q.integer(4));
        // DZ-<year of the letter>-<serial of the year>, in the order the letters were made.
        const auto m = number.match(q.text(1));
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1) == q.text(6).left(4));
        CHECK(m.captured(2).toInt() == ++serials[m.captured(1)]);
        CHECK(q.text(6).left(10) >= lastCreated);
        lastCreated = q.text(6).left(10);
    }
    CHECK(letters > 50);
    // Differences opened disputes on the letter's items.
    CHECK(count(t, "SELECT count(*) FROM disputes d JOIN letters l ON l.id = d.letter_id WHERE l.status <> "
                   "'difference' OR NOT EXISTS (SELECT 1 FROM letter_items t WHERE t.letter_id = l.id AND "
                   "t.installment_id = d.installment_id) OR d.opened_on <> l.confirmed_on") == 0);
}

TEST_CASE("demo receivables: contracts fit the pool's clocks and the people", "[demo][receivables]")
{
    TestDatabase& t = company();
    // Signed by a salesperson employed that day; by the current owner during the ownership, or by the
    // colleague who handed the customer over, before the handover.
    CHECK(count(t, "SELECT count(*) FROM contracts c JOIN employees e ON e.id = c.salesperson_id WHERE "
                   "e.role <> 'sales' OR c.signed_on < e.hire_date OR c.signed_on >= coalesce(e.leave_date, "
                   "'9999')") == 0);
    CHECK(
        count(t,
              "SELECT count(*) FROM contracts c JOIN customers cu ON cu.id = c.customer_id WHERE NOT "
              "((c.salesperson_id = cu.owner_id AND c.signed_on >= cu.owned_since) OR EXISTS (SELECT 1 FROM "
              "customer_ownership h WHERE h.customer_id = cu.id AND h.reason = 'handover' AND "
              "h.from_owner_id = c.salesperson_id AND c.signed_on < substr(h.at, 1, 10)))") == 0);
    // The first contract of a customer is a new-customer contract, the others are not.
    CHECK(count(t, "SELECT count(*) FROM contracts c WHERE (c.kind = 'new') <> (c.id = (SELECT min(id) FROM "
                   "contracts d WHERE d.customer_id = c.customer_id))") == 0);
    // Collectors: the credited salesperson from the signing; the successor from a handover.
    CHECK(count(t,
                "SELECT count(*) FROM installments i JOIN contracts c ON c.id = i.contract_id WHERE NOT "
                "EXISTS (SELECT 1 FROM installment_collectors h WHERE h.installment_id = i.id AND h.reason = "
                "'contract' AND h.collector_id = c.salesperson_id AND h.from_on = c.signed_on)") == 0);
    CHECK(count(t,
                "SELECT count(*) FROM installments i WHERE i.collector_id IS NOT (SELECT collector_id FROM "
                "installment_collectors h WHERE h.installment_id = i.id ORDER BY h.id DESC LIMIT 1)") == 0);

    // With the receivables as pool facts: long-standing customers with deals are no longer due for the
    // no-deal rule, and nobody with an open receivable is reclaimed.
    const ReceivablesPoolFacts facts(t.db());
    NullProgress progress;
    const auto outcome = PoolSweep(t.context(), facts).run(kToday, true, progress);
    REQUIRE(outcome.ok());
    const QSet<qint64> open = facts.customersWithOpenReceivables(kToday);
    CHECK(!open.isEmpty());
    for (const PoolSweep::Item& item : outcome->moved + outcome->warned) {
        INFO(item.customerCode.toStdString());
        const qint64 dealsInOwnership =
            SqlQuery::scalar(t.db(),
                             QStringLiteral("SELECT count(*) FROM contracts c JOIN customers cu ON cu.id = "
                                            "c.customer_id WHERE cu.code = ? AND c.status IN ('active', "
                                            "'closed') AND c.signed_on >= cu.owned_since"),
                             {item.customerCode})
                .toLongLong();
        if (item.reason == QLatin1String("no_deal"))
            CHECK(dealsInOwnership == 0);
    }
    for (const PoolSweep::Item& item : outcome->moved)
        CHECK_FALSE(open.contains(item.customerId));
}

TEST_CASE("demo receivables: promises kept and broken, recorded with follow-ups; the demo user's customers",
          "[demo][receivables]")
{
    TestDatabase& t = company();
    const Context ctx = t.context();
    int broken = 0, kept = 0, pending = 0;
    SqlQuery customers(t.db(), QStringLiteral("SELECT DISTINCT customer_id FROM payment_promises"));
    customers.exec();
    while (customers.next()) {
        const auto promises = CollectionService(ctx).promises(customers.integer(0));
        REQUIRE(promises.ok());
        for (const PaymentPromise& p : *promises) {
            if (p.promisedOn >= kToday)
                ++pending;
            else if (p.broken)
                ++broken;
            else
                ++kept;
        }
    }
    CHECK(broken > 0);
    CHECK(kept > 0);
    CHECK(pending > 0);
    // A promise's follow-up: the same customer and employee, on the day it was made, with the promised date.
    CHECK(count(t,
                "SELECT count(*) FROM payment_promises p JOIN followups f ON f.id = p.followup_id WHERE "
                "f.customer_id <> p.customer_id OR f.employee_id <> p.employee_id OR substr(f.at, 1, 10) <> "
                "p.made_on OR f.promised_payment_on <> p.promised_on") == 0);
    CHECK(count(t, "SELECT count(*) FROM payment_promises WHERE promised_on < made_on OR made_on >= "
                   "'2026-03-15'") == 0);

    // The demo user "sales" collects receivables in every state.
    const auto of = [&](const char* condition) {
        return SqlQuery::scalar(
                   t.db(), QStringLiteral("SELECT count(*) FROM installments i JOIN users u ON u.employee_id "
                                          "= i.collector_id WHERE u.username = 'sales' AND %1")
                               .arg(QString::fromUtf8(condition)))
            .toLongLong();
    };
    CHECK(of("i.paid_total = i.amount") > 0);
    CHECK(of("i.due_on < '2026-03-15' AND i.paid_total + i.written_off_total < i.amount") > 0);
    CHECK(of("i.due_on >= '2026-03-15' AND i.paid_total + i.written_off_total < i.amount") > 0);
    CHECK(of("i.paid_total > 0 AND i.paid_total < i.amount") > 0);
}

TEST_CASE("demo receivables: the same seed gives the same receivables, another seed others",
          "[demo][receivables]")
{
    TestDatabase a, b;
    generate(a, 20260101);
    generate(b, 20260102);
    CHECK(receivablesDigest(a) == receivablesDigest(company()));
    CHECK(receivablesDigest(a) != receivablesDigest(b));
}

TEST_CASE("demo rows: planned fingerprints are the audit log's, whatever the text", "[demo]")
{
    TestDatabase t;
    Database& db = t.db();
    db.execScript(QStringLiteral("INSERT INTO customers (code, name, created_on) VALUES ('C1', 'x', "
                                 "'2026-01-01')"));
    // Every kind of value a snapshot holds: escapes, control characters, Chinese, NULL, big and negative
    // integers, and a BLOB (stored as its SHA-256).
    demo::RowTable contacts("customer_contacts",
                            {"id", "customer_id", "name", "title", "phone", "email", "wechat", "is_primary"});
    demo::RowTable demands("payment_demands",
                           {"id", "customer_id", "contract_id", "kind", "on_date", "method", "note",
                            "evidence_name", "evidence_mime", "evidence", "at", "user_id"});
    contacts.prepare(db);
    demands.prepare(db);
    demo::RowBatch a(contacts);
    a.add(contacts.takeId())
        .add(1)
        .add(QStringLiteral("王\"小\\明\"\t\n\r\b\f\x01 end"))
        .add(QString::fromUtf8("总经理/采购"))
        .add(QStringLiteral("13800000000"))
        .add(QString())
        .add(QStringLiteral("wx_\u00e9"))
        .add(1)
        .end();
    demo::RowBatch b(demands);
    b.add(demands.takeId())
        .add(1)
        .addNull()
        .add(QStringLiteral("demand"))
        .addDate(QDate(2025, 12, 31))
        .add(QString::fromUtf8("电话"))
        .add(QStringLiteral("-9223372036854775807 / 1e9 \u00e9\U0001F600"))
        .add(QStringLiteral("evidence.txt"))
        .add(QStringLiteral("text/plain"))
        .addBlob(QByteArray("line 1\nline 2\0\xff", 15))
        .addTime(QDateTime(QDate(2025, 12, 31), QTime(23, 59, 58), Qt::UTC))
        .add(std::numeric_limits<qint64>::min() + 1)
        .end();
    {
        const Context ctx = t.context(); // the writer keeps a reference
        BulkAuditWriter audit(ctx);
        demo::RowInserter inserter(db, audit);
        inserter.insert(a);
        inserter.insert(b);
        audit.flush();
    }
    CHECK(a.fingerprint(0) == AuditLog::rowFingerprint(canonicalJson(
                                  AuditLog::snapshot(db, QStringLiteral("customer_contacts"), 1))));
    CHECK(b.fingerprint(0) == AuditLog::rowFingerprint(canonicalJson(
                                  AuditLog::snapshot(db, QStringLiteral("payment_demands"), 1))));
    CHECK(SqlQuery::scalar(db, QStringLiteral("SELECT at FROM payment_demands")).toString() ==
          QStringLiteral("2025-12-31T23:59:58"));
    // The customer was inserted outside the application; the two planned rows are audited correctly.
    const QList<AuditLog::Issue> issues = AuditLog::verify(db);
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().table == QStringLiteral("customers"));

    // A row that misses a column is refused.
    demo::RowBatch c(contacts);
    c.add(contacts.takeId()).add(1);
    CHECK_THROWS_AS(c.end(), DbException);
}
