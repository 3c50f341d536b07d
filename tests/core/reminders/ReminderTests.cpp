#include "core/letters/ReceivablesFixture.h"

#include "letters/LetterService.h"
#include "org/Employee.h"
#include "reminders/LabourContractReminders.h"
#include "reminders/LetterReplyReminders.h"
#include "reminders/LimitationReminders.h"
#include "reminders/PoolReclaimReminders.h"
#include "reminders/PromiseReminders.h"
#include "reminders/ReceivableDueReminders.h"
#include "reminders/ReminderCentre.h"

using namespace tl::core;
using namespace tl::test;

namespace {

// "kind:entity amount" of each reminder of the kinds, in the centre's order.
QStringList describe(const QList<Reminder>& reminders, const QStringList& kinds = {})
{
    QStringList list;
    for (const Reminder& r : reminders)
        if (kinds.isEmpty() || kinds.contains(r.kind))
            list << QStringLiteral("%1:%2 %3").arg(r.kind).arg(r.entityId).arg(r.amount);
    return list;
}

QList<Reminder> collect(const Context& ctx, const QDate& day, const QStringList& kinds = {})
{
    const auto overview = ReminderCentre(ctx).collect(100, day);
    if (!overview)
        FAIL(overview.error().fullText().toStdString());
    QList<Reminder> list;
    for (const Reminder& r : overview->reminders)
        if (kinds.isEmpty() || kinds.contains(r.kind))
            list << r;
    return list;
}

qint64 countOf(const QList<ReminderCentre::KindCount>& counts, const QString& kind)
{
    for (const auto& c : counts)
        if (c.kind == kind)
            return c.count;
    return -1;
}

const QStringList kDueKinds{ReceivableDueReminders::kDue, ReceivableDueReminders::kOverdue};

} // namespace

// Instalments of contract HT-R1 (customer R01, E001), all due D = 2026-03-20:
//   #1 1,000.00 unpaid; #2 2,000.00 paid; #3 3,000.00 wholly disputed; #4 4,000.00 with 1,500.00 disputed.
// And HT-R3 (customer R03, E003): #1 500.00 due D.
class DueScenario : public ReceivablesFixture
{
public:
    DueScenario()
    {
        r01 = customer(QStringLiteral("R01"), QStringLiteral("甲公司"), e1);
        r03 = customer(QStringLiteral("R03"), QStringLiteral("丙公司"), e3);
        QList<qint64> ids;
        contract(QStringLiteral("HT-R1"), r01, e1, QDate(2026, 1, 1),
                 {{d, yuan(1000)}, {d, yuan(2000)}, {d, yuan(3000)}, {d, yuan(4000)}}, &ids);
        open = ids[0];
        paid = ids[1];
        disputed = ids[2];
        partly = ids[3];
        ids.clear();
        contract(QStringLiteral("HT-R3"), r03, e3, QDate(2026, 1, 1), {{d, yuan(500)}}, &ids);
        other = ids[0];
        payment(QStringLiteral("PR-1"), r01, QDate(2026, 3, 1), yuan(2000), {{paid, yuan(2000)}});
        dispute(disputed, yuan(3000), QDate(2026, 3, 1));
        dispute(partly, yuan(1500), QDate(2026, 3, 1));
    }
    const QDate d{2026, 3, 20};
    qint64 r01 = 0, r03 = 0;
    qint64 open = 0, paid = 0, disputed = 0, partly = 0, other = 0;
};

TEST_CASE_METHOD(DueScenario,
                 "receivables are reminded on exactly the offset days, then every 7 days overdue",
                 "[reminders][due]")
{
    const Context ctx = as(finance());
    // Offsets 7/3/1/0 before D, then D+7k: D-7, D-3, D-1, D, D+7, D+14.
    const QStringList dueOn{QStringLiteral("receivable_due:%1 100000").arg(open),
                            QStringLiteral("receivable_due:%1 250000").arg(partly), // 4,000.00 - 1,500.00
                            QStringLiteral("receivable_due:%1 50000").arg(other)};
    const QStringList overdueOn{QStringLiteral("receivable_overdue:%1 100000").arg(open),
                                QStringLiteral("receivable_overdue:%1 250000").arg(partly),
                                QStringLiteral("receivable_overdue:%1 50000").arg(other)};
    for (int offset : {-7, -3, -1, 0})
        CHECK(describe(collect(ctx, d.addDays(offset), kDueKinds)) == dueOn);
    for (int late : {7, 14, 70})
        CHECK(describe(collect(ctx, d.addDays(late), kDueKinds)) == overdueOn);
    // ... and on no other day.
    for (int offset : {-8, -6, -5, -4, -2, 1, 2, 6, 8, 13, 15})
        CHECK(collect(ctx, d.addDays(offset), kDueKinds).isEmpty());

    const QList<Reminder> today = collect(ctx, d.addDays(-3), kDueKinds);
    REQUIRE(today.size() == 3);
    CHECK(today[0].key == QStringLiteral("receivable_due:%1:2026-03-17").arg(open));
    CHECK(today[0].triggerDate == QDate(2026, 3, 17));
    CHECK(today[0].dueDate == d);
    CHECK(today[0].customerId == r01);
    CHECK(today[0].employeeId == e1);
    CHECK(today[0].entityType == QStringLiteral("installment"));
    CHECK(today[0].severity == ReminderSeverity::Info);
    CHECK(today[0].title.contains(QStringLiteral("HT-R1")));
    CHECK(collect(ctx, d, kDueKinds)[0].severity == ReminderSeverity::Warning);
    CHECK(collect(ctx, d.addDays(35), kDueKinds)[0].severity == ReminderSeverity::Critical);
}

TEST_CASE_METHOD(DueScenario, "the offsets and the repeat come from the settings", "[reminders][due]")
{
    REQUIRE(CompanyService(sys).setSetting(QStringLiteral("reminders.offsets"), QStringLiteral("5,2")).ok());
    REQUIRE(CompanyService(sys)
                .setSetting(QStringLiteral("reminders.overdue_repeat_days"), QStringLiteral("10"))
                .ok());
    const Context ctx = as(finance());
    for (int offset : {-5, -2, 10, 20})
        CHECK(collect(ctx, d.addDays(offset), kDueKinds).size() == 3);
    for (int offset : {-7, -3, -1, 0, 7, 14})
        CHECK(collect(ctx, d.addDays(offset), kDueKinds).isEmpty());
}

TEST_CASE_METHOD(DueScenario, "due reminders follow payments, disputes and the session's scope",
                 "[reminders][due]")
{
    // A salesperson sees what they collect; a manager the team's.
    CHECK(describe(collect(as(sales(e1)), d, kDueKinds)) ==
          QStringList{QStringLiteral("receivable_due:%1 100000").arg(open),
                      QStringLiteral("receivable_due:%1 250000").arg(partly)});
    CHECK(describe(collect(as(sales(e3)), d, kDueKinds)) ==
          QStringList{QStringLiteral("receivable_due:%1 50000").arg(other)});
    CHECK(collect(as(managerOfTeamOne()), d, kDueKinds).size() == 2);
    CHECK(collect(as(sessionFor(Role::Hr)), d, kDueKinds).isEmpty());
    // Paid in full: no more reminders; the rest of the dispute is collectable again once it is resolved.
    payment(QStringLiteral("PR-2"), r01, QDate(2026, 3, 15), yuan(1000), {{open, yuan(1000)}});
    SqlQuery(t.db(), QStringLiteral("UPDATE disputes SET status = 'resolved', resolved_on = '2026-03-15', "
                                    "resolution = 'customer_pays' WHERE installment_id = ?"))
        .bind(partly)
        .exec();
    CHECK(describe(collect(as(sales(e1)), d, kDueKinds)) ==
          QStringList{QStringLiteral("receivable_due:%1 400000").arg(partly)});
    // Counts for the badge.
    const auto counts = ReminderCentre(as(sales(e1))).counts(d);
    REQUIRE(counts.ok());
    CHECK(countOf(*counts, ReceivableDueReminders::kDue) == 1);
    CHECK(countOf(*counts, ReceivableDueReminders::kOverdue) == 0);
}

TEST_CASE_METHOD(ReceivablesFixture, "broken promises are flagged until superseded or paid",
                 "[reminders][promises]")
{
    const qint64 r01 = customer(QStringLiteral("R01"), QStringLiteral("甲公司"), e1);
    const qint64 r02 = customer(QStringLiteral("R02"), QStringLiteral("乙公司"), e2);
    QList<qint64> ids;
    contract(QStringLiteral("HT-P1"), r01, e1, QDate(2026, 1, 1), {{QDate(2026, 2, 1), yuan(10000)}}, &ids);
    const qint64 inst1 = ids.first();
    contract(QStringLiteral("HT-P2"), r02, e2, QDate(2026, 1, 1), {{QDate(2026, 4, 30), yuan(1000)}});
    payment(QStringLiteral("PP-1"), r01, QDate(2026, 3, 5), yuan(2000), {{inst1, yuan(2000)}});
    // R01: 5,000.00 promised by 03-10, 2,000.00 received from 03-01 to 03-10: broken, 3,000.00 short.
    const qint64 p1 = promise(r01, 0, QDate(2026, 3, 1), QDate(2026, 3, 10), yuan(5000), e1);
    // R01: 1,000.00 by 03-12: the 2,000.00 of 03-05 covers it.
    promise(r01, 0, QDate(2026, 3, 1), QDate(2026, 3, 12), yuan(1000), e1);
    // R01: due today, not broken yet.
    promise(r01, inst1, QDate(2026, 3, 10), QDate(2026, 3, 15), yuan(1000), e1);
    // R02: 500.00 by 02-10 superseded by a new promise made 02-20 (also broken: nothing received).
    promise(r02, 0, QDate(2026, 2, 1), QDate(2026, 2, 10), yuan(500), e2);
    const qint64 p5 = promise(r02, 0, QDate(2026, 2, 20), QDate(2026, 3, 1), yuan(500), e2);

    const QStringList kinds{PromiseReminders::kBroken};
    const QList<Reminder> all = collect(as(finance()), QDate(2026, 3, 15), kinds);
    // By promised date: p5 (03-01), p1 (03-10).
    CHECK(describe(all) == QStringList{QStringLiteral("promise_broken:%1 50000").arg(p5),
                                       QStringLiteral("promise_broken:%1 300000").arg(p1)});
    REQUIRE(all.size() == 2);
    CHECK(all[1].key == QStringLiteral("promise_broken:%1:2026-03-11").arg(p1));
    CHECK(all[1].dueDate == QDate(2026, 3, 10));
    CHECK(all[1].customerId == r01);
    // On the promised date itself p1 is not broken yet.
    CHECK(describe(collect(as(finance()), QDate(2026, 3, 10), kinds)) ==
          QStringList{QStringLiteral("promise_broken:%1 50000").arg(p5)});
    // Scope: E001 sees their own promise only.
    CHECK(describe(collect(as(sales(e1)), QDate(2026, 3, 15), kinds)) ==
          QStringList{QStringLiteral("promise_broken:%1 300000").arg(p1)});
    // Once R01 owes nothing, its broken promise is no longer reminded.
    payment(QStringLiteral("PP-2"), r01, QDate(2026, 3, 15), yuan(8000), {{inst1, yuan(8000)}});
    CHECK(describe(collect(as(finance()), QDate(2026, 3, 16), kinds)) ==
          QStringList{QStringLiteral("promise_broken:%1 50000").arg(p5)});
}

TEST_CASE_METHOD(ReceivablesFixture, "letters without a reply are listed after their deadline",
                 "[reminders][letters]")
{
    const qint64 r01 = customer(QStringLiteral("R01"), QStringLiteral("甲公司"), e1);
    contract(QStringLiteral("HT-L1"), r01, e1, QDate(2026, 1, 1), {{QDate(2026, 2, 1), yuan(6000)}});
    const auto generated = LetterService(sys).generate(QDate(2026, 3, 15), LetterSubject::customer(r01));
    REQUIRE(generated.ok());
    const qint64 letter = generated->letterIds.first();
    const QStringList kinds{LetterReplyReminders::kNoReply};
    // A draft is not awaiting anything.
    CHECK(collect(sys, QDate(2026, 4, 15), kinds).isEmpty());
    REQUIRE(LetterService(sys).markSent(letter, QDate(2026, 3, 15), QStringLiteral("email"), {}).ok());
    // reply_by 2026-03-30
    CHECK(collect(sys, QDate(2026, 3, 30), kinds).isEmpty());
    const QList<Reminder> late = collect(as(finance()), QDate(2026, 3, 31), kinds);
    REQUIRE(late.size() == 1);
    CHECK(late[0].key == QStringLiteral("letter_no_reply:%1:2026-03-31").arg(letter));
    CHECK(late[0].amount == yuan(6000));
    CHECK(late[0].dueDate == QDate(2026, 3, 30));
    CHECK(late[0].entityType == QStringLiteral("letter"));
    CHECK(late[0].title.contains(QStringLiteral("DZ-2026-000001")));
    // The same reminder (same key) while it stays unanswered; E001 sees it, E003 does not.
    CHECK(collect(as(sales(e1)), QDate(2026, 4, 20), kinds)[0].key == late[0].key);
    CHECK(collect(as(sales(e3)), QDate(2026, 4, 20), kinds).isEmpty());
    t.clock().set(QDateTime(QDate(2026, 4, 2), QTime(9, 0)));
    REQUIRE(LetterService(sys).recordConfirmed(letter, QDate(2026, 4, 2)).ok());
    CHECK(collect(sys, QDate(2026, 4, 2), kinds).isEmpty());
}

TEST_CASE_METHOD(ReceivablesFixture, "reminders are marked notified and dismissed per user",
                 "[reminders][marks]")
{
    const qint64 r01 = customer(QStringLiteral("R01"), QStringLiteral("甲公司"), e1);
    QList<qint64> ids;
    contract(QStringLiteral("HT-M1"), r01, e1, QDate(2026, 1, 1), {{QDate(2026, 3, 18), yuan(700)}}, &ids);
    const QString key = QStringLiteral("receivable_due:%1:2026-03-15").arg(ids.first()); // D-3 = today
    const Context alice = as(finance(7));
    const Context bob = as(finance(8));

    ReminderCentre forAlice(alice);
    const auto first = forAlice.unnotified();
    REQUIRE(first.ok());
    REQUIRE(first->size() == 1);
    CHECK(first->first().key == key);
    CHECK(forAlice.unnotified()->isEmpty()); // each reminder once
    CHECK(ReminderCentre(bob).unnotified()->size() == 1);
    // Notified is not dismissed: still in the centre.
    CHECK(collect(alice, QDate(2026, 3, 15), kDueKinds).size() == 1);

    NotificationRecorder log;
    Context aliceNotified = alice;
    aliceNotified.notifier = &log.notifier;
    REQUIRE(ReminderCentre(aliceNotified).dismiss(key).ok());
    CHECK(log.seen == QStringList{QStringLiteral("reminder_marks:")});
    CHECK(collect(alice, QDate(2026, 3, 15), kDueKinds).isEmpty());
    CHECK(countOf(*forAlice.counts(), ReceivableDueReminders::kDue) == 0);
    CHECK(countOf(*ReminderCentre(bob).counts(), ReceivableDueReminders::kDue) == 1);
    // The next firing (D-1) is a new reminder.
    CHECK(collect(alice, QDate(2026, 3, 17), kDueKinds).size() == 1);
    REQUIRE(forAlice.restore(key).ok());
    CHECK(collect(alice, QDate(2026, 3, 15), kDueKinds).size() == 1);
    CHECK(forAlice.unnotified()->isEmpty()); // restoring does not notify again

    CHECK(forAlice.dismiss(QStringLiteral("nonsense")).error().code == ErrorCode::Invalid);
    CHECK(forAlice.dismiss(QStringLiteral("unknown_kind:1:2026-03-15")).error().code == ErrorCode::Invalid);
    CHECK(forAlice.dismiss(QStringLiteral("receivable_due:x:2026-03-15")).error().code == ErrorCode::Invalid);
    CHECK(forAlice.dismiss(QStringLiteral("receivable_due:1:2026-02-30")).error().code == ErrorCode::Invalid);
    CHECK(count(QStringLiteral("SELECT count(*) FROM reminder_marks WHERE user_id = 7")) == 1);
}

TEST_CASE_METHOD(ReceivablesFixture, "customers inside the pool warning window are reminded to their owner",
                 "[reminders][pool]")
{
    // Level C defaults: reclaimed 30 days after the later of ownership start and the owner's last follow-up,
    // or 90 days after the ownership start without a deal; warned 7 days before. Today 2026-03-15.
    const qint64 warned =
        customer(QStringLiteral("R10"), QStringLiteral("十号"), e1, QDate(2026, 2, 20)); // 03-22
    customer(QStringLiteral("R11"), QStringLiteral("十一号"), e1, QDate(2026, 2, 21));   // 03-23
    const qint64 exempt = customer(QStringLiteral("R12"), QStringLiteral("十二号"), e1, QDate(2026, 2, 20));
    contract(QStringLiteral("HT-X12"), exempt, e1, QDate(2026, 2, 25), {{QDate(2026, 5, 1), yuan(100)}});
    const qint64 followed = customer(QStringLiteral("R14"), QStringLiteral("十四号"), e1, QDate(2026, 1, 1));
    logFollowUp(sys, followed, QDateTime(QDate(2026, 2, 16), QTime(10, 0)), e1); // 02-16 + 30 = 03-18
    // No deal: 2025-12-18 + 90 = 2026-03-18 comes before 03-10 + 30.
    const qint64 noDeal = customer(QStringLiteral("R15"), QStringLiteral("十五号"), e1, QDate(2025, 12, 18));
    logFollowUp(sys, noDeal, QDateTime(QDate(2026, 3, 10), QTime(10, 0)), e1);
    // The same with a (paid) deal: only the follow-up clock runs, 2026-04-09.
    const qint64 dealt = customer(QStringLiteral("R16"), QStringLiteral("十六号"), e1, QDate(2025, 12, 18));
    logFollowUp(sys, dealt, QDateTime(QDate(2026, 3, 10), QTime(10, 0)), e1);
    QList<qint64> ids;
    contract(QStringLiteral("HT-X16"), dealt, e1, QDate(2026, 1, 10), {{QDate(2026, 2, 1), yuan(100)}}, &ids);
    payment(QStringLiteral("PX-16"), dealt, QDate(2026, 2, 1), yuan(100), {{ids.first(), yuan(100)}});
    // Deal first without the deal (03-18), with a paid deal the follow-up clock: 02-20 + 30 = 03-22.
    const qint64 dealtSoon =
        customer(QStringLiteral("R17"), QStringLiteral("十七号"), e1, QDate(2025, 12, 18));
    logFollowUp(sys, dealtSoon, QDateTime(QDate(2026, 2, 20), QTime(10, 0)), e1);
    ids.clear();
    contract(QStringLiteral("HT-X17"), dealtSoon, e1, QDate(2026, 1, 10), {{QDate(2026, 2, 1), yuan(100)}},
             &ids);
    payment(QStringLiteral("PX-17"), dealtSoon, QDate(2026, 2, 1), yuan(100), {{ids.first(), yuan(100)}});

    const QStringList kinds{PoolReclaimReminders::kReclaim};
    const QList<Reminder> list = collect(as(sales(e1)), QDate(2026, 3, 15), kinds);
    QStringList got;
    for (const Reminder& r : list)
        got << QStringLiteral("%1 %2").arg(r.entityId).arg(r.dueDate.toString(Qt::ISODate));
    CHECK(got == QStringList{QStringLiteral("%1 2026-03-18").arg(followed),
                             QStringLiteral("%1 2026-03-18").arg(noDeal),
                             QStringLiteral("%1 2026-03-22").arg(warned),
                             QStringLiteral("%1 2026-03-22").arg(dealtSoon)});
    REQUIRE(list.size() == 4);
    CHECK(list[2].key == QStringLiteral("pool_reclaim:%1:2026-03-15").arg(warned)); // 03-22 - 7
    CHECK(list[0].key == QStringLiteral("pool_reclaim:%1:2026-03-11").arg(followed));
    CHECK(list[2].employeeId == e1);
    // Others' customers are not in E002's reminders; the manager sees the team's.
    CHECK(collect(as(sales(e2)), QDate(2026, 3, 15), kinds).isEmpty());
    CHECK(collect(as(managerOfTeamOne()), QDate(2026, 3, 15), kinds).size() == 4);
    // A follow-up today resets the clock of R10.
    logFollowUp(sys, warned, QDateTime(QDate(2026, 3, 15), QTime(8, 0)), e1);
    CHECK(collect(as(sales(e1)), QDate(2026, 3, 15), kinds).size() == 3);
}

TEST_CASE_METHOD(ReceivablesFixture, "labour contracts and probations ending come from the org alerts",
                 "[reminders][labour]")
{
    makeLabourContract(sys, e1, ContractType::FixedTerm, QDate(2024, 1, 1),
                       QDate(2026, 4, 1)); // 17 days left
    makeLabourContract(sys, e2, ContractType::FixedTerm, QDate(2024, 1, 1), QDate(2027, 12, 31));
    const qint64 newcomer = makeEmployee(sys, QStringLiteral("E010"), QStringLiteral("新人"), teamOne,
                                         QStringLiteral("sales"), 0, QDate(2026, 1, 20));
    const qint64 probation = makeLabourContract(sys, newcomer, ContractType::FixedTerm, QDate(2026, 1, 20),
                                                QDate(2029, 1, 19), QDate(2026, 3, 19)); // 4 days left
    const QStringList kinds{LabourContractReminders::kContractEnding,
                            LabourContractReminders::kProbationEnding};
    const QList<Reminder> list = collect(as(sessionFor(Role::Hr)), QDate(2026, 3, 15), kinds);
    REQUIRE(list.size() == 2);
    CHECK(list[0].kind == LabourContractReminders::kContractEnding);
    CHECK(list[0].employeeId == e1);
    CHECK(list[0].dueDate == QDate(2026, 4, 1));
    CHECK(list[0].triggerDate == QDate(2026, 3, 2)); // 30 days before
    CHECK(list[1].kind == LabourContractReminders::kProbationEnding);
    CHECK(list[1].entityId == probation);
    CHECK(list[1].key == QStringLiteral("probation_ending:%1:2026-03-12").arg(probation));
    CHECK(list[1].severity == ReminderSeverity::Warning);
    // Finance may not see labour contracts.
    CHECK(collect(as(finance()), QDate(2026, 3, 15), kinds).isEmpty());
}

TEST_CASE_METHOD(ReceivablesFixture, "limitation deadlines inside the warning window are reminded",
                 "[reminders][limitation]")
{
    const qint64 r20 = customer(QStringLiteral("R20"), QStringLiteral("二十号"), e3);
    // Last due 2023-06-01 → deadline 2026-06-01, warned from 2026-06-01 - 180 days = 2025-12-03.
    const qint64 warned =
        contract(QStringLiteral("HT-T1"), r20, e3, QDate(2023, 1, 1), {{QDate(2023, 6, 1), yuan(5000)}});
    // Last due 2024-01-01 → deadline 2027-01-01, warned from 2026-07-05: not yet.
    contract(QStringLiteral("HT-T2"), r20, e3, QDate(2023, 1, 1), {{QDate(2024, 1, 1), yuan(5000)}});
    // Last due 2022-06-01 → deadline 2025-06-01: expired.
    const qint64 expired =
        contract(QStringLiteral("HT-T3"), r20, e3, QDate(2022, 1, 1), {{QDate(2022, 6, 1), yuan(3000)}});
    const QStringList kinds{LimitationReminders::kDeadline};
    const QList<Reminder> list = collect(as(finance()), QDate(2026, 3, 15), kinds);
    REQUIRE(list.size() == 2);
    CHECK(list[0].entityId == expired);
    CHECK(list[0].severity == ReminderSeverity::Critical);
    CHECK(list[0].dueDate == QDate(2025, 6, 1));
    CHECK(list[1].entityId == warned);
    CHECK(list[1].key == QStringLiteral("limitation_deadline:%1:2025-12-03").arg(warned));
    CHECK(list[1].amount == yuan(5000));
    CHECK(list[1].severity == ReminderSeverity::Warning);
    CHECK(collect(as(sales(e1)), QDate(2026, 3, 15), kinds).isEmpty());
    CHECK(collect(as(sales(e3)), QDate(2026, 3, 15), kinds).size() == 2);
}

TEST_CASE_METHOD(ReceivablesFixture, "the centre lists every kind with a translated name and counts",
                 "[reminders][centre]")
{
    ReminderCentre centre(sys);
    CHECK(centre.kinds() ==
          QStringList{QStringLiteral("receivable_due"), QStringLiteral("receivable_overdue"),
                      QStringLiteral("promise_broken"), QStringLiteral("letter_no_reply"),
                      QStringLiteral("limitation_deadline"), QStringLiteral("pool_reclaim"),
                      QStringLiteral("labour_contract_ending"), QStringLiteral("probation_ending")});
    for (const QString& kind : centre.kinds())
        CHECK(centre.kindName(kind) != kind);
    const auto counts = centre.counts();
    REQUIRE(counts.ok());
    CHECK(counts->size() == 8);
    const auto overview = centre.collect();
    REQUIRE(overview.ok());
    CHECK(overview->total == 0);
    CHECK(overview->today == QDate(2026, 3, 15));
}
