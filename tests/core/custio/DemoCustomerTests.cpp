#include <catch2/catch.hpp>

#include "CustioSupport.h"

#include "backup/DatabaseCheck.h"
#include "common/Progress.h"
#include "customers/CheckinService.h"
#include "customers/PoolFacts.h"
#include "customers/PoolSweep.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "org/Validation.h"
#include "receivables/ReceivablesPoolFacts.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>

using namespace tl::core;
using namespace tl::test;

namespace {

void generateSmall(TestDatabase& t, quint64 seed)
{
    DemoGenerator::Options options;
    options.seed = seed;
    options.adminPassword = QStringLiteral("demo-pass-123");
    NullProgress progress;
    const Status s = DemoGenerator::generate(t.db(), t.clock(), options, progress);
    INFO((s.ok() ? QString() : s.error().fullText()).toStdString());
    REQUIRE(s.ok());
}

// Everything the generator decides about customers, by code (ids and audit times left out).
QByteArray customersDigest(TestDatabase& t)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries{
        QStringLiteral(
            "SELECT c.code, c.name, c.type, c.level, c.industry, c.region, c.address, c.latitude_e6, "
            "c.longitude_e6, c.credit_limit, c.payment_days, o.code, c.owned_since, c.pool_since, "
            "c.created_on, c.last_owner_followup_at FROM customers c LEFT JOIN employees o ON o.id = "
            "c.owner_id ORDER BY c.code"),
        QStringLiteral(
            "SELECT c.code, k.name, k.title, k.phone, k.wechat, k.is_primary FROM customer_contacts k "
            "JOIN customers c ON c.id = k.customer_id ORDER BY k.id"),
        QStringLiteral(
            "SELECT c.code, f.code, t.code, h.at, h.reason FROM customer_ownership h JOIN customers c ON "
            "c.id = h.customer_id LEFT JOIN employees f ON f.id = h.from_owner_id LEFT JOIN employees t "
            "ON t.id = h.to_owner_id ORDER BY h.id"),
        QStringLiteral(
            "SELECT c.code, e.code, f.at, f.method, f.content, f.next_on FROM followups f JOIN customers c "
            "ON c.id = f.customer_id JOIN employees e ON e.id = f.employee_id ORDER BY f.id"),
        QStringLiteral(
            "SELECT e.code, k.at, k.latitude_e6, k.longitude_e6, k.address, k.customer_id, k.distance_m, "
            "k.effective, k.reason FROM checkins k JOIN employees e ON e.id = k.employee_id ORDER BY k.id"),
        QStringLiteral(
            "SELECT o.customer_id, o.owner_id, o.name, o.amount, o.stage, o.expected_close_on, o.created_on, "
            "o.closed_on, s.from_stage, s.to_stage, s.at FROM opportunities o JOIN opportunity_stages s "
            "ON s.opportunity_id = o.id ORDER BY s.id"),
    };
    for (const QString& query : queries)
        for (const QString& row : rows(t.db(), query))
            hash.addData(row.toUtf8().append('\n'));
    return hash.result();
}

} // namespace

TEST_CASE("demo customers: the pool, history, follow-ups, visits and opportunities of a small company",
          "[custio][demo]")
{
    TestDatabase t;
    generateSmall(t, 7);
    Database& db = t.db();
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customers")) == 300);
    const qint64 pool = scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE owner_id IS NULL"));
    CHECK(pool >= 30);
    CHECK(pool <= 90);
    const qint64 followUps = scalar(db, QStringLiteral("SELECT count(*) FROM followups"));
    CHECK(followUps >= 2400); // about ten per customer
    CHECK(followUps <= 3600);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT type) FROM customers")) == 5);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT level) FROM customers")) == 3);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT method) FROM followups")) == 5);
    // created, claimed, assigned, handover, reclaimed (both rules) and released; only "manual" is missing.
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT reason) FROM customer_ownership")) == 7);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT stage) FROM opportunities")) == 6);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE '%有限%公司'")) >= 200);

    // Owners are employed salespeople; nothing happens after today.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customers c JOIN employees e ON e.id = c.owner_id "
                                    "WHERE e.role <> 'sales' OR e.status = 'left'")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM followups WHERE at > '2026-03-15T09:00:00'")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM checkins WHERE at > '2026-03-15T09:00:00'")) == 0);
    // Contacts have valid mainland mobiles.
    for (const QString& phone : rows(db, QStringLiteral("SELECT phone FROM customer_contacts")))
        REQUIRE(checkMobile(phone).isEmpty());

    // Every change of owner is in the history: the latest row names the current owner, from the day
    // the ownership started (or the day it went back to the pool).
    CHECK(scalar(
              db,
              QStringLiteral(
                  "SELECT count(*) FROM customers c JOIN customer_ownership h ON h.id = (SELECT max(id) FROM "
                  "customer_ownership WHERE customer_id = c.id) WHERE h.to_owner_id IS NOT c.owner_id OR "
                  "substr(h.at, 1, 10) IS NOT coalesce(c.owned_since, c.pool_since)")) == 0);
    CHECK(scalar(db, QStringLiteral(
                         "SELECT count(*) FROM customers c WHERE c.owner_id IS NOT NULL AND NOT EXISTS "
                         "(SELECT 1 FROM customer_ownership h WHERE h.customer_id = c.id)")) == 0);
    // The derived clock: the owner's latest follow-up since the ownership started.
    CHECK(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM customers c WHERE c.last_owner_followup_at IS NOT (SELECT max(at) FROM "
                "followups f WHERE f.customer_id = c.id AND f.employee_id = c.owner_id AND f.at >= "
                "c.owned_since)")) == 0);
    // Check-ins are stored as CheckinService matches them: re-matching changes nothing; most are effective.
    const qint64 checkins = scalar(db, QStringLiteral("SELECT count(*) FROM checkins"));
    const qint64 effective = scalar(db, QStringLiteral("SELECT count(*) FROM checkins WHERE effective = 1"));
    CHECK(checkins >= 50);
    CHECK(effective * 2 > checkins);
    CHECK(effective < checkins);
    const auto rematched = CheckinService(t.context()).rematch(QDate(2000, 1, 1), QDate(2026, 3, 15));
    REQUIRE(rematched.ok());
    CHECK(*rematched == 0);

    // The audit trail covers every row.
    const auto issues = DatabaseCheck(t.context()).run();
    REQUIRE(issues.ok());
    for (const AuditLog::Issue& issue : *issues)
        UNSCOPED_INFO(issue.what.toStdString());
    CHECK(issues->isEmpty());
}

TEST_CASE("demo customers: some are warned, a few are due, among them the demo salesperson's",
          "[custio][demo]")
{
    TestDatabase t;
    generateSmall(t, 7);
    const ReceivablesPoolFacts facts(t.db()); // the demo customers have contracts and receivables
    NullProgress progress;
    const auto outcome = PoolSweep(t.context(), facts).run(t.clock().today(), true, progress);
    REQUIRE(outcome.ok());
    const qint64 owned =
        scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers WHERE owner_id IS NOT NULL"));
    CHECK(outcome->moved.size() >= 2);
    CHECK(outcome->moved.size() * 10 < owned);
    CHECK(outcome->warned.size() >= 5);
    CHECK(outcome->warned.size() * 4 < owned);

    // The demo user "sales" owns C000001..C000007: due for no follow-up, two warned, warned and due for no
    // deal, a next contact today and an overdue one.
    const QString sales = rows(t.db(), QStringLiteral("SELECT e.code FROM users u JOIN employees e ON "
                                                      "e.id = u.employee_id WHERE u.username = 'sales'"))
                              .value(0);
    const auto find = [](const QList<PoolSweep::Item>& items, const char* code) {
        for (const PoolSweep::Item& item : items)
            if (item.customerCode == QLatin1String(code))
                return item.reason;
        return QString();
    };
    CHECK(find(outcome->moved, "C000001") == QStringLiteral("no_follow_up"));
    CHECK(find(outcome->warned, "C000002") == QStringLiteral("no_follow_up"));
    CHECK(find(outcome->warned, "C000003") == QStringLiteral("no_follow_up"));
    CHECK(find(outcome->warned, "C000004") == QStringLiteral("no_deal"));
    CHECK(find(outcome->moved, "C000005") == QStringLiteral("no_deal"));
    CHECK(rows(t.db(),
               QStringLiteral("SELECT DISTINCT e.code FROM customers c JOIN employees e ON e.id = c.owner_id "
                              "WHERE c.code <= 'C000007'")) == QStringList{sales});
    CHECK(rows(t.db(), QStringLiteral("SELECT c.code, f.next_on FROM customers c JOIN followups f ON f.id = "
                                      "(SELECT max(id) FROM followups WHERE customer_id = c.id) "
                                      "WHERE c.code IN ('C000006', 'C000007') ORDER BY c.code")) ==
          QStringList{QStringLiteral("C000006|2026-03-15"), QStringLiteral("C000007|2026-03-12")});
}

TEST_CASE("demo customers: the same seed gives the same customers, another seed others", "[custio][demo]")
{
    TestDatabase a, b, c;
    generateSmall(a, 11);
    generateSmall(b, 11);
    generateSmall(c, 12);
    CHECK(customersDigest(a) == customersDigest(b));
    CHECK(customersDigest(a) != customersDigest(c));
}
