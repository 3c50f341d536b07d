#include "LedgerTestSupport.h"

#include "db/SqlQuery.h"
#include "receivables/DisputeService.h"
#include "receivables/WriteOffService.h"

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

TEST_CASE("Disputes lock at most the balance not yet disputed, until resolved", "[ledger][disputes]")
{
    LedgerCompany co;
    const Context fin = co.as(co.financeChen());
    // HT-B#1: 3,000, of which 1,000 paid → balance 2,000
    recordPayment(fin, paymentSpec(QStringLiteral("P-1"), co.k1, QDate(2026, 3, 5), 300000, co.htB),
                  AllocationMode::Manual, {{co.b1, 100000}});
    DisputeService disputes(co.as(co.salesWang()));
    auto first = disputes.open(co.b1, 150000, QStringLiteral("数量不符"), QDate(2026, 3, 6));
    REQUIRE(first.ok());
    // 2,000 − 1,500 already disputed = 500 still free
    auto tooMuch = disputes.open(co.b1, 60000, QStringLiteral("价格"), QDate(2026, 3, 7));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(problemTexts(tooMuch.error().problems) == rows({"0/amount: only ¥500.00 of instalment HT-B#1 can "
                                                          "be disputed (balance ¥2,000.00, already disputed "
                                                          "¥1,500.00)"}));
    auto bad = disputes.open(co.b1, 0, QString(), QDate(2026, 3, 16));
    REQUIRE_FALSE(bad.ok());
    CHECK(
        problemTexts(bad.error().problems) ==
        rows({"0/amount: the amount must be greater than zero", "0/reason: the reason is required",
              "0/opened_on: the date must lie between the signing date 2026-01-10 and today (2026-03-15)"}));
    CHECK(disputes.open(co.b1, 50000, QStringLiteral("价格"), QDate(2026, 3, 7)).ok());

    // Scope and permission: 刘洋 does not collect HT-B; finance has no scope limit; auditors cannot write.
    CHECK(DisputeService(co.as(co.salesLiu()))
              .open(co.b1, 1, QStringLiteral("x"), QDate(2026, 3, 7))
              .error()
              .code == ErrorCode::PermissionDenied);
    CHECK(DisputeService(co.as(co.auditor()))
              .resolve(*first, DisputeService::Resolution::Withdrawn, QDate(2026, 3, 8), {})
              .error()
              .code == ErrorCode::PermissionDenied);

    CHECK(disputes.resolve(*first, DisputeService::Resolution::CustomerPays, QDate(2026, 3, 5), {})
              .error()
              .code == ErrorCode::Invalid); // before it was opened
    REQUIRE(disputes
                .resolve(*first, DisputeService::Resolution::CustomerPays, QDate(2026, 3, 10),
                         QStringLiteral("客户认可"))
                .ok());
    CHECK(disputes.resolve(*first, DisputeService::Resolution::Withdrawn, QDate(2026, 3, 10), {})
              .error()
              .code == ErrorCode::Conflict);
    CHECK(SqlQuery::scalar(
              co.t.db(), QStringLiteral("SELECT resolution || '/' || resolved_on FROM disputes WHERE id = ?"),
              {*first})
              .toString() == QStringLiteral("customer_pays/2026-03-10"));
    // Resolved: 1,500 is free again (2,000 − 500 still disputed)
    const qint64 third = *disputes.open(co.b1, 150000, QStringLiteral("再议"), QDate(2026, 3, 11));

    // Listed open ones first (by date opened), then the resolved one.
    auto list = disputes.forInstallment(co.b1);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).amount == 50000);
    CHECK(list->at(0).open);
    CHECK(list->at(1).id == third);
    CHECK(list->at(2).id == *first);
    CHECK_FALSE(list->at(2).open);
    CHECK(list->at(2).resolution == QStringLiteral("customer_pays"));
    CHECK(list->at(2).resolvedOn == QDate(2026, 3, 10));
    CHECK(list->at(2).resolutionNote == QStringLiteral("客户认可"));
    CHECK(DisputeService(co.as(co.salesLiu())).forInstallment(co.b1).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(disputes.forInstallment(999999).error().code == ErrorCode::NotFound);
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("Write-offs need another user's approval; approval reduces the balance, rejection does not",
          "[ledger][writeoffs]")
{
    LedgerCompany co;
    const Context chen = co.as(co.financeChen());
    const Context zhao = co.as(co.financeZhao());
    // HT-A#2: 4,000, nothing paid
    auto id = WriteOffService(chen).request(co.a2, 150000, QStringLiteral("客户注销"),
                                            QStringLiteral("注销证明.pdf"), QStringLiteral("application/pdf"),
                                            QByteArray("scan"));
    REQUIRE(id.ok());
    CHECK(writtenOffTotal(co.t.db(), co.a2) == 0); // pending counts for nothing

    auto self = WriteOffService(chen).approve(*id);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().code == ErrorCode::PermissionDenied);
    CHECK(self.error().message ==
          QStringLiteral(
              "You requested the write-off of instalment HT-A#2 yourself; another user must decide on it."));
    CHECK(WriteOffService(co.as(co.manager())).approve(*id).error().code == ErrorCode::PermissionDenied);

    REQUIRE(WriteOffService(zhao).approve(*id, QStringLiteral("同意")).ok());
    CHECK(writtenOffTotal(co.t.db(), co.a2) == 150000);
    auto list = WriteOffService(chen).forInstallment(co.a2);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).status == QStringLiteral("approved"));
    CHECK(list->at(0).decidedOn == QDate(2026, 3, 15));
    CHECK(list->at(0).requestedBy == 20);
    CHECK(list->at(0).decidedBy == 21);
    CHECK(list->at(0).evidenceSize == 4);
    CHECK(*WriteOffService(chen).evidence(*id) == QByteArray("scan"));
    CHECK(WriteOffService(zhao).reject(*id).error().code == ErrorCode::Conflict); // decided already

    // Balance now 4,000 − 1,500 = 2,500: a request above it is refused.
    auto over = WriteOffService(chen).request(co.a2, 250001, QStringLiteral("x"));
    REQUIRE_FALSE(over.ok());
    CHECK(problemTexts(over.error().problems) ==
          rows({"0/amount: ¥2,500.01 is more than the open balance ¥2,500.00 of instalment HT-A#2"}));

    // A manager requests 1,000 (in scope); finance rejects: nothing changes.
    auto managerRequest =
        WriteOffService(co.as(co.manager())).request(co.a2, 100000, QStringLiteral("争议无法收回"));
    REQUIRE(managerRequest.ok());
    CHECK(WriteOffService(co.as(co.salesWang())).request(co.a2, 100, QStringLiteral("x")).error().code ==
          ErrorCode::PermissionDenied);
    auto pending = WriteOffService(chen).pending();
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->at(0).id == *managerRequest);
    REQUIRE(WriteOffService(chen).reject(*managerRequest, QStringLiteral("继续催收")).ok());
    CHECK(writtenOffTotal(co.t.db(), co.a2) == 150000);
    CHECK(WriteOffService(chen).pending()->isEmpty());

    SECTION("an approval may not eat into a disputed amount")
    {
        // Balance 2,500; 2,000 disputed → only 500 may be written off now.
        REQUIRE(
            DisputeService(co.system).open(co.a2, 200000, QStringLiteral("质量"), QDate(2026, 3, 10)).ok());
        const qint64 big = *WriteOffService(chen).request(co.a2, 100000, QStringLiteral("坏账"));
        auto r = WriteOffService(zhao).approve(big);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(r.error().message ==
              QStringLiteral("The write-off of ¥1,000.00 is more than the ¥500.00 left of "
                             "instalment HT-A#2 besides the ¥2,000.00 under dispute; resolve the "
                             "dispute first."));
        CHECK(writtenOffTotal(co.t.db(), co.a2) == 150000);
    }
    SECTION("a payment that fills the instalment first makes the approval fail")
    {
        const qint64 late = *WriteOffService(chen).request(co.a2, 200000, QStringLiteral("坏账"));
        // 2,500 paid on HT-A#2 by name: balance 0
        recordPayment(chen, paymentSpec(QStringLiteral("P-9"), co.k1, QDate(2026, 3, 14), 250000, co.htA),
                      AllocationMode::Manual, {{co.a2, 250000}});
        CHECK(WriteOffService(zhao).approve(late).error().code == ErrorCode::Conflict);
    }
    CHECK(auditIssues(co.t.db()).isEmpty());
}
