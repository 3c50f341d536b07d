#include "CustomersTestSupport.h"

#include "customers/CustomerQuery.h"
#include "db/Database.h"

#include <QElapsedTimer>

#include <iostream>

using namespace tl::core;
using namespace tl::test;

// Not part of the suite (hidden tag): the list timings of DESIGN §6 on 200,000 customers.
// Run: tl_test_core_customers "[.perf]"
TEST_CASE("Customer list pages on 200,000 customers", "[.perf]")
{
    TestDatabase t;
    // 8,000 salespeople in 200 teams; 200,000 customers, every 10th in the pool, owned for up to 120 days,
    // three in four with a follow-up by the owner in the last 40 days. Written in bulk (no audit).
    t.db().execScript(QStringLiteral(R"SQL(
        BEGIN;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
        INSERT INTO departments (id, name, created_at) SELECT i, '销售' || i || '组', '2020-01-01' FROM n;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000)
        INSERT INTO employees (id, code, name, department_id, role, hire_date, status, created_at, updated_at)
        SELECT i, printf('E%05d', i), '员工' || (i % 977), 1 + i % 200, 'sales', '2020-01-01', 'active',
               '2020-01-01', '2020-01-01' FROM n;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
        INSERT INTO customers (id, code, name, type, level, region, owner_id, owned_since, pool_since, created_on,
                               last_owner_followup_at)
        SELECT i, printf('C%07d', (i * 7919) % 200000), '客户' || (i % 5003) || '有限公司', 'sme',
               substr('ABC', 1 + i % 3, 1), '区' || (i % 17),
               CASE WHEN i % 10 = 0 THEN NULL ELSE 1 + (i * 31) % 8000 END,
               CASE WHEN i % 10 = 0 THEN NULL ELSE date('2026-03-15', '-' || ((i * 13) % 120) || ' days') END,
               CASE WHEN i % 10 = 0 THEN date('2026-03-15', '-' || ((i * 17) % 300) || ' days') END,
               '2025-01-01',
               CASE WHEN i % 10 = 0 OR i % 4 = 0 THEN NULL
                    ELSE date('2026-03-15', '-' || ((i * 11) % 40) || ' days') || 'T10:00:00' END
        FROM n;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
        INSERT INTO customer_contacts (customer_id, name, phone, is_primary)
        SELECT i, '联系人', printf('139%08d', i), 1 FROM n;
        COMMIT;
        ANALYZE;
    )SQL"));

    auto measure = [&](const char* label, const Context& ctx, const CustomerQuery::Filter& filter,
                       CustomerQuery::SortKey sort, bool asc) {
        const CustomerQuery query(ctx, filter, sort, asc);
        QElapsedTimer timer;
        timer.start();
        const auto count = query.count();
        const qint64 countMs = timer.restart();
        auto page = query.page({}, 100);
        const qint64 firstMs = timer.restart();
        REQUIRE(page.ok());
        qint64 worstLater = 0;
        int pages = 1;
        // Later pages: the next 20 pages, then 20 pages starting deep in the list (a cursor found by walking
        // with big pages, not timed).
        for (int i = 0; i < 20 && page->next.valid(); ++i, ++pages) {
            timer.restart();
            page = query.page(page->next, 100);
            worstLater = std::max(worstLater, timer.elapsed());
        }
        auto deep = query.page({}, 5000);
        for (int i = 0; i < 15 && deep->next.valid(); ++i)
            deep = query.page(deep->next, 5000);
        for (int i = 0; i < 20 && deep->next.valid(); ++i, ++pages) {
            timer.restart();
            deep = query.page(deep->next, 100);
            worstLater = std::max(worstLater, timer.elapsed());
        }
        std::cout << label << (asc ? " asc" : " desc") << ": rows " << *count << ", count " << countMs
                  << " ms, first page " << firstMs << " ms, worst of " << pages - 1 << " later pages "
                  << worstLater << " ms\n";
    };

    const Context admin = t.context();
    Session manager = sessionFor(Role::SalesManager, 1, {1, 2});
    const Context team = t.context(manager);
    const Context sales = t.context(sessionFor(Role::Sales, 32));
    using S = CustomerQuery::SortKey;
    const std::pair<const char*, S> sorts[] = {{"code", S::Code},
                                               {"name", S::Name},
                                               {"level", S::Level},
                                               {"owner", S::Owner},
                                               {"reclaim on", S::ReclaimOn},
                                               {"pool since", S::PoolSince}};
    for (const auto& [name, sort] : sorts)
        for (bool asc : {true, false}) {
            measure((std::string("all, ") + name).c_str(), admin, {}, sort, asc);
        }
    CustomerQuery::Filter pool;
    pool.scope = CustomerQuery::Scope::Pool;
    measure("pool, pool since", admin, pool, S::PoolSince, true);
    CustomerQuery::Filter within;
    within.reclaimWithinDays = 7;
    measure("all within 7 days, reclaim on", admin, within, S::ReclaimOn, true);
    measure("all within 7 days, code", admin, within, S::Code, true);
    CustomerQuery::Filter search;
    search.search = QStringLiteral("客户12");
    measure("search, code", admin, search, S::Code, true);
    measure("search, reclaim on", admin, search, S::ReclaimOn, true);
    search.search = QStringLiteral("没有这个");
    measure("search without a match, code", admin, search, S::Code, true);
    CustomerQuery::Filter teamFilter;
    teamFilter.scope = CustomerQuery::Scope::Team;
    measure("manager's team (2 of 200 teams), code", team, teamFilter, S::Code, true);
    measure("manager's team, reclaim on", team, teamFilter, S::ReclaimOn, false);
    CustomerQuery::Filter mine;
    mine.scope = CustomerQuery::Scope::Mine;
    measure("salesperson's own, reclaim on", sales, mine, S::ReclaimOn, true);
    measure("salesperson's view of everything, name", sales, {}, S::Name, true);
}
