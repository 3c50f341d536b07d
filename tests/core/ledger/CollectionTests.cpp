#include "LedgerTestSupport.h"

#include "common/ChangeNotifier.h"
#include "db/SqlQuery.h"
#include "org/Employee.h"
#include "receivables/CollectionService.h"
#include "receivables/DisputeService.h"
#include "receivables/PaymentQuery.h"

using namespace tl::core;
using namespace tl::test;

namespace {

QStringList rows(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST_CASE("Promised payments are flagged broken when the date passed without enough paid",
          "[ledger][promises]")
{
    LedgerCompany co;
    const Context fin = co.as(co.financeChen());
    // Promises made on 2026-03-01 by 王伟 (amounts in yuan):
    //   #1 2,000 by 03-10   #2 2,000 by 03-12   #3 5,000 by 03-20   #4 1,000 by 03-10
    co.t.clock().set(QDateTime(QDate(2026, 3, 1), QTime(10, 0)));
    const Context wang = co.as(co.salesWang());
    CollectionService service(wang);
    const qint64 followup =
        logFollowUp(co.system, co.k1, QDateTime(QDate(2026, 3, 1), QTime(9, 30)), co.wang);
    const qint64 p1 =
        *service.recordPromise(co.k1, co.a1, followup, QDate(2026, 3, 10), 200000, QStringLiteral("月中付"));
    const qint64 p2 = *service.recordPromise(co.k1, 0, 0, QDate(2026, 3, 12), 200000, {});
    const qint64 p3 = *service.recordPromise(co.k1, 0, 0, QDate(2026, 3, 20), 500000, {});
    const qint64 p4 = *service.recordPromise(co.k1, 0, 0, QDate(2026, 3, 10), 100000, {});
    co.t.clock().set(QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
    // Payments: 1,500 received 03-05 and 600 received 03-11.
    const qint64 pa =
        recordPayment(fin, paymentSpec(QStringLiteral("P-a"), co.k1, QDate(2026, 3, 5), 150000));
    recordPayment(fin, paymentSpec(QStringLiteral("P-b"), co.k1, QDate(2026, 3, 11), 60000));

    auto list = service.promises(co.k1);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 4);
    // By promised date (newest first), then id: #3 (03-20), #2 (03-12), #4 and #1 (03-10)
    CHECK(list->at(0).id == p3);
    CHECK(list->at(1).id == p2);
    CHECK(list->at(2).id == p4);
    CHECK(list->at(3).id == p1);
    // #3: not due yet although 2,100 < 5,000
    CHECK_FALSE(list->at(0).broken);
    // #2: 03-01..03-12 → 1,500 + 600 = 2,100 ≥ 2,000: kept
    CHECK(list->at(1).paidInWindow == 210000);
    CHECK_FALSE(list->at(1).broken);
    // #4: 03-01..03-10 → 1,500 ≥ 1,000: kept
    CHECK_FALSE(list->at(2).broken);
    // #1: 03-01..03-10 → 1,500 < 2,000: broken
    CHECK(list->at(3).paidInWindow == 150000);
    CHECK(list->at(3).broken);
    CHECK(list->at(3).installmentLabel == QStringLiteral("HT-A#1"));
    CHECK(list->at(3).followupId == followup);
    CHECK(list->at(3).madeOn == QDate(2026, 3, 1));
    CHECK(list->at(3).employeeName == QStringLiteral("王伟"));

    // Reversing the 1,500 payment breaks #4 as well (nothing left in its window).
    REQUIRE(PaymentService(fin).reverse(pa, QDate(2026, 3, 15), QStringLiteral("退票")).ok());
    list = service.promises(co.k1);
    CHECK(list->at(2).paidInWindow == 0);
    CHECK(list->at(2).broken);

    SECTION("bad promises are refused, and only within scope")
    {
        auto r = service.recordPromise(co.k1, co.k21, followup + 1000, QDate(2026, 3, 14), 0, {});
        REQUIRE_FALSE(r.ok());
        CHECK(problemTexts(r.error().problems) ==
              QStringList{
                  QStringLiteral("0/installment: instalment HT-K2#1 belongs to another customer"),
                  QStringLiteral("0/followup: there is no follow-up %1").arg(followup + 1000),
                  QStringLiteral("0/promised_on: the promised date 2026-03-14 is before today (2026-03-15)"),
                  QStringLiteral("0/amount: the amount must be greater than zero")});
        CHECK(CollectionService(co.as(co.salesLiu()))
                  .recordPromise(co.k1, 0, 0, QDate(2026, 3, 20), 100, {})
                  .error()
                  .code == ErrorCode::PermissionDenied);
        CHECK(CollectionService(co.as(co.salesLiu())).promises(co.k1).error().code ==
              ErrorCode::PermissionDenied);
    }
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("Demands and interest settlements are recorded with their checks", "[ledger][collections]")
{
    LedgerCompany co;
    CollectionService wang(co.as(co.salesWang()));
    auto demand =
        wang.recordDemand(co.k1, co.htA, QStringLiteral("dunning_letter"), QDate(2026, 3, 10),
                          QStringLiteral("EMS"), QStringLiteral("EMS 1234"), QStringLiteral("回执.jpg"),
                          QStringLiteral("image/jpeg"), QByteArray("jpeg"));
    REQUIRE(demand.ok());
    auto bad = wang.recordDemand(co.k1, co.htK2, QStringLiteral("call"), QDate(2026, 3, 16), {}, {});
    REQUIRE_FALSE(bad.ok());
    CHECK(problemTexts(bad.error().problems) ==
          rows({"0/contract_no: contract HT-K2 belongs to another customer",
                "0/kind: unknown kind call (demand, dunning_letter, repayment_plan or lawsuit)",
                "0/on_date: the date 2026-03-16 is after today (2026-03-15)"}));
    auto demands = wang.demands(co.k1);
    REQUIRE(demands.ok());
    REQUIRE(demands->size() == 1);
    CHECK(demands->at(0).contractNo == QStringLiteral("HT-A"));
    CHECK(demands->at(0).kind == QStringLiteral("dunning_letter"));
    CHECK(demands->at(0).evidenceSize == 4);

    // Interest needs RecordPayments: finance yes, the salesperson no.
    CHECK(wang.settleInterest(co.a1, QDate(2026, 3, 10), 1234, QStringLiteral("paid"), {}).error().code ==
          ErrorCode::PermissionDenied);
    CollectionService fin(co.as(co.financeChen()));
    auto early = fin.settleInterest(co.a1, QDate(2026, 2, 1), 1234, QStringLiteral("forgiven"), {});
    REQUIRE_FALSE(early.ok());
    CHECK(problemTexts(early.error().problems) == rows({"0/kind: unknown kind forgiven (paid or waived)",
                                                        "0/on_date: late interest is settled after the due "
                                                        "date 2026-02-01 and not after today (2026-03-15)"}));
    CHECK(fin.settleInterest(co.a1, QDate(2026, 3, 10), 1234, QStringLiteral("waived"),
                             QStringLiteral("老客户"))
              .ok());
    CHECK(SqlQuery::scalar(co.t.db(),
                           QStringLiteral("SELECT amount FROM interest_settlements WHERE installment_id = ?"),
                           {co.a1})
              .toLongLong() == 1234);
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("Changing collectors keeps a dated history and respects scope", "[ledger][collectors]")
{
    LedgerCompany co;
    ChangeNotifier notifier;
    QList<std::pair<QString, QList<qint64>>> spy;
    QObject::connect(&notifier, &ChangeNotifier::changed,
                     [&](const QString& entity, const QList<qint64>& ids) {
                         spy.append({entity, ids});
                     });
    Context mgr = co.as(co.manager());
    mgr.notifier = &notifier;
    CollectionService service(mgr);
    REQUIRE(service
                .changeCollector({co.a1, co.a2}, co.li, QDate(2026, 3, 10),
                                 CollectionService::CollectorReason::Handover, QStringLiteral("王伟调岗"))
                .ok());
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).first == QStringLiteral("installments"));
    CHECK(spy.at(0).second == QList<qint64>{co.a1, co.a2});

    auto history = service.collectorHistory(co.a1);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).collectorCode == QStringLiteral("E001"));
    CHECK(history->at(0).fromOn == QDate(2026, 1, 5));
    CHECK(history->at(0).reason == QStringLiteral("contract"));
    CHECK(history->at(1).collectorCode == QStringLiteral("E002"));
    CHECK(history->at(1).fromOn == QDate(2026, 3, 10));
    CHECK(history->at(1).reason == QStringLiteral("handover"));
    CHECK(history->at(1).note == QStringLiteral("王伟调岗"));

    // Unchanged instalments are left alone; a change may not start before the latest one.
    REQUIRE(service
                .changeCollector({co.a1}, co.li, QDate(2026, 3, 12),
                                 CollectionService::CollectorReason::Manual, {})
                .ok());
    CHECK(service.collectorHistory(co.a1)->size() == 2);
    auto early = service.changeCollector({co.a1, co.b1}, co.wang, QDate(2026, 3, 9),
                                         CollectionService::CollectorReason::Manual, {});
    REQUIRE_FALSE(early.ok());
    CHECK(problemTexts(early.error().problems) ==
          rows({"0/from_on: instalment HT-A#1 changed collector on 2026-03-10; a later change cannot start "
                "before it"}));
    // Outside the manager's team: refused.
    CHECK(service
              .changeCollector({co.b1}, co.liu, QDate(2026, 3, 12),
                               CollectionService::CollectorReason::Manual, {})
              .error()
              .code == ErrorCode::PermissionDenied);
    CHECK(service
              .changeCollector({co.k21}, co.li, QDate(2026, 3, 12),
                               CollectionService::CollectorReason::Manual, {})
              .error()
              .code == ErrorCode::PermissionDenied);

    // 王伟 no longer collects HT-A#1: he may not dispute it any more; 李娜 may.
    CHECK(DisputeService(co.as(co.salesWang()))
              .open(co.a1, 100, QStringLiteral("x"), QDate(2026, 3, 12))
              .error()
              .code == ErrorCode::PermissionDenied);
    CHECK(DisputeService(co.as(sessionFor(Role::Sales, co.li)))
              .open(co.a1, 100, QStringLiteral("x"), QDate(2026, 3, 12))
              .ok());

    SECTION("a collector who has left is refused")
    {
        Employee gone = employeeSpec(QStringLiteral("E009"), QStringLiteral("孙亮"));
        gone.departmentId = co.team1;
        gone.status = EmployeeStatus::Left;
        gone.leaveDate = QDate(2026, 2, 28);
        const qint64 goneId = makeEmployee(co.system, gone);
        auto r = service.changeCollector({co.b1}, goneId, QDate(2026, 3, 12),
                                         CollectionService::CollectorReason::Manual, {});
        REQUIRE_FALSE(r.ok());
        CHECK(problemTexts(r.error().problems) == rows({"0/collector: 孙亮 (E009) has left the company"}));
    }
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("The payment list pages by date, filters, and shows each session its customers' payments",
          "[ledger][payments][query]")
{
    LedgerCompany co;
    const Context fin = co.as(co.financeChen());
    // P-1 K001 03-01 3,000 → HT-A#1 2,000, HT-B#1 1,000 (nothing left)
    // P-2 K002 03-02 1,500 cash → HT-K2#1 1,000, 500 credit
    // P-3 K001 03-02   500 none → 500 credit
    // P-4 K001 03-05 9,000 for HT-A → HT-A#2 4,000, 5,000 credit; reversed on 03-10
    recordPayment(fin, paymentSpec(QStringLiteral("P-1"), co.k1, QDate(2026, 3, 1), 300000));
    Payment cash = paymentSpec(QStringLiteral("P-2"), co.k2, QDate(2026, 3, 2), 150000);
    cash.method = QStringLiteral("cash");
    recordPayment(fin, cash);
    recordPayment(fin, paymentSpec(QStringLiteral("P-3"), co.k1, QDate(2026, 3, 2), 50000),
                  AllocationMode::None);
    const qint64 p4 =
        recordPayment(fin, paymentSpec(QStringLiteral("P-4"), co.k1, QDate(2026, 3, 5), 900000, co.htA));
    REQUIRE(PaymentService(fin).reverse(p4, QDate(2026, 3, 10), QStringLiteral("退票")).ok());

    auto numbers = [&](const Context& ctx, const PaymentQuery::Filter& filter,
                       PaymentQuery::SortKey sort = PaymentQuery::SortKey::ReceivedOn,
                       bool ascending = false) {
        const PaymentQuery query(ctx, filter, sort, ascending);
        QStringList list;
        PaymentQuery::Cursor cursor;
        for (int guard = 0; guard < 50; ++guard) {
            auto page = query.page(cursor, 1);
            REQUIRE(page.ok());
            for (const PaymentRow& r : page->rows)
                list << r.paymentNo;
            if (!page->next.valid())
                break;
            cursor = page->next;
        }
        CHECK(*query.count() == list.size());
        return list;
    };
    PaymentQuery::Filter f;
    CHECK(numbers(fin, f) == rows({"P-3", "P-2", "P-1"})); // 03-02 (id 3), 03-02 (id 2), 03-01
    f.includeReversed = true;
    CHECK(numbers(fin, f) == rows({"P-4", "P-3", "P-2", "P-1"}));
    CHECK(numbers(fin, f, PaymentQuery::SortKey::PaymentNo, true) == rows({"P-1", "P-2", "P-3", "P-4"}));
    f = {};
    f.onlyWithCredit = true;
    CHECK(numbers(fin, f) == rows({"P-3", "P-2"}));
    f = {};
    f.method = QStringLiteral("cash");
    CHECK(numbers(fin, f) == rows({"P-2"}));
    f = {};
    f.customerId = co.k1;
    f.receivedFrom = QDate(2026, 3, 2);
    f.includeReversed = true;
    CHECK(numbers(fin, f) == rows({"P-4", "P-3"}));
    f = {};
    f.receivedTo = QDate(2026, 3, 1);
    CHECK(numbers(fin, f) == rows({"P-1"}));

    // 王伟 collects K001's instalments, 刘洋 K002's.
    CHECK(numbers(co.as(co.salesWang()), {}) == rows({"P-3", "P-1"}));
    CHECK(numbers(co.as(co.salesLiu()), {}) == rows({"P-2"}));
    CHECK(numbers(co.as(co.manager()), {}) == rows({"P-3", "P-1"}));

    PaymentQuery::Filter all;
    all.includeReversed = true;
    auto page = PaymentQuery(fin, all).page({}, 10);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 4);
    const PaymentRow& r4 = page->rows.at(0);
    CHECK(r4.paymentNo == QStringLiteral("P-4"));
    CHECK(r4.contractNo == QStringLiteral("HT-A"));
    CHECK(r4.allocated == 0);
    CHECK(r4.unallocated == 0);
    CHECK(r4.reversedOn == QDate(2026, 3, 10));
    const PaymentRow& r2 = page->rows.at(2);
    CHECK(r2.paymentNo == QStringLiteral("P-2"));
    CHECK(r2.customerCode == QStringLiteral("K002"));
    CHECK(r2.customerName == QStringLiteral("北京华信科技有限公司"));
    CHECK(r2.method == QStringLiteral("cash"));
    CHECK(r2.reference == QStringLiteral("REF-P-2"));
    CHECK(r2.allocated == 100000);
    CHECK(r2.unallocated == 50000);
    CHECK(!r2.reversedOn.isValid());
}
