#include "demo/DemoCustomerWriter.h"

#include "audit/BulkAuditWriter.h"
#include "common/Clock.h"
#include "customers/CheckinMatcher.h"
#include "customers/CheckinService.h"
#include "customers/PoolRules.h"
#include "db/Database.h"
#include "demo/DemoCustomerPlan.h"
#include "demo/DemoRows.h"
#include "io/BulkWriteCache.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace tl::core::demo {

namespace {

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

// The customer tables, every column as the services store them.
struct CustomerTables
{
    RowTable customers{"customers",
                       {"id", "code", "name", "type", "level", "industry", "region", "address", "latitude_e6",
                        "longitude_e6", "credit_limit", "payment_days", "owner_id", "owned_since",
                        "pool_since", "created_on", "note", "last_owner_followup_at"}};
    RowTable contacts{"customer_contacts",
                      {"id", "customer_id", "name", "title", "phone", "email", "wechat", "is_primary"}};
    RowTable ownership{
        "customer_ownership",
        {"id", "customer_id", "from_owner_id", "to_owner_id", "at", "reason", "note", "user_id"}};
    RowTable followUps{
        "followups",
        {"id", "customer_id", "employee_id", "at", "method", "content", "next_on", "promised_payment_on"}};
    RowTable opportunities{"opportunities",
                           {"id", "customer_id", "owner_id", "name", "amount", "stage", "expected_close_on",
                            "created_on", "closed_on", "note"}};
    RowTable stages{"opportunity_stages",
                    {"id", "opportunity_id", "from_stage", "to_stage", "at", "user_id", "note"}};
    RowTable checkins{"checkins",
                      {"id", "employee_id", "at", "latitude_e6", "longitude_e6", "address", "customer_id",
                       "distance_m", "effective", "reason"}};

    QList<RowTable*> all()
    {
        return {&customers, &contacts, &ownership, &followUps, &opportunities, &stages, &checkins};
    }
};

// Indexes of the customer tables that the stream fills in order (by customer, or by time for the
// check-ins); the others are created after the load (DeferredIndexes).
const QStringList kSequentialCustomerIndexes{QStringLiteral("customer_contacts_customer"),
                                             QStringLiteral("customer_ownership_customer"),
                                             QStringLiteral("followups_customer"),
                                             QStringLiteral("opportunities_customer"),
                                             QStringLiteral("opportunity_stages_opportunity"),
                                             QStringLiteral("checkins_at")};

// CheckinMatcher in memory: the same candidates (the bounding box, then the rounded great-circle
// distance), the same order (nearest first, ties by id) and the same same-day follow-up rule, over the
// planned customers and follow-ups instead of the database.
class CheckinIndex
{
public:
    CheckinIndex(int maxDistanceMetres, const QDate& from) : m_maxDistance(maxDistanceMetres), m_from(from) {}

    void addCustomer(qint64 id, const PlannedCustomer& c)
    {
        if (!c.hasLocation)
            return;
        m_cells[cellKey(c.latitudeE6, c.longitudeE6)].push_back({id, c.latitudeE6, c.longitudeE6});
        m_all.push_back({id, c.latitudeE6, c.longitudeE6});
    }
    // Follow-ups before `from` cannot meet a check-in and are not kept.
    void addFollowUp(qint64 employeeId, qint64 customerId, const QDate& day)
    {
        if (day < m_from)
            return;
        std::vector<qint64>& customers = m_followUps[dayKey(employeeId, day)];
        if (std::find(customers.begin(), customers.end(), customerId) == customers.end())
            customers.push_back(customerId);
    }

    CheckinMatch match(qint64 employeeId, const QDateTime& at, const GeoPoint& where) const
    {
        if (at.date() < m_from)
            throw std::logic_error("a demo check-in before the follow-up window");
        const CheckinMatcher::Box box = CheckinMatcher::boxAround(where, m_maxDistance);
        struct Candidate
        {
            qint64 id;
            double metres;
        };
        std::vector<Candidate> candidates;
        const auto consider = [&](const Point& p) {
            if (p.latitude < box.minLatitude || p.latitude > box.maxLatitude)
                return;
            if (!box.allLongitudes && (p.longitude < box.minLongitude || p.longitude > box.maxLongitude))
                return;
            const double metres = GeoPoint::distanceMetres(where, GeoPoint{p.latitude, p.longitude});
            if (wholeMetres(metres) <= m_maxDistance)
                candidates.push_back({p.id, metres});
        };
        if (box.allLongitudes) {
            for (const Point& p : m_all)
                consider(p);
        } else {
            for (qint64 la = floorDiv(box.minLatitude); la <= floorDiv(box.maxLatitude); ++la)
                for (qint64 lo = floorDiv(box.minLongitude); lo <= floorDiv(box.maxLongitude); ++lo) {
                    const auto cell = m_cells.find(key(la, lo));
                    if (cell != m_cells.end())
                        for (const Point& p : cell->second)
                            consider(p);
                }
        }
        if (candidates.empty())
            return {0, -1, false, CheckinMatcher::kNoCustomerNearby};
        std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
            return a.metres != b.metres ? a.metres < b.metres : a.id < b.id;
        });
        const auto followed = m_followUps.find(dayKey(employeeId, at.date()));
        if (followed != m_followUps.end())
            for (const Candidate& c : candidates)
                if (std::find(followed->second.begin(), followed->second.end(), c.id) !=
                    followed->second.end())
                    return {c.id, wholeMetres(c.metres), true, CheckinMatcher::kEffective};
        return {candidates.front().id, wholeMetres(candidates.front().metres), false,
                CheckinMatcher::kNoFollowUpSameDay};
    }

private:
    struct Point
    {
        qint64 id;
        qint64 latitude;
        qint64 longitude;
    };
    static constexpr qint64 kCell = 10000; // micro-degrees, about 1.1 km of latitude

    static int wholeMetres(double metres) { return int(std::floor(metres + 0.5)); } // as CheckinMatcher
    static qint64 floorDiv(qint64 v) { return v >= 0 ? v / kCell : -((-v + kCell - 1) / kCell); }
    static quint64 key(qint64 latCell, qint64 lonCell)
    {
        return (quint64(latCell + (1 << 20)) << 32) | quint64(lonCell + (1 << 20));
    }
    static quint64 cellKey(qint64 lat, qint64 lon) { return key(floorDiv(lat), floorDiv(lon)); }
    static quint64 dayKey(qint64 employeeId, const QDate& day)
    {
        return (quint64(employeeId) << 32) | quint64(quint32(day.toJulianDay()));
    }

    int m_maxDistance;
    QDate m_from;
    std::unordered_map<quint64, std::vector<Point>> m_cells;
    std::vector<Point> m_all;
    std::unordered_map<quint64, std::vector<qint64>> m_followUps;
};

// Plans the rows on a second thread while the caller writes them: batches of customers with all their
// rows and audit fingerprints, then a last batch (check-ins, the extension's last rows).
class PlanStream
{
public:
    using Plan = std::function<void(RowSet&, int customers)>;
    using Finish = std::function<void(RowSet&)>;

    PlanStream(QList<const RowTable*> tables, int customers, Plan plan, Finish finish)
        : m_tables(std::move(tables)), m_customers(customers), m_plan(std::move(plan)),
          m_finish(std::move(finish)), m_thread([this] { produce(); })
    {}
    ~PlanStream() { finish(); }
    PlanStream(const PlanStream&) = delete;
    PlanStream& operator=(const PlanStream&) = delete;

    // The next batch, in plan order; false after the last one. Rethrows what the planning thread threw.
    bool next(std::unique_ptr<RowSet>& batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_produced; });
        if (m_batches.empty()) {
            if (m_error)
                std::rethrow_exception(m_error);
            return false;
        }
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
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

    static constexpr int kBatch = 500; // customers

private:
    static constexpr size_t kQueued = 6;

    bool push(std::unique_ptr<RowSet> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < kQueued || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    void produce()
    {
        try {
            std::vector<std::pair<qsizetype, qsizetype>> sizes; // batches are alike: no regrowing
            for (int i = 0; i < m_customers;) {
                auto batch = std::make_unique<RowSet>(m_tables);
                batch->reserve(sizes);
                const int n = std::min(kBatch, m_customers - i);
                m_plan(*batch, n);
                i += n;
                sizes = batch->sizes();
                if (!push(std::move(batch)))
                    return;
            }
            auto last = std::make_unique<RowSet>(m_tables);
            m_finish(*last);
            push(std::move(last));
        } catch (...) {
            const std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
        }
        const std::lock_guard lock(m_mutex);
        m_produced = true;
        m_changed.notify_all();
    }

    QList<const RowTable*> m_tables;
    int m_customers;
    Plan m_plan;
    Finish m_finish;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RowSet>> m_batches;
    bool m_produced = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
    std::thread m_thread; // last: starts once everything above is initialised
};

// The rows of one planned customer; sets the follow-ups' ids.
void addCustomerRows(CustomerTables& t, RowSet& rows, PlannedCustomer& c, qint64 customerId,
                     const std::function<qint64(int)>& employee)
{
    RowBatch& customer = rows[t.customers];
    customer.add(customerId)
        .add(c.code)
        .add(c.name)
        .add(c.type)
        .add(c.level)
        .add(c.industry)
        .add(c.region)
        .add(c.address);
    if (c.hasLocation)
        customer.add(c.latitudeE6).add(c.longitudeE6);
    else
        customer.addNull().addNull();
    customer.add(c.creditLimitFen)
        .add(qint64(c.paymentDays))
        .addId(employee(c.owner))
        .addDate(c.ownedSince)
        .addDate(c.poolSince)
        .addDate(c.createdOn)
        .add(QString())
        .addTime(c.lastOwnerFollowUpAt)
        .end();

    RowBatch& contacts = rows[t.contacts];
    for (const PlannedContact& contact : std::as_const(c.contacts)) {
        contacts.add(t.contacts.takeId())
            .add(customerId)
            .add(contact.name)
            .add(contact.title)
            .add(contact.phone)
            .add(QString())
            .add(contact.wechat)
            .add(qint64(contact.primary ? 1 : 0))
            .end();
    }
    RowBatch& ownership = rows[t.ownership];
    for (const PlannedOwnership& o : std::as_const(c.ownership)) {
        ownership.add(t.ownership.takeId())
            .add(customerId)
            .addId(employee(o.from))
            .addId(employee(o.to))
            .addTime(o.at)
            .add(o.reason)
            .add(QString())
            .addNull()
            .end();
    }
    RowBatch& followUps = rows[t.followUps];
    for (PlannedFollowUp& f : c.followUps) {
        f.id = t.followUps.takeId();
        followUps.add(f.id)
            .add(customerId)
            .add(employee(f.employee))
            .addTime(f.at)
            .add(f.method)
            .add(f.content)
            .addDate(f.nextOn)
            .addDate(f.promisedPaymentOn)
            .end();
    }
    RowBatch& opportunities = rows[t.opportunities];
    RowBatch& stages = rows[t.stages];
    for (const PlannedOpportunity& o : std::as_const(c.opportunities)) {
        const qint64 opportunityId = t.opportunities.takeId();
        opportunities.add(opportunityId)
            .add(customerId)
            .add(employee(o.owner))
            .add(o.name)
            .add(o.amountFen)
            .add(o.stage)
            .addDate(o.expectedCloseOn)
            .addDate(o.createdOn)
            .addDate(o.closedOn)
            .add(QString())
            .end();
        for (const PlannedStage& s : o.stages)
            stages.add(t.stages.takeId())
                .add(opportunityId)
                .addText(s.from)
                .add(s.to)
                .addTime(s.at)
                .addNull()
                .add(QString())
                .end();
    }
}

} // namespace

bool DemoCustomerWriter::write(const OrgPlan& org, const QList<qint64>& employeeIds, int customers,
                               quint64 seed, CustomerExtension* extension)
{
    CustomerTables t;
    QList<const RowTable*> order;
    QStringList tables;
    for (RowTable* table : t.all()) {
        table->prepare(m_ctx.db);
        order << table;
        tables << table->name();
    }
    QStringList sequential = kSequentialCustomerIndexes;
    if (extension) {
        for (RowTable* table : extension->tables()) {
            table->prepare(m_ctx.db);
            order << table;
            tables << table->name();
        }
        sequential << extension->sequentialIndexes();
    }
    DeferredIndexes deferred(m_ctx.db, tables, sequential);

    CustomerPlanner planner(org, customers, seed, m_ctx.clock.now(), windowsInForce(m_ctx));
    const BulkWriteCache cache(m_ctx.db.nativeHandle(), BulkWriteCache::kibibytesFor(qint64(customers) * 15));
    BulkAuditWriter audit(m_ctx);
    RowInserter inserter(m_ctx.db, audit);
    CheckinIndex checkinIndex(CheckinService(m_ctx).maxDistanceMetres(), planner.checkinsFrom());
    const std::function<qint64(int)> employee = [&](int index) {
        return index >= 0 ? employeeIds.at(index) : qint64(0);
    };

    // Planning thread.
    const auto plan = [&](RowSet& rows, int count) {
        for (int i = 0; i < count; ++i) {
            PlannedCustomer c = planner.next();
            const qint64 customerId = t.customers.takeId();
            if (extension)
                extension->plan(c, customerId);
            addCustomerRows(t, rows, c, customerId, employee);
            checkinIndex.addCustomer(customerId, c);
            for (const PlannedFollowUp& f : std::as_const(c.followUps))
                checkinIndex.addFollowUp(employee(f.employee), customerId, f.at.date());
            if (extension)
                extension->addRows(c, customerId, rows);
        }
    };
    const auto finish = [&](RowSet& rows) {
        // Check-ins last, in time order: matching needs every customer and follow-up.
        RowBatch& batch = rows[t.checkins];
        for (const PlannedCheckin& p : planner.takeCheckins()) {
            const qint64 employeeId = employee(p.employee);
            const CheckinMatch match =
                checkinIndex.match(employeeId, p.at, GeoPoint{p.latitudeE6, p.longitudeE6});
            batch.add(t.checkins.takeId())
                .add(employeeId)
                .addTime(p.at)
                .add(p.latitudeE6)
                .add(p.longitudeE6)
                .add(p.address);
            batch.addId(match.customerId);
            if (match.distanceMetres >= 0)
                batch.add(qint64(match.distanceMetres));
            else
                batch.addNull();
            batch.add(qint64(match.effective ? 1 : 0)).add(match.reason).end();
        }
        if (extension)
            extension->finish(rows);
    };

    m_progress.setText(tr("Creating customers, follow-ups and visits"));
    const qint64 total = qint64(customers) * 11 / 10;
    m_progress.setTotal(total);
    PlanStream stream(order, customers, plan, finish);
    std::unique_ptr<RowSet> batch;
    qint64 done = 0;
    while (stream.next(batch)) {
        for (const RowBatch& rows : batch->batches())
            inserter.insert(rows);
        done = std::min(done + PlanStream::kBatch, qint64(customers));
        m_progress.setDone(done);
        if (m_progress.isCancelled())
            return false;
    }
    stream.finish();
    m_progress.setText(tr("Creating the indexes of customers and receivables"));
    deferred.restore();
    audit.flush();
    m_progress.setDone(total);
    return !m_progress.isCancelled();
}

} // namespace tl::core::demo
