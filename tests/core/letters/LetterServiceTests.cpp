#include "LetterScenario.h"

#include "letters/LetterRepository.h"
#include "letters/LetterService.h"

using namespace tl::core;
using namespace tl::test;

namespace {

// "contract/seq due amount paid balance" of each item.
QStringList describe(const QList<LetterItem>& items)
{
    QStringList list;
    for (const LetterItem& i : items)
        list << QStringLiteral("%1/%2 %3 %4 %5 %6")
                    .arg(i.contractNo)
                    .arg(i.seq)
                    .arg(i.dueOn.toString(Qt::ISODate))
                    .arg(i.amount)
                    .arg(i.paid)
                    .arg(i.balance);
    return list;
}

class CancelAfter final : public Progress
{
public:
    explicit CancelAfter(int checks) : m_left(checks) {}
    void setTotal(qint64) override {}
    void setDone(qint64) override {}
    bool isCancelled() const override { return --m_left < 0; }

private:
    mutable int m_left;
};

} // namespace

TEST_CASE_METHOD(LetterScenario, "generating for all customers writes one draft per customer with a balance",
                 "[letters][generate]")
{
    NotificationRecorder log;
    Context ctx = as(finance());
    ctx.notifier = &log.notifier;
    const auto out = LetterService(ctx).generate(QDate(2026, 3, 15), LetterSubject::all());
    REQUIRE(out.ok());
    // C001 and C003 owe money, C002 paid everything; letters by customer code, serials from 1 in 2026.
    CHECK(out->letterNos == QStringList{QStringLiteral("DZ-2026-000001"), QStringLiteral("DZ-2026-000002")});
    // 22,654.40 + 8,000.00
    CHECK(out->totalBalance == yuan(30654, 40));
    REQUIRE(out->letterIds.size() == 2);
    CHECK(log.seen ==
          QStringList{QStringLiteral("letters:%1,%2").arg(out->letterIds[0]).arg(out->letterIds[1])});

    const auto first = LetterService(ctx).get(out->letterIds[0]);
    REQUIRE(first.ok());
    CHECK(first->customerId == c1);
    CHECK(first->customerCode == QStringLiteral("C001"));
    CHECK(first->status == LetterStatus::Draft);
    CHECK(first->asOf == QDate(2026, 3, 15));
    CHECK(first->letterDate == QDate(2026, 3, 15));
    // 7,654.40 + 5,000.00 + 10,000.00
    CHECK(first->balance == yuan(22654, 40));
    // today + 15 days (LetterPayDays and LetterReplyDays defaults)
    CHECK(first->payBy == QDate(2026, 3, 30));
    CHECK(first->replyBy == QDate(2026, 3, 30));
    CHECK(first->salespersonId == 0); // collected by E001 and E002
    // Open items by due date; paid = amount - balance.
    CHECK(describe(first->items) == QStringList{QStringLiteral("HT-001/2 2026-01-31 1000000 234560 765440"),
                                                QStringLiteral("HT-002/1 2026-02-28 500000 0 500000"),
                                                QStringLiteral("HT-001/3 2026-04-30 1000000 0 1000000")});

    const auto second = LetterService(ctx).get(out->letterIds[1]);
    REQUIRE(second.ok());
    CHECK(second->customerCode == QStringLiteral("C003"));
    CHECK(second->salespersonId == e3); // the one collector of its items
    CHECK(second->salespersonCode == QStringLiteral("E003"));
    CHECK(second->balance == yuan(8000));
    CHECK(describe(second->items) == QStringList{QStringLiteral("HT-003/1 2024-07-01 800000 0 800000")});

    CHECK(count(QStringLiteral("SELECT count(*) FROM letters")) == 2);
    CHECK(count(QStringLiteral("SELECT count(*) FROM letter_items")) == 4);
    CHECK(auditIssues().isEmpty());
    CHECK(count(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE entity = 'letters' AND action = 'create'")) == 2);
    CHECK(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'letter_items'")) == 4);
}

TEST_CASE_METHOD(LetterScenario, "a letter states the balance of its as-of date", "[letters][generate]")
{
    // As of 2026-02-05, before P-002 (2026-02-10): #2 10,000.00 + HT-002 #1 5,000.00 + #3 10,000.00 =
    // 25,000.00.
    const qint64 id = letterFor(c1, QDate(2026, 2, 5));
    const auto letter = LetterService(sys).get(id);
    REQUIRE(letter.ok());
    CHECK(letter->asOf == QDate(2026, 2, 5));
    CHECK(letter->balance == yuan(25000));
    CHECK(describe(letter->items) == QStringList{QStringLiteral("HT-001/2 2026-01-31 1000000 0 1000000"),
                                                 QStringLiteral("HT-002/1 2026-02-28 500000 0 500000"),
                                                 QStringLiteral("HT-001/3 2026-04-30 1000000 0 1000000")});
    // HT-002 was signed on 2026-01-05: as of 2026-01-04 only HT-001 #2 and #3 count (20,000.00).
    const qint64 early = letterFor(c1, QDate(2026, 1, 4));
    CHECK(LetterService(sys).get(early)->balance == yuan(20000));
    // A future as-of date is refused.
    const auto future = LetterService(sys).generate(QDate(2026, 3, 16), LetterSubject::customer(c1));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().code == ErrorCode::Invalid);
    // A customer without a balance gets no letter, and that is no error.
    const auto none = LetterService(sys).generate(QDate(2026, 3, 15), LetterSubject::customer(c2));
    REQUIRE(none.ok());
    CHECK(none->letterIds.isEmpty());
}

TEST_CASE_METHOD(LetterScenario,
                 "a salesperson's letters list only the instalments that salesperson collects",
                 "[letters][generate][scope]")
{
    const auto out =
        LetterService(as(managerOfTeamOne())).generate(QDate(2026, 3, 15), LetterSubject::salesperson(e1));
    REQUIRE(out.ok());
    REQUIRE(out->letterIds.size() == 1);
    const auto letter = LetterService(sys).get(out->letterIds.first());
    REQUIRE(letter.ok());
    CHECK(letter->customerId == c1);
    CHECK(letter->salespersonId == e1);
    // 7,654.40 + 10,000.00 (HT-002 is collected by E002)
    CHECK(letter->balance == yuan(17654, 40));
    CHECK(describe(letter->items) == QStringList{QStringLiteral("HT-001/2 2026-01-31 1000000 234560 765440"),
                                                 QStringLiteral("HT-001/3 2026-04-30 1000000 0 1000000")});

    // The manager of team one may not write letters for team two's E003; salespeople write none at all.
    const auto other =
        LetterService(as(managerOfTeamOne())).generate(QDate(2026, 3, 15), LetterSubject::salesperson(e3));
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::PermissionDenied);
    const auto customerElsewhere =
        LetterService(as(managerOfTeamOne())).generate(QDate(2026, 3, 15), LetterSubject::customer(c3));
    REQUIRE_FALSE(customerElsewhere.ok());
    CHECK(customerElsewhere.error().code == ErrorCode::PermissionDenied);
    const auto own =
        LetterService(as(sales(e1))).generate(QDate(2026, 3, 15), LetterSubject::salesperson(e1));
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().code == ErrorCode::PermissionDenied);
    // The manager's "all customers" letters cover the team's collections only: C001 (E001 and E002), not
    // C003.
    const auto all = LetterService(as(managerOfTeamOne())).generate(QDate(2026, 3, 15), LetterSubject::all());
    REQUIRE(all.ok());
    REQUIRE(all->letterIds.size() == 1);
    CHECK(LetterService(sys).get(all->letterIds.first())->balance == yuan(22654, 40));
    // A salesperson sees the letters of the instalments they collect, not others.
    CHECK(LetterService(as(sales(e2))).get(all->letterIds.first()).ok());
    const auto hidden = LetterService(as(sales(e3))).get(all->letterIds.first());
    REQUIRE_FALSE(hidden.ok());
    CHECK(hidden.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE_METHOD(LetterScenario, "letter numbers count per year of the letter date", "[letters][generate]")
{
    t.clock().set(QDateTime(QDate(2026, 12, 31), QTime(17, 0)));
    const qint64 a = letterFor(c3, QDate(2026, 12, 31));
    const qint64 b = letterFor(c1, QDate(2026, 12, 31));
    t.clock().set(QDateTime(QDate(2027, 1, 1), QTime(8, 0)));
    const qint64 c = letterFor(c3, QDate(2026, 12, 31));
    const qint64 d = letterFor(c1, QDate(2027, 1, 1));
    CHECK(LetterService(sys).get(a)->letterNo == QStringLiteral("DZ-2026-000001"));
    CHECK(LetterService(sys).get(b)->letterNo == QStringLiteral("DZ-2026-000002"));
    CHECK(LetterService(sys).get(c)->letterNo == QStringLiteral("DZ-2027-000001"));
    CHECK(LetterService(sys).get(d)->letterNo == QStringLiteral("DZ-2027-000002"));
    // Deadlines from the letter date: 2027-01-01 + 15 days.
    CHECK(LetterService(sys).get(c)->replyBy == QDate(2027, 1, 16));
    CHECK(LetterService(sys).getByNo(QStringLiteral("DZ-2026-000002"))->id == b);
}

TEST_CASE_METHOD(LetterScenario, "a cancelled generation leaves nothing behind", "[letters][generate]")
{
    CancelAfter progress(0);
    const auto out = LetterService(sys).generate(QDate(2026, 3, 15), LetterSubject::all(), progress);
    REQUIRE_FALSE(out.ok());
    CHECK(out.error().code == ErrorCode::Conflict);
    CHECK(count(QStringLiteral("SELECT count(*) FROM letters")) == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM letter_items")) == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity LIKE 'letter%'")) == 0);
}

TEST_CASE_METHOD(LetterScenario, "letters move draft, sent, replied; wrong steps are refused",
                 "[letters][transitions]")
{
    LetterService letters(sys);
    const qint64 id = letterFor(c1);

    SECTION("a draft cannot be confirmed, marked unanswered or take a difference")
    {
        CHECK(letters.recordConfirmed(id, QDate(2026, 3, 15)).error().code == ErrorCode::Conflict);
        CHECK(letters.markNoReply(id).error().code == ErrorCode::Conflict);
        CHECK(letters.recordDifference(id, QDate(2026, 3, 15), yuan(1), QStringLiteral("x")).error().code ==
              ErrorCode::Conflict);
        CHECK(letters.get(id)->status == LetterStatus::Draft);
    }
    SECTION("sending needs a method, a tracking number for EMS and a date between the letter date and today")
    {
        const Status noTracking = letters.markSent(id, QDate(2026, 3, 15), QStringLiteral("ems"), {});
        REQUIRE_FALSE(noTracking.ok());
        CHECK(noTracking.error().code == ErrorCode::Invalid);
        CHECK(noTracking.error().problems.first().column == QStringLiteral("tracking_no"));
        CHECK(letters.markSent(id, QDate(2026, 3, 15), QStringLiteral("pigeon"), {}).error().code ==
              ErrorCode::Invalid);
        CHECK(letters.markSent(id, QDate(2026, 3, 16), QStringLiteral("email"), {}).error().code ==
              ErrorCode::Invalid);
        CHECK(letters.markSent(id, QDate(2026, 3, 14), QStringLiteral("email"), {}).error().code ==
              ErrorCode::Invalid);
        REQUIRE(letters.markSent(id, QDate(2026, 3, 15), QStringLiteral("email"), {}).ok());
        const auto sent = letters.get(id);
        CHECK(sent->status == LetterStatus::Sent);
        CHECK(sent->sentOn == QDate(2026, 3, 15));
        CHECK(sent->sentMethod == QStringLiteral("email"));
        // Sending twice is refused.
        const Status again = letters.markSent(id, QDate(2026, 3, 15), QStringLiteral("email"), {});
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::Conflict);
    }
    SECTION("no reply only after the deadline, then a late confirmation is still recorded")
    {
        send(id);
        t.clock().set(QDateTime(QDate(2026, 3, 30), QTime(18, 0))); // reply_by 2026-03-30
        const Status early = letters.markNoReply(id);
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().code == ErrorCode::Conflict);
        t.clock().set(QDateTime(QDate(2026, 3, 31), QTime(8, 0)));
        REQUIRE(letters.markNoReply(id).ok());
        CHECK(letters.get(id)->status == LetterStatus::NoReply);
        CHECK(letters.cancel(id, QStringLiteral("x")).error().code == ErrorCode::Conflict);
        REQUIRE(letters.recordConfirmed(id, QDate(2026, 3, 31)).ok());
        const auto confirmed = letters.get(id);
        CHECK(confirmed->status == LetterStatus::Confirmed);
        CHECK(confirmed->confirmedOn == QDate(2026, 3, 31));
        CHECK(confirmed->confirmedBalance == yuan(22654, 40));
    }
    SECTION("confirmation: not before the day sent, not in the future; a confirmed letter stays so")
    {
        send(id);
        CHECK(letters.recordConfirmed(id, QDate(2026, 3, 14)).error().code == ErrorCode::Invalid);
        CHECK(letters.recordConfirmed(id, QDate(2026, 3, 16)).error().code == ErrorCode::Invalid);
        REQUIRE(letters.recordConfirmed(id, QDate(2026, 3, 15)).ok());
        CHECK(letters.recordConfirmed(id, QDate(2026, 3, 15)).error().code == ErrorCode::Conflict);
        CHECK(letters.cancel(id, QStringLiteral("wrong")).error().code == ErrorCode::Conflict);
        CHECK(letters.markSent(id, QDate(2026, 3, 15), QStringLiteral("fax"), {}).error().code ==
              ErrorCode::Conflict);
    }
    SECTION("cancel a draft or a sent letter with a reason")
    {
        CHECK(letters.cancel(id, QStringLiteral("  ")).error().code == ErrorCode::Invalid);
        REQUIRE(letters.cancel(id, QStringLiteral("地址错误")).ok());
        const auto cancelled = letters.get(id);
        CHECK(cancelled->status == LetterStatus::Cancelled);
        CHECK(cancelled->note == QStringLiteral("地址错误"));
        CHECK(letters.markSent(id, QDate(2026, 3, 15), QStringLiteral("fax"), {}).error().code ==
              ErrorCode::Conflict);
        const qint64 other = letterFor(c3);
        send(other);
        REQUIRE(letters.cancel(other, QStringLiteral("客户已破产清算")).ok());
        CHECK(letters.get(other)->status == LetterStatus::Cancelled);
    }
    SECTION("only ManageLetters may change letters")
    {
        const Status denied =
            LetterService(as(sales(e1))).markSent(id, QDate(2026, 3, 15), QStringLiteral("fax"), {});
        REQUIRE_FALSE(denied.ok());
        CHECK(denied.error().code == ErrorCode::PermissionDenied);
        CHECK(
            LetterService(sys).markSent(999999, QDate(2026, 3, 15), QStringLiteral("fax"), {}).error().code ==
            ErrorCode::NotFound);
    }
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(LetterScenario, "every change of a letter is audited and announced",
                 "[letters][transitions]")
{
    const qint64 id = letterFor(c3);
    NotificationRecorder log;
    Context ctx = sys;
    ctx.notifier = &log.notifier;
    LetterService letters(ctx);
    REQUIRE(
        letters.markSent(id, QDate(2026, 3, 15), QStringLiteral("express"), QStringLiteral("SF100")).ok());
    REQUIRE(letters.recordConfirmed(id, QDate(2026, 3, 15)).ok());
    CHECK(log.seen ==
          QStringList{QStringLiteral("letters:%1").arg(id), QStringLiteral("letters:%1").arg(id)});
    CHECK(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'letters' AND entity_id = ? AND "
                             "action IN ('send', 'confirm')"),
              {id}) == 2);
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(LetterScenario, "a stated balance below ours opens disputes from the latest due item",
                 "[letters][difference]")
{
    const qint64 id =
        letterFor(c1); // 22,654.40: #2 7,654.40 (01-31), HT-002 5,000.00 (02-28), #3 10,000.00 (04-30)
    send(id);
    LetterService letters(sys);

    SECTION("the difference fills the latest items first")
    {
        // 22,654.40 - 9,000.00 = 13,654.40: #3 takes 10,000.00, HT-002 #1 the other 3,654.40.
        const auto out =
            letters.recordDifference(id, QDate(2026, 3, 15), yuan(9000), QStringLiteral("质量扣款"));
        REQUIRE(out.ok());
        CHECK(out->difference == yuan(13654, 40));
        CHECK(out->disputed == yuan(13654, 40));
        CHECK(out->notDisputed == 0);
        REQUIRE(out->disputeIds.size() == 2);
        CHECK(count(QStringLiteral("SELECT installment_id FROM disputes WHERE id = ?"),
                    {out->disputeIds[0]}) == i13);
        CHECK(count(QStringLiteral("SELECT amount FROM disputes WHERE id = ?"), {out->disputeIds[0]}) ==
              yuan(10000));
        CHECK(count(QStringLiteral("SELECT installment_id FROM disputes WHERE id = ?"),
                    {out->disputeIds[1]}) == i21);
        CHECK(count(QStringLiteral("SELECT amount FROM disputes WHERE id = ?"), {out->disputeIds[1]}) ==
              yuan(3654, 40));
        CHECK(
            count(QStringLiteral("SELECT count(*) FROM disputes WHERE letter_id = ? AND status = 'open' AND "
                                 "opened_on = '2026-03-15'"),
                  {id}) == 2);
        const auto letter = letters.get(id);
        CHECK(letter->status == LetterStatus::Difference);
        CHECK(letter->confirmedBalance == yuan(9000));
        CHECK(letter->differenceAmount == yuan(13654, 40));
        CHECK(letter->differenceNote == QStringLiteral("质量扣款"));
    }
    SECTION("an item's disputed part and later payments limit what it takes")
    {
        // #3 already has 2,000.00 disputed (collectable 8,000.00); HT-002 #1 was paid 1,000.00 after the
        // letter (collectable 4,000.00). Difference 22,654.40 - 5,000.00 = 17,654.40: #3 8,000.00, HT-002
        // 4,000.00, #2 5,654.40.
        dispute(i13, yuan(2000), QDate(2026, 3, 10));
        payment(QStringLiteral("P-009"), c1, QDate(2026, 3, 15), yuan(1000), {{i21, yuan(1000)}});
        const auto out =
            letters.recordDifference(id, QDate(2026, 3, 15), yuan(5000), QStringLiteral("已付部分未入账"));
        REQUIRE(out.ok());
        REQUIRE(out->disputeIds.size() == 3);
        const QList<qint64> amounts{
            count(QStringLiteral("SELECT amount FROM disputes WHERE id = ?"), {out->disputeIds[0]}),
            count(QStringLiteral("SELECT amount FROM disputes WHERE id = ?"), {out->disputeIds[1]}),
            count(QStringLiteral("SELECT amount FROM disputes WHERE id = ?"), {out->disputeIds[2]})};
        CHECK(amounts == QList<qint64>{yuan(8000), yuan(4000), yuan(5654, 40)});
        CHECK(count(QStringLiteral("SELECT installment_id FROM disputes WHERE id = ?"),
                    {out->disputeIds[2]}) == i12);
        CHECK(out->notDisputed == 0);
    }
    SECTION("what nothing can take any more is reported, not disputed")
    {
        // Everything on #2 and HT-002 was paid after the letter: only #3 (10,000.00) can be disputed out of
        // 22,654.40 - 0.00.
        payment(QStringLiteral("P-010"), c1, QDate(2026, 3, 15), yuan(12654, 40),
                {{i12, yuan(7654, 40)}, {i21, yuan(5000)}});
        const auto out = letters.recordDifference(id, QDate(2026, 3, 15), 0, QStringLiteral("全部已付"));
        REQUIRE(out.ok());
        CHECK(out->disputed == yuan(10000));
        CHECK(out->notDisputed == yuan(12654, 40));
        CHECK(out->disputeIds.size() == 1);
    }
    SECTION("a stated balance above ours opens nothing but is recorded")
    {
        const auto out =
            letters.recordDifference(id, QDate(2026, 3, 15), yuan(30000), QStringLiteral("含未开票"));
        REQUIRE(out.ok());
        CHECK(out->difference == -yuan(7345, 60));
        CHECK(out->disputeIds.isEmpty());
        CHECK(count(QStringLiteral("SELECT count(*) FROM disputes")) == 0);
        const auto letter = letters.get(id);
        CHECK(letter->status == LetterStatus::Difference);
        CHECK(letter->differenceAmount == -yuan(7345, 60));
    }
    SECTION("the stated balance must differ, be positive or zero, and come with an explanation")
    {
        CHECK(letters.recordDifference(id, QDate(2026, 3, 15), yuan(22654, 40), QStringLiteral("x"))
                  .error()
                  .code == ErrorCode::Invalid);
        CHECK(letters.recordDifference(id, QDate(2026, 3, 15), -1, QStringLiteral("x")).error().code ==
              ErrorCode::Invalid);
        CHECK(letters.recordDifference(id, QDate(2026, 3, 15), yuan(100), QStringLiteral(" ")).error().code ==
              ErrorCode::Invalid);
        CHECK(letters.get(id)->status == LetterStatus::Sent);
    }
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(LetterScenario, "the returned scan is stored and read back", "[letters][scan]")
{
    const qint64 id = letterFor(c3);
    LetterService letters(sys);
    LetterScan pdf;
    pdf.fileName = QStringLiteral("回函.pdf");
    pdf.mime = QStringLiteral("application/pdf");
    pdf.content = QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj<<>>endobj\n%%EOF\n");

    CHECK(letters.scan(id).error().code == ErrorCode::NotFound);
    REQUIRE(letters.attachScan(id, pdf).ok());
    const auto back = letters.scan(id);
    REQUIRE(back.ok());
    CHECK(back->fileName == pdf.fileName);
    CHECK(back->mime == pdf.mime);
    CHECK(back->content == pdf.content);
    CHECK(letters.get(id)->hasScan());

    // A scan with the confirmation replaces it.
    LetterScan png;
    png.fileName = QStringLiteral("reply.png");
    png.mime = QStringLiteral("image/png");
    png.content = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    send(id);
    REQUIRE(letters.recordConfirmed(id, QDate(2026, 3, 15), png).ok());
    CHECK(letters.scan(id)->content == png.content);
    CHECK(letters.scan(id)->mime == QStringLiteral("image/png"));

    SECTION("refused: wrong type, content not of its type, empty, too large")
    {
        LetterScan doc = pdf;
        doc.mime = QStringLiteral("application/msword");
        CHECK(letters.attachScan(id, doc).error().code == ErrorCode::Invalid);
        LetterScan fake = pdf;
        fake.mime = QStringLiteral("image/jpeg");
        CHECK(letters.attachScan(id, fake).error().code == ErrorCode::Invalid);
        LetterScan empty = pdf;
        empty.content.clear();
        CHECK(letters.attachScan(id, empty).error().code == ErrorCode::Invalid);
        LetterScan big = pdf;
        big.content = QByteArray("%PDF-") + QByteArray(int(LetterScan::kMaxBytes) - 4, 'x'); // 20 MB + 1 byte
        REQUIRE(big.content.size() == LetterScan::kMaxBytes + 1);
        CHECK(letters.attachScan(id, big).error().code == ErrorCode::Invalid);
        LetterScan exact = pdf;
        exact.content =
            QByteArray("%PDF-") + QByteArray(int(LetterScan::kMaxBytes) - 5, 'x'); // exactly 20 MB
        CHECK(letters.attachScan(id, exact).ok());
        CHECK(letters.scan(id)->content.size() == LetterScan::kMaxBytes);
    }
    // Out of scope: E001 does not collect anything of C003.
    CHECK(LetterService(as(sales(e1))).scan(id).error().code == ErrorCode::PermissionDenied);
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(LetterScenario, "big batches are audited as fingerprint runs that the check verifies",
                 "[letters][generate][audit]")
{
    LetterService::setPerRowAuditLetters(1); // two letters: more than the limit
    const auto out = LetterService(sys).generate(QDate(2026, 3, 15), LetterSubject::all());
    LetterService::setPerRowAuditLetters(2000);
    REQUIRE(out.ok());
    CHECK(out->letterIds.size() == 2);
    // One bulk record per table run instead of a record per row: letters 1-2 and items 1-4.
    CHECK(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'letters'")) == 1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'letter_items'")) == 1);
    CHECK(auditIssues().isEmpty());
    // A change outside the application is caught.
    SqlQuery(t.db(), QStringLiteral("UPDATE letters SET balance = balance + 1 WHERE id = ?"))
        .bind(out->letterIds.first())
        .exec();
    CHECK(auditIssues().size() == 1);
    // Later changes are recorded per row on top of the fingerprints.
    SqlQuery(t.db(), QStringLiteral("UPDATE letters SET balance = balance - 1 WHERE id = ?"))
        .bind(out->letterIds.first())
        .exec();
    send(out->letterIds.last());
    CHECK(auditIssues().isEmpty());
}
