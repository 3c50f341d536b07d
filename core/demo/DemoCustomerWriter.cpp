#include "demo/DemoCustomerWriter.h"

#include "audit/BulkAuditWriter.h"
#include "common/Clock.h"
#include "customers/CheckinMatcher.h"
#include "customers/CheckinService.h"
#include "customers/PoolRules.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "demo/DemoCustomerPlan.h"
#include "io/BulkWriteCache.h"

#include <QHash>

#include <sqlite3.h>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace tl::core::demo {

namespace {

const QString kCustomers = QStringLiteral("customers");
const QString kContacts = QStringLiteral("customer_contacts");
const QString kOwnership = QStringLiteral("customer_ownership");
const QString kFollowUps = QStringLiteral("followups");
const QString kOpportunities = QStringLiteral("opportunities");
const QString kStages = QStringLiteral("opportunity_stages");
const QString kCheckins = QStringLiteral("checkins");

// Stored date-times: local ISO without an offset ("2026-03-15T10:30:00"), as the services store them
// (QDateTime::toString is slow for millions of rows).
QString timeText(const QDateTime& at)
{
    const QDate d = at.date();
    const QTime t = at.time();
    char text[24];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", d.year(), d.month(),
                                d.day(), t.hour(), t.minute(), t.second());
    return QString::fromLatin1(text, n);
}

// The reclaim windows in force today, per level, so that the planned clocks match the sweep's.
QHash<QString, ReclaimWindows> windowsInForce(const Context& ctx)
{
    QHash<QString, ReclaimWindows> windows;
    PoolRules rules(ctx);
    for (const QString& level : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
        const Result<PoolRule> rule = rules.ruleFor(level, ctx.clock.today());
        if (rule)
            windows.insert(level, ReclaimWindows{rule->noFollowUpDays, rule->noDealDays, rule->warnDays});
    }
    return windows;
}

// The native statements of the customer tables, prepared once.
struct Statements
{
    explicit Statements(sqlite3* h)
        : customer(h,
                   "INSERT INTO customers (code, name, type, level, industry, region, address, latitude_e6, "
                   "longitude_e6, credit_limit, payment_days, owner_id, owned_since, pool_since, created_on, "
                   "note, last_owner_followup_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'',?)"),
          contact(
              h, "INSERT INTO customer_contacts (customer_id, name, title, phone, email, wechat, is_primary) "
                 "VALUES (?,?,?,?,'',?,?)"),
          ownership(
              h, "INSERT INTO customer_ownership (customer_id, from_owner_id, to_owner_id, at, reason, note, "
                 "user_id) VALUES (?,?,?,?,?,'',NULL)"),
          followUp(h, "INSERT INTO followups (customer_id, employee_id, at, method, content, next_on, "
                      "promised_payment_on) VALUES (?,?,?,?,?,?,NULL)"),
          opportunity(
              h, "INSERT INTO opportunities (customer_id, owner_id, name, amount, stage, expected_close_on, "
                 "created_on, closed_on, note) VALUES (?,?,?,?,?,?,?,?,'')"),
          stage(h, "INSERT INTO opportunity_stages (opportunity_id, from_stage, to_stage, at, user_id, note) "
                   "VALUES (?,?,?,?,NULL,'')"),
          checkin(h,
                  "INSERT INTO checkins (employee_id, at, latitude_e6, longitude_e6, address, customer_id, "
                  "distance_m, effective, reason) VALUES (?,?,?,?,?,?,?,?,?)")
    {}
    NativeStatement customer, contact, ownership, followUp, opportunity, stage, checkin;
};

// Plans the customers on a second thread while the caller writes them (planning is a tenth of the work).
class PlanStream
{
public:
    explicit PlanStream(CustomerPlanner& planner) : m_planner(planner), m_thread([this] { produce(); }) {}
    ~PlanStream() { finish(); }
    PlanStream(const PlanStream&) = delete;
    PlanStream& operator=(const PlanStream&) = delete;

    // The next planned customer, in plan order; false after the last one.
    bool next(PlannedCustomer& customer)
    {
        if (m_position == m_current.size()) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_batches.empty() || m_produced; });
            if (m_batches.empty())
                return false;
            m_current = std::move(m_batches.front());
            m_batches.pop_front();
            m_position = 0;
            m_changed.notify_all();
        }
        customer = std::move(m_current[m_position++]);
        return true;
    }

    // Stops planning (when the caller gives up early) and waits for the planning thread.
    void finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    static constexpr int kBatch = 500;
    static constexpr size_t kQueued = 8;

    void produce()
    {
        for (int i = 0; i < m_planner.count();) {
            std::vector<PlannedCustomer> batch;
            batch.reserve(kBatch);
            for (; i < m_planner.count() && int(batch.size()) < kBatch; ++i)
                batch.push_back(m_planner.next());
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_batches.size() < kQueued || m_stopped; });
            if (m_stopped)
                return;
            m_batches.push_back(std::move(batch));
            m_changed.notify_all();
        }
        const std::lock_guard lock(m_mutex);
        m_produced = true;
        m_changed.notify_all();
    }

    CustomerPlanner& m_planner;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<PlannedCustomer>> m_batches;
    bool m_produced = false;
    bool m_stopped = false;
    std::vector<PlannedCustomer> m_current;
    size_t m_position = 0;
    std::thread m_thread; // last: starts once everything above is initialised
};

} // namespace

bool DemoCustomerWriter::write(const OrgPlan& org, const QList<qint64>& employeeIds, int customers,
                               quint64 seed)
{
    CustomerPlanner planner(org, customers, seed, m_ctx.clock.now(), windowsInForce(m_ctx));
    const BulkWriteCache cache(m_ctx.db.nativeHandle(), BulkWriteCache::kibibytesFor(qint64(customers) * 15));
    Statements st(m_ctx.db.nativeHandle());
    BulkAuditWriter audit(m_ctx);
    const auto employee = [&](int index) { return index >= 0 ? employeeIds.at(index) : qint64(0); };

    m_progress.setText(tr("Creating customers, follow-ups and visits"));
    const qint64 total = qint64(customers) * 11 / 10;
    m_progress.setTotal(total);
    PlanStream stream(planner);
    PlannedCustomer c;
    for (int i = 0; stream.next(c); ++i) {
        if (i % 500 == 0) {
            m_progress.setDone(i);
            if (m_progress.isCancelled())
                return false;
        }
        st.customer.bind(1, c.code)
            .bind(2, c.name)
            .bind(3, c.type)
            .bind(4, c.level)
            .bind(5, c.industry)
            .bind(6, c.region)
            .bind(7, c.address);
        if (c.hasLocation)
            st.customer.bind(8, c.latitudeE6).bind(9, c.longitudeE6);
        else
            st.customer.bindNull(8).bindNull(9);
        st.customer.bind(10, c.creditLimitFen)
            .bind(11, qint64(c.paymentDays))
            .bindId(12, employee(c.owner))
            .bindDate(13, c.ownedSince)
            .bindDate(14, c.poolSince)
            .bindDate(15, c.createdOn);
        if (c.lastOwnerFollowUpAt.isValid())
            st.customer.bind(16, timeText(c.lastOwnerFollowUpAt));
        else
            st.customer.bindNull(16);
        const qint64 customerId = st.customer.execute();
        audit.addCreated(kCustomers, customerId);

        for (const PlannedContact& contact : c.contacts) {
            st.contact.bind(1, customerId)
                .bind(2, contact.name)
                .bind(3, contact.title)
                .bind(4, contact.phone)
                .bind(5, contact.wechat)
                .bind(6, qint64(contact.primary ? 1 : 0));
            audit.addCreated(kContacts, st.contact.execute());
        }
        for (const PlannedOwnership& o : c.ownership) {
            st.ownership.bind(1, customerId)
                .bindId(2, employee(o.from))
                .bindId(3, employee(o.to))
                .bind(4, timeText(o.at))
                .bind(5, o.reason);
            audit.addCreated(kOwnership, st.ownership.execute());
        }
        for (const PlannedFollowUp& f : c.followUps) {
            st.followUp.bind(1, customerId)
                .bind(2, employee(f.employee))
                .bind(3, timeText(f.at))
                .bind(4, f.method)
                .bind(5, f.content)
                .bindDate(6, f.nextOn);
            audit.addCreated(kFollowUps, st.followUp.execute());
        }
        for (const PlannedOpportunity& o : c.opportunities) {
            st.opportunity.bind(1, customerId)
                .bind(2, employee(o.owner))
                .bind(3, o.name)
                .bind(4, o.amountFen)
                .bind(5, o.stage)
                .bindDate(6, o.expectedCloseOn)
                .bindDate(7, o.createdOn)
                .bindDate(8, o.closedOn);
            const qint64 opportunityId = st.opportunity.execute();
            audit.addCreated(kOpportunities, opportunityId);
            for (const PlannedStage& s : o.stages) {
                st.stage.bind(1, opportunityId).bindText(2, s.from).bind(3, s.to).bind(4, timeText(s.at));
                audit.addCreated(kStages, st.stage.execute());
            }
        }
    }

    // Check-ins last: matching needs every customer and follow-up in place.
    stream.finish();
    const std::vector<PlannedCheckin> checkins = planner.takeCheckins();
    CheckinMatcher matcher(m_ctx.db, CheckinService(m_ctx).maxDistanceMetres());
    qint64 done = 0;
    for (const PlannedCheckin& p : checkins) {
        if (++done % 500 == 0) {
            m_progress.setDone(customers + done * (total - customers) / qint64(checkins.size()));
            if (m_progress.isCancelled())
                return false;
        }
        const qint64 employeeId = employee(p.employee);
        const CheckinMatch match = matcher.match(employeeId, p.at, GeoPoint{p.latitudeE6, p.longitudeE6});
        st.checkin.bind(1, employeeId)
            .bind(2, timeText(p.at))
            .bind(3, p.latitudeE6)
            .bind(4, p.longitudeE6)
            .bind(5, p.address)
            .bindId(6, match.customerId);
        if (match.distanceMetres >= 0)
            st.checkin.bind(7, qint64(match.distanceMetres));
        else
            st.checkin.bindNull(7);
        st.checkin.bind(8, qint64(match.effective ? 1 : 0)).bind(9, match.reason);
        audit.addCreated(kCheckins, st.checkin.execute());
    }
    audit.flush();
    m_progress.setDone(total);
    return true;
}

} // namespace tl::core::demo
