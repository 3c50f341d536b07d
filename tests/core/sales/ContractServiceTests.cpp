#include "SalesTestSupport.h"

#include "db/SqlQuery.h"
#include "receivables/CollectionService.h"
#include "receivables/DisputeService.h"
#include "receivables/PaymentService.h"
#include "receivables/WriteOffService.h"
#include "sales/ContractService.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tl::core;
using namespace tl::test;

namespace {

Installment inst(int seq, const QDate& due, qint64 yuan)
{
    Installment i;
    i.seq = seq;
    i.dueOn = due;
    i.amount = yuan * 100;
    return i;
}

QString scalarText(const Database& db, const QString& sql, const QVariantList& args = {})
{
    return SqlQuery::scalar(db, sql, args).toString();
}

qint64 scalarInt(const Database& db, const QString& sql, const QVariantList& args = {})
{
    return SqlQuery::scalar(db, sql, args).toLongLong();
}

} // namespace

TEST_CASE("A schedule must add up to the contract amount, numbered 1..n with valid dates",
          "[sales][schedule]")
{
    const QDate signedOn(2026, 1, 10);
    SECTION("a valid schedule has no problem")
    {
        // 3,000 + 3,000 + 4,000 = 10,000
        const QList<Installment> s{inst(1, QDate(2026, 2, 1), 3000), inst(2, QDate(2026, 3, 1), 3000),
                                   inst(3, QDate(2026, 4, 1), 4000)};
        CHECK(ContractService::validateSchedule(1000000, s, signedOn).isEmpty());
    }
    SECTION("short by 1,000: the message states the sum and the difference")
    {
        // 3,000 × 3 = 9,000 = 10,000 − 1,000
        const QList<Installment> s{inst(1, QDate(2026, 2, 1), 3000), inst(2, QDate(2026, 3, 1), 3000),
                                   inst(3, QDate(2026, 4, 1), 3000)};
        CHECK(problemTexts(ContractService::validateSchedule(1000000, s, signedOn)) ==
              QStringList{QStringLiteral(
                  "0/amount: the instalments add up to ¥9,000.00, ¥1,000.00 less than the contract amount")});
    }
    SECTION("over by 0.01")
    {
        // 5,000.00 + 5,000.01 = 10,000.01 = 10,000.00 + 0.01
        QList<Installment> s{inst(1, QDate(2026, 2, 1), 5000), inst(2, QDate(2026, 3, 1), 5000)};
        s[1].amount += 1;
        CHECK(problemTexts(ContractService::validateSchedule(1000000, s, signedOn)) ==
              QStringList{QStringLiteral(
                  "0/amount: the instalments add up to ¥10,000.01, ¥0.01 more than the contract amount")});
    }
    SECTION("numbers out of sequence, bad dates and a zero amount")
    {
        const QList<Installment> s{inst(1, QDate(2026, 1, 5), 5000), inst(3, QDate(2026, 3, 1), 5000),
                                   inst(2, QDate(2026, 2, 1), 0), inst(4, QDate(), 0)};
        CHECK(problemTexts(ContractService::validateSchedule(1000000, s, signedOn)) ==
              QStringList{
                  QStringLiteral("1/due_on: the due date 2026-01-05 is before the signing date 2026-01-10"),
                  QStringLiteral(
                      "2/seq: instalment number 3 is out of sequence: the instalments are numbered 1 to 4 "
                      "in schedule order, so this one should be 2"),
                  QStringLiteral(
                      "3/seq: instalment number 2 is out of sequence: the instalments are numbered 1 to 4 "
                      "in schedule order, so this one should be 3"),
                  QStringLiteral("3/due_on: the due date 2026-02-01 is before the due date 2026-03-01 of the "
                                 "previous instalment"),
                  QStringLiteral("3/amount: the amount must be greater than zero"),
                  QStringLiteral("4/due_on: the due date is missing or not a valid date"),
                  QStringLiteral("4/amount: the amount must be greater than zero"),
              });
    }
    SECTION("an empty schedule")
    {
        CHECK(problemTexts(ContractService::validateSchedule(1000000, {}, signedOn)) ==
              QStringList{QStringLiteral("0/installments: the payment schedule has no instalments")});
    }
}

TEST_CASE("Creating a contract stores the schedule with the salesperson as collector", "[sales][contracts]")
{
    SalesCompany co;
    const Context fin = co.as(co.finance());
    const Contract spec =
        contractSpec(QStringLiteral("HT-2026-001"), co.k1, co.wang, QDate(2026, 1, 10), 12000,
                     {{QDate(2026, 2, 10), 4000}, {QDate(2026, 3, 10), 4000}, {QDate(2026, 4, 10), 4000}});
    auto id = ContractService(fin).create(spec);
    REQUIRE(id.ok());
    auto c = ContractService(fin).get(*id);
    REQUIRE(c.ok());
    CHECK(c->contractNo == QStringLiteral("HT-2026-001"));
    CHECK(c->customerCode == QStringLiteral("K001"));
    CHECK(c->salespersonCode == QStringLiteral("E001"));
    CHECK(c->amount == 1200000);
    CHECK(c->status == ContractStatus::Active);
    REQUIRE(c->installments.size() == 3);
    for (const Installment& i : c->installments) {
        CHECK(i.collectorId == co.wang);
        CHECK(i.balance() == 400000);
    }
    CHECK(scalarInt(
              co.t.db(),
              QStringLiteral("SELECT count(*) FROM installment_collectors h JOIN installments i ON i.id = "
                             "h.installment_id WHERE i.contract_id = ? AND h.reason = 'contract' AND "
                             "h.from_on = '2026-01-10' AND h.collector_id = ?"),
              {*id, co.wang}) == 3);
    CHECK(scalarInt(co.t.db(), QStringLiteral("SELECT count(*) FROM installments WHERE customer_id = ?"),
                    {co.k1}) == 3);
    CHECK(auditIssues(co.t.db()).isEmpty());

    SECTION("the same number again, unknown parties, a bad kind and a future signing date are refused")
    {
        Contract bad = spec;
        bad.customerId = 999;
        bad.salespersonId = 998;
        bad.kind = QStringLiteral("upsell");
        bad.signedOn = QDate(2026, 3, 20);
        bad.installments = {inst(1, QDate(2026, 4, 1), 12000)};
        auto r = ContractService(fin).create(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(problemTexts(r.error().problems) ==
              QStringList{
                  QStringLiteral(
                      "0/contract_no: the contract number HT-2026-001 is already used by another contract"),
                  QStringLiteral("0/customer_code: there is no customer 999"),
                  QStringLiteral("0/salesperson_code: there is no employee 998"),
                  QStringLiteral(
                      "0/signed_on: the signing date 2026-03-20 is after today (2026-03-15); record the "
                      "contract as a draft until it is signed"),
                  QStringLiteral("0/kind: unknown contract kind upsell (new, renewal or addon)"),
              });
    }
    SECTION("a draft may carry a future signing date and becomes active only once signed")
    {
        Contract draft = contractSpec(QStringLiteral("HT-2026-002"), co.k1, co.wang, QDate(2026, 3, 20), 5000,
                                      {{QDate(2026, 4, 20), 5000}});
        draft.status = ContractStatus::Draft;
        auto did = ContractService(fin).create(draft);
        REQUIRE(did.ok());
        CHECK(ContractService(fin).setStatus(*did, ContractStatus::Active).error().code ==
              ErrorCode::Conflict);
        co.t.clock().set(QDateTime(QDate(2026, 3, 20), QTime(9, 0)));
        CHECK(ContractService(fin).setStatus(*did, ContractStatus::Active).ok());
        CHECK(ContractService(fin).get(*did)->status == ContractStatus::Active);
    }
}

TEST_CASE("Contract permissions and scope per role", "[sales][contracts][scope]")
{
    SalesCompany co;
    const qint64 a =
        makeContract(co.system, contractSpec(QStringLiteral("A-1"), co.k1, co.wang, QDate(2026, 1, 5), 1000,
                                             {{QDate(2026, 2, 5), 1000}}));
    const qint64 b =
        makeContract(co.system, contractSpec(QStringLiteral("B-1"), co.k2, co.liu, QDate(2026, 1, 6), 2000,
                                             {{QDate(2026, 2, 6), 2000}}));
    const qint64 c =
        makeContract(co.system, contractSpec(QStringLiteral("C-1"), co.k3, co.li, QDate(2026, 1, 7), 3000,
                                             {{QDate(2026, 2, 7), 3000}}));
    const Contract spec = contractSpec(QStringLiteral("X-1"), co.k1, co.wang, QDate(2026, 1, 8), 100,
                                       {{QDate(2026, 2, 8), 100}});

    SECTION("finance creates; salesperson, manager, auditor and HR may not")
    {
        CHECK(ContractService(co.as(co.finance())).create(spec).ok());
        for (const Session& s : {co.salesWang(), co.manager(), co.auditor(), co.hr()}) {
            auto r = ContractService(co.as(s)).create(contractSpec(
                QStringLiteral("X-2"), co.k1, co.wang, QDate(2026, 1, 8), 100, {{QDate(2026, 2, 8), 100}}));
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == ErrorCode::PermissionDenied);
        }
        CHECK(ContractService(co.as(co.salesWang())).setStatus(a, ContractStatus::Cancelled).error().code ==
              ErrorCode::PermissionDenied);
    }
    SECTION("a salesperson reads own contracts only; a manager the team's; finance and auditors all; HR none")
    {
        ContractService wang(co.as(co.salesWang()));
        CHECK(wang.get(a).ok());
        CHECK(wang.get(b).error().code == ErrorCode::PermissionDenied);
        CHECK(wang.get(c).error().code == ErrorCode::PermissionDenied);
        ContractService manager(co.as(co.manager()));
        CHECK(manager.get(a).ok());
        CHECK(manager.get(c).ok());
        CHECK(manager.get(b).error().code == ErrorCode::PermissionDenied);
        CHECK(ContractService(co.as(co.auditor())).get(b).ok());
        CHECK(ContractService(co.as(co.finance())).get(b).ok());
        CHECK(ContractService(co.as(co.hr())).get(a).error().code == ErrorCode::PermissionDenied);
    }
    SECTION("collecting an instalment of someone else's contract makes it visible")
    {
        const qint64 bInstallment = ContractService(co.system).get(b)->installments.at(0).id;
        REQUIRE(CollectionService(co.system)
                    .changeCollector({bInstallment}, co.wang, QDate(2026, 3, 1),
                                     CollectionService::CollectorReason::Manual, QStringLiteral("help out"))
                    .ok());
        CHECK(ContractService(co.as(co.salesWang())).get(b).ok());
        CHECK(ContractService(co.as(co.salesLiu())).get(b).ok()); // still the credited salesperson
        CHECK(ContractService(co.as(co.salesWang())).get(c).error().code == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("Updating a contract: header, schedule and the rules once money moved",
          "[sales][contracts][update]")
{
    SalesCompany co;
    const Context fin = co.as(co.finance());
    ContractService service(fin);
    const qint64 id = makeContract(
        fin,
        contractSpec(QStringLiteral("HT-9"), co.k1, co.wang, QDate(2026, 1, 10), 9000,
                     {{QDate(2026, 2, 10), 3000}, {QDate(2026, 3, 10), 3000}, {QDate(2026, 4, 10), 3000}}));
    Contract c = *service.get(id);

    SECTION("the schedule is re-cut: an instalment removed, another changed, one added")
    {
        // 9,000 → 10,000: 3,000 (kept) + 5,000 (was 3,000, now due 05-10) + 2,000 (new, due 06-10)
        c.amount = 1000000;
        c.title = QStringLiteral("年度服务");
        const qint64 removedId = c.installments.at(1).id;
        c.installments.removeAt(1);
        c.installments[1].seq = 2;
        c.installments[1].dueOn = QDate(2026, 5, 10);
        c.installments[1].amount = 500000;
        c.installments << inst(3, QDate(2026, 6, 10), 2000);
        REQUIRE(service.update(c).ok());
        const Contract after = *service.get(id);
        CHECK(after.amount == 1000000);
        CHECK(after.title == QStringLiteral("年度服务"));
        REQUIRE(after.installments.size() == 3);
        CHECK(after.installments.at(1).dueOn == QDate(2026, 5, 10));
        CHECK(after.installments.at(1).amount == 500000);
        CHECK(after.installments.at(2).amount == 200000);
        CHECK(after.installments.at(2).collectorId == co.wang);
        CHECK(scalarInt(co.t.db(), QStringLiteral("SELECT count(*) FROM installments WHERE id = ?"),
                        {removedId}) == 0);
        CHECK(
            scalarInt(co.t.db(),
                      QStringLiteral("SELECT count(*) FROM installment_collectors WHERE installment_id = ?"),
                      {removedId}) == 0);
        CHECK(auditIssues(co.t.db()).isEmpty());
    }
    SECTION("a paid instalment is fixed; the customer cannot change; an unpaid one can still be changed")
    {
        Payment p;
        p.paymentNo = QStringLiteral("P-1");
        p.customerId = co.k1;
        p.receivedOn = QDate(2026, 2, 12);
        p.amount = 100000; // 1,000 on instalment 1 (oldest due)
        REQUIRE(PaymentService(fin).record(p).ok());

        Contract changed = c;
        changed.installments[0].amount = 200000; // 2,000 + 3,000 + 4,000 = 9,000
        changed.installments[2].amount = 400000;
        changed.customerId = co.k3;
        auto r = service.update(changed);
        REQUIRE_FALSE(r.ok());
        CHECK(
            problemTexts(r.error().problems) ==
            QStringList{
                QStringLiteral("0/customer_code: the customer cannot change: payments or collection records "
                               "exist for the instalments of this contract"),
                QStringLiteral("1/amount: instalment 1 has payments or write-offs: its number, due date and "
                               "amount cannot change")});

        Contract removeFirst = c;
        removeFirst.installments.removeFirst();
        removeFirst.installments[0].seq = 1;
        removeFirst.installments[1].seq = 2;
        removeFirst.installments[1].amount = 600000; // 3,000 + 6,000 = 9,000
        r = service.update(removeFirst);
        REQUIRE_FALSE(r.ok());
        CHECK(problemTexts(r.error().problems) ==
              QStringList{
                  QStringLiteral("0/installments: instalment 1 has payments or write-offs and cannot be "
                                 "removed")});

        Contract ok = c;
        ok.installments[1].amount = 200000; // 3,000 + 2,000 + 4,000 = 9,000
        ok.installments[2].amount = 400000;
        REQUIRE(service.update(ok).ok());
        CHECK(service.get(id)->installments.at(2).amount == 400000);
        CHECK(auditIssues(co.t.db()).isEmpty());
    }
    SECTION("the customer changes while nothing refers to the instalments")
    {
        c.customerId = co.k3;
        REQUIRE(service.update(c).ok());
        CHECK(scalarInt(co.t.db(),
                        QStringLiteral("SELECT count(*) FROM installments WHERE contract_id = ? AND "
                                       "customer_id = ?"),
                        {id, co.k3}) == 3);
    }
    SECTION("a new credited salesperson takes over the instalments the previous one collects, from today")
    {
        const qint64 second = c.installments.at(1).id;
        REQUIRE(CollectionService(co.system)
                    .changeCollector({second}, co.li, QDate(2026, 3, 1),
                                     CollectionService::CollectorReason::Manual, {})
                    .ok());
        c.salespersonId = co.liu;
        REQUIRE(service.update(c).ok());
        const Contract after = *service.get(id);
        CHECK(after.installments.at(0).collectorId == co.liu);
        CHECK(after.installments.at(1).collectorId == co.li); // collected by someone else: left alone
        CHECK(after.installments.at(2).collectorId == co.liu);
        CHECK(scalarText(co.t.db(),
                         QStringLiteral("SELECT max(from_on) FROM installment_collectors WHERE "
                                        "installment_id = ?"),
                         {after.installments.at(0).id}) == QStringLiteral("2026-03-15"));
        CHECK(auditIssues(co.t.db()).isEmpty());
    }
    SECTION("an instalment under dispute cannot be removed nor drop below the disputed amount")
    {
        REQUIRE(DisputeService(co.system)
                    .open(c.installments.at(2).id, 250000, QStringLiteral("质量问题"), QDate(2026, 3, 1))
                    .ok());
        Contract cut = c;
        cut.installments[1].amount = 400000; // 3,000 + 4,000 + 2,000 = 9,000, but 2,500 is disputed
        cut.installments[2].amount = 200000;
        auto r = service.update(cut);
        REQUIRE_FALSE(r.ok());
        CHECK(problemTexts(r.error().problems) ==
              QStringList{
                  QStringLiteral("3/amount: the amount cannot be less than the ¥2,500.00 disputed on this "
                                 "instalment")});
        Contract drop = c;
        drop.installments.removeLast();
        drop.installments[1].amount = 600000;
        r = service.update(drop);
        REQUIRE_FALSE(r.ok());
        CHECK(problemTexts(r.error().problems) ==
              QStringList{
                  QStringLiteral("0/installments: instalment 3 has collection records (disputes, promises, "
                                 "letters or interest) and cannot be removed")});
    }
}

TEST_CASE("Contract status: close only when settled, cancel only while nothing is paid",
          "[sales][contracts][status]")
{
    SalesCompany co;
    const Context fin = co.as(co.finance());
    ContractService service(fin);
    const qint64 id =
        makeContract(fin, contractSpec(QStringLiteral("HT-S"), co.k1, co.wang, QDate(2026, 1, 10), 2000,
                                       {{QDate(2026, 2, 10), 1000}, {QDate(2026, 3, 10), 1000}}));
    Payment p;
    p.paymentNo = QStringLiteral("P-S1");
    p.customerId = co.k1;
    p.receivedOn = QDate(2026, 2, 10);
    p.amount = 150000; // 1,000 to instalment 1, 500 to instalment 2
    const qint64 paymentId = *PaymentService(fin).record(p);

    auto closeEarly = service.setStatus(id, ContractStatus::Closed);
    REQUIRE_FALSE(closeEarly.ok());
    CHECK(closeEarly.error().code == ErrorCode::Conflict);
    // 2,000 − 1,500 = 500 left
    CHECK(closeEarly.error().message ==
          QStringLiteral("Contract HT-S still has ¥500.00 to collect; it can be closed "
                         "once everything is paid or written off."));
    auto cancel = service.setStatus(id, ContractStatus::Cancelled);
    REQUIRE_FALSE(cancel.ok());
    CHECK(cancel.error().message ==
          QStringLiteral("Contract HT-S cannot be cancelled: ¥1,500.00 is paid and ¥0.00 written off."));

    // The remaining 500 is written off (requested by finance user 20, approved by the system).
    const qint64 second = service.get(id)->installments.at(1).id;
    const qint64 wo = *WriteOffService(fin).request(second, 50000, QStringLiteral("客户破产"));
    REQUIRE(WriteOffService(co.system).approve(wo).ok());
    REQUIRE(service.setStatus(id, ContractStatus::Closed).ok());
    CHECK(service.setStatus(id, ContractStatus::Draft).error().code == ErrorCode::Conflict);

    // A reversal puts 1,500 back; the closed contract is reopened.
    REQUIRE(PaymentService(fin).reverse(paymentId, QDate(2026, 3, 15), QStringLiteral("退票")).ok());
    REQUIRE(service.setStatus(id, ContractStatus::Active).ok());
    CHECK(service.setStatus(id, ContractStatus::Cancelled).error().code ==
          ErrorCode::Conflict); // 500 written off

    SECTION("a contract with nothing paid is cancelled and cannot be edited afterwards")
    {
        const qint64 other =
            makeContract(fin, contractSpec(QStringLiteral("HT-C"), co.k1, co.wang, QDate(2026, 1, 11), 100,
                                           {{QDate(2026, 2, 11), 100}}));
        REQUIRE(service.setStatus(other, ContractStatus::Cancelled).ok());
        Contract c = *service.get(other);
        c.note = QStringLiteral("late edit");
        CHECK(service.update(c).error().code == ErrorCode::Conflict);
        CHECK(service.setStatus(other, ContractStatus::Active).error().code == ErrorCode::Conflict);
    }
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("Contract attachments are stored, listed, read back and audited by their SHA-256",
          "[sales][attachments]")
{
    SalesCompany co;
    const Context fin = co.as(co.finance());
    ContractService service(fin);
    const qint64 id = makeContract(fin, contractSpec(QStringLiteral("HT-A"), co.k1, co.wang,
                                                     QDate(2026, 1, 10), 100, {{QDate(2026, 2, 10), 100}}));
    const QByteArray scan("%PDF-1.4 signed contract scan");
    auto added = service.addAttachment(id, QStringLiteral("/tmp/scans/合同扫描件.pdf"),
                                       QStringLiteral("application/pdf"), scan);
    REQUIRE(added.ok());
    auto list = service.attachments(id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).fileName == QStringLiteral("合同扫描件.pdf"));
    CHECK(list->at(0).size == scan.size());
    CHECK(*service.attachmentContent(*added) == scan);
    CHECK(ContractService(co.as(co.salesWang())).attachmentContent(*added).ok());
    CHECK(ContractService(co.as(co.salesLiu())).attachmentContent(*added).error().code ==
          ErrorCode::PermissionDenied);

    const QJsonObject after =
        QJsonDocument::fromJson(scalarText(co.t.db(),
                                           QStringLiteral("SELECT after_json FROM audit_log WHERE entity = "
                                                          "'contract_attachments' AND entity_id = ?"),
                                           {*added})
                                    .toUtf8())
            .object();
    CHECK(after.value(QStringLiteral("content")).toString() ==
          QStringLiteral("sha256:") +
              QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex()));

    CHECK(service.addAttachment(id, QStringLiteral("empty.pdf"), {}, {}).error().code == ErrorCode::Invalid);
    REQUIRE(service.removeAttachment(*added).ok());
    CHECK(service.attachments(id)->isEmpty());
    CHECK(service.attachmentContent(*added).error().code == ErrorCode::NotFound);
    CHECK(auditIssues(co.t.db()).isEmpty());
}
