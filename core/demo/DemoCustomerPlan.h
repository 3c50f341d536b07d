#pragma once

#include "demo/DemoOrgPlan.h"
#include "demo/DemoRandom.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace tl::core::demo {

struct CityGeo;

// The demo company's customers, planned one at a time (the large scale has 200,000 customers and about
// 2,000,000 follow-ups: they are written as they are planned, never held all at once). Employees are
// indexes into OrgPlan::employees, customers indexes in plan order.

struct PlannedContact
{
    QString name;
    QString title;
    QString phone;
    QString wechat;
    bool primary = false;
};

struct PlannedOwnership
{
    int from = -1; // employee, -1 = the pool
    int to = -1;
    QDateTime at;
    QString reason; // customer_ownership.reason key
};

struct PlannedFollowUp
{
    int employee = -1;
    QDateTime at;
    QString method; // phone, visit, wechat, email, other
    QString content;
    QDate nextOn;
    QDate promisedPaymentOn; // 承诺回款日 recorded with it (receivables)
    qint64 id = 0;           // set when its row is planned
};

struct PlannedStage
{
    QString from; // empty for the first row
    QString to;
    QDateTime at;
};

struct PlannedOpportunity
{
    int owner = -1;
    QString name;
    qint64 amountFen = 0;
    QString stage;
    QDate expectedCloseOn;
    QDate createdOn;
    QDate closedOn;
    QList<PlannedStage> stages;
};

// A period in which a salesperson may sign contracts with the customer without upsetting the pool
// clocks (DESIGN §2.2): the current owner during the ownership, or a colleague who owned it until the
// handover. regular: a long-standing customer who buys again and again.
struct PlannedDealWindow
{
    int salesperson = -1;
    QDate from;
    QDate until; // exclusive
    bool regular = false;
};

struct PlannedCustomer
{
    QString code;
    QString name;
    QString type;
    QString level;
    QString industry;
    QString region;
    QString address;
    bool hasLocation = false;
    qint64 latitudeE6 = 0;
    qint64 longitudeE6 = 0;
    qint64 creditLimitFen = 0;
    int paymentDays = 30;
    int owner = -1; // -1 = in the pool
    QDate ownedSince;
    QDate poolSince;
    QDate createdOn;
    QDateTime lastOwnerFollowUpAt; // the owner's last follow-up since ownedSince (derived column)
    QList<PlannedContact> contacts;
    QList<PlannedOwnership> ownership; // oldest first
    QList<PlannedFollowUp> followUps;  // oldest first
    QList<PlannedOpportunity> opportunities;
    QList<PlannedDealWindow> dealWindows; // oldest first
    QDate handoverOn;                     // valid when the owner took it over from a colleague who left
    int showcase = -1;                    // the demo user "sales"'s customers: their place in the showcase
};

// A field check-in planned beside a visit (matched to customers when written).
struct PlannedCheckin
{
    int employee = -1;
    QDateTime at;
    qint64 latitudeE6 = 0;
    qint64 longitudeE6 = 0;
    QString address;
};

// The reclaim windows of a customer level (PoolRules in force today), so that the planned clocks put a
// share of customers in the warning window and a few past it.
struct ReclaimWindows
{
    int noFollowUpDays = 30;
    int noDealDays = 90;
    int warnDays = 7;
};

class CustomerPlanner
{
public:
    // windows: by level "A", "B", "C"; missing levels use the defaults.
    CustomerPlanner(const OrgPlan& org, int customers, quint64 seed, const QDateTime& now,
                    const QHash<QString, ReclaimWindows>& windows);

    int count() const { return m_count; }
    // Check-ins are planned beside visits from this day on.
    QDate checkinsFrom() const { return m_checkinsFrom; }
    // Plans the next customer (index 0, 1, ... count() - 1).
    PlannedCustomer next();

    // Check-ins planned beside recent visits, ordered by time (complete after the last next()). They are
    // matched to customers (CheckinMatcher) once every customer and follow-up is written.
    std::vector<PlannedCheckin> takeCheckins();

private:
    struct Seller
    {
        int employee = -1;
        QDate hired;
        QDate left; // invalid = still employed
    };
    enum class Story
    {
        Fine,
        WarnFollowUp,
        DueFollowUp,
        WarnDeal,
        DueDeal
    };
    // Owned customers with contracts: owned for a long time (the no-deal clock stopped by the deals).
    static constexpr int kRegularShare = 62; // percent of owned customers outside the showcase

    void planOwned(PlannedCustomer& c, int index);
    void planPool(PlannedCustomer& c);
    void planPreviousOwner(PlannedCustomer& c, const QDate& until, bool reclaimed);
    int pickSeller(const QDate& from, const QDate& until, int except);
    void addFollowUps(PlannedCustomer& c, int employee, const QDate& from, const QDate& last, int count);
    // reach: the stage it got to (0 contact … 4 won), or -1 for a random one (lost sometimes).
    void addOpportunity(PlannedCustomer& c, DemoRandom& random, int reach = -1);
    void planCheckins(const PlannedCustomer& c, const PlannedFollowUp& visit);
    void describe(PlannedCustomer& c, const CityGeo& city);
    QDateTime at(const QDate& day);
    QDateTime at(const QDate& day, DemoRandom& random) const;
    const ReclaimWindows& windowsOf(const QString& level) const;

    const OrgPlan& m_org;
    int m_count;
    quint64 m_seed;
    DemoRandom m_random;
    QDateTime m_now;
    QDate m_today;
    QDate m_checkinsFrom;
    QHash<QString, ReclaimWindows> m_windows;
    ReclaimWindows m_defaultWindows;
    QList<Seller> m_active;     // employed salespeople
    QList<Seller> m_all;        // also those who left
    QList<int> m_recentLeavers; // indexes into m_all: left within the last months (handover stories)
    QList<int> m_showcase;      // the stories of the demo user "sales"'s first customers
    int m_next = 0;
    std::vector<PlannedCheckin> m_checkins;
};

} // namespace tl::core::demo
