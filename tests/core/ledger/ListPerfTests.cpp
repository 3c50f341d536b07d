#include "LedgerTestSupport.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "receivables/PaymentQuery.h"
#include "sales/ContractQuery.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <iostream>

using namespace tl::core;
using namespace tl::test;

namespace {

// The large demo's sizes (DESIGN §6), written in bulk without audit: 200 teams of 40 salespeople,
// 200,000 customers, 500,000 contracts of 4 instalments each (2,000,000), 1,500,000 payments (every 20th with
// credit left, every 300th reversed). No ANALYZE: the queries must choose their indexes without statistics.
const char* const kFill = R"SQL(
    BEGIN;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
    INSERT INTO departments (id, name, created_at) SELECT i, '销售' || i || '组', '2020-01-01' FROM n;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000)
    INSERT INTO employees (id, code, name, department_id, role, hire_date, status, created_at, updated_at)
    SELECT i, printf('E%05d', i), '员工' || (i % 977), 1 + i % 200, 'sales', '2020-01-01', 'active',
           '2020-01-01', '2020-01-01' FROM n;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
    INSERT INTO customers (id, code, name, type, level, owner_id, owned_since, created_on)
    SELECT i, printf('C%07d', i), '客户' || (i % 5003) || '有限公司', 'sme', 'B', 1 + (i * 31) % 8000, '2023-01-01',
           '2023-01-01' FROM n;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500000)
    INSERT INTO contracts (id, contract_no, customer_id, salesperson_id, signed_on, amount, kind, status, created_at)
    SELECT i, printf('HT%08d', (i * 7919) % 500000 + 1), c, 1 + (c * 31) % 8000,
           date('2023-03-15', '+' || (i % 1100) || ' days'), 400000 + 4 * ((i * 7919) % 2000000),
           CASE i % 3 WHEN 0 THEN 'new' WHEN 1 THEN 'renewal' ELSE 'addon' END,
           CASE WHEN i % 509 = 0 THEN 'cancelled' WHEN i % 251 = 0 THEN 'draft' WHEN i % 97 = 0 THEN 'closed'
                ELSE 'active' END, '2023-01-01'
    FROM (SELECT i, 1 + (i * 7) % 200000 AS c FROM n);
    WITH RECURSIVE s(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM s WHERE k < 4)
    INSERT INTO installments (contract_id, customer_id, seq, due_on, amount, collector_id, paid_total, last_paid_on)
    SELECT c.id, c.customer_id, s.k, date(c.signed_on, '+' || (90 * s.k) || ' days'), c.amount / 4,
           c.salesperson_id,
           CASE WHEN date(c.signed_on, '+' || (90 * s.k) || ' days') >= '2026-03-15' THEN 0
                WHEN c.id % 5 = 0 THEN c.amount / 8 ELSE c.amount / 4 END,
           CASE WHEN date(c.signed_on, '+' || (90 * s.k) || ' days') >= '2026-03-15' THEN NULL
                ELSE date(c.signed_on, '+' || (90 * s.k) || ' days') END
    FROM contracts c CROSS JOIN s ORDER BY c.id, s.k;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500000)
    INSERT INTO payments (id, payment_no, customer_id, received_on, amount, method, reference, created_at,
                          allocated_total)
    SELECT i, printf('P%08d', (i * 7919) % 1500000 + 1), 1 + (i * 13) % 200000,
           date('2023-04-01', '+' || (i % 1079) || ' days'), 10000 + (i * 37) % 5000000,
           CASE i % 6 WHEN 0 THEN 'cash' WHEN 1 THEN 'cheque' ELSE 'bank_transfer' END, 'REF' || i, '2023-01-01',
           CASE WHEN i % 300 = 0 THEN 0 WHEN i % 20 = 0 THEN (10000 + (i * 37) % 5000000) / 2
                ELSE 10000 + (i * 37) % 5000000 END
    FROM n;
    INSERT INTO payment_reversals (payment_id, reversed_on, reason, at)
    SELECT id, received_on, '退票', '2023-01-01' FROM payments WHERE id % 300 = 0;
    COMMIT;
)SQL";

template <typename Query> void measure(const char* label, const Query& query)
{
    QElapsedTimer timer;
    timer.start();
    const auto count = query.count();
    REQUIRE(count.ok());
    const qint64 countMs = timer.restart();
    auto page = query.page({}, 100);
    const qint64 firstMs = timer.restart();
    REQUIRE(page.ok());
    qint64 worstLater = 0;
    int pages = 0;
    for (int i = 0; i < 20 && page->next.valid(); ++i, ++pages) {
        timer.restart();
        page = query.page(page->next, 100);
        worstLater = std::max(worstLater, timer.elapsed());
    }
    // Deep in the list: a cursor found with big pages (not timed), then 20 timed pages from there.
    auto deep = query.page({}, 5000);
    for (int i = 0; i < 40 && deep->next.valid(); ++i)
        deep = query.page(deep->next, 5000);
    for (int i = 0; i < 20 && deep->next.valid(); ++i, ++pages) {
        timer.restart();
        deep = query.page(deep->next, 100);
        worstLater = std::max(worstLater, timer.elapsed());
    }
    std::cout << label << ": rows " << *count << ", count " << countMs << " ms, first page " << firstMs
              << " ms, worst of " << pages << " later pages " << worstLater << " ms\n";
}

} // namespace

// Not part of the suite (hidden tag): the list timings of DESIGN §6 (first page <= 100 ms, later pages
// <= 50 ms). Run: tl_test_core_ledger "[.perf]". TL_PERF_DB=path keeps the generated database between runs.
TEST_CASE("Contract and payment lists on the large demo's sizes", "[.perf]")
{
    const QString kept = qEnvironmentVariable("TL_PERF_DB");
    TestDatabase t;
    std::unique_ptr<Database> own;
    Database* db = &t.db();
    if (!kept.isEmpty()) {
        const bool exists = QFileInfo::exists(kept);
        auto opened = Database::open(kept);
        REQUIRE(opened.ok());
        own = std::move(opened).value();
        db = own.get();
        if (!exists)
            db->execScript(QString::fromUtf8(kFill));
    } else {
        db->execScript(QString::fromUtf8(kFill));
    }
    FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
    const Context finance{*db, clock, sessionFor(Role::Finance, 1), nullptr};
    const Context sales{*db, clock, sessionFor(Role::Sales, 32), nullptr};
    const Context manager{*db, clock, sessionFor(Role::SalesManager, 1, {1, 2}), nullptr};

    using CS = ContractQuery::SortKey;
    for (const auto& [name, sort] :
         {std::pair{"signed on", CS::SignedOn}, std::pair{"contract no", CS::ContractNo},
          std::pair{"amount", CS::Amount}})
        for (bool asc : {false, true})
            measure((std::string("contracts, all, ") + name + (asc ? " asc" : " desc")).c_str(),
                    ContractQuery(finance, {}, sort, asc));
    ContractQuery::Filter f;
    f.salespersonId = 32;
    measure("contracts, one salesperson, signed on", ContractQuery(finance, f));
    measure("contracts, one salesperson, amount", ContractQuery(finance, f, CS::Amount));
    f = {};
    f.customerId = 4711;
    measure("contracts, one customer, signed on", ContractQuery(finance, f));
    f = {};
    f.status = ContractStatus::Draft;
    measure("contracts, drafts, signed on", ContractQuery(finance, f));
    measure("contracts, drafts, amount", ContractQuery(finance, f, CS::Amount));
    f = {};
    f.kind = QStringLiteral("renewal");
    f.signedFrom = QDate(2025, 1, 1);
    f.signedTo = QDate(2025, 6, 30);
    measure("contracts, renewals signed 2025H1, signed on", ContractQuery(finance, f));
    f = {};
    f.search = QStringLiteral("HT0012");
    measure("contracts, search HT0012, signed on", ContractQuery(finance, f));
    f.search = QStringLiteral("客户4711有限");
    measure("contracts, search a customer name, signed on", ContractQuery(finance, f));
    measure("contracts, salesperson's scope, signed on", ContractQuery(sales, {}));
    measure("contracts, manager's scope (2 teams), signed on", ContractQuery(manager, {}));
    measure("contracts, manager's scope (2 teams), amount", ContractQuery(manager, {}, CS::Amount, true));

    using PS = PaymentQuery::SortKey;
    measure("payments, all, received on", PaymentQuery(finance, {}));
    measure("payments, all, payment no", PaymentQuery(finance, {}, PS::PaymentNo, true));
    PaymentQuery::Filter p;
    p.onlyWithCredit = true;
    measure("payments, with credit, received on", PaymentQuery(finance, p));
    p = {};
    p.includeReversed = true;
    measure("payments, with reversed, received on", PaymentQuery(finance, p));
    p = {};
    p.customerId = 4711;
    measure("payments, one customer", PaymentQuery(finance, p));
    p = {};
    p.method = QStringLiteral("cash");
    p.receivedFrom = QDate(2025, 1, 1);
    p.receivedTo = QDate(2025, 3, 31);
    measure("payments, cash in 2025Q1", PaymentQuery(finance, p));
    measure("payments, salesperson's scope", PaymentQuery(sales, {}));
    measure("payments, manager's scope (2 teams)", PaymentQuery(manager, {}));
}
