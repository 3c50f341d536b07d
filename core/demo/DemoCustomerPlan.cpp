#include "demo/DemoCustomerPlan.h"

#include "demo/DemoText.h"

#include "demo/DemoCustomerData.h"
#include "demo/DemoData.h"

#include <algorithm>
#include <cmath>

namespace tl::core::demo {

namespace {

constexpr int kLocationRadius = 35000; // customers within 35 km of their city's centre (metres)
constexpr double kMetresPerDegree = 111320.0;

// Shown on the demo user "sales"'s first customers, so that every pool state is on screen: reclaim due
// and warned by either rule, a next contact today and an overdue one.
// Then four long-standing customers with contracts (their receivables show every state).
struct Showcase
{
    int story;      // CustomerPlanner::Story
    int nextOnDays; // next contact relative to today on the last follow-up; 99 = none
    bool regular;   // a long-standing customer with contracts
};
constexpr Showcase kShowcase[] = {{2, 99, false}, {1, 99, false}, {1, 99, false}, {3, 99, false},
                                  {4, 99, false}, {0, 0, false},  {0, -3, false}, {0, 2, true},
                                  {0, 99, true},  {0, 5, true},   {0, 99, true}};

// Planned times are wall-clock times; kept as UTC date-times so that comparing and shifting them needs no
// time-zone arithmetic (millions of them at the large scale). Only their date and time are written.
QDateTime wallClock(const QDate& day, const QTime& time)
{
    return QDateTime(day, time, Qt::UTC);
}

// A point at a uniformly random place within [minMetres, maxMetres] of a centre.
void offsetPoint(DemoRandom& random, qint64 latE6, qint64 lonE6, int minMetres, int maxMetres, qint64& outLat,
                 qint64& outLon)
{
    qint64 dx = 0, dy = 0;
    for (;;) {
        dx = random.between(-maxMetres, maxMetres);
        dy = random.between(-maxMetres, maxMetres);
        const qint64 r2 = dx * dx + dy * dy;
        if (r2 <= qint64(maxMetres) * maxMetres && r2 >= qint64(minMetres) * minMetres)
            break;
    }
    const double cosLat = std::cos(double(latE6) / 1e6 * M_PI / 180.0);
    outLat = latE6 + qRound64(double(dy) * 1e6 / kMetresPerDegree);
    outLon = lonE6 + qRound64(double(dx) * 1e6 / (kMetresPerDegree * cosLat));
}

QString pickMethod(DemoRandom& random)
{
    const int r = random.below(100);
    return r < 45   ? QStringLiteral("phone")
           : r < 70 ? QStringLiteral("wechat")
           : r < 88 ? QStringLiteral("visit")
           : r < 96 ? QStringLiteral("email")
                    : QStringLiteral("other");
}

} // namespace

CustomerPlanner::CustomerPlanner(const OrgPlan& org, int customers, quint64 seed, const QDateTime& now,
                                 const QHash<QString, ReclaimWindows>& windows)
    : m_org(org), m_count(customers), m_seed(seed), m_random(seed ^ 0xC057'0A1E'5EED'0003ULL),
      m_now(wallClock(now.date(), now.time())), m_today(now.date()),
      m_checkinsFrom(QDate(now.date().year(), now.date().month(), 1).addMonths(-1)), m_windows(windows)
{
    for (qsizetype i = 0; i < org.employees.size(); ++i) {
        const PlannedEmployee& e = org.employees.at(i);
        if (e.role != QLatin1String("sales"))
            continue;
        Seller s{int(i), e.hireDate, e.status == QLatin1String("left") ? e.leaveDate : QDate()};
        if (!s.left.isValid())
            m_active << s;
        else if (s.left >= m_today.addDays(-80) && s.left < m_today)
            m_recentLeavers << int(m_all.size());
        m_all << s;
    }
}

const ReclaimWindows& CustomerPlanner::windowsOf(const QString& level) const
{
    const auto it = m_windows.constFind(level);
    return it == m_windows.constEnd() ? m_defaultWindows : *it;
}

QDateTime CustomerPlanner::at(const QDate& day)
{
    return at(day, m_random);
}

QDateTime CustomerPlanner::at(const QDate& day, DemoRandom& random) const
{
    // Office hours; nothing happens later than now.
    const QDateTime when = wallClock(day, QTime(random.between(8, 18), random.below(60), 0));
    return when < m_now ? when : m_now.addSecs(-60 * random.between(1, 30));
}

int CustomerPlanner::pickSeller(const QDate& from, const QDate& until, int except)
{
    for (int attempt = 0; attempt < 8 && !m_all.isEmpty(); ++attempt) {
        const Seller& s = m_all.at(m_random.below(int(m_all.size())));
        if (s.employee != except && s.hired <= from && (!s.left.isValid() || s.left >= until))
            return s.employee;
    }
    return -1;
}

void CustomerPlanner::describe(PlannedCustomer& c, const CityGeo& city)
{
    const int t = m_random.below(100);
    c.type = t < 8    ? QStringLiteral("key_account")
             : t < 78 ? QStringLiteral("sme")
             : t < 85 ? QStringLiteral("individual")
             : t < 95 ? QStringLiteral("channel")
                      : QStringLiteral("other");
    const int l = m_random.below(100);
    c.level = c.type == QLatin1String("key_account") ? (l < 70 ? QStringLiteral("A") : QStringLiteral("B"))
              : l < 12                               ? QStringLiteral("A")
              : l < 45                               ? QStringLiteral("B")
                                                     : QStringLiteral("C");
    const Industry& industry = industries().at(m_random.below(int(industries().size())));
    if (c.type == QLatin1String("individual")) {
        c.name = personName(m_random, m_random.percent(55));
    } else {
        c.name = companyName(m_random, city, industry);
        c.industry = industry.name;
    }
    c.region = city.name + u8("市");
    const QString district = city.districts.at(m_random.below(int(city.districts.size())));
    c.address = streetAddress(m_random, district);
    c.hasLocation = c.type != QLatin1String("individual") || m_random.percent(30);
    if (c.hasLocation)
        offsetPoint(m_random, city.latitudeE6, city.longitudeE6, 0, kLocationRadius, c.latitudeE6,
                    c.longitudeE6);

    const qint64 wan = 10000 * 100; // 万元 in fen
    c.creditLimitFen = c.type == QLatin1String("key_account") ? m_random.between(50, 500) * wan
                       : c.type == QLatin1String("sme")       ? m_random.between(1, 50) * wan
                       : c.type == QLatin1String("channel")   ? m_random.between(20, 200) * wan
                       : c.type == QLatin1String("other")     ? m_random.between(0, 10) * wan
                                                              : 0;
    static constexpr int kTerms[] = {30, 30, 30, 45, 60, 90};
    c.paymentDays = kTerms[m_random.below(6)];

    const int contacts = c.type == QLatin1String("individual") ? 1 : m_random.percent(40) ? 2 : 1;
    for (int i = 0; i < contacts; ++i) {
        PlannedContact contact;
        contact.name =
            c.type == QLatin1String("individual") ? c.name : personName(m_random, m_random.percent(55));
        contact.title = c.type == QLatin1String("individual") ? QString() : contactTitle(m_random);
        contact.phone = mobile(m_random);
        contact.wechat = m_random.percent(50) ? contact.phone : QString();
        contact.primary = i == 0;
        c.contacts << contact;
    }
}

PlannedCustomer CustomerPlanner::next()
{
    const int index = m_next++;
    PlannedCustomer c;
    c.code = QStringLiteral("C%1").arg(index + 1, 6, 10, QLatin1Char('0'));
    c.createdOn = m_today.addDays(-m_random.between(30, 1500));
    const bool showcase = index < int(std::size(kShowcase)) && m_org.salesperson >= 0;
    if (m_active.isEmpty())
        planPool(c); // no salesperson to own it
    else if (showcase || m_random.percent(80))
        planOwned(c, index);
    else
        planPool(c);
    if (c.owner >= 0 && m_random.percent(25))
        addOpportunity(c, m_random);
    // The showcase customers (the demo users' team) also have an opportunity each, at every stage from
    // first contact to won, so that the team's funnel is never empty at its end. Drawn from their own
    // sequence: the rest of the company stays as the seed made it.
    if (c.owner >= 0 && showcase) {
        DemoRandom own(m_seed ^ (0x5EED'0FF0'0000'0000ULL + quint64(index)));
        addOpportunity(c, own, index % 5);
    }
    return c;
}

void CustomerPlanner::planOwned(PlannedCustomer& c, int index)
{
    // The owner and where the customer is.
    Story story = Story::Fine;
    bool regular = false; // owned for long, with contracts: no no-deal clock, only the follow-up one
    int nextOnDays = m_random.percent(70) ? m_random.between(-10, 14) : 99;
    if (index < int(std::size(kShowcase)) && m_org.salesperson >= 0) {
        c.owner = m_org.salesperson;
        c.showcase = index;
        story = Story(kShowcase[index].story);
        nextOnDays = kShowcase[index].nextOnDays;
        regular = kShowcase[index].regular;
    } else {
        c.owner = m_active.at(m_random.below(int(m_active.size()))).employee;
        regular = m_random.percent(kRegularShare);
        const int r = m_random.below(100);
        story = regular  ? (r < 88   ? Story::Fine
                            : r < 96 ? Story::WarnFollowUp
                                     : Story::DueFollowUp)
                : r < 86 ? Story::Fine
                : r < 92 ? Story::WarnFollowUp
                : r < 94 ? Story::DueFollowUp
                : r < 98 ? Story::WarnDeal
                         : Story::DueDeal;
    }
    const PlannedEmployee& owner = m_org.employees.at(c.owner);
    describe(c, cityGeo(owner.city));
    const ReclaimWindows& w = windowsOf(c.level);
    const int n = w.noFollowUpDays, m = w.noDealDays, k = w.warnDays;

    // The ownership start (days ago) and the owner's last follow-up (days ago, 0 = none since the start).
    // Rules are validated (positive days), but a range must never be empty for DemoRandom.
    const auto within = [this](int low, int high) { return m_random.between(low, std::max(low, high)); };
    int start = 0, last = 0;
    switch (story) {
    case Story::Fine:
    case Story::WarnFollowUp:
    case Story::DueFollowUp:
        if (regular) {
            start = within(150, 1150);
            break;
        }
        if (story == Story::WarnFollowUp)
            start = within(n - k, m - k - 1);
        else if (story == Story::DueFollowUp)
            start = within(n, m - k - 1);
        else
            start = within(1, m - k - 1);
        break;
    case Story::WarnDeal:
        start = within(m - k, m - 1);
        break;
    case Story::DueDeal:
        start = within(m, m + 20);
        break;
    }
    // Nobody owns a customer before joining.
    start = std::max(1, int(std::min<qint64>(start, owner.hireDate.daysTo(m_today))));
    switch (story) {
    case Story::WarnFollowUp:
        last = within(std::min(n - k, start), std::min(n - 1, start));
        break;
    case Story::DueFollowUp:
        last = within(std::min(n, start), regular ? std::min(start, n + 20) : start);
        break;
    default:
        last = within(1, std::min(start, n - k - 1));
        break;
    }
    const bool silent = story == Story::Fine && start < n - k - 1 && m_random.percent(15); // no follow-up yet
    c.ownedSince = m_today.addDays(-start);
    if (c.createdOn > c.ownedSince || m_random.percent(25))
        c.createdOn = c.ownedSince; // the owner created it

    // How it came to the owner.
    if (c.createdOn == c.ownedSince) {
        c.ownership << PlannedOwnership{-1, c.owner, at(c.ownedSince), QStringLiteral("created")};
    } else {
        const int r = m_random.below(100);
        QString reason = r < 55 ? QStringLiteral("claimed") : QStringLiteral("assigned");
        int from = -1;
        if (r >= 90 && !m_recentLeavers.isEmpty()) { // a colleague left: handed over on the last day
            const Seller& leaver = m_all.at(m_recentLeavers.at(m_random.below(int(m_recentLeavers.size()))));
            if (leaver.left > c.createdOn && leaver.left >= owner.hireDate && leaver.hired <= c.createdOn &&
                m_today.addDays(-(m - k - 1)) <= leaver.left && story != Story::WarnDeal &&
                story != Story::DueDeal) {
                from = leaver.employee;
                reason = QStringLiteral("handover");
                c.handoverOn = leaver.left;
                // The colleague may have sold to it; a few of those handed over were regular buyers
                // (each leaver hands over hundreds of customers).
                c.dealWindows << PlannedDealWindow{from, c.createdOn, leaver.left, m_random.percent(15)};
                c.ownedSince = leaver.left;
                start = int(c.ownedSince.daysTo(m_today));
                last = std::min(last, start);
                c.ownership << PlannedOwnership{-1, from, at(c.createdOn), QStringLiteral("created")};
                const int span = int(c.createdOn.daysTo(leaver.left));
                addFollowUps(c, from, c.createdOn,
                             leaver.left.addDays(-m_random.below(std::min(span, 10) + 1)),
                             m_random.between(2, 12));
            }
        }
        if (from < 0 && m_random.percent(55))
            planPreviousOwner(c, c.ownedSince, true);
        c.ownership << PlannedOwnership{from, c.owner, at(c.ownedSince), reason};
    }
    // The owner may sign contracts during the ownership, unless the story is the no-deal clock's.
    if (story != Story::WarnDeal && story != Story::DueDeal)
        c.dealWindows << PlannedDealWindow{c.owner, c.ownedSince, m_today,
                                           regular && !c.handoverOn.isValid()};

    // The owner's follow-ups since the start, the last one `last` days ago.
    if (!silent) {
        const QDate lastDay = m_today.addDays(-std::max(last, 1));
        const QDate first = std::min(c.ownedSince, lastDay);
        const int count = 1 + int(first.daysTo(lastDay)) / m_random.between(3, 7);
        const int most = start > 120 ? m_random.between(5, 10) : 30; // a long ownership: now and then
        const qsizetype before = c.followUps.size();
        addFollowUps(c, c.owner, first, lastDay, std::min(count, most));
        PlannedFollowUp& latest = c.followUps.last();
        if (nextOnDays != 99 && c.followUps.size() > before)
            latest.nextOn = std::max(latest.at.date().addDays(1), m_today.addDays(nextOnDays));
        c.lastOwnerFollowUpAt = latest.at;
    }
}

void CustomerPlanner::planPool(PlannedCustomer& c)
{
    // Near one of the sales teams.
    describe(
        c,
        m_active.isEmpty()
            ? cityGeos().first()
            : cityGeo(m_org.employees.at(m_active.at(m_random.below(int(m_active.size()))).employee).city));
    c.poolSince = c.createdOn;
    if (m_random.percent(45))
        return; // entered straight into the pool, never owned
    const QDate until = m_today.addDays(-m_random.between(1, 150));
    if (until <= c.createdOn.addDays(2))
        return;
    planPreviousOwner(c, until, m_random.percent(75));
    if (!c.ownership.isEmpty())
        c.poolSince = c.ownership.last().at.date();
}

// A salesperson owned the customer from its creation until shortly before `until`, and lost it to the
// sweep (reclaimed) or gave it back (released).
void CustomerPlanner::planPreviousOwner(PlannedCustomer& c, const QDate& until, bool reclaimed)
{
    const ReclaimWindows& w = windowsOf(c.level);
    const int span = int(c.createdOn.daysTo(until));
    if (span < 3)
        return;
    const QDate end = until.addDays(-m_random.between(1, std::min(span - 1, 60)));
    const int previous = pickSeller(c.createdOn, end, c.owner);
    if (previous < 0)
        return;
    const int held = int(c.createdOn.daysTo(end));
    QString reason = QStringLiteral("released");
    QDate lastFollowUp = end;
    if (reclaimed && held > w.noFollowUpDays + 1 && m_random.percent(60)) {
        reason = QStringLiteral("reclaimed_no_follow_up");
        lastFollowUp = end.addDays(-w.noFollowUpDays - m_random.below(10));
    } else if (reclaimed && held >= w.noDealDays) {
        reason = QStringLiteral("reclaimed_no_deal");
        lastFollowUp = end.addDays(-m_random.between(1, std::max(1, std::min(w.noFollowUpDays - 1, held))));
    }
    if (lastFollowUp < c.createdOn)
        lastFollowUp = c.createdOn;
    c.ownership << PlannedOwnership{-1, previous, at(c.createdOn), QStringLiteral("created")};
    addFollowUps(c, previous, c.createdOn, lastFollowUp, std::min(m_random.between(5, 15), held / 3 + 1));
    const QDateTime sweptAt =
        wallClock(end, QTime(8, m_random.below(30), 0)); // the start-up sweep, or the owner's release
    c.ownership << PlannedOwnership{previous, -1, reason == QLatin1String("released") ? at(end) : sweptAt,
                                    reason};
}

void CustomerPlanner::addFollowUps(PlannedCustomer& c, int employee, const QDate& from, const QDate& last,
                                   int count)
{
    if (count <= 0 || last < from)
        return;
    const int span = int(from.daysTo(last));
    QList<QDate> days;
    for (int i = 0; i < count - 1; ++i)
        days << from.addDays(m_random.between(0, span));
    std::sort(days.begin(), days.end());
    days << last;
    for (const QDate& day : days) {
        PlannedFollowUp f;
        f.employee = employee;
        f.at = at(day);
        f.method = pickMethod(m_random);
        f.content = followUpContent(m_random, f.method);
        c.followUps << f;
        if (f.method == QLatin1String("visit") && day >= m_checkinsFrom)
            planCheckins(c, c.followUps.last());
    }
    // Several follow-ups may share a day: keep them in time order.
    std::stable_sort(c.followUps.begin(), c.followUps.end(),
                     [](const PlannedFollowUp& a, const PlannedFollowUp& b) { return a.at < b.at; });
}

void CustomerPlanner::planCheckins(const PlannedCustomer& c, const PlannedFollowUp& visit)
{
    if (!c.hasLocation || !m_random.percent(85))
        return;
    PlannedCheckin checkin;
    checkin.employee = visit.employee;
    checkin.at = visit.at.addSecs(-60 * m_random.between(0, 20));
    if (checkin.at.date() != visit.at.date())
        checkin.at = visit.at;
    checkin.address = c.region + c.address;
    if (m_random.percent(88)) // at the customer's door
        offsetPoint(m_random, c.latitudeE6, c.longitudeE6, 0, 300, checkin.latitudeE6, checkin.longitudeE6);
    else // signed in somewhere else (parking, a café down the road)
        offsetPoint(m_random, c.latitudeE6, c.longitudeE6, 600, 3000, checkin.latitudeE6,
                    checkin.longitudeE6);
    m_checkins.push_back(checkin);

    // Now and then a second visit the next day without a follow-up logged: not an effective visit.
    const QDate nextDay = visit.at.date().addDays(1);
    if (nextDay < m_today && m_random.percent(6)) {
        PlannedCheckin again = checkin;
        again.at = wallClock(nextDay, QTime(m_random.between(9, 17), m_random.below(60), 0));
        offsetPoint(m_random, c.latitudeE6, c.longitudeE6, 0, 200, again.latitudeE6, again.longitudeE6);
        m_checkins.push_back(again);
    }
}

void CustomerPlanner::addOpportunity(PlannedCustomer& c, DemoRandom& random, int reach)
{
    static const QStringList kStages{QStringLiteral("contact"), QStringLiteral("research"),
                                     QStringLiteral("proposal"), QStringLiteral("negotiation"),
                                     QStringLiteral("won")};
    PlannedOpportunity o;
    o.owner = c.owner;
    o.name = opportunityName(random);
    const qint64 yuan = c.type == QLatin1String("key_account") ? random.between(20, 400) * 5000
                                                               : random.between(1, 100) * 5000;
    o.amountFen = yuan * 100;
    const int available = int(c.ownedSince.daysTo(m_today)) - 1;
    if (available < 1)
        return;
    o.createdOn = c.ownedSince.addDays(random.between(0, available));
    o.expectedCloseOn = o.createdOn.addDays(random.between(30, 120));
    // How far it got: 0 contact ... 4 won; lost from any open stage.
    const int r = reach >= 0 ? 0 : random.below(100);
    const int reached = reach >= 0 ? reach
                        : r < 25   ? 0
                        : r < 45   ? 1
                        : r < 63   ? 2
                        : r < 75   ? 3
                        : r < 88   ? 4
                                   : random.between(0, 3);
    const bool lost = reach < 0 && r >= 88;
    const int steps = reached + (lost ? 1 : 0);
    const int room = int(o.createdOn.daysTo(m_today)) - 1;
    QDate day = o.createdOn;
    QDateTime when = at(day, random);
    o.stages << PlannedStage{QString(), kStages.first(), when};
    for (int s = 1; s <= steps; ++s) {
        day = day.addDays(room > 0 ? random.between(0, std::max(1, room / (steps + 1))) : 0);
        const QDateTime next = at(day, random);
        when = next > when ? next : when.addSecs(60);
        const QString to = lost && s == steps ? QStringLiteral("lost") : kStages.at(s);
        o.stages << PlannedStage{o.stages.last().to, to, when};
    }
    o.stage = o.stages.last().to;
    if (o.stage == QLatin1String("won") || o.stage == QLatin1String("lost"))
        o.closedOn = o.stages.last().at.date();
    c.opportunities << o;
}

std::vector<PlannedCheckin> CustomerPlanner::takeCheckins()
{
    std::stable_sort(m_checkins.begin(), m_checkins.end(),
                     [](const PlannedCheckin& a, const PlannedCheckin& b) { return a.at < b.at; });
    return std::move(m_checkins);
}

} // namespace tl::core::demo
