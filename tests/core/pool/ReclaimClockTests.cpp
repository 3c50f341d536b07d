#include "PoolTestSupport.h"

#include "customers/ReclaimClock.h"

using namespace tl::core;

namespace {

PoolRule rule(int noFollowUpDays = 30, int noDealDays = 90, int warnDays = 7)
{
    PoolRule r;
    r.level = QStringLiteral("C");
    r.noFollowUpDays = noFollowUpDays;
    r.noDealDays = noDealDays;
    r.warnDays = warnDays;
    return r;
}

QDateTime at(int y, int m, int d, int hour = 15)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 30));
}

} // namespace

TEST_CASE("the no-follow-up clock runs from the ownership start and is due on the Nth day", "[pool][clock]")
{
    // Owned since 2026-02-13, nothing since: 30 days later is 2026-03-15 (15 days left in February + 15).
    const ReclaimClock clock = ReclaimClock::compute(rule(), QDate(2026, 2, 13), {}, {});
    CHECK(clock.dueOn == QDate(2026, 3, 15));
    CHECK(clock.reason == QStringLiteral("no_follow_up"));
    CHECK(clock.isDue(QDate(2026, 3, 15)));       // 30 days without a follow-up
    CHECK_FALSE(clock.isDue(QDate(2026, 3, 14))); // 29 days
    CHECK(clock.daysLeft(QDate(2026, 3, 14)) == 1);
    CHECK(clock.daysLeft(QDate(2026, 3, 20)) == -5);
}

TEST_CASE("the no-follow-up clock restarts with the owner's last follow-up, not an earlier one",
          "[pool][clock]")
{
    // A follow-up during the ownership moves the clock: 2026-03-01 + 30 = 2026-03-31.
    CHECK(ReclaimClock::compute(rule(), QDate(2026, 2, 13), at(2026, 3, 1), {}).dueOn == QDate(2026, 3, 31));
    // The time of day does not matter, only the date.
    CHECK(ReclaimClock::compute(rule(), QDate(2026, 2, 13), at(2026, 3, 1, 23), {}).dueOn ==
          QDate(2026, 3, 31));
    // A follow-up before the ownership start (e.g. in an earlier ownership) does not count.
    CHECK(ReclaimClock::compute(rule(), QDate(2026, 2, 13), at(2026, 1, 20), {}).dueOn == QDate(2026, 3, 15));
    // On the start day itself it changes nothing either.
    CHECK(ReclaimClock::compute(rule(), QDate(2026, 2, 13), at(2026, 2, 13), {}).dueOn == QDate(2026, 3, 15));
}

TEST_CASE("the no-deal clock runs from the ownership start unless a contract was signed during it",
          "[pool][clock]")
{
    // Owned since 2025-12-15 with a follow-up on 2026-03-10 (no-follow-up due 2026-04-09); no deal:
    // 2025-12-15 + 90 days = 2026-03-15 (16 days of December + 31 + 28 + 15).
    const ReclaimClock noDeal = ReclaimClock::compute(rule(), QDate(2025, 12, 15), at(2026, 3, 10), {});
    CHECK(noDeal.dueOn == QDate(2026, 3, 15));
    CHECK(noDeal.reason == QStringLiteral("no_deal"));
    CHECK(noDeal.isDue(QDate(2026, 3, 15)));       // the 90th day
    CHECK_FALSE(noDeal.isDue(QDate(2026, 3, 14))); // the 89th

    // A contract signed during the ownership stops the no-deal clock: only the follow-up clock is left.
    const ReclaimClock dealt =
        ReclaimClock::compute(rule(), QDate(2025, 12, 15), at(2026, 3, 10), QDate(2026, 1, 5));
    CHECK(dealt.dueOn == QDate(2026, 4, 9));
    CHECK(dealt.reason == QStringLiteral("no_follow_up"));
    // Signed on the ownership start day: during the ownership.
    CHECK(ReclaimClock::compute(rule(), QDate(2025, 12, 15), at(2026, 3, 10), QDate(2025, 12, 15)).reason ==
          QStringLiteral("no_follow_up"));
    // A contract signed before the ownership started (another owner's deal) does not stop it.
    CHECK(ReclaimClock::compute(rule(), QDate(2025, 12, 15), at(2026, 3, 10), QDate(2025, 12, 1)).reason ==
          QStringLiteral("no_deal"));
}

TEST_CASE("the earlier clock fires; on a tie the no-follow-up rule is named", "[pool][clock]")
{
    const ReclaimClock tie = ReclaimClock::compute(rule(30, 30), QDate(2026, 2, 1), {}, {});
    CHECK(tie.dueOn == QDate(2026, 3, 3));
    CHECK(tie.reason == QStringLiteral("no_follow_up"));
    const ReclaimClock deal = ReclaimClock::compute(rule(30, 20), QDate(2026, 2, 1), {}, {});
    CHECK(deal.dueOn == QDate(2026, 2, 21));
    CHECK(deal.reason == QStringLiteral("no_deal"));
}

TEST_CASE("the warning window opens warnDays before the due date", "[pool][clock]")
{
    // Due 2026-03-22.
    const ReclaimClock clock = ReclaimClock::compute(rule(), QDate(2026, 2, 20), {}, {});
    REQUIRE(clock.dueOn == QDate(2026, 3, 22));
    CHECK(clock.isWarned(QDate(2026, 3, 15), 7)); // 7 days left: warned
    CHECK(clock.daysLeft(QDate(2026, 3, 15)) == 7);
    CHECK_FALSE(clock.isWarned(QDate(2026, 3, 14), 7)); // 8 days left
    CHECK_FALSE(clock.isWarned(QDate(2026, 3, 15), 6));
    CHECK(clock.isWarned(QDate(2026, 3, 21), 7));       // 1 day left
    CHECK_FALSE(clock.isWarned(QDate(2026, 3, 22), 7)); // due: reclaimed, no longer a warning
    CHECK_FALSE(clock.isWarned(QDate(2026, 3, 21), 0)); // no warnings at all
}

TEST_CASE("a customer in the pool has no clock", "[pool][clock]")
{
    const ReclaimClock clock = ReclaimClock::compute(rule(), QDate(), at(2026, 3, 1), {});
    CHECK_FALSE(clock.dueOn.isValid());
    CHECK_FALSE(clock.isDue(QDate(2030, 1, 1)));
    CHECK_FALSE(clock.isWarned(QDate(2030, 1, 1), 7));
    CHECK(clock.daysLeft(QDate(2030, 1, 1)) == 0);
}
