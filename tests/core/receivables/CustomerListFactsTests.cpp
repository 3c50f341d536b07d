#include "LedgerBuilder.h"

#include "customers/CustomerQuery.h"
#include "support/Builders.h"

using namespace tl::core;
using namespace tl::test;

TEST_CASE("customer lists count down like the sweep: a deal stops the no-deal clock, open receivables exempt",
          "[poolfacts][customers]")
{
    ReceivablesFixture s;
    // Level C (30 days without follow-up, 90 without a deal), owned since 2026-01-01, followed up on
    // 2026-03-10: the no-follow-up clock runs to 2026-04-09, the no-deal clock to 2026-04-01 (first).
    const qint64 plain = makeCustomer(s.sys, QStringLiteral("L1"), QStringLiteral("无合同客户"), s.e1,
                                      QStringLiteral("C"), QDate(2026, 1, 1));
    const qint64 dealt = makeCustomer(s.sys, QStringLiteral("L2"), QStringLiteral("有合同客户"), s.e1,
                                      QStringLiteral("C"), QDate(2026, 1, 1));
    for (qint64 id : {plain, dealt})
        logFollowUp(s.sys, id, QDateTime(QDate(2026, 3, 10), QTime(10, 0)), s.e1);
    // L2 signed a contract on 2026-02-01 (during the ownership) with an instalment still open.
    s.ledger.contract(QStringLiteral("K1"), dealt, s.e1, QDate(2026, 2, 1), {{QDate(2026, 5, 1), 500000}});

    CustomerQuery::Filter filter;
    filter.scope = CustomerQuery::Scope::All;
    filter.search = QStringLiteral("合同客户");
    CustomerQuery query(s.sys, filter, CustomerQuery::SortKey::Code);
    auto page = query.page({}, 10);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 2);
    const CustomerRow& a = page->rows[0];
    const CustomerRow& b = page->rows[1];
    CHECK(a.customer.code == QStringLiteral("L1"));
    CHECK(a.reclaimOn == QDate(2026, 4, 1)); // no deal: 2026-01-01 + 90 days
    CHECK(a.daysToReclaim == 17);            // from 2026-03-15
    CHECK_FALSE(a.exempt);
    CHECK(b.customer.code == QStringLiteral("L2"));
    CHECK(b.reclaimOn == QDate(2026, 4, 9)); // the deal stops the no-deal clock: 2026-03-10 + 30 days
    CHECK(b.daysToReclaim == 25);
    CHECK(b.exempt); // an open receivable: never reclaimed automatically
}
