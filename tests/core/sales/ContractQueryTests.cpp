#include "SalesTestSupport.h"

#include "receivables/DisputeService.h"
#include "receivables/PaymentService.h"
#include "sales/ContractQuery.h"
#include "sales/ContractService.h"

using namespace tl::core;
using namespace tl::test;

namespace {

// Contracts (today 2026-03-15), amounts in yuan:
//   A-1  K001 王伟 signed 2026-01-05  1,000 new      #1 500 due 02-05, #2 500 due 04-05
//   B-1  K002 刘洋 signed 2026-01-06  2,000 new      #1 2,000 due 02-06
//   C-1  K003 李娜 signed 2026-01-07  3,000 addon    #1..#3 1,000 due 02-07, 03-07, 05-07
//   A-2  K001 王伟 signed 2026-02-01    500 renewal  #1 500 due 03-01
//   D-1  K001 王伟 draft, signed 2026-03-20  800     #1 800 due 04-20
//   E-1  K002 刘洋 signed 2026-01-06  2,000 new      #1 2,000 due 02-06 (ties B-1 on date and amount)
// Payments: K001 700 on 02-10 → A-1#1 500 (due 02-05), A-2#1 200 (due 03-01; A-1#2 is due later);
//           K003 1,000 on 02-08 → C-1#1 1,000.
struct ListCompany : SalesCompany
{
    qint64 a1 = 0, b1 = 0, c1 = 0, a2 = 0, d1 = 0, e1 = 0;
    ListCompany()
    {
        a1 = makeContract(system, contractSpec(QStringLiteral("A-1"), k1, wang, QDate(2026, 1, 5), 1000,
                                               {{QDate(2026, 2, 5), 500}, {QDate(2026, 4, 5), 500}}));
        b1 = makeContract(system, contractSpec(QStringLiteral("B-1"), k2, liu, QDate(2026, 1, 6), 2000,
                                               {{QDate(2026, 2, 6), 2000}}));
        c1 = makeContract(
            system,
            contractSpec(QStringLiteral("C-1"), k3, li, QDate(2026, 1, 7), 3000,
                         {{QDate(2026, 2, 7), 1000}, {QDate(2026, 3, 7), 1000}, {QDate(2026, 5, 7), 1000}},
                         QStringLiteral("addon")));
        a2 = makeContract(system, contractSpec(QStringLiteral("A-2"), k1, wang, QDate(2026, 2, 1), 500,
                                               {{QDate(2026, 3, 1), 500}}, QStringLiteral("renewal")));
        Contract draft = contractSpec(QStringLiteral("D-1"), k1, wang, QDate(2026, 3, 20), 800,
                                      {{QDate(2026, 4, 20), 800}});
        draft.status = ContractStatus::Draft;
        d1 = makeContract(system, draft);
        e1 = makeContract(system, contractSpec(QStringLiteral("E-1"), k2, liu, QDate(2026, 1, 6), 2000,
                                               {{QDate(2026, 2, 6), 2000}}));
        Payment p;
        p.paymentNo = QStringLiteral("P-1");
        p.customerId = k1;
        p.receivedOn = QDate(2026, 2, 10);
        p.amount = 70000;
        REQUIRE(PaymentService(system).record(p).ok());
        p.paymentNo = QStringLiteral("P-2");
        p.customerId = k3;
        p.receivedOn = QDate(2026, 2, 8);
        p.amount = 100000;
        REQUIRE(PaymentService(system).record(p).ok());
    }
};

// Every page of the list, as contract numbers, read `limit` at a time.
QStringList numbers(const Context& ctx, const ContractQuery::Filter& filter = {},
                    ContractQuery::SortKey sort = ContractQuery::SortKey::SignedOn, bool ascending = false,
                    int limit = 2)
{
    const ContractQuery query(ctx, filter, sort, ascending);
    QStringList list;
    ContractQuery::Cursor cursor;
    for (int guard = 0; guard < 100; ++guard) {
        auto page = query.page(cursor, limit);
        REQUIRE(page.ok());
        for (const ContractRow& r : page->rows)
            list << r.contract.contractNo;
        if (!page->next.valid())
            break;
        cursor = page->next;
    }
    auto count = query.count();
    REQUIRE(count.ok());
    CHECK(*count == list.size());
    return list;
}

QStringList ids(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* n : names)
        list << QString::fromLatin1(n);
    return list;
}

} // namespace

TEST_CASE("The contract list pages through every order with ties broken by id", "[sales][query]")
{
    ListCompany co;
    const Context fin = co.as(co.finance());
    CHECK(numbers(fin) == ids({"D-1", "A-2", "C-1", "E-1", "B-1", "A-1"}));
    CHECK(numbers(fin, {}, ContractQuery::SortKey::SignedOn, true) ==
          ids({"A-1", "B-1", "E-1", "C-1", "A-2", "D-1"}));
    CHECK(numbers(fin, {}, ContractQuery::SortKey::ContractNo, true, 4) ==
          ids({"A-1", "A-2", "B-1", "C-1", "D-1", "E-1"}));
    CHECK(numbers(fin, {}, ContractQuery::SortKey::Amount, true, 1) ==
          ids({"A-2", "D-1", "A-1", "B-1", "E-1", "C-1"}));
    CHECK(numbers(fin, {}, ContractQuery::SortKey::Amount, false, 5) ==
          ids({"C-1", "E-1", "B-1", "A-1", "D-1", "A-2"}));
}

TEST_CASE("The contract list filters by search, salesperson, customer, status, kind and signing dates",
          "[sales][query]")
{
    ListCompany co;
    const Context fin = co.as(co.finance());
    ContractQuery::Filter f;
    // Searches run in place over a chunk of the sort order, then from the set of matching ids: with chunks
    // of 1 to 3 rows both ways meet on this small list.
    for (int chunk : {25000, 1, 2, 3}) {
        CAPTURE(chunk);
        ContractQuery::setSearchChunkRows(chunk);
        f = {};
        f.search = QStringLiteral("远景");
        CHECK(numbers(fin, f) == ids({"D-1", "A-2", "A-1"}));
        CHECK(numbers(fin, f, ContractQuery::SortKey::Amount, true, 1) == ids({"A-2", "D-1", "A-1"}));
        f.search = QStringLiteral("c-");
        CHECK(numbers(fin, f) == ids({"C-1"}));
        f.search = QStringLiteral("-1");
        f.status = ContractStatus::Active;
        CHECK(numbers(fin, f, ContractQuery::SortKey::ContractNo, false, 2) ==
              ids({"E-1", "C-1", "B-1", "A-1"}));
        f = {};
        f.search = QStringLiteral("华信");
        f.salespersonId = co.liu;
        CHECK(numbers(fin, f) == ids({"E-1", "B-1"}));
    }
    ContractQuery::setSearchChunkRows(25000);
    f = {};
    f.salespersonId = co.liu;
    CHECK(numbers(fin, f) == ids({"E-1", "B-1"}));
    f = {};
    f.customerId = co.k3;
    CHECK(numbers(fin, f) == ids({"C-1"}));
    f = {};
    f.status = ContractStatus::Draft;
    CHECK(numbers(fin, f) == ids({"D-1"}));
    f = {};
    f.kind = QStringLiteral("renewal");
    CHECK(numbers(fin, f) == ids({"A-2"}));
    f = {};
    f.signedFrom = QDate(2026, 1, 6);
    f.signedTo = QDate(2026, 1, 31);
    CHECK(numbers(fin, f) == ids({"C-1", "E-1", "B-1"}));
    f.salespersonId = co.wang;
    CHECK(numbers(fin, f).isEmpty());
}

TEST_CASE("Contract rows carry collected amounts, paid instalments and the next due date", "[sales][query]")
{
    ListCompany co;
    auto page = ContractQuery(co.as(co.finance()), {}, ContractQuery::SortKey::ContractNo, true).page({}, 10);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 6);
    const ContractRow& a1 = page->rows.at(0);
    CHECK(a1.contract.contractNo == QStringLiteral("A-1"));
    CHECK(a1.contract.customerCode == QStringLiteral("K001"));
    CHECK(a1.contract.customerName == QStringLiteral("上海远景贸易有限公司"));
    CHECK(a1.contract.salespersonCode == QStringLiteral("E001"));
    CHECK(a1.contract.salespersonName == QStringLiteral("王伟"));
    CHECK(a1.collected == 50000);  // 500 of 1,000
    CHECK(a1.collectedBp == 5000); // 500 / 1,000 = 50.00%
    CHECK(a1.paidInstallments == 1);
    CHECK(a1.totalInstallments == 2);
    CHECK(a1.nextDueOn == QDate(2026, 4, 5));
    const ContractRow& a2 = page->rows.at(1);
    CHECK(a2.collected == 20000);  // 200 of 500
    CHECK(a2.collectedBp == 4000); // 40.00%
    CHECK(a2.paidInstallments == 0);
    CHECK(a2.nextDueOn == QDate(2026, 3, 1));
    const ContractRow& c1 = page->rows.at(3);
    CHECK(c1.contract.contractNo == QStringLiteral("C-1"));
    CHECK(c1.collected == 100000); // 1,000 of 3,000
    CHECK(c1.collectedBp == 3333); // 33.333…% rounded down
    CHECK(c1.paidInstallments == 1);
    CHECK(c1.totalInstallments == 3);
    CHECK(c1.nextDueOn == QDate(2026, 3, 7));
    const ContractRow& d1 = page->rows.at(4);
    CHECK(d1.contract.status == ContractStatus::Draft);
    CHECK(d1.collected == 0);
    CHECK(d1.nextDueOn == QDate(2026, 4, 20));
}

TEST_CASE("The contract list shows a session only the contracts in its scope", "[sales][query][scope]")
{
    ListCompany co;
    CHECK(numbers(co.as(co.salesWang())) == ids({"D-1", "A-2", "A-1"}));
    CHECK(numbers(co.as(co.salesLiu())) == ids({"E-1", "B-1"}));
    CHECK(numbers(co.as(co.manager())) == ids({"D-1", "A-2", "C-1", "A-1"}));
    CHECK(numbers(co.as(co.auditor())).size() == 6);
    CHECK(ContractQuery(co.as(co.hr())).count().error().code == ErrorCode::PermissionDenied);
    CHECK(ContractQuery(co.as(co.salesWang())).contractInstallments(co.b1).error().code ==
          ErrorCode::PermissionDenied);
}

TEST_CASE("A contract's instalments show paid, written off, disputed and balance", "[sales][query]")
{
    ListCompany co;
    const ContractQuery query(co.as(co.finance()));
    auto before = query.contractInstallments(co.c1);
    REQUIRE(before.ok());
    REQUIRE(before->size() == 3);
    REQUIRE(DisputeService(co.system)
                .open(before->at(1).id, 30000, QStringLiteral("数量不符"), QDate(2026, 3, 10))
                .ok());
    auto list = query.contractInstallments(co.c1);
    REQUIRE(list.ok());
    CHECK(list->at(0).paid == 100000);
    CHECK(list->at(0).balance() == 0);
    CHECK(list->at(0).lastPaidOn == QDate(2026, 2, 8));
    CHECK(list->at(1).paid == 0);
    CHECK(list->at(1).disputed == 30000);
    CHECK(list->at(1).balance() == 100000);
    CHECK(list->at(1).collectable() == 70000); // 1,000 − 300 disputed
    CHECK(list->at(1).collectorCode == QStringLiteral("E002"));
    CHECK(list->at(2).dueOn == QDate(2026, 5, 7));
}
