#include "PoolTestSupport.h"

#include "customers/PoolRandom.h"
#include "customers/PoolSweep.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/Transaction.h"

#include <QElapsedTimer>

#include <iostream>

using namespace tl::core;
using namespace tl::test;

// Not part of the suite (hidden tag): the sweep at the demo's large scale, 200,000 customers and
// 2,000,000 follow-ups (DESIGN §6). Run with: tl_test_core_pool "[.bench]" -s
TEST_CASE("pool sweep over 200,000 customers and 2,000,000 follow-ups", "[.bench][pool][sweep]")
{
    TestDatabase t;
    Database& db = t.db();
    constexpr int kEmployees = 8000;
    constexpr int kCustomers = 200000;
    constexpr int kFollowUps = 2000000;
    PoolRandom random(2026);
    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(db);
        NativeStatement employee(
            db.nativeHandle(),
            "INSERT INTO employees (id, code, name, role, hire_date, created_at, updated_at) "
            "VALUES (?, ?, ?, 'sales', '2024-01-01', '2024-01-01', '2024-01-01')");
        for (int i = 1; i <= kEmployees; ++i)
            employee.bind(1, i)
                .bind(2, QStringLiteral("E%1").arg(i, 5, 10, QLatin1Char('0')))
                .bind(3, QStringLiteral("员工"))
                .execute();
        NativeStatement customer(
            db.nativeHandle(),
            "INSERT INTO customers (id, code, name, level, owner_id, owned_since, created_on) "
            "VALUES (?, ?, '客户', ?, ?, ?, '2025-01-01')");
        const char* levels[] = {"A", "B", "C"};
        for (int i = 1; i <= kCustomers; ++i) {
            customer.bind(1, i).bind(2, QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0')));
            customer.bind(3, QString::fromLatin1(levels[random.below(3)]));
            if (random.below(10) == 0) {
                customer.bindNull(4).bindNull(5);
            } else {
                customer.bind(4, qint64(1 + random.below(kEmployees)));
                customer.bindDate(5, QDate(2026, 3, 15).addDays(-qint64(random.below(400))));
            }
            customer.execute();
        }
        // Follow-ups, mostly by the owner, spread over the last 200 days.
        NativeStatement followUp(
            db.nativeHandle(), "INSERT INTO followups (customer_id, employee_id, at, method) "
                               "SELECT id, coalesce(owner_id, ?2), ?3, 'phone' FROM customers WHERE id = ?1");
        for (int i = 0; i < kFollowUps; ++i) {
            const QDateTime at(QDate(2026, 3, 15).addDays(-qint64(random.below(200))), QTime(10, 0));
            followUp.bind(1, qint64(1 + random.below(kCustomers)))
                .bind(2, qint64(1 + random.below(kEmployees)))
                .bind(3, at.toString(Qt::ISODate))
                .execute();
        }
        tx.commit();
    }
    std::cout << "data written in " << timer.elapsed() << " ms" << std::endl;

    FakePoolFacts facts; // seven customers in ten signed a contract on 2026-03-01
    for (int i = 1; i <= kCustomers; ++i)
        if (i % 10 < 7)
            facts.deals.insert(i, QDate(2026, 3, 1));
    const Context ctx = t.context();
    NullProgress progress;
    timer.restart();
    const auto dry = PoolSweep(ctx, facts).run(QDate(2026, 3, 15), true, progress);
    REQUIRE(dry.ok());
    std::cout << "dry run: " << timer.elapsed() << " ms; moved " << dry->moved.size() << ", warned "
              << dry->warned.size() << std::endl;
    timer.restart();
    const QString json = PoolSweep::toJson(*dry);
    std::cout << "json: " << timer.elapsed() << " ms, " << json.size() << " characters" << std::endl;
    timer.restart();
    const auto real = PoolSweep(ctx, facts).run(QDate(2026, 3, 15), false, progress);
    REQUIRE(real.ok());
    std::cout << "real run: " << timer.elapsed() << " ms; moved " << real->moved.size() << std::endl;
    timer.restart();
    const auto again = PoolSweep(ctx, facts).run(QDate(2026, 3, 15), false, progress);
    REQUIRE(again.ok());
    CHECK(again->moved.isEmpty());
    std::cout << "second run: " << timer.elapsed() << " ms" << std::endl;
}
