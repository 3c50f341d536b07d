#include "CustomersTestSupport.h"

#include "customers/CustomerQuery.h"
#include "customers/PoolRules.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <algorithm>
#include <functional>
#include <tuple>

using namespace tl::core;
using namespace tl::test;

namespace {

using SortKey = CustomerQuery::SortKey;
using Scope = CustomerQuery::Scope;

// Level rules written below: A 20/60 days and B 45/50 days from 2026-01-01; C 30/90 (the default) and 10/90
// from 2026-04-01.
std::pair<int, int> ruleDays(const QString& level, const QDate& asOf)
{
    if (level == QLatin1String("A"))
        return asOf >= QDate(2026, 1, 1) ? std::pair{20, 60} : std::pair{30, 90};
    if (level == QLatin1String("B"))
        return asOf >= QDate(2026, 1, 1) ? std::pair{45, 50} : std::pair{30, 90};
    return asOf >= QDate(2026, 4, 1) ? std::pair{10, 90} : std::pair{30, 90};
}

struct Row
{
    qint64 id = 0;
    QString code;
    QString name;
    QString level;
    QString type;
    qint64 ownerId = 0;
    QString ownerCode;
    QDate ownedSince;
    QDate poolSince;
    QDate lastOwnerFollowUp; // the owner's latest follow-up on or after ownedSince

    QDate reclaimOn(const QDate& asOf) const
    {
        if (ownerId == 0)
            return {};
        const auto [n, m] = ruleDays(level, asOf);
        const QDate start =
            lastOwnerFollowUp.isValid() && lastOwnerFollowUp > ownedSince ? lastOwnerFollowUp : ownedSince;
        return std::min(start.addDays(n), ownedSince.addDays(m));
    }
};

// ~600 customers over five owners in two teams and the pool, with repeated names, every level and type,
// ownership starts over 100 days and follow-ups by owners (before and after the ownership start) and by
// others. Written through the services in one transaction.
struct Book
{
    CustomerCompany co;
    qint64 zhao = 0;
    QList<Row> rows;

    Book()
    {
        zhao = makeEmployee(co.system, QStringLiteral("E004"), QStringLiteral("赵强"), co.team2);
        PoolRules rules(co.system);
        auto addRule = [&](const char* level, const QDate& from, int n, int m) {
            PoolRule r;
            r.level = QString::fromLatin1(level);
            r.effectiveFrom = from;
            r.noFollowUpDays = n;
            r.noDealDays = m;
            REQUIRE(rules.addRule(r).ok());
        };
        addRule("A", QDate(2026, 1, 1), 20, 60);
        addRule("B", QDate(2026, 1, 1), 45, 50);
        addRule("C", QDate(2026, 4, 1), 10, 90);

        // The fixture's four customers are part of the book.
        for (qint64 id : {co.k1, co.k2, co.k3, co.k4})
            rows << fixtureRow(id);

        const QList<std::pair<qint64, QString>> owners{{co.wang, QStringLiteral("E001")},
                                                       {co.li, QStringLiteral("E002")},
                                                       {co.liu, QStringLiteral("E003")},
                                                       {co.zhang, QStringLiteral("E010")},
                                                       {zhao, QStringLiteral("E004")}};
        const QStringList names{QStringLiteral("华东贸易"), QStringLiteral("远景科技"),
                                QStringLiteral("青禾食品"), QStringLiteral("明达机械"),
                                QStringLiteral("安信物流"), QStringLiteral("百川化工"),
                                QStringLiteral("长城建材"), QStringLiteral("东方电子"),
                                QStringLiteral("金桥印刷"), QStringLiteral("海天医药")};
        const QStringList levels = customerLevels();
        const QStringList types = customerTypeKeys();
        const QDate today = co.t.clock().today();

        Transaction tx(co.t.db());
        for (int i = 0; i < 600; ++i) {
            Row r;
            r.code = QStringLiteral("C%1").arg((i * 37) % 600 + 1000);
            r.name = names.at(i % names.size());
            r.level = levels.at((i / 2) % 3);
            r.type = types.at(i % types.size());
            Customer c = customerSpec(r.code, r.name);
            c.level = r.level;
            c.type = r.type;
            c.region = i % 11 == 0 ? QStringLiteral("浦东新区") : QStringLiteral("闵行区");
            if (i % 7 == 3) {
                c.createdOn = QDate(2025, 11, 1).addDays((i * 7) % 120);
                r.poolSince = c.createdOn;
            } else {
                const auto& [ownerId, ownerCode] = owners.at(i % owners.size());
                r.ownerId = ownerId;
                r.ownerCode = ownerCode;
                r.ownedSince = QDate(2025, 12, 1).addDays((i * 13) % 100);
                c.ownerId = ownerId;
                c.ownedSince = r.ownedSince;
                c.createdOn = r.ownedSince.addDays(-(i % 4));
            }
            r.id = makeCustomer(co.system, c);
            if (i % 5 == 0)
                makeCustomerContact(co.system, r.id, QStringLiteral("联系人%1").arg(i),
                                    QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')));
            if (r.ownerId != 0) {
                const QTime ten(10, 0);
                if (i % 3 == 0 && r.ownedSince.addDays(i % 50) <= today) { // the owner, counted
                    const QDate day = r.ownedSince.addDays(i % 50);
                    logFollowUp(co.system, r.id, QDateTime(day, ten), r.ownerId);
                    r.lastOwnerFollowUp = day;
                }
                if (i % 5 == 1) // the owner, before the ownership started: not counted
                    logFollowUp(co.system, r.id, QDateTime(r.ownedSince.addDays(-3), ten), r.ownerId);
                if (i % 4 == 2 && r.ownedSince.addDays(20) <= today) // someone else: not counted
                    logFollowUp(co.system, r.id, QDateTime(r.ownedSince.addDays(20), ten),
                                owners.at((i + 1) % owners.size()).first);
            }
            rows << r;
        }
        tx.commit();
        // Pool customers from before "pool since" was kept (e.g. written by an old import).
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).ownerId == 0 && i % 5 == 0) {
                SqlQuery(co.t.db(), QStringLiteral("UPDATE customers SET pool_since = NULL WHERE id = ?"))
                    .bind(rows.at(i).id)
                    .exec();
                rows[i].poolSince = QDate();
            }
    }

    Row fixtureRow(qint64 id)
    {
        SqlQuery q(
            co.t.db(),
            QStringLiteral("SELECT c.code, c.name, c.level, c.type, c.owner_id, o.code, c.owned_since, "
                           "c.pool_since FROM customers c LEFT JOIN employees o ON o.id = c.owner_id "
                           "WHERE c.id = ?"));
        q.bind(id).exec();
        REQUIRE(q.next());
        Row r;
        r.id = id;
        r.code = q.text(0);
        r.name = q.text(1);
        r.level = q.text(2);
        r.type = q.text(3);
        r.ownerId = q.integer(4);
        r.ownerCode = q.text(5);
        r.ownedSince = QDate::fromString(q.text(6), Qt::ISODate);
        r.poolSince = QDate::fromString(q.text(7), Qt::ISODate);
        return r;
    }
};

// The order each sort key promises, written out independently of the query.
std::function<bool(const Row&, const Row&)> ascending(SortKey sort, const QDate& asOf)
{
    switch (sort) {
    case SortKey::Code:
        return [](const Row& a, const Row& b) { return a.code < b.code; };
    case SortKey::Name:
        return [](const Row& a, const Row& b) { return std::tie(a.name, a.id) < std::tie(b.name, b.id); };
    case SortKey::Level:
        return
            [](const Row& a, const Row& b) { return std::tie(a.level, a.code) < std::tie(b.level, b.code); };
    case SortKey::Owner:
        return [](const Row& a, const Row& b) {
            const bool pa = a.ownerId == 0, pb = b.ownerId == 0;
            return std::tie(pa, a.ownerCode, a.code) < std::tie(pb, b.ownerCode, b.code);
        };
    case SortKey::ReclaimOn:
        return [asOf](const Row& a, const Row& b) {
            const bool pa = a.ownerId == 0, pb = b.ownerId == 0;
            const QString da = a.reclaimOn(asOf).toString(Qt::ISODate),
                          db = b.reclaimOn(asOf).toString(Qt::ISODate);
            return std::tie(pa, da, a.id) < std::tie(pb, db, b.id);
        };
    case SortKey::PoolSince:
        return [](const Row& a, const Row& b) {
            const int ga = a.ownerId != 0 ? 2 : (a.poolSince.isValid() ? 0 : 1);
            const int gb = b.ownerId != 0 ? 2 : (b.poolSince.isValid() ? 0 : 1);
            const QString da = a.poolSince.toString(Qt::ISODate), db = b.poolSince.toString(Qt::ISODate);
            return std::tie(ga, da, a.id) < std::tie(gb, db, b.id);
        };
    }
    return {};
}

QStringList expectedCodes(QList<Row> rows, SortKey sort, bool asc, const QDate& asOf)
{
    std::sort(rows.begin(), rows.end(), ascending(sort, asOf));
    if (!asc)
        std::reverse(rows.begin(), rows.end());
    QStringList codes;
    for (const Row& r : rows)
        codes << r.code;
    return codes;
}

// Every row of the query, page by page; checks the page sizes and that the cursor ends.
QStringList pagedCodes(const Context& ctx, const CustomerQuery::Filter& filter, SortKey sort, bool asc,
                       int limit)
{
    const CustomerQuery query(ctx, filter, sort, asc);
    QStringList codes;
    CustomerQuery::Cursor cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        const auto page = query.page(cursor, limit);
        REQUIRE(page.ok());
        REQUIRE(page->rows.size() <= limit);
        for (const CustomerRow& r : page->rows)
            codes << r.customer.code;
        if (!page->next.valid())
            break;
        REQUIRE(page->rows.size() == limit);
        cursor = page->next;
    }
    return codes;
}

QList<Row> where(const QList<Row>& rows, const std::function<bool(const Row&)>& keep)
{
    QList<Row> kept;
    for (const Row& r : rows)
        if (keep(r))
            kept << r;
    return kept;
}

// Sets the small-list size for a block (CustomerQuery reads lists up to it filter-first, bigger ones by
// walking the sort index): 10 makes the book's lists "big".
class SmallListRows
{
public:
    explicit SmallListRows(int rows) : m_old(CustomerQuery::smallListRows())
    {
        CustomerQuery::setSmallListRows(rows);
    }
    ~SmallListRows() { CustomerQuery::setSmallListRows(m_old); }
    SmallListRows(const SmallListRows&) = delete;
    SmallListRows& operator=(const SmallListRows&) = delete;

private:
    int m_old;
};

const QList<int> kPlans{5000, 10}; // filter-first, walk

const QList<SortKey> kSortKeys{SortKey::Code,  SortKey::Name,      SortKey::Level,
                               SortKey::Owner, SortKey::ReclaimOn, SortKey::PoolSince};

} // namespace

TEST_CASE("Keyset paging gives every sort key in both directions exactly", "[customers][query][paging]")
{
    Book book;
    const QDate today(2026, 3, 15);
    REQUIRE(book.rows.size() == 604);

    {
        INFO("everything (admin's view: the reclaim order walks the per-level indexes)");
        const Context ctx = book.co.system;
        for (int plan : kPlans) {
            SmallListRows small(plan);
            INFO("small list rows " << plan);
            CHECK(*CustomerQuery(ctx, {}).count() == 604);
            for (SortKey sort : kSortKeys)
                for (bool asc : {true, false}) {
                    INFO("sort " << int(sort) << (asc ? " ascending" : " descending"));
                    CHECK(pagedCodes(ctx, {}, sort, asc, 37) == expectedCodes(book.rows, sort, asc, today));
                }
        }
    }
    {
        INFO("a manager's team and the pool (rows found first, then sorted)");
        const Context ctx = book.co.as(book.co.manager());
        const QList<Row> visible = where(book.rows, [&](const Row& r) {
            return r.ownerId == 0 || r.ownerId == book.co.wang || r.ownerId == book.co.li ||
                   r.ownerId == book.co.zhang;
        });
        for (int plan : kPlans) {
            SmallListRows small(plan);
            INFO("small list rows " << plan);
            CHECK(*CustomerQuery(ctx, {}).count() == visible.size());
            for (SortKey sort : kSortKeys)
                for (bool asc : {true, false}) {
                    INFO("sort " << int(sort) << (asc ? " ascending" : " descending"));
                    CHECK(pagedCodes(ctx, {}, sort, asc, 23) == expectedCodes(visible, sort, asc, today));
                }
        }
    }
    {
        INFO("the pool, pages of one row");
        CustomerQuery::Filter pool;
        pool.scope = Scope::Pool;
        const QList<Row> expected = where(book.rows, [](const Row& r) { return r.ownerId == 0; });
        for (int plan : kPlans) {
            SmallListRows small(plan);
            for (SortKey sort : {SortKey::PoolSince, SortKey::Name})
                for (bool asc : {true, false})
                    CHECK(pagedCodes(book.co.system, pool, sort, asc, 1) ==
                          expectedCodes(expected, sort, asc, today));
        }
    }
    {
        INFO("as of another date the rules in force then give other reclaim dates");
        for (int plan : kPlans) {
            SmallListRows small(plan);
            CustomerQuery::Filter filter;
            filter.asOf = QDate(2026, 4, 10);
            for (bool asc : {true, false})
                CHECK(pagedCodes(book.co.system, filter, SortKey::ReclaimOn, asc, 50) ==
                      expectedCodes(book.rows, SortKey::ReclaimOn, asc, filter.asOf));
            filter.asOf = QDate(2025, 12, 31);
            CHECK(pagedCodes(book.co.system, filter, SortKey::ReclaimOn, true, 50) ==
                  expectedCodes(book.rows, SortKey::ReclaimOn, true, filter.asOf));
        }
    }
}

TEST_CASE("Filters: level, type, owner, search, reclaim window; rows carry the countdown",
          "[customers][query][filter]")
{
    Book book;
    const QDate today(2026, 3, 15);
    const Context admin = book.co.system;

    auto check = [&](const CustomerQuery::Filter& filter, const std::function<bool(const Row&)>& keep,
                     bool none = false) {
        const QList<Row> expected = where(book.rows, keep);
        CHECK(expected.isEmpty() == none); // the filter keeps some rows, and not all
        CHECK(expected.size() < book.rows.size());
        // Filter-first, walking, and (with a reclaim window in a big list) window-first.
        for (int plan : {5000, 10, int(expected.size())}) {
            SmallListRows small(plan);
            INFO("small list rows " << plan);
            CHECK(*CustomerQuery(admin, filter).count() == expected.size());
            for (SortKey sort : {SortKey::Code, SortKey::ReclaimOn, SortKey::Owner, SortKey::Level})
                for (bool asc : {true, false}) {
                    INFO("sort " << int(sort) << (asc ? " ascending" : " descending"));
                    CHECK(pagedCodes(admin, filter, sort, asc, 29) ==
                          expectedCodes(expected, sort, asc, filter.asOf.isValid() ? filter.asOf : today));
                }
        }
    };

    {
        CustomerQuery::Filter f;
        INFO("level");
        f.level = QStringLiteral("B");
        check(f, [](const Row& r) { return r.level == QLatin1String("B"); });
    }
    {
        CustomerQuery::Filter f;
        INFO("type and scope Team (owned only)");
        f.type = QStringLiteral("channel");
        f.scope = Scope::Team;
        check(f, [](const Row& r) { return r.type == QLatin1String("channel") && r.ownerId != 0; });
    }
    {
        CustomerQuery::Filter f;
        INFO("owner");
        f.ownerId = book.co.liu;
        check(f, [&](const Row& r) { return r.ownerId == book.co.liu; });
    }
    {
        CustomerQuery::Filter f;
        INFO("search in code, name, region and industry; LIKE wildcards are plain characters");
        f.search = QStringLiteral("远景");
        check(f, [](const Row& r) { return r.name.contains(QStringLiteral("远景")); });
        f.search = QStringLiteral("c101");
        check(f, [](const Row& r) { return r.code.startsWith(QStringLiteral("C101")); });
        f.search = QStringLiteral("浦东");
        CHECK(*CustomerQuery(admin, f).count() == 55); // i % 11 == 0 for i < 600
        f.search = QStringLiteral("%");
        check(
            f, [](const Row&) { return false; }, true);
    }
    {
        CustomerQuery::Filter f;
        INFO("reclaimed within N days (overdue included), pool excluded");
        f.reclaimWithinDays = 7;
        check(f, [&](const Row& r) { return r.ownerId != 0 && r.reclaimOn(today) <= today.addDays(7); });
        f.reclaimWithinDays = 0;
        f.level = QStringLiteral("A");
        check(f, [&](const Row& r) {
            return r.ownerId != 0 && r.level == QLatin1String("A") && r.reclaimOn(today) <= today;
        });
        f.level.clear();
        f.reclaimWithinDays = 30;
        f.asOf = QDate(2026, 4, 10);
        check(f, [&](const Row& r) { return r.ownerId != 0 && r.reclaimOn(f.asOf) <= f.asOf.addDays(30); });
    }
    {
        CustomerQuery::Filter f;
        INFO("the salesperson's own customers within a week, with the days left on each row");
        f.scope = Scope::Mine;
        f.reclaimWithinDays = 7;
        const Context wang = book.co.as(book.co.salesWang());
        const auto page = CustomerQuery(wang, f, SortKey::ReclaimOn).page({}, 500);
        REQUIRE(page.ok());
        const QList<Row> expected = where(book.rows, [&](const Row& r) {
            return r.ownerId == book.co.wang && r.reclaimOn(today) <= today.addDays(7);
        });
        REQUIRE(page->rows.size() == expected.size());
        for (const CustomerRow& row : page->rows) {
            const Row& r = *std::find_if(book.rows.begin(), book.rows.end(),
                                         [&](const Row& x) { return x.id == row.customer.id; });
            CHECK(row.reclaimOn == r.reclaimOn(today));
            CHECK(row.daysToReclaim == today.daysTo(r.reclaimOn(today)));
            CHECK_FALSE(row.exempt);
        }
    }
}

TEST_CASE("The pool countdown of single customers, by hand", "[customers][query][reclaim]")
{
    CustomerCompany co;
    // Level C, default rules (30 days without follow-up, 90 without a deal).
    const qint64 none = makeCustomer(co.system, QStringLiteral("R1"), QStringLiteral("无跟进"), co.wang,
                                     QStringLiteral("C"), QDate(2026, 1, 5));
    const qint64 recent = makeCustomer(co.system, QStringLiteral("R2"), QStringLiteral("近期跟进"), co.wang,
                                       QStringLiteral("C"), QDate(2026, 1, 5));
    const qint64 old = makeCustomer(co.system, QStringLiteral("R3"), QStringLiteral("老客户"), co.wang,
                                    QStringLiteral("C"), QDate(2025, 12, 20));
    logFollowUp(co.system, recent, QDateTime(QDate(2026, 3, 1), QTime(15, 30)), co.wang);
    logFollowUp(co.system, old, QDateTime(QDate(2026, 3, 10), QTime(8, 0)), co.wang);

    CustomerQuery::Filter mine;
    mine.scope = Scope::Mine;
    mine.search = QStringLiteral("R");
    const auto page = CustomerQuery(co.as(co.salesWang()), mine, SortKey::ReclaimOn).page({}, 10);
    REQUIRE(page->rows.size() == 3);
    // R1: 2026-01-05 + 30 = 2026-02-04, 39 days overdue.
    CHECK(page->rows.at(0).customer.id == none);
    CHECK(page->rows.at(0).reclaimOn == QDate(2026, 2, 4));
    CHECK(page->rows.at(0).daysToReclaim == -39);
    // R3: follow-up clock 2026-03-10 + 30 = 04-09, but no deal since 2025-12-20 + 90 = 2026-03-20.
    CHECK(page->rows.at(1).customer.id == old);
    CHECK(page->rows.at(1).reclaimOn == QDate(2026, 3, 20));
    CHECK(page->rows.at(1).daysToReclaim == 5);
    // R2: 2026-03-01 + 30 = 2026-03-31 (no deal only on 2026-04-05).
    CHECK(page->rows.at(2).customer.id == recent);
    CHECK(page->rows.at(2).reclaimOn == QDate(2026, 3, 31));
    CHECK(page->rows.at(2).daysToReclaim == 16);
    // Pool rows have no countdown.
    CustomerQuery::Filter pool;
    pool.scope = Scope::Pool;
    const auto poolPage = CustomerQuery(co.system, pool).page({}, 10);
    REQUIRE(poolPage->rows.size() == 1);
    CHECK_FALSE(poolPage->rows.at(0).reclaimOn.isValid());
    CHECK(poolPage->rows.at(0).daysToReclaim == 0);
}
